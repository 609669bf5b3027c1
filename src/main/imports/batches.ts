/**
 * Import batches after the fact: the detail with rejected rows and leak flags, and undo.
 *
 * Undo rule: a batch can be undone once, and only while no later, not undone batch changed any of the orders it
 * inserted or changed (undo the later one first) — otherwise restoring this batch's "before" values would
 * silently throw the later batch's changes away. Undo deletes the orders the batch inserted and restores the
 * stored previous values of the orders it changed; rejects stay for the record.
 */
import type { Db } from '../db/connection';
import type { AlreadyImported, ImportBatchDetail, KnownShop, RowAccounting } from '../../shared/contract';
import { IGNORED_WHY, LOST_ROWS_WITHOUT_CONFIRMATION } from '../../shared/contract';
import { shopKey } from '../../shared/codes';
import { DomainError } from '../../shared/envelope';
import { batchLeaks } from '../redemptions/leaks';
import { write } from '../db/write';
import { withRollupDelta } from '../insights/rollup-delta';
import { schedulePurge, whenPurged } from './purge';
import { holdCheckpoints } from '../db/checkpoint';
import * as q from './queries';

const REJECTS_SHOWN = 1000;

function batchRow(db: Db, id: number): q.BatchRow {
  const row = q.batchRow(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `Import ${id} not found`, { field: 'id', key: 'imports.notFound', params: { id } });
  return row;
}

export function getBatch(db: Db, id: number): ImportBatchDetail {
  const b = batchRow(db, id);
  // row_number is the file's line number where the record starts (for batches since lines were counted).
  // Rows stored before reasons had codes (and influencer rejects) have none: the UI shows their English reason.
  const rejects: ImportBatchDetail['rejects'] = q.rejectRows(db, id, REJECTS_SHOWN).map(({ code, params, ...r }) => ({
    ...r,
    line: r.row,
    ...(code ? { code } : {}),
    ...(params ? { params } : {}),
  }));
  return {
    ...b,
    accounting: accountingFromCounts(b.counts),
    rejects,
    leaks: b.kind === 'redemptions' && b.status === 'done' ? batchLeaks(db, id) : [],
  };
}

/** The figures are right at the undo's commit; the background delete starts once the screens have read them again. */
const PURGE_AFTER_MS = 1_000;

/** How undo waits for nothing but its own work; `false` for each gives the behaviour before (bench/kpis-undo.ts compares). */
export interface UndoTiming {
  /** No WAL checkpoint in the undo's commit nor in the delete's chunks: one runs off the main thread after the delete. */
  holdCheckpoints: boolean;
  /** The background delete starts PURGE_AFTER_MS after the undo, not at the next turn of the event loop. */
  purgeLater: boolean;
}

/**
 * Undo of a shop import: one short transaction (below); no WAL checkpoint in its commit nor in the background
 * delete's chunks — one runs off the main thread once the delete is done (db/checkpoint.ts).
 */
export function undoBatch(db: Db, id: number, timing: UndoTiming = { holdCheckpoints: true, purgeLater: true }): { id: number; removed: number; restored: number } {
  const release = timing.holdCheckpoints ? holdCheckpoints(db) : () => undefined;
  try {
    const out = undoMarked(db, id, timing.purgeLater ? PURGE_AFTER_MS : 0);
    void whenPurged(db).then(release, release);
    return out;
  } catch (err) {
    release();
    throw err;
  }
}

function undoMarked(db: Db, id: number, purgeAfterMs: number): { id: number; removed: number; restored: number } {
  return write(db, () => {
      const b = batchRow(db, id);
      if (b.kind !== 'redemptions') throw new DomainError('UNSUPPORTED', 'Only shop order imports can be undone here.', { field: 'id', key: 'imports.undoUnsupported' });
      if (b.status === 'undone') throw new DomainError('CONFLICT', 'This import was already undone.', { field: 'id', key: 'imports.alreadyUndone' });
      if (b.status !== 'done') throw new DomainError('CONFLICT', 'This import did not finish, so there is nothing to undo.', { field: 'id', key: 'imports.undoUnfinished' });
      const later = q.laterBatchesTouching(db, id);
      if (later.length) {
        throw new DomainError('CONFLICT', `A later import (#${later.join(', #')}) changed orders of this one; undo that import first.`, {
          field: 'id',
          details: { laterBatchId: later[later.length - 1] },
          key: 'imports.laterImportFirst',
          params: { batches: `#${later.join(', #')}` },
        });
      }
      // KPI roll-up by difference over the orders this batch touched (in proportion to the batch). The batch's own
      // orders leave every reader with the mark 'undone' (db/sql.ts PUBLISHED_REDEMPTION); they are deleted after
      // the commit in short chunks (purge.ts), so the undo holds the write lock for the mark, not for the DELETE.
      const { removed, restored } = withRollupDelta(db, id, () => {
        let restored = 0;
        for (const r of q.revisionsOf(db, id)) restored += q.restoreRevision(db, r.redemptionId, r.before);
        q.deleteRevisionsOf(db, id);
        q.markUndone(db, id);
        return { restored, removed: q.countOrdersOf(db, id) };
      });
      void schedulePurge(db, undefined, purgeAfterMs);
      return { id, removed, restored };
    });
}

/** The batch counts store the accounting flat (rowsRead, ordersStored, …, ignored_<why>); null for older batches. */
export function accountingFromCounts(counts: Record<string, number>): RowAccounting | null {
  if (typeof counts.rowsRead !== 'number') return null;
  const ignored = Object.fromEntries(IGNORED_WHY.map((w) => [w, counts[`ignored_${w}`] ?? 0])) as RowAccounting['ignored'];
  const lostRows = counts.rowsRejected ?? 0;
  return {
    rowsRead: counts.rowsRead,
    ordersStored: counts.ordersStored ?? 0,
    rowsRejected: lostRows,
    rowsIgnored: counts.rowsIgnored ?? 0,
    ignored,
    lostRows,
    needsConfirmation: lostRows > LOST_ROWS_WITHOUT_CONFIRMATION,
  };
}

export function accountingToCounts(a: RowAccounting): Record<string, number> {
  const out: Record<string, number> = { rowsRead: a.rowsRead, ordersStored: a.ordersStored, rowsRejected: a.rowsRejected, rowsIgnored: a.rowsIgnored };
  for (const w of IGNORED_WHY) out[`ignored_${w}`] = a.ignored[w];
  return out;
}

/** The newest finished, not undone shop import of a file with this SHA-256 (an indexed look-up, no parsing). */
export function alreadyImported(db: Db, sha256: string): AlreadyImported | null {
  return q.lastImportOfFile(db, sha256) ?? null;
}

/** Shops imported before: identity key, the spelling of the latest import, distinct orders, last import. */
export function knownShops(db: Db): KnownShop[] {
  const batches = q.shopBatches(db);
  const orders = new Map(q.ordersPerShop(db).map((r) => [r.shop, r.n]));
  const out = new Map<string, KnownShop>();
  for (const b of batches) {
    const key = shopKey(b.shop);
    if (!out.has(key)) out.set(key, { key, name: b.shop.trim(), orders: orders.get(key) ?? 0, lastImportAt: b.at });
  }
  // Shops with orders but no finished batch (demo data, imports before batches were kept)
  for (const [key, n] of orders) if (!out.has(key)) out.set(key, { key, name: key, orders: n, lastImportAt: null });
  return [...out.values()].sort((a, b) => (b.lastImportAt ?? '').localeCompare(a.lastImportAt ?? '') || a.name.localeCompare(b.name));
}

const DISCARD_CHUNK = 5_000;

/**
 * Removes every trace of a batch that never finished (a failed or killed import): the orders it changed get their
 * previous values back, the orders it inserted and the batch itself (with its rejects) are deleted. In short
 * transactions (the user keeps working); safe to repeat after a crash half-way, since the batch row goes last.
 */
export function discardUnfinishedBatch(db: Db, id: number): { removed: number; restored: number } {
  const status = q.batchStatus(db, id);
  if (status === undefined) return { removed: 0, restored: 0 };
  if (status === 'done' || status === 'undone') throw new Error(`batch ${id} is ${status}, not unfinished`);
  let restored = 0;
  let removed = 0;
  for (;;) {
    const n = write(db, () => {
      const rows = q.revisionsOf(db, id, DISCARD_CHUNK);
      for (const r of rows) {
        restored += q.restoreRevision(db, r.redemptionId, r.before);
        q.deleteRevision(db, r.id);
      }
      return rows.length;
    });
    if (n < DISCARD_CHUNK) break;
  }
  for (;;) {
    const n = write(db, () => q.deleteOrdersOf(db, id, DISCARD_CHUNK));
    removed += n;
    if (n < DISCARD_CHUNK) break;
  }
  write(db, () => q.dropBatch(db, id));
  return { removed, restored };
}

/** Start-up: every import that was running when the app stopped is discarded as if it never ran. */
export function discardUnfinishedBatches(db: Db): number[] {
  const ids = q.runningShopBatchIds(db);
  for (const id of ids) discardUnfinishedBatch(db, id);
  return ids;
}
