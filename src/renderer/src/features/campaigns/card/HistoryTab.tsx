import { Group, Text, Timeline } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CollaborationDetail, StageEventDto } from '../../../../../shared/contract';
import { useFormat } from '../../../lib/useFormat';

/**
 * Event kinds the core records as the note of a history entry (collaborations/ordering.ts recordStageEvent);
 * 'payment_status_reset' comes from the migration drizzle/0015_fee_status_proposed.sql.
 */
const EVENT_KINDS = ['added', 'restored', 'contacted', 'stage_removed', 'deadline_moved', 'payment_status_reset'] as const;
type EventKind = (typeof EVENT_KINDS)[number];
const isEventKind = (note: string | null): note is EventKind => note !== null && (EVENT_KINDS as readonly string[]).includes(note);

function eventStage(key: string | null, name: string | null, t: TFunction): string {
  if (name) return name;
  if (key) return String(t(`stages.${key}`, { defaultValue: key }));
  return t('card.history.removedStage');
}

/** Staying in the same stage is no change (older versions recorded "Contacted → Contacted" for a logged contact). */
const isSelfMove = (e: StageEventDto) => e.fromStageId !== null && e.fromStageId === e.toStageId && !isEventKind(e.note);

/** A link the campaign's new UTM rules regenerated (collaborations/links.ts): marker, old URL, new URL. */
const regenerated = (note: string | null): [string, string] | null => {
  const parts = note?.split('\n') ?? [];
  return parts[0] === 'link_regenerated' && parts.length === 3 ? [parts[1], parts[2]] : null;
};

const text = (v: string | number | undefined) => (v === undefined ? '' : String(v));

function EventTitle({ e, t, date }: { e: StageEventDto; t: TFunction; date: (iso: string) => string }) {
  if (regenerated(e.note)) return <>{t('card.history.events.link_regenerated')}</>;
  const kind = isEventKind(e.note) ? e.note : null;
  const stage = eventStage(e.toKey, e.toName, t);
  if (kind === 'contacted') return <>{t('card.history.events.contacted')}</>;
  if (kind === 'deadline_moved') return <>{t('card.history.events.deadline_moved', { from: date(text(e.params?.from)), to: date(text(e.params?.to)) })}</>;
  if (kind === 'payment_status_reset') return <>{t('card.history.events.payment_status_reset', { status: t(`card.paymentStatus.${text(e.params?.to)}`) })}</>;
  if (kind === 'restored') return <>{t('card.history.events.restored', { stage })}</>;
  if (kind === 'added' || (e.fromStageId == null && e.fromKey == null && e.fromName == null)) return <>{t('card.history.added', { stage })}</>;
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <span>{eventStage(e.fromKey, e.fromName, t)}</span>
      <IconArrowRight size={14} aria-label={t('card.history.to')} />
      <span>{stage}</span>
    </Group>
  );
}

/** Timeline of a card's stage changes and events, newest first, every label in the user's language. */
export function HistoryTab({ detail }: { detail: CollaborationDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const events = detail.history.filter((e) => !isSelfMove(e)).sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
  if (!events.length)
    return (
      <Text size="sm" c="dimmed">
        {t('card.history.empty')}
      </Text>
    );
  const time = (iso: string) => new Intl.DateTimeFormat(fmt.locale === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  return (
    <Timeline bulletSize={18} lineWidth={2} active={0}>
      {events.map((e) => (
        <Timeline.Item key={e.id} title={<EventTitle e={e} t={t} date={(d) => fmt.date(d)} />}>
          <Text size="xs" c="dimmed">
            {fmt.date(e.at)} · {time(e.at)}
          </Text>
          {regenerated(e.note) ? (
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
              <Text span td="line-through" c="dimmed" inherit>{regenerated(e.note)![0]}</Text>
              {' → '}
              {regenerated(e.note)![1]}
            </Text>
          ) : e.note === 'payment_status_reset' ? (
            <Text size="sm">{t('card.history.events.payment_status_reset_why')}</Text>
          ) : e.note === 'stage_removed' ? (
            <Text size="sm">{t('card.history.events.stage_removed')}</Text>
          ) : e.note === 'deadline_moved' ? (
            e.params?.kind !== undefined && <Text size="sm">{t(`card.kinds.${text(e.params.kind)}`, { defaultValue: text(e.params.kind) })}</Text>
          ) : (
            e.note && !isEventKind(e.note) && <Text size="sm">{e.note}</Text>
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
