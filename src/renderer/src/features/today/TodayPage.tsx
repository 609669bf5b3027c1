import { ActionIcon, Badge, Button, Card, Group, Menu, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlarmSnooze, IconCalendarEvent, IconCash, IconCheck, IconChevronDown, IconMailForward, IconPackage, IconSpeakerphone, IconTicket, IconVideo } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { TodayDto, TodayItem, TodayKind, TodaySection } from '../../../../shared/contract';
import { TODAY_SECTIONS } from '../../../../shared/contract';
import { isoWeekOf } from '../../../../shared/time';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { onDataChanged } from '../../lib/sync';
import { ReminderModal } from '../../components/ReminderModal';

const ICONS: Record<TodayKind, ReactNode> = {
  deliverable_overdue: <IconVideo size={18} />,
  deliverable_due: <IconVideo size={18} />,
  sample_no_post: <IconPackage size={18} />,
  no_answer: <IconMailForward size={18} />,
  follow_up_due: <IconMailForward size={18} />,
  payment_overdue: <IconCash size={18} />,
  payment_due: <IconCash size={18} />,
  code_expiring: <IconTicket size={18} />,
  campaign_starting: <IconSpeakerphone size={18} />,
  campaign_ending: <IconSpeakerphone size={18} />,
};
const COLORS: Record<TodaySection, string> = { overdue: 'red', followUp: 'orange', week: 'brand', soon: 'gray' };

function useToday() {
  const [data, setData] = useState<TodayDto | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api.call('today.list', {}).then(
      (d) => {
        setData(d);
        setError(null);
      },
      (e) => setError(e),
    );
  }, []);
  useEffect(() => {
    load();
    return onDataChanged(['planning', 'collaborations', 'campaigns', 'settings'], load);
  }, [load]);
  return { data, error, load };
}

/** Today / Week: what is overdue, who owes a post or an answer, what is due this week and next, across campaigns. */
export function TodayPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error, load } = useToday();
  const [reminder, setReminder] = useState<TodayItem | null>(null);
  const closeReminder = useCallback(() => setReminder(null), []);

  const week = data ? isoWeekOf(data.today) : null;
  const header = (
    <PageHeader
      title={t('today.title')}
      subtitle={data && week ? t('today.subtitle', { date: fmt.date(data.today), week: week.week, from: fmt.date(data.weekStart), to: fmt.date(data.weekEnd) }) : undefined}
    />
  );
  if (!data) return <>{header}{error ? <ErrorState error={error} onRetry={load} /> : <LoadingState rows={4} />}</>;

  return (
    <>
      {header}
      <Group gap="xs" mb="md" data-testid="today-summary">
        <Badge size="lg" variant="light" color="brand">{t('today.summary.posts', { count: data.counts.postsDueThisWeek })}</Badge>
        <Badge size="lg" variant="light" color={data.counts.overdue ? 'red' : 'gray'}>{t('today.summary.overdue', { count: data.counts.overdue })}</Badge>
        <Badge size="lg" variant="light" color={data.counts.followUp ? 'orange' : 'gray'}>{t('today.summary.followUp', { count: data.counts.followUp })}</Badge>
      </Group>
      {data.items.length === 0 ? (
        <EmptyBlock icon={<IconCalendarEvent size={26} />} title={t('today.empty')} description={t('today.emptyHint')} />
      ) : (
        <Stack gap="md">
          {TODAY_SECTIONS.map((s) => {
            const rows = data.items.filter((i) => i.section === s);
            if (!rows.length) return null;
            return (
              <Card key={s} withBorder padding="sm" component="section" aria-labelledby={`today-${s}`} data-testid={`today-${s}`}>
                <Group gap={8} mb={6}>
                  <Title order={2} fz="md" fw={600} id={`today-${s}`}>
                    {t(`today.sections.${s}`, { days: s === 'followUp' ? data.noPostAfterDays : 0 })}
                  </Title>
                  <Badge size="sm" variant="light" color={COLORS[s]}>{rows.length}</Badge>
                </Group>
                <Stack gap={0}>
                  {rows.map((i) => (
                    <TodayRow key={i.key} item={i} onRemind={() => setReminder(i)} />
                  ))}
                </Stack>
              </Card>
            );
          })}
        </Stack>
      )}
      <ReminderModal itemKey={reminder?.key ?? null} person={reminder?.person?.name ?? ''} onClose={closeReminder} onSent={closeReminder} />
    </>
  );
}

function TodayRow({ item: i, onRemind }: { item: TodayItem; onRemind(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const rtf = new Intl.RelativeTimeFormat(fmt.locale === 'de' ? 'de-DE' : 'en-GB', { numeric: 'auto' });
  const what = t(`today.kinds.${i.kind}`, {
    kind: i.deliverableKind ? t(`card.kinds.${i.deliverableKind}`) : '',
    count: i.count ?? 1,
    amount: i.amountMinor !== undefined ? fmt.money(i.amountMinor, i.currency ?? 'EUR') : '',
    code: i.code ?? '',
    step: i.step ?? 1,
    steps: i.steps ?? 1,
    campaign: i.campaignName,
    date: fmt.date(i.date),
  });
  const label = i.person ? `${i.person.name}: ${what}` : what;
  const open = () => navigate(i.collaborationId ? `/campaigns/${i.campaignId}/cards/${i.collaborationId}` : `/campaigns/${i.campaignId}`);
  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await fn();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const snooze = (days: number) => run(() => api.call('today.snooze', { key: i.key, days }));
  const action =
    i.action === 'markPosted' ? (
      <Button size="xs" variant="light" leftSection={<IconCheck size={14} />} loading={busy} onClick={() => void run(() => api.call('today.setDone', { deliverableId: i.deliverableId! }))} aria-label={`${t('today.actions.markPosted')}: ${label}`}>
        {t('today.actions.markPosted')}
      </Button>
    ) : i.action === 'markPaid' ? (
      <Button size="xs" variant="light" leftSection={<IconCash size={14} />} loading={busy} onClick={() => void run(() => api.call('today.setPaid', { collaborationId: i.collaborationId! }))} aria-label={`${t('today.actions.markPaid')}: ${label}`}>
        {t('today.actions.markPaid')}
      </Button>
    ) : i.action === 'sendReminder' ? (
      <Button size="xs" variant="light" color="orange" leftSection={<IconMailForward size={14} />} onClick={onRemind} aria-label={`${t('today.actions.sendReminder')}: ${label}`}>
        {t('today.actions.sendReminder')}
      </Button>
    ) : null;

  return (
    <Group justify="space-between" wrap="nowrap" gap="sm" py={8} className="today-row" data-testid="today-row" data-kind={i.kind} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <UnstyledButton onClick={open} style={{ flex: 1, minWidth: 0 }} aria-label={`${t('today.open')}: ${label}`}>
        <Group gap="sm" wrap="nowrap">
          <Text c={COLORS[i.section] === 'gray' ? 'dimmed' : `${COLORS[i.section]}.7`} lh={0} aria-hidden="true">
            {ICONS[i.kind]}
          </Text>
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} truncate>
              {i.person && <Text span fw={650}>{i.person.name}</Text>}
              {i.person ? ' · ' : ''}
              {what}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {i.campaignName} · {fmt.date(i.date)}
              {i.remindedOn ? ` · ${t('today.remindedOn', { date: fmt.date(i.remindedOn) })}` : ''}
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>
      <Group gap={6} wrap="nowrap">
        <Badge variant="light" color={COLORS[i.section]} style={{ flexShrink: 0 }}>
          {rtf.format(i.days, 'day')}
        </Badge>
        {action}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Tooltip label={t('today.actions.snooze')}>
              <ActionIcon variant={i.action === 'snooze' ? 'light' : 'subtle'} color="gray" aria-label={`${t('today.actions.snooze')}: ${label}`} loading={busy && i.action === 'snooze'}>
                {i.action === 'snooze' ? <IconAlarmSnooze size={16} /> : <IconChevronDown size={16} />}
              </ActionIcon>
            </Tooltip>
          </Menu.Target>
          <Menu.Dropdown>
            {[1, 3, 7].map((d) => (
              <Menu.Item key={d} leftSection={<IconAlarmSnooze size={14} />} onClick={() => void snooze(d)}>
                {t('today.snoozeFor', { count: d })}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
