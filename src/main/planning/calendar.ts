import type { Db } from '../db/connection';
import type { Clock } from '../core/clock';
import { appToday } from '../core/today';
import { DomainError } from '../../shared/envelope';
import type { CalendarDto, CalendarEvent, DeadlineMove } from '../../shared/contract';
import { dropDeadlineMove, recordDeadlineMove } from '../collaborations/deadlines';
import { deliverable } from '../collaborations/queries';
import { DELIVERABLE_KINDS, type DeliverableKind } from '../../shared/domain';
import * as q from './queries/calendar';
import { icsPath } from './ics-path';

type Clocked = { db: Db; clock: Clock; dataDir: string };

/** The stored text of a deliverable or post kind, checked against the vocabulary (unknown → 'post'). */
function kindOf(kind: string): DeliverableKind {
  return DELIVERABLE_KINDS.find((k) => k === kind) ?? 'post';
}

/**
 * Everything with a day between `from` and `to` (inclusive, days of the app time zone): deliverable deadlines
 * (done ones marked), posts, sample shipments and deliveries, and campaign phases (start to end; a campaign with
 * only one of the two dates is a one-day event on it). Sorted by day, phases first.
 */
export function calendarEvents(db: Db, from: string, to: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const person = (r: { personId: number; personName: string }) => ({ id: r.personId, name: r.personName });
  for (const c of q.campaignsOverlapping(db, from, to)) {
    const start = c.startDate ?? c.endDate!;
    events.push({ key: `phase:${c.id}`, kind: 'phase', date: start, endDate: c.endDate ?? start, campaignId: c.id, campaignName: c.name, collaborationId: null, person: null });
  }
  for (const d of q.deadlinesIn(db, from, to)) {
    events.push({
      key: `deadline:${d.id}`,
      kind: 'deadline',
      date: d.dueDate!,
      endDate: d.dueDate!,
      campaignId: d.campaignId,
      campaignName: d.campaignName,
      collaborationId: d.collaborationId,
      person: person(d),
      deliverableId: d.id,
      deliverableKind: kindOf(d.kind),
      count: d.count,
      done: d.doneAt !== null,
    });
  }
  for (const p of q.postsIn(db, from, to)) {
    const day = p.postedAt!.slice(0, 10);
    events.push({ key: `post:${p.id}`, kind: 'post', date: day, endDate: day, campaignId: p.campaignId, campaignName: p.campaignName, collaborationId: p.collaborationId, person: person(p), deliverableKind: kindOf(p.kind) });
  }
  for (const s of q.samplesIn(db, from, to)) {
    for (const [kind, day] of [
      ['shipment', s.shippedOn],
      ['delivery', s.deliveredOn],
    ] as const) {
      if (!day || day < from || day > to) continue;
      events.push({ key: `${kind}:${s.id}`, kind, date: day, endDate: day, campaignId: s.campaignId, campaignName: s.campaignName, collaborationId: s.collaborationId, person: person(s) });
    }
  }
  const order = ['phase', 'deadline', 'post', 'shipment', 'delivery'];
  return events.sort((a, b) => a.date.localeCompare(b.date) || order.indexOf(a.kind) - order.indexOf(b.kind) || a.key.localeCompare(b.key, 'en', { numeric: true }));
}

export function calendarRange(core: Clocked, from: string, to: string): CalendarDto {
  return { from, to, today: appToday(core), events: calendarEvents(core.db, from, to), icsFile: icsPath(core.dataDir) };
}

/**
 * A deliverable's deadline moved to another day (dragged in the calendar, moved with the keyboard): the card's
 * history records it (`deadline_moved`). With `undoOf` it is the undo of an earlier move: that entry goes instead.
 */
export function moveDeliverable(
  db: Db,
  deliverableId: number,
  dueDate: string,
  undoOf?: number,
): { id: number; collaborationId: number; dueDate: string; move: DeadlineMove | null } {
  const before = deliverable(db, deliverableId);
  if (!before) throw new DomainError('NOT_FOUND', `Deliverable ${deliverableId} not found`, { field: 'deliverableId', key: 'planning.deliverableNotFound', params: { id: deliverableId } });
  if (undoOf !== undefined) dropDeadlineMove(db, deliverableId, undoOf);
  q.setDueDate(db, deliverableId, dueDate);
  const move = undoOf === undefined ? recordDeadlineMove(db, before, before.dueDate, dueDate) : null;
  return { id: before.id, collaborationId: before.collaborationId, dueDate, move };
}
