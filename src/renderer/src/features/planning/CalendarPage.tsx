import { ActionIcon, Button, Code, Group, SegmentedControl, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronLeft, IconChevronRight, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekOf } from '../../../../shared/time';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { downloadFile } from '../../lib/files';
import { offerDeadlineUndo } from '../../lib/deadlineUndo';
import { useApiQuery } from '../../lib/query';
import { useFormat } from '../../lib/useFormat';
import { CalendarGrid, KIND_COLORS } from './CalendarGrid';
import { shift, visibleDays, type CalendarView } from './calendarDates';
import { CALENDAR_KINDS } from '../../../../shared/contract';

const SCOPES = ['planning', 'collaborations', 'campaigns', 'settings'] as const;

/** Calendar: posting dates, deadlines, samples and campaign phases by month or week; deadlines move by drag or keyboard; .ics export. */
export function CalendarPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [view, setView] = useState<CalendarView>('month');
  const [anchor, setAnchor] = useState<string | null>(null);
  // "today" is the core's (app time zone, KOLLAB_NOW in tests), not the browser's
  const today = useApiQuery('today.list', {}, { scopes: ['planning', 'settings'] });
  const at = anchor ?? today.data?.today ?? null;
  const days = at ? visibleDays(view, at) : [];
  const cal = useApiQuery('calendar.events', { from: days[0] ?? '2000-01-01', to: days.at(-1) ?? '2000-01-01' }, { scopes: SCOPES, enabled: !!at });
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      downloadFile(await api.call('calendar.ics', {}));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const move = async (deliverableId: number, dueDate: string) => {
    try {
      const r = await api.call('calendar.moveDeliverable', { deliverableId, dueDate });
      if (r.move) offerDeadlineUndo([r.move]);
      else notifications.show({ color: 'teal', message: t('calendar.moved', { date: fmt.date(dueDate) }) });
    } catch (err) {
      notifyError(err);
    }
  };

  const locale = fmt.locale === 'de' ? 'de-DE' : 'en-GB';
  const title = !at
    ? ''
    : view === 'month'
      ? new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${at.slice(0, 7)}-01T00:00:00Z`))
      : t('calendar.weekTitle', { week: isoWeekOf(at).week, from: fmt.date(days[0]), to: fmt.date(days.at(-1)) });

  const actions = (
    <>
      <SegmentedControl
        aria-label={t('calendar.view')}
        value={view}
        onChange={(v) => setView(v === 'week' ? 'week' : 'month')}
        data={[
          { value: 'month', label: t('calendar.month') },
          { value: 'week', label: t('calendar.week') },
        ]}
      />
      <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void download()} loading={busy}>
        {t('calendar.download')}
      </Button>
    </>
  );
  const header = <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} actions={actions} />;
  if (!at || !cal.data) {
    const error = today.error ?? cal.error;
    return <>{header}{error ? <ErrorState error={error} onRetry={() => void (today.error ? today.refetch() : cal.refetch())} /> : <LoadingState rows={5} />}</>;
  }

  return (
    <>
      {header}
      <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
        <Group gap={6} wrap="nowrap">
          <Tooltip label={t(`calendar.prev.${view}`)}>
            <ActionIcon variant="default" size="lg" aria-label={t(`calendar.prev.${view}`)} onClick={() => setAnchor(shift(view, at, -1))}>
              <IconChevronLeft size={18} />
            </ActionIcon>
          </Tooltip>
          <Button variant="default" onClick={() => setAnchor(null)}>
            {t('calendar.today')}
          </Button>
          <Tooltip label={t(`calendar.next.${view}`)}>
            <ActionIcon variant="default" size="lg" aria-label={t(`calendar.next.${view}`)} onClick={() => setAnchor(shift(view, at, 1))}>
              <IconChevronRight size={18} />
            </ActionIcon>
          </Tooltip>
          <Text fw={650} fz="lg" ml="xs" data-testid="calendar-title" aria-live="polite">
            {title}
          </Text>
        </Group>
        <Group gap="sm" aria-label={t('calendar.legend')} role="list">
          {CALENDAR_KINDS.map((k) => (
            <Group key={k} gap={4} wrap="nowrap" role="listitem">
              <span className="cal-dot" style={{ background: `var(--mantine-color-${KIND_COLORS[k]}-6)` }} aria-hidden="true" />
              <Text size="xs" c="dimmed">
                {t(`calendar.kinds.${k}`)}
              </Text>
            </Group>
          ))}
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb={6}>
        {t('calendar.moveHint')}
      </Text>
      <CalendarGrid view={view} days={days} month={at.slice(0, 7)} today={cal.data.today} events={cal.data.events} onMove={(id, d) => void move(id, d)} />
      <Text size="xs" c="dimmed" mt="xs" data-testid="calendar-subscribe">
        {t('calendar.subscribe')} <Code>{cal.data.icsFile}</Code>
      </Text>
    </>
  );
}
