/**
 * A moved deadline leaves a history entry on its card: note `deadline_moved` with `{ deliverableId, kind, from, to }`
 * (the renderer reads "Frist verschoben von 24.11.2026 auf 28.11.2026"). Undoing the move takes the entry back
 * out instead of writing a second one, so an undone move leaves no trace.
 */
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import type { DeadlineMove } from '../../shared/contract';
import { deadlineMovedParams, parseJsonOrNull } from '../db/json-columns';
import { nowUtc } from './ordering';
import * as q from './queries/deadlines';

export const DEADLINE_MOVED = 'deadline_moved';

/** Writes the history entry of a deadline moved from one day to another (none when a day is missing or equal). */
export function recordDeadlineMove(db: Db, d: q.DeliverableRow, from: string | null, to: string | null): DeadlineMove | null {
  if (!from || !to || from === to) return null;
  const eventId = q.insertNoteEvent(db, d.collaborationId, nowUtc(), DEADLINE_MOVED, JSON.stringify({ deliverableId: d.id, kind: d.kind, from, to }));
  return { deliverableId: d.id, collaborationId: d.collaborationId, kind: d.kind, from, to, eventId };
}

/** Checks that `eventId` is the entry of a move of this deliverable, then removes it (the undo of that move). */
export function dropDeadlineMove(db: Db, deliverableId: number, eventId: number): void {
  const e = q.noteEvent(db, eventId);
  const params = e?.note === DEADLINE_MOVED ? parseJsonOrNull(deadlineMovedParams, e.params) : null;
  if (!e || !params || params.deliverableId !== deliverableId)
    throw new DomainError('NOT_FOUND', 'This move is no longer in the card’s history', { field: 'undoOf', key: 'planning.moveNotFound' });
  q.deleteEvent(db, eventId);
}
