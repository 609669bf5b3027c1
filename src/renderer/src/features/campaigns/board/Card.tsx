import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconAlertTriangle, IconBroadcast, IconCalendar, IconPackage, IconTicket } from '@tabler/icons-react';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCard } from '../../../../../shared/contract';
import { PlatformIcon, TierBadge } from '../../../components/Badges';
import { daysFromToday } from '../../../lib/format';
import { useFormat } from '../../../lib/useFormat';

const BADGES = [
  { key: 'sampleShipped', icon: IconPackage, color: 'blue' },
  { key: 'voucherCode', icon: IconTicket, color: 'grape' },
  { key: 'contentLive', icon: IconBroadcast, color: 'teal' },
  { key: 'disclosureMissing', icon: IconAlertTriangle, color: 'orange' },
] as const;

/** The visible content of a card: light and memoised (a board may hold 1,000 of them). */
export const CardBody = memo(function CardBody({ card }: { card: BoardCard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const overdue = card.nextDueDate ? daysFromToday(card.nextDueDate) < 0 : false;
  const badges = BADGES.filter((b) => card.badges[b.key]);
  const handle = card.handle ? `@${card.handle.replace(/^@/, '')}` : card.platform ? t(`platforms.${card.platform}`) : t('common.none');
  const type = t(`collabTypes.${card.type}`, { defaultValue: card.type });
  // A grid whose areas the stylesheet rearranges when the column is narrow (container query in campaigns.css):
  // every field stays on the card, long ones wrap onto their own line instead of being cut.
  return (
    <div className="cb">
      <Text fw={600} size="sm" className="card-name cb-name" title={card.influencerName}>
        {card.influencerName}
      </Text>
      <span className="cb-tier">
        <TierBadge tier={card.tier} />
      </span>
      <Group gap={6} wrap="nowrap" className="cb-handle">
        <Text component="span" c="dimmed" lh={0} title={card.platform ? t(`platforms.${card.platform}`) : undefined}>
          <PlatformIcon platform={card.platform} size={14} />
        </Text>
        <Text size="xs" c="dimmed" className="cb-handle-text" title={handle}>
          {handle}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" component="span" className="cb-reach">
        <span>{fmt.compact(card.followers)}</span>{' '}
        <span>
          · {t('card.er')} {fmt.percentBp(card.engagementRateBp)}
        </span>
      </Text>
      <span className="cb-type">{type}</span>
      <Text size="sm" fw={600} className="cb-fee">
        {fmt.money(card.feeMinor, card.currency, { whole: card.feeMinor % 100 === 0 })}
      </Text>
      {(card.nextDueDate || badges.length > 0) && (
        <Group justify="space-between" wrap="wrap" gap={4} className="cb-foot">
          {card.nextDueDate ? (
            <Group gap={4} wrap="nowrap" data-overdue={overdue || undefined}>
              <IconCalendar size={13} aria-hidden="true" color={overdue ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-gray-6)'} />
              <Text size="xs" c={overdue ? 'red.7' : 'dimmed'} fw={overdue ? 600 : 400}>
                {overdue ? t('campaigns.board.overdue', { date: fmt.date(card.nextDueDate) }) : t('campaigns.board.due', { date: fmt.date(card.nextDueDate) })}
              </Text>
            </Group>
          ) : (
            <span />
          )}
          <Group gap={4} wrap="nowrap">
            {badges.map(({ key, icon: Icon, color }) => (
              <Tooltip key={key} label={t(`campaigns.board.badges.${key}`)} withArrow openDelay={300}>
                <Badge size="sm" variant="light" color={color} px={4} aria-label={t(`campaigns.board.badges.${key}`)} role="img">
                  <Icon size={12} style={{ display: 'block' }} aria-hidden="true" />
                </Badge>
              </Tooltip>
            ))}
          </Group>
        </Group>
      )}
    </div>
  );
});

/** A draggable card: pointer (after 5 px) and keyboard (Space picks up, arrows move, Space drops); click/Enter opens it. */
export const SortableCard = memo(function SortableCard({
  card,
  stageId,
  onOpen,
  label,
}: {
  card: BoardCard;
  stageId: number;
  onOpen(id: number): void;
  label: string;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: card.id,
    data: { type: 'card', stageId },
    attributes: { roleDescription: t('board.a11y.roleDescription') },
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(e);
    if (e.key === 'Enter' && !isDragging && !e.defaultPrevented) {
      e.preventDefault();
      onOpen(card.id);
    }
  };
  const onClick = (e: MouseEvent) => {
    if (!isDragging && !e.defaultPrevented) onOpen(card.id);
  };
  return (
    <div
      ref={setNodeRef}
      className="board-card"
      data-card-id={card.id}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      {...attributes}
      {...listeners}
      aria-label={label}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <CardBody card={card} />
    </div>
  );
});
