/**
 * The imports domain's SQL (import batches, their rejects and revisions, undo and discard, shop identity), with
 * typed rows (statement generics, no casts). JSON columns are parsed here by their schemas (db/json-columns.ts);
 * the rules (undo order, accounting, which batch may be discarded) stay in batches.ts and shop-identity.ts.
 */
import type { Db } from '../db/connection';
import type { ImportBatchDetail, ImportBatchRow } from '../../shared/contract';
import { batchCountsColumn, parseJson, rejectParamsColumn, revisionBeforeColumn } from '../db/json-columns';
import { PUBLISHED_REDEMPTION } from '../db/sql';

/** A batch as stored: the contract's detail without what is computed from other tables. */
export type BatchRow = Omit<ImportBatchDetail, 'accounting' | 'rejects' | 'leaks'>;

export function batchRow(db: Db, id: number): BatchRow | undefined {
  const row = db.$client
    .prepare<[number], Omit<BatchRow, 'counts'> & { counts: string }>(
      `SELECT id, kind, file_name AS fileName, file_hash AS fileHash, file_size AS fileSize, format, encoding, delimiter, shop, status, counts,
              started_at AS startedAt, finished_at AS finishedAt, undone_at AS undoneAt
       FROM import_batches WHERE id = ?`,
    )
    .get(id);
  return row && { ...row, counts: parseJson(batchCountsColumn, row.counts) };
}

/** Import batches, newest first; only one kind when given. */
export function listBatches(db: Db, kind: string | undefined): ImportBatchRow[] {
  return db.$client
    .prepare<{ kind: string | null }, Omit<ImportBatchRow, 'counts'> & { counts: string }>(
      `SELECT id, kind, file_name AS fileName, format, status, counts, started_at AS startedAt, finished_at AS finishedAt
       FROM import_batches WHERE (@kind IS NULL OR kind = @kind) ORDER BY started_at DESC, id DESC`,
    )
    .all({ kind: kind ?? null })
    .map((r) => ({ ...r, counts: parseJson(batchCountsColumn, r.counts) }));
}

export function batchKind(db: Db, id: number): string | undefined {
  return db.$client.prepare<[number], string>('SELECT kind FROM import_batches WHERE id = ?').pluck().get(id);
}

export function batchStatus(db: Db, id: number): string | undefined {
  return db.$client.prepare<[number], string>('SELECT status FROM import_batches WHERE id = ?').pluck().get(id);
}

export interface RejectRow {
  row: number;
  reason: string;
  code: string | null;
  params: Record<string, string | number> | null;
  raw: string;
}

/** The first `limit` rejects of a batch, by line. */
export function rejectRows(db: Db, batchId: number, limit: number): RejectRow[] {
  return db.$client
    .prepare<[number, number], Omit<RejectRow, 'params'> & { params: string | null }>(
      'SELECT row_number AS row, reason, code, params, raw FROM import_rejects WHERE batch_id = ? ORDER BY row_number, id LIMIT ?',
    )
    .all(batchId, limit)
    .map((r) => ({ ...r, params: r.code && r.params ? parseJson(rejectParamsColumn, r.params) : null }));
}

/** Later finished batches that changed orders this batch inserted or changed (undo those first). */
export function laterBatchesTouching(db: Db, batchId: number): number[] {
  return db.$client
    .prepare<[number, number, number], number>(
      `SELECT DISTINCT rv.batch_id FROM redemption_revisions rv JOIN import_batches lb ON lb.id = rv.batch_id
       WHERE rv.batch_id > ? AND lb.status = 'done'
         AND rv.redemption_id IN (SELECT id FROM redemptions WHERE batch_id = ? UNION SELECT redemption_id FROM redemption_revisions WHERE batch_id = ?)
       ORDER BY rv.batch_id`,
    )
    .pluck()
    .all(batchId, batchId, batchId);
}

export interface RevisionRow {
  id: number;
  redemptionId: number;
  before: string;
}

const REVISIONS = 'SELECT id, redemption_id AS redemptionId, before FROM redemption_revisions WHERE batch_id = ? ORDER BY id DESC';

/** A batch's revisions, newest first; `limit` reads one chunk (discard works in chunks). */
export function revisionsOf(db: Db, batchId: number, limit?: number): RevisionRow[] {
  if (limit === undefined) return db.$client.prepare<[number], RevisionRow>(REVISIONS).all(batchId);
  return db.$client.prepare<[number, number], RevisionRow>(`${REVISIONS} LIMIT ?`).all(batchId, limit);
}

/** Puts a redemption back to the values saved before a batch changed it; 1 when restored. */
export function restoreRevision(db: Db, redemptionId: number, beforeJson: string): number {
  const v = parseJson(revisionBeforeColumn, beforeJson);
  // The code may have been removed since: keep the link only if it still exists.
  const codeExists = v.voucher_code_id != null && !!db.$client.prepare<[string | number], 1>('SELECT 1 FROM voucher_codes WHERE id = ?').get(v.voucher_code_id);
  return db.$client
    .prepare(
      `UPDATE redemptions SET status = ?, total_minor = ?, subtotal_minor = ?, discount_minor = ?, refunded_minor = ?, currency = ?,
              ordered_at = ?, ordered_at_utc = ?, voucher_code_id = ?, collaboration_id = ?, updated_batch_id = ? WHERE id = ?`,
    )
    .run(
      v.status,
      v.total_minor,
      v.subtotal_minor,
      v.discount_minor,
      v.refunded_minor,
      v.currency,
      v.ordered_at,
      v.ordered_at_utc,
      codeExists ? v.voucher_code_id : null,
      codeExists ? v.collaboration_id : null,
      v.updated_batch_id,
      redemptionId,
    ).changes;
}

export function deleteRevision(db: Db, id: number): void {
  db.$client.prepare<[number]>('DELETE FROM redemption_revisions WHERE id = ?').run(id);
}

export function deleteRevisionsOf(db: Db, batchId: number): void {
  db.$client.prepare<[number]>('DELETE FROM redemption_revisions WHERE batch_id = ?').run(batchId);
}

/** Deletes the orders a batch inserted (at most `limit` when given); how many went. */
export function deleteOrdersOf(db: Db, batchId: number, limit?: number): number {
  if (limit === undefined) return db.$client.prepare<[number]>('DELETE FROM redemptions WHERE batch_id = ?').run(batchId).changes;
  return db.$client.prepare<[number, number]>('DELETE FROM redemptions WHERE id IN (SELECT id FROM redemptions WHERE batch_id = ? LIMIT ?)').run(batchId, limit).changes;
}

/** How many orders a batch stored (an undone batch's wait for the background purge). */
export function countOrdersOf(db: Db, batchId: number): number {
  return db.$client.prepare<[number], { n: number }>('SELECT count(*) AS n FROM redemptions WHERE batch_id = ?').get(batchId)?.n ?? 0;
}

/** Up to @limit rows of undone batches (the background purge's chunk: purge.ts). */
const UNDONE_ROWS = `SELECT id FROM redemptions WHERE batch_id IN (SELECT id FROM import_batches WHERE status = 'undone') LIMIT ?`;

/** Deletes up to `limit` rows of undone batches; how many went. */
export function deleteUndoneRows(db: Db, limit: number): number {
  return db.$client.prepare<[number]>(`DELETE FROM redemptions WHERE id IN (${UNDONE_ROWS})`).run(limit).changes;
}

/** Rows of undone batches still stored (false when nothing is left to purge). */
export function undoneRowsLeft(db: Db): boolean {
  return db.$client.prepare<[number], number>(`SELECT count(*) FROM (${UNDONE_ROWS})`).pluck().get(1) === 1;
}

export function markUndone(db: Db, id: number): void {
  db.$client.prepare<[number]>("UPDATE import_batches SET status = 'undone', undone_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?").run(id);
}

/** The batch's last traces: orders it changed forget it, then the batch row (with its rejects) goes. */
export function dropBatch(db: Db, id: number): void {
  db.$client.prepare<[number]>('UPDATE redemptions SET updated_batch_id = NULL WHERE updated_batch_id = ?').run(id);
  db.$client.prepare<[number]>('DELETE FROM import_batches WHERE id = ?').run(id);
}

export function runningShopBatchIds(db: Db): number[] {
  return db.$client.prepare<[], number>("SELECT id FROM import_batches WHERE kind = 'redemptions' AND status = 'running' ORDER BY id DESC").pluck().all();
}

export interface ImportedFile {
  batchId: number;
  importedAt: string;
  fileName: string;
  shop: string | null;
}

/** The newest finished, not undone shop import of a file with this SHA-256. */
export function lastImportOfFile(db: Db, sha256: string): ImportedFile | undefined {
  return db.$client
    .prepare<[string], ImportedFile>(
      `SELECT id AS batchId, coalesce(finished_at, started_at) AS importedAt, file_name AS fileName, shop FROM import_batches
       WHERE file_hash = ? AND kind = 'redemptions' AND status = 'done' ORDER BY id DESC LIMIT 1`,
    )
    .get(sha256);
}

/** Finished shop imports with a shop, newest first. */
export function shopBatches(db: Db): { shop: string; at: string }[] {
  return db.$client
    .prepare<[], { shop: string; at: string }>(
      `SELECT shop, coalesce(finished_at, started_at) AS at FROM import_batches
       WHERE kind = 'redemptions' AND status = 'done' AND shop IS NOT NULL ORDER BY id DESC`,
    )
    .all();
}

/**
 * Distinct published orders per stored shop identity: rows of an undone batch (still stored until the background
 * delete reaches them: purge.ts) and of an import still running count for no shop.
 */
export function ordersPerShop(db: Db): { shop: string; n: number }[] {
  return db.$client
    .prepare<[], { shop: string; n: number }>(`SELECT r.shop, count(DISTINCT r.order_id) AS n FROM redemptions r WHERE ${PUBLISHED_REDEMPTION} GROUP BY r.shop`)
    .all();
}

// ------------------------------------------------------------------------------------------- shop identity

export function storedShopSpellings(db: Db): string[] {
  return db.$client.prepare<[], string>('SELECT DISTINCT shop FROM redemptions').pluck().all();
}

type Spelling = { spelling: string; key: string };

/** Statements that merge one spelling of a shop onto its key (see shop-identity.ts); prepare inside the write. */
export function shopMergeStatements(db: Db) {
  const c = db.$client;
  const twin = (a: string) =>
    `SELECT 1 FROM redemptions t WHERE t.shop = @${a} AND t.order_id = redemptions.order_id AND t.code_norm = redemptions.code_norm AND t.id < redemptions.id`;
  const doomed = c
    .prepare<Spelling, number>(
      `SELECT DISTINCT collaboration_id FROM redemptions WHERE collaboration_id IS NOT NULL AND (
         (shop = @spelling AND EXISTS (${twin('key')})) OR (shop = @key AND EXISTS (${twin('spelling')})))`,
    )
    .pluck();
  // The later copy of an order stored under both the spelling and the key goes; the first stored one stays.
  const dropSpelling = c.prepare<Spelling>(`DELETE FROM redemptions WHERE shop = @spelling AND EXISTS (${twin('key')})`);
  const dropKey = c.prepare<Spelling>(`DELETE FROM redemptions WHERE shop = @key AND EXISTS (${twin('spelling')})`);
  const move = c.prepare<Spelling>('UPDATE redemptions SET shop = @key WHERE shop = @spelling');
  return {
    /** Cards whose orders the merge drops (their KPI roll-up is rebuilt). */
    cardsLosingOrders: (p: Spelling): number[] => doomed.all(p),
    /** Drops the later copy of each order stored under both; how many went. */
    dropTwins: (p: Spelling): number => dropSpelling.run(p).changes + dropKey.run(p).changes,
    moveToKey: (p: Spelling): void => void move.run(p),
  };
}
