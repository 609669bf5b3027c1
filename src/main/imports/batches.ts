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
import { withRollupDelta } from '../insights/rollups';
import { schedulePurge } from './purge';

interface BatchRow {
  id: number;
  kind: string;
  fileName: string;
  fileHash: string;
  fileSize: number;
  format: string;
  encoding: string;
  delimiter: string;
  shop: string | null;
  status: string;
  counts: string;
  startedAt: string;
  finishedAt: string | null;
  undoneAt: string | null;
}

const REJECTS_SHOWN = 1000;

function batchRow(db: Db, id: number): BatchRow {
  const row = db.$client
    .prepare(
      `SELECT id, kind, file_name AS fileName, file_hash AS fileHash, file_size AS fileSize, format, encoding, delimiter, shop, status, counts,
              started_at AS startedAt, finished_at AS finishedAt, undone_at AS undoneAt
       FROM import_batches WHERE id = ?`,
    )
    .get(id) as BatchRow | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `Import ${id} not found`, { field: 'id', key: 'imports.notFound', params: { id } });
  return row;
}

export function getBatch(db: Db, id: number): ImportBatchDetail {
  const b = batchRow(db, id);
  const rows = db.$client
    .prepare('SELECT row_number AS row, reason, code, params, raw FROM import_rejects WHERE batch_id = ? ORDER BY row_number, id LIMIT ?')
    .all(id, REJECTS_SHOWN) as { row: number; reason: string; code: string | null; params: string | null; raw: string }[];
  // row_number is the file's line number where the record starts (for batches since lines were counted).
  // Rows stored before reasons had codes (and influencer rejects) have none: the UI shows their English reason.
  const rejects: ImportBatchDetail['rejects'] = rows.map(({ code, params, ...r }) => ({
    ...r,
    line: r.row,
    ...(code ? { code } : {}),
    ...(code && params ? { params: JSON.parse(params) as Record<string, string | number> } : {}),
  }));
  const counts = JSON.parse(b.counts) as Record<string, number>;
  return {
    ...b,
    counts,
    accounting: accountingFromCounts(counts),
    rejects,
    leaks: b.kind === 'redemptions' && b.status === 'done' ? batchLeaks(db, id) : [],
  };
}

/** Puts a redemption back to the values saved before a batch changed it; 1 when restored. */
function restoreRevision(db: Db, redemptionId: number, beforeJson: string): number {
  const v = JSON.parse(beforeJson) as Record<string, string | number | null>;
  // The code may have been removed since: keep the link only if it still exists.
  const codeExists = v.voucher_code_id != null && !!db.$client.prepare('SELECT 1 FROM voucher_codes WHERE id = ?').get(v.voucher_code_id);
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

export function undoBatch(db: Db, id: number): { id: number; removed: number; restored: number } {
  return write(db, () => {
      const b = batchRow(db, id);
      if (b.kind !== 'redemptions') throw new DomainError('UNSUPPORTED', 'Only shop order imports can be undone here.', { field: 'id', key: 'imports.undoUnsupported' });
      if (b.status === 'undone') throw new DomainError('CONFLICT', 'This import was already undone.', { field: 'id', key: 'imports.alreadyUndone' });
      if (b.status !== 'done') throw new DomainError('CONFLICT', 'This import did not finish, so there is nothing to undo.', { field: 'id', key: 'imports.undoUnfinished' });
      const later = db.$client
        .prepare(
          `SELECT DISTINCT rv.batch_id FROM redemption_revisions rv JOIN import_batches lb ON lb.id = rv.batch_id
           WHERE rv.batch_id > ? AND lb.status = 'done'
             AND rv.redemption_id IN (SELECT id FROM redemptions WHERE batch_id = ? UNION SELECT redemption_id FROM redemption_revisions WHERE batch_id = ?)
           ORDER BY rv.batch_id`,
        )
        .pluck()
        .all(id, id, id) as number[];
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
        const revisions = db.$client
          .prepare('SELECT id, redemption_id AS redemptionId, before FROM redemption_revisions WHERE batch_id = ? ORDER BY id DESC')
          .all(id) as { id: number; redemptionId: number; before: string }[];
        let restored = 0;
        for (const r of revisions) restored += restoreRevision(db, r.redemptionId, r.before);
        db.$client.prepare('DELETE FROM redemption_revisions WHERE batch_id = ?').run(id);
        db.$client.prepare("UPDATE import_batches SET status = 'undone', undone_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?").run(id);
        return { restored, removed: db.$client.prepare('SELECT count(*) FROM redemptions WHERE batch_id = ?').pluck().get(id) as number };
      });
      void schedulePurge(db);
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
  const row = db.$client
    .prepare(
      `SELECT id AS batchId, coalesce(finished_at, started_at) AS importedAt, file_name AS fileName, shop FROM import_batches
       WHERE file_hash = ? AND kind = 'redemptions' AND status = 'done' ORDER BY id DESC LIMIT 1`,
    )
    .get(sha256) as AlreadyImported | undefined;
  return row ?? null;
}

/** Shops imported before: identity key, the spelling of the latest import, distinct orders, last import. */
export function knownShops(db: Db): KnownShop[] {
  const batches = db.$client
    .prepare(
      `SELECT shop, coalesce(finished_at, started_at) AS at FROM import_batches
       WHERE kind = 'redemptions' AND status = 'done' AND shop IS NOT NULL ORDER BY id DESC`,
    )
    .all() as { shop: string; at: string }[];
  const orders = new Map(
    (db.$client.prepare('SELECT shop, count(DISTINCT order_id) AS n FROM redemptions GROUP BY shop').all() as { shop: string; n: number }[]).map((r) => [r.shop, r.n]),
  );
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
  const c = db.$client;
  const status = c.prepare('SELECT status FROM import_batches WHERE id = ?').pluck().get(id) as string | undefined;
  if (status === undefined) return { removed: 0, restored: 0 };
  if (status === 'done' || status === 'undone') throw new Error(`batch ${id} is ${status}, not unfinished`);
  let restored = 0;
  let removed = 0;
  const revs = c.prepare('SELECT id, redemption_id AS redemptionId, before FROM redemption_revisions WHERE batch_id = ? ORDER BY id DESC LIMIT ?');
  const dropRev = c.prepare('DELETE FROM redemption_revisions WHERE id = ?');
  for (;;) {
    const n = write(db, () => {
      const rows = revs.all(id, DISCARD_CHUNK) as { id: number; redemptionId: number; before: string }[];
      for (const r of rows) {
        restored += restoreRevision(db, r.redemptionId, r.before);
        dropRev.run(r.id);
      }
      return rows.length;
    });
    if (n < DISCARD_CHUNK) break;
  }
  const del = c.prepare('DELETE FROM redemptions WHERE id IN (SELECT id FROM redemptions WHERE batch_id = ? LIMIT ?)');
  for (;;) {
    const n = write(db, () => del.run(id, DISCARD_CHUNK).changes);
    removed += n;
    if (n < DISCARD_CHUNK) break;
  }
  write(db, () => {
    c.prepare('UPDATE redemptions SET updated_batch_id = NULL WHERE updated_batch_id = ?').run(id);
    c.prepare('DELETE FROM import_batches WHERE id = ?').run(id);
  });
  return { removed, restored };
}

/** Start-up: every import that was running when the app stopped is discarded as if it never ran. */
export function discardUnfinishedBatches(db: Db): number[] {
  const ids = db.$client.prepare("SELECT id FROM import_batches WHERE kind = 'redemptions' AND status = 'running' ORDER BY id DESC").pluck().all() as number[];
  for (const id of ids) discardUnfinishedBatch(db, id);
  return ids;
}
