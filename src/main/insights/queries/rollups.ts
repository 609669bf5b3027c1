/**
 * The SQL of the KPI roll-up (kpi_rollups): building it from the orders, refreshing some cards, keeping it by
 * difference across an undo, and preparing an import's rows outside the write lock. What each step is for:
 * ../rollups.ts, ../rollup-delta.ts, ../rollup-publish.ts. The statements run inside the caller's transaction and
 * need `kpi_shift` registered on the connection (../rollups.ts registerShift).
 */
import type { Db } from '../../db/connection';
import { PUBLISHED_REDEMPTION } from '../../db/sql';
import { SALE_SQL } from '../rules';

const COLUMNS = 'collaboration_id, day, currency, included, orders_eq, orders_first, revenue_eq, revenue_first, orders_all';
/** The roll-up's columns, for a temp table of roll-up-shaped rows. */
const ROLLUP_SHAPE = `collaboration_id INTEGER, day TEXT, currency TEXT, included INTEGER,
  orders_eq REAL, orders_first INTEGER, revenue_eq INTEGER, revenue_first INTEGER, orders_all INTEGER`;

/**
 * The roll-up rows of a set of orders, grouped by key, in one statement. `orders` is a row source of redemptions
 * holding EVERY coded row of each order it names (the split needs all of them): the window over (shop, order_id)
 * gives each row its n (attributed codes on the order) and whether it is the order's first code.
 * `keep` narrows the rows rolled up (e.g. to some collaborations); `sign` -1 gives the rows to subtract;
 * `visible` says which rows of alias `r` count (the published ones; VISIBLE_WITH adds a batch about to be).
 */
function contributions(orders: string, keep: string, sign: 1 | -1, visible = PUBLISHED_REDEMPTION): string {
  const s = sign === 1 ? '' : '-';
  return `
  SELECT cid, day, cur, inc, ${s}sum(1.0 / n), ${s}sum(first),
         ${s}sum(CASE WHEN first THEN net - (net / n) * (n - 1) ELSE net / n END),
         ${s}sum(CASE WHEN first THEN net ELSE 0 END), ${s}count(*)
  FROM (
    SELECT ${SALE_ROW},
           count(*) OVER o AS n,
           -- the order's first code: its smallest id (one window, one sort: a row_number() needs a second)
           min(r.id) OVER o = r.id AS first
    FROM (${orders}) r
    LEFT JOIN kpi_leak_decisions d ON d.shop = r.shop AND d.order_id = r.order_id AND d.code_norm = r.code_norm
    -- rows of an import still being written in chunks count once it is published (redemptions/run.ts), also in the split
    WHERE ${visible}
    WINDOW o AS (PARTITION BY r.shop, r.order_id)
  )
  WHERE status IN (${SALE_SQL}) ${keep}
  GROUP BY cid, day, cur, inc`;
}

const ALL_CODED = 'SELECT * FROM redemptions WHERE collaboration_id IS NOT NULL';
/** Every coded row of the orders that carry a code of the collaborations in json array @ids. */
const CODED_OF_COLLABS = `SELECT * FROM redemptions WHERE collaboration_id IS NOT NULL AND (shop, order_id) IN (
  SELECT shop, order_id FROM redemptions WHERE collaboration_id IN (SELECT value FROM json_each(@ids)))`;
const OF_IDS = 'AND cid IN (SELECT value FROM json_each(@ids))';

// ---- which cards a change affects ----------------------------------------------------------------------------

/** Collaborations batch `batchId` inserted, updated, or changed away (a stored revision's former collaboration). */

/** One sale row's columns as the roll-up and its undo delta group them: card, status, app-time-zone day, currency,
 * included leak, net amount. */
const SALE_ROW = `r.collaboration_id AS cid, r.status,
           date(r.ordered_at_utc, kpi_shift(substr(r.ordered_at_utc, 1, 13))) AS day,
           r.currency AS cur,
           (d.shop IS NOT NULL) AS inc,
           r.total_minor - r.refunded_minor AS net`;

export function collaborationsOfBatch(db: Db, batchId: number): number[] {
  return db.$client
    .prepare<{ b: number }, number>(
      `SELECT collaboration_id FROM redemptions WHERE (batch_id = @b OR updated_batch_id = @b) AND collaboration_id IS NOT NULL
       UNION SELECT json_extract(before, '$.collaboration_id') FROM redemption_revisions WHERE batch_id = @b AND json_extract(before, '$.collaboration_id') IS NOT NULL`,
    )
    .pluck()
    .all({ b: batchId });
}

/** Collaborations sharing an order with those in `ids` (the equal split of a shared order changes for all of its codes). */
export function orderPartners(db: Db, ids: readonly number[]): number[] {
  return db.$client
    .prepare<[string], number>(
      `SELECT DISTINCT x.collaboration_id FROM redemptions r
       JOIN redemptions x ON x.shop = r.shop AND x.order_id = r.order_id AND x.id <> r.id
       WHERE r.collaboration_id IN (SELECT value FROM json_each(?)) AND x.collaboration_id IS NOT NULL`,
    )
    .pluck()
    .all(JSON.stringify(ids));
}

export function collaborationCount(db: Db): number {
  return db.$client.prepare<[], number>('SELECT count(*) FROM collaborations').pluck().get() ?? 0;
}

// ---- refresh --------------------------------------------------------------------------------------------------

/** Rebuilds the whole roll-up from the orders. */
export function rebuildRollups(db: Db): void {
  db.$client.prepare('DELETE FROM kpi_rollups').run();
  db.$client.prepare(`INSERT INTO kpi_rollups (${COLUMNS}) ${contributions(ALL_CODED, '', 1)}`).run();
}

/** Recomputes the roll-up rows of the collaborations in json array `ids`. */
export function rebuildRollupsOf(db: Db, ids: string): void {
  db.$client.prepare<{ ids: string }>('DELETE FROM kpi_rollups WHERE collaboration_id IN (SELECT value FROM json_each(@ids))').run({ ids });
  db.$client.prepare<{ ids: string }>(`INSERT INTO kpi_rollups (${COLUMNS}) ${contributions(CODED_OF_COLLABS, OF_IDS, 1)}`).run({ ids });
}

// ---- the undo's difference (../rollup-delta.ts) ------------------------------------------------------------------

/** Equal-split share of net revenue for a row that is (`first`) or is not the first of `n` codes. */
const share = (first: string, n: string) => `CASE WHEN ${first} THEN net - (net / ${n}) * (${n} - 1) ELSE net / ${n} END`;

/**
 * The difference (after − before) of every coded row of the orders batch @b added rows to but did not change
 * (not in temp.kpi_touched), grouped by roll-up key. `gone` = the row leaves with the batch; the primed figures
 * are the order's split among the rows that stay.
 */
const ADDED_DELTA = `
  SELECT cid, day, cur, inc,
         sum(CASE WHEN gone THEN 0 ELSE 1.0 / n2 END - 1.0 / n),
         sum(CASE WHEN gone THEN 0 ELSE first2 END - first),
         sum(CASE WHEN gone THEN 0 ELSE ${share('first2', 'n2')} END - ${share('first', 'n')}),
         sum(CASE WHEN gone THEN 0 WHEN first2 THEN net ELSE 0 END - CASE WHEN first THEN net ELSE 0 END),
         sum(CASE WHEN gone THEN -1 ELSE 0 END)
  FROM (
    SELECT ${SALE_ROW},
           r.batch_id IS @b AS gone,
           count(*) OVER o AS n,
           min(r.id) OVER o = r.id AS first,
           count(*) FILTER (WHERE r.batch_id IS NOT @b) OVER o AS n2,
           min(CASE WHEN r.batch_id IS @b THEN NULL ELSE r.id END) OVER o = r.id AS first2
    FROM (SELECT DISTINCT shop, order_id FROM redemptions WHERE batch_id = @b AND collaboration_id IS NOT NULL) t
    CROSS JOIN redemptions r ON r.shop = t.shop AND r.order_id = t.order_id
    LEFT JOIN kpi_leak_decisions d ON d.shop = r.shop AND d.order_id = r.order_id AND d.code_norm = r.code_norm
    WHERE r.collaboration_id IS NOT NULL AND ${PUBLISHED_REDEMPTION}
      AND NOT EXISTS (SELECT 1 FROM temp.kpi_touched x WHERE x.shop = t.shop AND x.order_id = t.order_id)
    WINDOW o AS (PARTITION BY r.shop, r.order_id)
  )
  WHERE status IN (${SALE_SQL})
  GROUP BY cid, day, cur, inc`;

/**
 * Whether an order of batch @b has a coded row of another batch (or of none). When not — the usual case, a file of
 * new orders — each of its orders leaves whole, and its difference is simply its share, taken from the batch's own
 * rows (no look-up of each order's other rows). One index probe per row; rows of a single order are told apart by
 * the index alone.
 */
const SHARES_ORDERS = `SELECT EXISTS (SELECT 1 FROM redemptions b CROSS JOIN redemptions r ON r.shop = b.shop AND r.order_id = b.order_id AND r.id <> b.id
  WHERE b.batch_id = @b AND b.collaboration_id IS NOT NULL AND r.batch_id IS NOT @b AND r.collaboration_id IS NOT NULL)`;
/**
 * The batch's own share, subtracted (the undo) or added (an import's publish: prepareBatchShare), when none of its orders shares a row with another batch (SHARES_ORDERS): then
 * its coded rows are every coded row of its orders. As contributions() over them, but only the few orders with several
 * codes (temp.kpi_multi) go through the window's sort: a row of a one-code order is its order's whole (n = 1, first) —
 * at 100,000 orders with 3 % carrying two codes this leaves ~6,000 of 100,000 rows to partition.
 */
const MULTI_OF_BATCH = `INSERT INTO temp.kpi_multi (shop, order_id)
  SELECT shop, order_id FROM redemptions WHERE batch_id = @b AND collaboration_id IS NOT NULL GROUP BY shop, order_id HAVING count(*) > 1`;
function batchShare(sign: 1 | -1, visible: string): string {
  const s = sign === 1 ? '' : '-';
  return `
  SELECT cid, day, cur, inc, ${s}sum(1.0 / n), ${s}sum(first),
         ${s}sum(CASE WHEN first THEN net - (net / n) * (n - 1) ELSE net / n END),
         ${s}sum(CASE WHEN first THEN net ELSE 0 END), ${s}count(*)
  FROM (
    SELECT ${SALE_ROW}, 1 AS n, 1 AS first
    FROM redemptions r
    LEFT JOIN kpi_leak_decisions d ON d.shop = r.shop AND d.order_id = r.order_id AND d.code_norm = r.code_norm
    WHERE r.batch_id = @b AND r.collaboration_id IS NOT NULL AND ${visible}
      AND NOT EXISTS (SELECT 1 FROM temp.kpi_multi m WHERE m.shop = r.shop AND m.order_id = r.order_id)
    UNION ALL
    SELECT ${SALE_ROW}, count(*) OVER o AS n, min(r.id) OVER o = r.id AS first
    FROM temp.kpi_multi m CROSS JOIN redemptions r ON r.shop = m.shop AND r.order_id = m.order_id
    LEFT JOIN kpi_leak_decisions d ON d.shop = r.shop AND d.order_id = r.order_id AND d.code_norm = r.code_norm
    WHERE r.batch_id = @b AND r.collaboration_id IS NOT NULL AND ${visible}
    WINDOW o AS (PARTITION BY r.shop, r.order_id)
  )
  WHERE status IN (${SALE_SQL})
  GROUP BY cid, day, cur, inc`;
}
const BATCH_SHARE = batchShare(-1, PUBLISHED_REDEMPTION);

/** Every coded row of the orders in temp.kpi_touched (the orders the batch changed). */
const CODED_OF_TOUCHED = `SELECT r.* FROM temp.kpi_touched t CROSS JOIN redemptions r ON r.shop = t.shop AND r.order_id = t.order_id WHERE r.collaboration_id IS NOT NULL`;

const DELTA_TABLES = ['kpi_touched', 'kpi_multi', 'kpi_delta_keys', 'kpi_delta'];

/** Creates (once per connection) and empties the temp tables of the difference. */
export function resetDeltaTables(db: Db): void {
  const c = db.$client;
  c.prepare('CREATE TEMP TABLE IF NOT EXISTS kpi_touched (shop TEXT NOT NULL, order_id TEXT NOT NULL, PRIMARY KEY (shop, order_id)) WITHOUT ROWID').run();
  c.prepare('CREATE TEMP TABLE IF NOT EXISTS kpi_multi (shop TEXT NOT NULL, order_id TEXT NOT NULL, PRIMARY KEY (shop, order_id)) WITHOUT ROWID').run();
  // the roll-up keys either side of the difference changed (for the clean-up of keys left without an order)
  c.prepare(
    'CREATE TEMP TABLE IF NOT EXISTS kpi_delta_keys (collaboration_id INTEGER, day TEXT, currency TEXT, included INTEGER, PRIMARY KEY (collaboration_id, day, currency, included)) WITHOUT ROWID',
  ).run();
  c.prepare(`CREATE TEMP TABLE IF NOT EXISTS kpi_delta (${ROLLUP_SHAPE})`).run();
  clearDeltaTables(db);
}

export function clearDeltaTables(db: Db): void {
  for (const t of DELTA_TABLES) db.$client.prepare(`DELETE FROM temp.${t}`).run();
}

/**
 * Notes the orders batch `batchId` changed in temp.kpi_touched (each change stored a revision: redemptions/run.ts,
 * so no scan for updated_batch_id); true when there is any.
 */
export function noteChangedOrders(db: Db, batchId: number): boolean {
  const c = db.$client;
  c.prepare<{ b: number }>(
    `INSERT OR IGNORE INTO temp.kpi_touched (shop, order_id)
     SELECT r.shop, r.order_id FROM redemption_revisions rv JOIN redemptions r ON r.id = rv.redemption_id WHERE rv.batch_id = @b`,
  ).run({ b: batchId });
  return (c.prepare<[], number>('SELECT count(*) FROM temp.kpi_touched').pluck().get() ?? 0) > 0;
}

/** Whether an order of batch `batchId` has a coded row of another batch (SHARES_ORDERS). */
export function batchSharesOrders(db: Db, batchId: number): boolean {
  return db.$client.prepare<{ b: number }, number>(SHARES_ORDERS).pluck().get({ b: batchId }) === 1;
}

/**
 * Into temp.kpi_delta: the whole difference of the orders batch `batchId` only added to — from all rows of those
 * orders when `shares` (some order has rows of another batch), else from the batch's own rows.
 */
export function addedDelta(db: Db, batchId: number, shares: boolean): void {
  const c = db.$client;
  if (shares) {
    c.prepare<{ b: number }>(`INSERT INTO temp.kpi_delta (${COLUMNS}) ${ADDED_DELTA}`).run({ b: batchId });
    return;
  }
  c.prepare<{ b: number }>(MULTI_OF_BATCH).run({ b: batchId });
  c.prepare<{ b: number }>(`INSERT INTO temp.kpi_delta (${COLUMNS}) ${BATCH_SHARE}`).run({ b: batchId });
}

/** Into temp.kpi_delta: the share of the orders in temp.kpi_touched, subtracted (-1) or added (1). */
export function touchedDelta(db: Db, sign: 1 | -1): void {
  db.$client.prepare(`INSERT INTO temp.kpi_delta (${COLUMNS}) ${contributions(CODED_OF_TOUCHED, '', sign)}`).run();
}

/** The end of an INSERT … SELECT into kpi_rollups that adds to a stored key's measures (`WHERE true`: the upsert needs a WHERE after a SELECT). */
const ADD_TO_ROLLUP = `WHERE true
     ON CONFLICT (collaboration_id, day, currency, included) DO UPDATE SET
       orders_eq = orders_eq + excluded.orders_eq, orders_first = orders_first + excluded.orders_first,
       revenue_eq = revenue_eq + excluded.revenue_eq, revenue_first = revenue_first + excluded.revenue_first,
       orders_all = orders_all + excluded.orders_all`;

/** Adds the rows of temp.kpi_delta to the roll-up, notes their keys in temp.kpi_delta_keys and empties kpi_delta. */
export function applyDeltaToRollups(db: Db): void {
  const c = db.$client;
  c.prepare(
    `INSERT INTO kpi_rollups (${COLUMNS}) SELECT * FROM temp.kpi_delta ${ADD_TO_ROLLUP}`,
  ).run();
  c.prepare('INSERT OR IGNORE INTO temp.kpi_delta_keys SELECT collaboration_id, day, currency, included FROM temp.kpi_delta').run();
  c.prepare('DELETE FROM temp.kpi_delta').run();
}

/**
 * Deletes the roll-up keys whose last order went: no row (a rebuild would have none), and no float dust on the
 * split counts. Only the keys the difference changed (temp.kpi_delta_keys): a key not in it kept its orders.
 */
export function dropEmptyDeltaKeys(db: Db): void {
  db.$client
    .prepare(
      `DELETE FROM kpi_rollups WHERE rowid IN (SELECT ru.rowid FROM temp.kpi_delta_keys k CROSS JOIN kpi_rollups ru
         ON ru.collaboration_id = k.collaboration_id AND ru.day = k.day AND ru.currency = k.currency AND ru.included = k.included WHERE ru.orders_all <= 0)`,
    )
    .run();
}

// ---- an import's publish, prepared outside the lock (../rollup-publish.ts) ----------------------------------------

/** Rows of alias `r` that count once batch @pub is published (db/sql.ts PUBLISHED_REDEMPTION, with @pub done). */
const VISIBLE_WITH = `(r.batch_id IS NULL OR r.batch_id = @pub OR r.batch_id NOT IN (SELECT id FROM import_batches WHERE status IN ('running', 'undone')))`;

/** The temp table the prepared roll-up rows go to (../rollup-publish.ts). */
export const PREPARED_ROLLUPS = 'temp.kpi_pre';

/** The count of commits that changed what the roll-up is computed from (kpi_inputs_version, kept by triggers: migration 0017). */
export function kpiInputsVersion(db: Db): number {
  // no row (never expected): NaN, which equals nothing, so a prepared roll-up is never taken for current
  return db.$client.prepare<[], number>('SELECT n FROM kpi_inputs_version WHERE id = 1').pluck().get() ?? Number.NaN;
}

/** Creates (once per connection) and empties temp.kpi_pre, where a publish's roll-up rows are prepared. */
export function resetPreparedRollups(db: Db): void {
  db.$client.prepare(`CREATE TEMP TABLE IF NOT EXISTS kpi_pre (${ROLLUP_SHAPE})`).run();
  db.$client.prepare('DELETE FROM temp.kpi_pre').run();
}

/**
 * Into temp.kpi_pre: the roll-up rows of the collaborations in json array `ids` (null = all) as they will be once
 * batch `batchId` is published. Reads the workspace only.
 */
export function prepareRollups(db: Db, batchId: number, ids: string | null): void {
  const c = db.$client;
  if (ids === null) c.prepare<{ pub: number }>(`INSERT INTO temp.kpi_pre (${COLUMNS}) ${contributions(ALL_CODED, '', 1, VISIBLE_WITH)}`).run({ pub: batchId });
  else c.prepare<{ pub: number; ids: string }>(`INSERT INTO temp.kpi_pre (${COLUMNS}) ${contributions(CODED_OF_COLLABS, OF_IDS, 1, VISIBLE_WITH)}`).run({ pub: batchId, ids });
}

/**
 * Into temp.kpi_pre: batch `batchId`'s own share of the roll-up, to be ADDED to the stored rows once it is published
 * — only right when none of its orders has a coded row of another batch (SHARES_ORDERS), so that its rows are
 * every coded row of its orders. Reads the workspace only; every row of the batch counts (it is about to be published).
 */
export function prepareBatchShare(db: Db, batchId: number, split = true): void {
  resetDeltaTables(db);
  // no order with two attributed codes: every row is its order's whole (temp.kpi_multi stays empty)
  if (split) db.$client.prepare<{ b: number }>(MULTI_OF_BATCH).run({ b: batchId });
  db.$client.prepare<{ b: number }>(`INSERT INTO temp.kpi_pre (${COLUMNS}) ${batchShare(1, 'true')}`).run({ b: batchId });
  clearDeltaTables(db);
}

/** Adds the prepared rows of temp.kpi_pre (a batch's share: prepareBatchShare) to the roll-up; empties temp.kpi_pre. */
export function addPreparedRollups(db: Db): void {
  const c = db.$client;
  c.prepare(
    `INSERT INTO kpi_rollups (${COLUMNS}) SELECT ${COLUMNS} FROM temp.kpi_pre ${ADD_TO_ROLLUP}`,
  ).run();
  c.prepare('DELETE FROM temp.kpi_pre').run();
}

/** Replaces the roll-up rows of the cards in json array `ids` (null = all) by the prepared ones; empties temp.kpi_pre. */
export function applyPreparedRollups(db: Db, ids: string | null): void {
  const c = db.$client;
  if (ids === null) c.prepare('DELETE FROM kpi_rollups').run();
  else c.prepare<{ ids: string }>('DELETE FROM kpi_rollups WHERE collaboration_id IN (SELECT value FROM json_each(@ids))').run({ ids });
  c.prepare(`INSERT INTO kpi_rollups (${COLUMNS}) SELECT ${COLUMNS} FROM temp.kpi_pre`).run();
  c.prepare('DELETE FROM temp.kpi_pre').run();
}
