import type { Db } from '../db/connection';
import type { Core } from '../core/context';
import { getSettings } from '../settings/service';
import { DomainError } from '../../shared/envelope';
import { addDays, dayIn, daysBetween, isoWeekOf, todayIn } from '../../shared/time';
import type { TodayDto, TodayItem, TodaySection } from '../../shared/contract';
import * as q from './queries';
import { dueDate } from '../payments/rules';
import { markPaid } from '../payments/service';
import { sequenceState, type SequenceCache } from './sequences';


type Clocked = Pick<Core, 'db' | 'clock'>;

/** Same as core/context's appToday (importing it here would close a cycle through the handler registry). */
function appToday(core: Clocked): string {
  return todayIn(getSettings(core.db).timeZone, core.clock.now());
}

/** First delivery without a later post: the sample that still waits for its post. */
export function waitingSamples(db: Db, today: string, afterDays: number) {
  const rows = q.shipments(db);
  const posts = q.datedPosts(db, [...new Set(rows.map((r) => r.collaborationId))]);
  return rows.filter((s) => {
    if (s.status !== 'delivered' || !s.deliveredOn) return false;
    if (daysBetween(s.deliveredOn, today) < afterDays) return false;
    return !posts.some((p) => p.collaborationId === s.collaborationId && (!p.postedAt || p.postedAt.slice(0, 10) >= s.deliveredOn!));
  });
}

/**
 * The Today / Week view: what is overdue, who owes a post or an answer, what is due this week and soon,
 * across all campaigns. "Today" is the app time zone's day by the core's clock (KOLLAB_NOW in tests).
 */
export function todayList(core: Clocked, horizonDays = 14): TodayDto {
  const { db } = core;
  const settings = getSettings(db);
  const today = appToday(core);
  const week = isoWeekOf(today);
  const weekEnd = addDays(week.monday, 6);
  const until = addDays(today, horizonDays);
  const follow = new Map(q.allFollowUps(db).map((f) => [f.itemKey, f]));
  const items: TodayItem[] = [];
  const section = (date: string): TodaySection => (date < today ? 'overdue' : date <= weekEnd ? 'week' : 'soon');
  const push = (it: Omit<TodayItem, 'days' | 'remindedOn'>) => {
    const f = follow.get(it.key);
    if (f?.snoozedUntil && f.snoozedUntil > today) return;
    items.push({ ...it, days: daysBetween(today, it.date), remindedOn: f?.remindedOn ?? null });
  };

  // deliverables: open, unless enough posts of that kind are recorded on the card
  const open = q.openDeliverables(db, until);
  const counts = new Map(q.postCounts(db, [...new Set(open.map((d) => d.collaborationId))]).map((p) => [`${p.collaborationId}:${p.kind}`, p.n]));
  const used = new Map<string, number>();
  for (const d of open) {
    const k = `${d.collaborationId}:${d.kind}`;
    const before = used.get(k) ?? 0;
    used.set(k, before + d.count);
    if ((counts.get(k) ?? 0) >= before + d.count) continue;
    const due = d.dueDate!;
    push({
      key: `deliverable:${d.id}`,
      kind: due < today ? 'deliverable_overdue' : 'deliverable_due',
      section: section(due),
      date: due,
      campaignId: d.campaignId,
      campaignName: d.campaignName,
      collaborationId: d.collaborationId,
      person: { id: d.personId, name: d.personName },
      action: 'markPosted',
      deliverableKind: d.kind,
      deliverableId: d.id,
      count: d.count,
    });
  }

  // samples delivered N days ago without a post; a reminder lets the row rest for another N days
  for (const s of waitingSamples(db, today, settings.noPostAfterDays)) {
    const reminded = follow.get(`sample:${s.id}`)?.remindedOn;
    if (reminded && daysBetween(reminded, today) < settings.noPostAfterDays) continue;
    push({
      key: `sample:${s.id}`,
      kind: 'sample_no_post',
      section: 'followUp',
      date: s.deliveredOn!,
      campaignId: s.campaignId,
      campaignName: s.campaignName,
      collaborationId: s.collaborationId,
      person: { id: s.personId, name: s.personName },
      action: 'sendReminder',
    });
  }

  // contacted, no answer: the follow-up sequence of the template used, if it has one (rows `sequence:<card>`, for
  // cards in "contacted" or still on the shortlist); otherwise — or once every follow-up went out — after N days
  // in the "contacted" stage (rows `answer:<card>`)
  const templates: SequenceCache = new Map();
  for (const c of q.awaitingAnswer(db)) {
    const seq = sequenceState(db, c, settings.timeZone, templates);
    const base = { campaignId: c.campaignId, campaignName: c.campaignName, collaborationId: c.collaborationId, person: { id: c.personId, name: c.personName }, action: 'sendReminder' as const };
    if (seq.kind === 'next') {
      if (seq.dueOn <= today) push({ ...base, key: `sequence:${c.collaborationId}`, kind: 'follow_up_due', section: 'followUp', date: seq.dueOn, step: seq.step, steps: seq.steps });
      continue;
    }
    if (c.stageKey !== 'contacted') continue; // the plain rule only counts cards moved to "contacted"
    const contacted = dayIn(settings.timeZone, new Date(c.contactedAt!));
    const reminded = [follow.get(`answer:${c.collaborationId}`)?.remindedOn, seq.kind === 'done' ? follow.get(`sequence:${c.collaborationId}`)?.remindedOn : null]
      .filter((d): d is string => !!d)
      .sort()
      .pop();
    const last = reminded && reminded > contacted ? reminded : contacted;
    if (daysBetween(last, today) < settings.noAnswerAfterDays) continue;
    push({ ...base, key: `answer:${c.collaborationId}`, kind: 'no_answer', section: 'followUp', date: contacted });
  }

  // fees invoiced and due (invoice date + terms) within the horizon, or overdue
  for (const p of q.invoicedUnpaid(db)) {
    const due = dueDate(p.invoicedOn, p.paymentDueOn, settings.paymentTermsDays) ?? today;
    if (due > until) continue;
    push({
      key: `payment:${p.collaborationId}`,
      kind: due < today ? 'payment_overdue' : 'payment_due',
      section: section(due),
      date: due,
      campaignId: p.campaignId,
      campaignName: p.campaignName,
      collaborationId: p.collaborationId,
      person: { id: p.personId, name: p.personName },
      action: 'markPaid',
      amountMinor: p.feeMinor,
      currency: p.currency,
    });
  }

  for (const c of q.codesEnding(db, today, addDays(today, 7))) {
    push({
      key: `code:${c.id}`,
      kind: 'code_expiring',
      section: section(c.validTo!),
      date: c.validTo!,
      campaignId: c.campaignId,
      campaignName: c.campaignName,
      collaborationId: c.collaborationId,
      person: { id: c.personId, name: c.personName },
      action: 'snooze',
      code: c.code,
    });
  }

  for (const c of q.campaignsInWindow(db, today, addDays(today, 7))) {
    for (const [kind, date, prefix] of [
      ['campaign_starting', c.startDate, 'start'],
      ['campaign_ending', c.endDate, 'end'],
    ] as const) {
      if (!date || date < today || date > addDays(today, 7)) continue;
      push({ key: `${prefix}:${c.id}`, kind, section: section(date), date, campaignId: c.id, campaignName: c.name, collaborationId: null, person: null, action: 'snooze' });
    }
  }

  const order: TodaySection[] = ['overdue', 'followUp', 'week', 'soon'];
  items.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section) || a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  return {
    today,
    weekStart: week.monday,
    weekEnd,
    items,
    counts: {
      postsDueThisWeek: items.filter((i) => i.kind === 'deliverable_due' && i.date <= weekEnd).reduce((n, i) => n + (i.count ?? 1), 0),
      overdue: items.filter((i) => i.section === 'overdue').length,
      followUp: items.filter((i) => i.section === 'followUp').length,
    },
    noPostAfterDays: settings.noPostAfterDays,
    noAnswerAfterDays: settings.noAnswerAfterDays,
  };
}

function collaborationOfKey(db: Db, key: string): number | null {
  const [kind, raw] = key.split(':');
  const id = Number(raw);
  if (kind === 'answer' || kind === 'sequence' || kind === 'payment') return id;
  if (kind === 'sample') return q.shipments(db).find((s) => s.id === id)?.collaborationId ?? null;
  return null;
}

export function snooze(core: Clocked, key: string, days: number): { key: string; snoozedUntil: string } {
  const snoozedUntil = addDays(appToday(core), days);
  q.upsertFollowUp(core.db, key, collaborationOfKey(core.db, key), { snoozedUntil });
  return { key, snoozedUntil };
}

export function saveReminder(core: Clocked, key: string): { key: string; remindedOn: string } {
  const collaborationId = collaborationOfKey(core.db, key);
  if (collaborationId === null || !(key.startsWith('sample:') || key.startsWith('answer:') || key.startsWith('sequence:')))
    throw new DomainError('INVALID_INPUT', `No reminder for ${key}`, { field: 'key', key: 'planning.noReminder', params: { key } });
  const remindedOn = appToday(core);
  if (key.startsWith('sequence:')) q.advanceFollowUpStep(core.db, collaborationId);
  q.upsertFollowUp(core.db, key, collaborationId, { remindedOn });
  return { key, remindedOn };
}

export function setDone(core: Clocked, deliverableId: number): { id: number; doneAt: string } {
  const doneAt = appToday(core);
  const row = q.setDeliverableDone(core.db, deliverableId, doneAt);
  if (!row) throw new DomainError('NOT_FOUND', `Deliverable ${deliverableId} not found`, { field: 'deliverableId', key: 'planning.deliverableNotFound', params: { id: deliverableId } });
  return { id: row.id, doneAt };
}

export function setPaid(core: Clocked, collaborationId: number): { id: number; paidOn: string } {
  const paidOn = appToday(core);
  return { ...markPaid(core, collaborationId, paidOn), paidOn };
}
