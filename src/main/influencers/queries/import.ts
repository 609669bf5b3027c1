/**
 * The influencers domain's SQL, second part (re-exported by queries.ts): saved filters, whole rows for the
 * privacy export and the import undo, and the spreadsheet import's batches. Typed rows, no casts.
 */
import type { Db } from '../../db/connection';
import { insertImportSnapshotsOf } from './publish';
import type { ImportBatchDetail } from '../../../shared/contract';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
type Rec = Record<string, unknown>;

// ---- saved filters ----------------------------------------------------------------------------------------

export function savedFilterRows(db: Db): { id: number; name: string; query: string }[] {
  return db.$client
    .prepare<[], { id: number; name: string; query: string }>("SELECT id, name, query FROM saved_filters WHERE scope = 'influencers' ORDER BY name COLLATE NOCASE")
    .all();
}

export function savedFilterNamed(db: Db, name: string): number | undefined {
  return db.$client.prepare<[string], number>("SELECT id FROM saved_filters WHERE scope = 'influencers' AND name = ? COLLATE NOCASE").pluck().get(name);
}

export function updateSavedFilter(db: Db, id: number, queryJson: string): void {
  db.$client.prepare<[string, number]>(`UPDATE saved_filters SET query = ?, updated_at = ${NOW} WHERE id = ?`).run(queryJson, id);
}

export function insertSavedFilter(db: Db, name: string, queryJson: string): number {
  return Number(db.$client.prepare<[string, string]>("INSERT INTO saved_filters (scope, name, query) VALUES ('influencers', ?, ?)").run(name, queryJson).lastInsertRowid);
}

export function deleteSavedFilterRow(db: Db, id: number): boolean {
  return db.$client.prepare<[number]>('DELETE FROM saved_filters WHERE id = ?').run(id).changes > 0;
}

// ---- whole rows (privacy export, import undo) -------------------------------------------------------------

/** Every column of one influencer, as stored (names as in SQL). */
export function influencerRecord(db: Db, id: number): Rec | undefined {
  return db.$client.prepare<[number], Rec>('SELECT * FROM influencers WHERE id = ?').get(id);
}

export function records(db: Db, sql: string, id: number): Rec[] {
  return db.$client.prepare<[number], Rec>(sql).all(id);
}

export function recordsWithDay(db: Db, sql: string, id: number, day: string): Rec[] {
  return db.$client.prepare<[number, string], Rec>(sql).all(id, day);
}

export function pluckNumbers(db: Db, sql: string, id: number): number[] {
  return db.$client.prepare<[number], number>(sql).pluck().all(id);
}

export function pluckTexts(db: Db, sql: string, id: number): string[] {
  return db.$client.prepare<[number], string>(sql).pluck().all(id);
}

export function countOf(db: Db, sql: string, id: number): number {
  return db.$client.prepare<[number], number>(sql).pluck().get(id) ?? 0;
}

export function personForErasure(db: Db, id: number): { name: string; email: string | null; createdAt: string } | undefined {
  return db.$client.prepare<[number], { name: string; email: string | null; createdAt: string }>('SELECT name, email, created_at AS createdAt FROM influencers WHERE id = ?').get(id);
}

// ---- spreadsheet import and its undo ----------------------------------------------------------------------

export function rememberedMappingText(db: Db, signature: string): string | undefined {
  return db.$client.prepare<[string], string>("SELECT mapping FROM header_mappings WHERE signature = ? AND kind = 'influencers'").pluck().get(signature);
}

export function rememberMapping(db: Db, signature: string, format: string, mappingJson: string): void {
  db.$client
    .prepare<[string, string, string]>(
      `INSERT INTO header_mappings (signature, kind, format, mapping) VALUES (?, 'influencers', ?, ?)
       ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = ${NOW}`,
    )
    .run(signature, format, mappingJson);
}

export function allChannelHandles(db: Db): { platform: string; handle: string; influencerId: number; name: string }[] {
  return db.$client
    .prepare<[], { platform: string; handle: string; influencerId: number; name: string }>(
      `SELECT c.platform, c.handle, i.id AS influencerId, i.name FROM channels c JOIN influencers i ON i.id = c.influencer_id
       -- people in the bin too: their handles are still taken (undo can bring them back)`,
    )
    .all();
}

/** The numbers a sheet brought become a dated snapshot (source 'import'). */
export function insertImportSnapshots(db: Db, influencerId: number, day: string): void {
  insertImportSnapshotsOf(db, [influencerId], day);
}

/** A spreadsheet import's batch row as it starts: the contract's batch file fields and the mapping (JSON). */
export type BatchStart = Pick<ImportBatchDetail, 'fileName' | 'fileHash' | 'fileSize' | 'format' | 'encoding' | 'delimiter'> & { mapping: string };

export function startInfluencerBatch(db: Db, b: BatchStart): number {
  const info = db.$client
    .prepare<BatchStart>(
      `INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, encoding, delimiter, status, mapping)
       VALUES ('influencers', @fileName, @fileHash, @fileSize, @format, @encoding, @delimiter, 'running', @mapping)`,
    )
    .run(b);
  return Number(info.lastInsertRowid);
}

export function rejectWriter(db: Db): (batchId: number, row: number, reason: string, raw: string) => void {
  const stmt = db.$client.prepare<[number, number, string, string]>('INSERT INTO import_rejects (batch_id, row_number, reason, raw) VALUES (?, ?, ?, ?)');
  return (batchId, row, reason, raw) => void stmt.run(batchId, row, reason, raw);
}

export function undelete(db: Db, id: number): void {
  db.$client.prepare<[number]>('UPDATE influencers SET deleted_at = NULL WHERE id = ?').run(id);
}

export function finishBatch(db: Db, batchId: number, countsJson: string): void {
  db.$client.prepare<[string, number]>(`UPDATE import_batches SET status = 'done', counts = ?, finished_at = ${NOW} WHERE id = ?`).run(countsJson, batchId);
}

export function recordChange(db: Db, batchId: number, influencerId: number, action: 'created' | 'merged', beforeJson: string | null): void {
  db.$client
    .prepare<[number, number, string, string | null]>('INSERT INTO influencer_import_changes (batch_id, influencer_id, action, before) VALUES (?, ?, ?, ?)')
    .run(batchId, influencerId, action, beforeJson);
}

/** Writes a captured row back under its id (every column; the caller checks the column names). */
export function putRecord(db: Db, table: 'influencers' | 'channels' | 'channel_snapshots', cols: string[], values: unknown[]): void {
  db.$client
    .prepare<unknown[]>(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT (id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`,
    )
    .run(...values);
}

export function deleteSnapshotsOfDay(db: Db, influencerId: number, day: string): void {
  db.$client
    .prepare<[string, number]>('DELETE FROM channel_snapshots WHERE taken_on = ? AND channel_id IN (SELECT id FROM channels WHERE influencer_id = ?)')
    .run(day, influencerId);
}

export function batchState(db: Db, id: number): { kind: string; status: string } | undefined {
  return db.$client.prepare<[number], { kind: string; status: string }>('SELECT kind, status FROM import_batches WHERE id = ?').get(id);
}

/** Later finished imports that changed people of this one. */
export function laterBatchesTouching(db: Db, id: number): number[] {
  return db.$client
    .prepare<[number, number], number>(
      `SELECT DISTINCT c.batch_id FROM influencer_import_changes c JOIN import_batches lb ON lb.id = c.batch_id
       WHERE c.batch_id > ? AND lb.status = 'done' AND c.influencer_id IN (SELECT influencer_id FROM influencer_import_changes WHERE batch_id = ?)
       ORDER BY c.batch_id`,
    )
    .pluck()
    .all(id, id);
}

export function importChanges(db: Db, batchId: number): { influencerId: number; action: string; before: string | null }[] {
  return db.$client
    .prepare<[number], { influencerId: number; action: string; before: string | null }>(
      'SELECT influencer_id AS influencerId, action, before FROM influencer_import_changes WHERE batch_id = ? ORDER BY id DESC',
    )
    .all(batchId);
}

export function inAnyCampaign(db: Db, influencerId: number): boolean {
  return db.$client.prepare<[number], number>('SELECT 1 FROM collaborations WHERE influencer_id = ? LIMIT 1').pluck().get(influencerId) !== undefined;
}

export function binIfLive(db: Db, influencerId: number): void {
  db.$client.prepare<[number]>(`UPDATE influencers SET deleted_at = coalesce(deleted_at, ${NOW}) WHERE id = ?`).run(influencerId);
}

export function deleteInfluencerRow(db: Db, influencerId: number): void {
  db.$client.prepare<[number]>('DELETE FROM influencers WHERE id = ?').run(influencerId);
}

export function markBatchUndone(db: Db, batchId: number): void {
  db.$client.prepare<[number]>(`UPDATE import_batches SET status = 'undone', undone_at = ${NOW} WHERE id = ?`).run(batchId);
}

// ---- staging (import-commit.ts): people written in chunks, hidden until the batch is published ------------

/**
 * A person the running import created: staged by its batch, hidden from every reader until the batch is 'done'
 * (db/sql.ts LIVE_INFLUENCER), which publishes all of the batch's people at once (`finishBatch`).
 */
export function stageInfluencer(db: Db, id: number, batchId: number): void {
  db.$client.prepare<[number, number]>('UPDATE influencers SET staged_batch_id = ? WHERE id = ?').run(batchId, id);
}

/**
 * A user's own write wants a handle that a person staged by a running import holds (issue 9): the user's write
 * wins. The staged person (not visible to anyone yet) is removed and their change record says who took which
 * handle, so the import reports the row as a conflict when it publishes. False if the person is not staged.
 */
export function displaceStaged(db: Db, influencerId: number, taken: { platform: string; handle: string; holderId: number | null; holderName: string }): boolean {
  const c = db.$client;
  const marked = c
    .prepare<[string, number]>(
      `UPDATE influencer_import_changes SET action = 'displaced', before = ?
       WHERE influencer_id = ? AND action = 'created' AND batch_id IN (SELECT id FROM import_batches WHERE status = 'running')`,
    )
    .run(JSON.stringify(taken), influencerId);
  if (!marked.changes) return false;
  c.prepare<[number]>('DELETE FROM influencers WHERE id = ?').run(influencerId);
  return true;
}

/** The staged people of a batch that a user's write displaced (`displaceStaged`), with who took which handle. */
export function displacedOf(db: Db, batchId: number): { influencerId: number; platform: string; handle: string; holderId: number | null; holderName: string | null }[] {
  return db.$client
    .prepare<[number], { influencerId: number; platform: string; handle: string; holderId: number | null; holderName: string | null }>(
      `SELECT influencer_id AS influencerId, before ->> '$.platform' AS platform, before ->> '$.handle' AS handle,
              before ->> '$.holderId' AS holderId, before ->> '$.holderName' AS holderName
       FROM influencer_import_changes WHERE batch_id = ? AND action = 'displaced' ORDER BY id`,
    )
    .all(batchId);
}

/** Deletes up to `limit` people a running batch staged (channels and snapshots cascade); how many. */
export function dropStaged(db: Db, batchId: number, limit: number): number {
  const c = db.$client;
  const rows = c
    .prepare<[number, number], { id: number; influencerId: number }>(
      "SELECT id, influencer_id AS influencerId FROM influencer_import_changes WHERE batch_id = ? AND action = 'created' ORDER BY id LIMIT ?",
    )
    .all(batchId, limit);
  // staged by this batch (or, written by an older version, staged in the bin)
  const person = c.prepare<[number, number]>('DELETE FROM influencers WHERE id = ? AND (staged_batch_id = ? OR deleted_at IS NOT NULL)');
  const change = c.prepare<[number]>('DELETE FROM influencer_import_changes WHERE id = ?');
  for (const r of rows) {
    person.run(r.influencerId, batchId);
    change.run(r.id);
  }
  return rows.length;
}

/** The batch row of an unfinished import, with its rejected rows and remaining change records. */
export function dropBatch(db: Db, batchId: number): void {
  const c = db.$client;
  c.prepare<[number]>('DELETE FROM influencer_import_changes WHERE batch_id = ?').run(batchId);
  c.prepare<[number]>('DELETE FROM import_rejects WHERE batch_id = ?').run(batchId);
  c.prepare<[number]>('DELETE FROM import_batches WHERE id = ?').run(batchId);
}

export function runningInfluencerBatches(db: Db): number[] {
  return db.$client.prepare<[], number>("SELECT id FROM import_batches WHERE kind = 'influencers' AND status = 'running' ORDER BY id DESC").pluck().all();
}
