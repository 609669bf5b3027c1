import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardCard, StageDto } from '../../../../../shared/contract';
import { Column } from './Column';

export interface BoardData {
  stages: StageDto[];
  cards: BoardCard[];
}

/**
 * The kanban board: one Column per stage, cards in order. Read-only for now; drag and drop
 * will hook in here (a move handler receiving cardId, target stageId and position).
 */
export function Board({ data }: { data: BoardData }) {
  const { t } = useTranslation();
  const stages = [...data.stages].sort((a, b) => a.position - b.position);
  const byStage = new Map<number, BoardCard[]>(stages.map((s) => [s.id, []]));
  for (const c of data.cards) byStage.get(c.stageId)?.push(c);
  for (const list of byStage.values()) list.sort((a, b) => a.position - b.position);

  return (
    <>
      {data.cards.length === 0 && (
        <Text c="dimmed" size="sm" mb="sm">
          {t('campaigns.board.emptyBoard')}
        </Text>
      )}
      <div className="board" role="list" aria-label={t('campaigns.board.label')}>
        {stages.map((s) => (
          <Column key={s.id} stage={s} cards={byStage.get(s.id) ?? []} />
        ))}
      </div>
    </>
  );
}
