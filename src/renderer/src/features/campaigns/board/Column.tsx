import { ActionIcon, Badge, Group, Menu, Text } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconArrowLeft, IconArrowRight, IconDots, IconLayoutSidebarLeftCollapse, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard, StageDto } from '../../../../../shared/contract';
import { useFormat } from '../../../lib/useFormat';
import { SortableCard } from './Card';
import { stageLabel } from './stageLabel';

export { stageLabel };

/** Columns with more cards than this render only the cards in view (@tanstack/react-virtual). */
export const VIRTUALIZE_OVER = 60;

export type StageAction = 'rename' | 'left' | 'right' | 'addAfter' | 'remove' | 'collapse';

export const colId = (stageId: number) => `col:${stageId}`;

/** Sums fees per currency (a campaign normally has one). */
function feeSum(cards: BoardCard[], money: (m: number, c: string) => string): string {
  const sums = new Map<string, number>();
  for (const c of cards) sums.set(c.currency, (sums.get(c.currency) ?? 0) + c.feeMinor);
  return [...sums].map(([cur, m]) => money(m, cur)).join(' + ');
}

interface ColumnProps {
  stage: StageDto;
  index: number;
  stageCount: number;
  /** Visible card ids in order. */
  ids: number[];
  /** All cards of the stage (before filtering). */
  total: number;
  cardsById: Map<number, BoardCard>;
  /** Folded to a slim strip (the stage stays a drop target); clicking the strip unfolds it. */
  collapsed?: boolean;
  onExpand?(stageId: number): void;
  onOpen(id: number): void;
  onStageAction(action: StageAction, stage: StageDto): void;
}

export const Column = memo(function Column({ stage, index, stageCount, ids, total, cardsById, collapsed, onExpand, onOpen, onStageAction }: ColumnProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = stageLabel(stage, t);
  const headingId = `stage-${stage.id}`;
  const { setNodeRef, isOver } = useDroppable({ id: colId(stage.id), data: { type: 'column', stageId: stage.id } });
  const cards = ids.map((id) => cardsById.get(id)).filter((c): c is BoardCard => !!c);
  const sum = cards.length ? feeSum(cards, (m, c) => fmt.money(m, c, { whole: true })) : null;
  const filtered = total !== ids.length;
  const cardLabel = (c: BoardCard) => t('board.a11y.cardLabel', { name: c.influencerName, stage: label });

  if (collapsed) {
    return (
      <section ref={setNodeRef} className="board-column" data-collapsed="true" aria-labelledby={headingId} data-stage-id={stage.id} data-over={isOver || undefined}>
        <Badge size="sm" variant="white" color="gray" aria-label={t('campaigns.board.cards', { count: ids.length })}>
          {filtered ? `${ids.length}/${total}` : ids.length}
        </Badge>
        <Text component="h3" m={0} size="sm" id={headingId}>
          <button type="button" className="board-column-strip" title={t('boardLayout.expand', { stage: label })} aria-label={label} aria-expanded={false} onClick={() => onExpand?.(stage.id)}>
            {label}
          </button>
        </Text>
      </section>
    );
  }

  return (
    <section className="board-column" aria-labelledby={headingId} data-stage-id={stage.id} data-over={isOver || undefined} data-empty={total === 0 || undefined}>
      <Group justify="space-between" wrap="nowrap" gap={2} px={2} align="flex-start">
        <Text id={headingId} fw={600} size="sm" component="h3" m={0} className="board-column-title" lineClamp={2} title={label}>
          {label}
        </Text>
        <Menu position="bottom-end" withinPortal shadow="md" width={220}>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('stagesAdmin.menu', { stage: label })} className="board-column-menu">
              <IconDots size={16} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onStageAction('rename', stage)}>
              {t('stagesAdmin.rename')}
            </Menu.Item>
            <Menu.Item leftSection={<IconArrowLeft size={14} />} disabled={index === 0} onClick={() => onStageAction('left', stage)}>
              {t('stagesAdmin.moveLeft')}
            </Menu.Item>
            <Menu.Item leftSection={<IconArrowRight size={14} />} disabled={index === stageCount - 1} onClick={() => onStageAction('right', stage)}>
              {t('stagesAdmin.moveRight')}
            </Menu.Item>
            <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => onStageAction('addAfter', stage)}>
              {t('stagesAdmin.addAfter')}
            </Menu.Item>
            <Menu.Item leftSection={<IconLayoutSidebarLeftCollapse size={14} />} onClick={() => onStageAction('collapse', stage)}>
              {t('boardLayout.collapse')}
            </Menu.Item>
            <Menu.Divider />
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} disabled={stageCount <= 1} onClick={() => onStageAction('remove', stage)}>
              {t('stagesAdmin.remove')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <Group gap={6} wrap="nowrap" px={2} mb={6} mt={2}>
        <Badge size="sm" variant="white" color="gray" aria-label={t('campaigns.board.cards', { count: ids.length })} style={{ flexShrink: 0 }}>
          {filtered ? `${ids.length}/${total}` : ids.length}
        </Badge>
        <Text size="xs" c="dimmed" className="board-column-sum" truncate title={sum ? t('campaigns.board.feeSum', { sum }) : undefined}>
          {sum ? (
            <>
              <span className="board-column-sum-long">{t('campaigns.board.feeSum', { sum })}</span>
              <span className="board-column-sum-short">{sum}</span>
            </>
          ) : (
            '\u00a0'
          )}
        </Text>
      </Group>
      <SortableContext id={colId(stage.id)} items={ids} strategy={verticalListSortingStrategy}>
        {ids.length > VIRTUALIZE_OVER ? (
          <VirtualCards ids={ids} cardsById={cardsById} stageId={stage.id} setDropRef={setNodeRef} onOpen={onOpen} cardLabel={cardLabel} label={label} />
        ) : (
          <div ref={setNodeRef} className="board-column-cards" role="list" aria-label={label}>
            {cards.map((c) => (
              <div role="listitem" key={c.id}>
                <SortableCard card={c} stageId={stage.id} onOpen={onOpen} label={cardLabel(c)} />
              </div>
            ))}
            {!cards.length && (
              <div className="board-column-empty">
                <Text size="xs" c="dimmed" ta="center">
                  {filtered ? t('board.noneMatch') : t('campaigns.board.emptyColumn')}
                </Text>
              </div>
            )}
          </div>
        )}
      </SortableContext>
    </section>
  );
});

/** A long column: only the cards in view are mounted; heights are measured as they render. */
function VirtualCards({
  ids,
  cardsById,
  stageId,
  setDropRef,
  onOpen,
  cardLabel,
  label,
}: {
  ids: number[];
  cardsById: Map<number, BoardCard>;
  stageId: number;
  setDropRef(el: HTMLElement | null): void;
  onOpen(id: number): void;
  cardLabel(c: BoardCard): string;
  label: string;
}) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const v = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 112,
    overscan: 6,
    getItemKey: (i) => ids[i]!,
  });
  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      scrollRef.current = el;
      setDropRef(el);
    },
    [setDropRef],
  );
  return (
    <div ref={ref} className="board-column-cards" data-virtual="true" role="list" aria-label={label}>
      <div style={{ height: v.getTotalSize(), position: 'relative', flexShrink: 0 }}>
        {v.getVirtualItems().map((vi) => {
          const c = cardsById.get(ids[vi.index]!);
          if (!c) return null;
          return (
            <div
              key={vi.key}
              role="listitem"
              data-index={vi.index}
              ref={v.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${vi.start}px)`, paddingBottom: 8 }}
            >
              <SortableCard card={c} stageId={stageId} onOpen={onOpen} label={cardLabel(c)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
