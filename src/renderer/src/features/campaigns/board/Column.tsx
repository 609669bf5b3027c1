import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BoardCard, StageDto } from '../../../../../shared/contract';
import { useFormat } from '../../../lib/useFormat';
import { Card } from './Card';

export function stageLabel(stage: Pick<StageDto, 'key' | 'name'>, t: TFunction): string {
  if (stage.name) return stage.name;
  if (stage.key) return String(t(`stages.${stage.key}`, { defaultValue: stage.key }));
  return '?';
}

/** Sums fees per currency (a campaign normally has one). */
function feeSum(cards: BoardCard[], money: (m: number, c: string) => string): string {
  const sums = new Map<string, number>();
  for (const c of cards) sums.set(c.currency, (sums.get(c.currency) ?? 0) + c.feeMinor);
  return [...sums].map(([cur, m]) => money(m, cur)).join(' + ');
}

export function Column({ stage, cards }: { stage: StageDto; cards: BoardCard[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = stageLabel(stage, t);
  const headingId = `stage-${stage.id}`;
  return (
    <section className="board-column" role="listitem" aria-labelledby={headingId} data-stage-id={stage.id}>
      <Group justify="space-between" mb={4} wrap="nowrap" px={4}>
        <Group gap={6} wrap="nowrap">
          <Text id={headingId} fw={600} size="sm" component="h3" m={0} truncate>
            {label}
          </Text>
          <Badge size="sm" variant="white" color="gray" aria-label={t('campaigns.board.cards', { count: cards.length })}>
            {cards.length}
          </Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" px={4} mb={8}>
        {cards.length ? t('campaigns.board.feeSum', { sum: feeSum(cards, (m, c) => fmt.money(m, c, { whole: true })) }) : '\u00a0'}
      </Text>
      <div className="board-column-cards" role="list" aria-label={label}>
        {cards.length ? (
          cards.map((c) => <Card key={c.id} card={c} />)
        ) : (
          <Text size="xs" c="dimmed" ta="center" py="md" style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 8 }}>
            {t('campaigns.board.emptyColumn')}
          </Text>
        )}
      </div>
    </section>
  );
}
