/** SQL of a moved deadline's history entry (re-exported by queries.ts). */
import type { Db } from '../../db/connection';

export interface DeliverableRow {
  id: number;
  collaborationId: number;
  kind: string;
  dueDate: string | null;
}

export function deliverable(db: Db, id: number): DeliverableRow | undefined {
  return db.$client
    .prepare<[number], DeliverableRow>('SELECT id, collaboration_id AS collaborationId, kind, due_date AS dueDate FROM deliverables WHERE id = ?')
    .get(id);
}

export function deliverablesOfCard(db: Db, collaborationId: number): DeliverableRow[] {
  return db.$client
    .prepare<[number], DeliverableRow>('SELECT id, collaboration_id AS collaborationId, kind, due_date AS dueDate FROM deliverables WHERE collaboration_id = ?')
    .all(collaborationId);
}

/** A history entry with a keyed note and its parameters (JSON); returns its id. */
export function insertNoteEvent(db: Db, collaborationId: number, at: string, note: string, params: string): number {
  return Number(
    db.$client
      .prepare<[number, string, string, string]>('INSERT INTO stage_events (collaboration_id, from_stage_id, to_stage_id, at, note, params) VALUES (?, NULL, NULL, ?, ?, ?)')
      .run(collaborationId, at, note, params).lastInsertRowid,
  );
}

export function noteEvent(db: Db, id: number): { id: number; collaborationId: number; note: string | null; params: string | null } | undefined {
  return db.$client
    .prepare<[number], { id: number; collaborationId: number; note: string | null; params: string | null }>(
      'SELECT id, collaboration_id AS collaborationId, note, params FROM stage_events WHERE id = ?',
    )
    .get(id);
}

export function deleteEvent(db: Db, id: number): void {
  db.$client.prepare<[number]>('DELETE FROM stage_events WHERE id = ?').run(id);
}
