import { Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconBroadcast, IconCalendar, IconPackage, IconTicket } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { BoardCard } from '../../../../../shared/contract';
import { PlatformIcon, TierBadge } from '../../../components/Badges';
import { daysFromToday } from '../../../lib/format';
import { useFormat } from '../../../lib/useFormat';

export function Card({ card }: { card: BoardCard }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const overdue = card.nextDueDate ? daysFromToday(card.nextDueDate) < 0 : false;
  const b = card.badges;
  const badges = [
    b.sampleShipped && { key: 'sampleShipped', icon: IconPackage, color: 'blue' },
    b.voucherCode && { key: 'voucherCode', icon: IconTicket, color: 'grape' },
    b.contentLive && { key: 'contentLive', icon: IconBroadcast, color: 'teal' },
    b.disclosureMissing && { key: 'disclosureMissing', icon: IconAlertTriangle, color: 'orange' },
  ].filter(Boolean) as { key: string; icon: typeof IconPackage; color: string }[];

  return (
    <Paper withBorder radius="md" p="sm" className="board-card" role="listitem" data-card-id={card.id}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text
            component={Link}
            href={`/influencers/${card.influencerId}`}
            fw={600}
            size="sm"
            truncate
            c="dark"
            style={{ textDecoration: 'none' }}
          >
            {card.influencerName}
          </Text>
          <TierBadge tier={card.tier} />
        </Group>
        <Group gap={6} wrap="nowrap">
          <Text c="dimmed" lh={0} title={card.platform ? t(`platforms.${card.platform}`) : undefined}>
            <PlatformIcon platform={card.platform} size={14} />
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {card.handle ? `@${card.handle}` : card.platform ? t(`platforms.${card.platform}`) : t('common.none')} · {fmt.compact(card.followers)} ·{' '}
            {t('influencers.columns.er')} {fmt.percentBp(card.engagementRateBp)}
          </Text>
        </Group>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Badge variant="light" color="gray" size="sm" tt="none" fw={500}>
            {t(`collabTypes.${card.type}`, { defaultValue: card.type })}
          </Badge>
          <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {fmt.money(card.feeMinor, card.currency, { whole: card.feeMinor % 100 === 0 })}
          </Text>
        </Group>
        {(card.nextDueDate || badges.length > 0) && (
          <Group justify="space-between" wrap="nowrap" gap="xs">
            {card.nextDueDate ? (
              <Group gap={4} wrap="nowrap">
                <IconCalendar size={13} aria-hidden="true" color={overdue ? 'var(--mantine-color-red-6)' : 'var(--mantine-color-gray-6)'} />
                <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : 400}>
                  {overdue ? t('campaigns.board.overdue', { date: fmt.date(card.nextDueDate) }) : t('campaigns.board.due', { date: fmt.date(card.nextDueDate) })}
                </Text>
              </Group>
            ) : (
              <span />
            )}
            <Group gap={4} wrap="nowrap">
              {badges.map(({ key, icon: Icon, color }) => (
                <Tooltip key={key} label={t(`campaigns.board.badges.${key}`)} withArrow>
                  <Badge size="sm" variant="light" color={color} px={4} aria-label={t(`campaigns.board.badges.${key}`)} tabIndex={0}>
                    <Icon size={12} style={{ display: 'block' }} aria-hidden="true" />
                  </Badge>
                </Tooltip>
              ))}
            </Group>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
