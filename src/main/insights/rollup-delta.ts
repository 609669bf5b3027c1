/**
 * The undo of a shop import keeps the KPI roll-up (rollups.ts) and the totals over it (totals.ts) right by
 * difference, set-based and in proportion to the batch, not to the cards it touched.
 *
 * The orders the batch touched fall in two sets:
 * - orders it only ADDED rows to (new orders, or a new code on a stored order): after the undo they keep exactly
 *   their rows of other batches. So the difference is known before the change and computed in ONE grouped pass
 *   over their rows: each row's share now (n = coded rows of the order) and after (n' = the order's coded rows of
 *   other batches; 0 for an order the batch brought) — no second pass, no temp copy of the orders;
 * - orders it CHANGED (a stored revision: redemptions/run.ts): their rows get their previous values back, so their
 *   share is subtracted before `change` and added back from what is left after it (two passes over those few).
 * Uncoded rows take no part in the split, so orders where the batch added only uncoded rows are left out.
 * When the batch changed nothing and none of its orders has rows of another batch (a file of new orders), the
 * difference is the batch's own share, from its rows alone (SHARES_ORDERS): at 100,000 orders this halves the work.
 */
import type { Db } from '../db/connection';
import { PUBLISHED_REDEMPTION } from '../db/sql';
import { SALE_SQL } from './rules';
import { COLUMNS, contributions, effectiveZone, registerShift } from './rollups';
import { addTotalsDelta, cleanupTotals } from './totals';

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
    SELECT r.collaboration_id AS cid, r.status,
           date(r.ordered_at_utc, kpi_shift(substr(r.ordered_at_utc, 1, 13))) AS day,
           r.currency AS cur,
           (d.shop IS NOT NULL) AS inc,
           r.total_minor - r.refunded_minor AS net,
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
/** The batch's own coded rows (every coded row of its orders when none shares an order: SHARES_ORDERS). */
const CODED_OF_BATCH = 'SELECT * FROM redemptions WHERE batch_id = @b AND collaboration_id IS NOT NULL';

/** Every coded row of the orders in temp.kpi_touched (the orders the batch changed). */
const CODED_OF_TOUCHED = `SELECT r.* FROM temp.kpi_touched t CROSS JOIN redemptions r ON r.shop = t.shop AND r.order_id = t.order_id WHERE r.collaboration_id IS NOT NULL`;

/**
 * Runs `change` (the undo: restore revisions, mark the batch 'undone') and keeps the roll-up and the totals right
 * across it by difference (see the file comment). Must run inside the caller's transaction.
 */
export function withRollupDelta<T>(db: Db, batchId: number, change: () => T): T {
  const c = db.$client;
  registerShift(db, effectiveZone(db));
  c.prepare('CREATE TEMP TABLE IF NOT EXISTS kpi_touched (shop TEXT NOT NULL, order_id TEXT NOT NULL, PRIMARY KEY (shop, order_id)) WITHOUT ROWID').run();
  // the roll-up keys either side of the difference changed (for the clean-up of keys left without an order)
  c.prepare(
    'CREATE TEMP TABLE IF NOT EXISTS kpi_delta_keys (collaboration_id INTEGER, day TEXT, currency TEXT, included INTEGER, PRIMARY KEY (collaboration_id, day, currency, included)) WITHOUT ROWID',
  ).run();
  c.prepare(
    `CREATE TEMP TABLE IF NOT EXISTS kpi_delta (collaboration_id INTEGER, day TEXT, currency TEXT, included INTEGER,
       orders_eq REAL, orders_first INTEGER, revenue_eq INTEGER, revenue_first INTEGER, orders_all INTEGER)`,
  ).run();
  for (const t of ['kpi_touched', 'kpi_delta_keys', 'kpi_delta']) c.prepare(`DELETE FROM temp.${t}`).run();
  // the orders the batch changed: each change stored a revision (redemptions/run.ts), so no scan for updated_batch_id
  c.prepare(
    `INSERT OR IGNORE INTO temp.kpi_touched (shop, order_id)
     SELECT r.shop, r.order_id FROM redemption_revisions rv JOIN redemptions r ON r.id = rv.redemption_id WHERE rv.batch_id = @b`,
  ).run({ b: batchId });
  const changed = (c.prepare<[], number>('SELECT count(*) FROM temp.kpi_touched').pluck().get() ?? 0) > 0;
  /** The rows in temp.kpi_delta into the totals and the roll-up; their keys noted. */
  const apply = () => {
    addTotalsDelta(db);
    c.prepare(
      `INSERT INTO kpi_rollups (${COLUMNS}) SELECT * FROM temp.kpi_delta WHERE true
       ON CONFLICT (collaboration_id, day, currency, included) DO UPDATE SET
         orders_eq = orders_eq + excluded.orders_eq, orders_first = orders_first + excluded.orders_first,
         revenue_eq = revenue_eq + excluded.revenue_eq, revenue_first = revenue_first + excluded.revenue_first,
         orders_all = orders_all + excluded.orders_all`,
    ).run();
    c.prepare('INSERT OR IGNORE INTO temp.kpi_delta_keys SELECT collaboration_id, day, currency, included FROM temp.kpi_delta').run();
    c.prepare('DELETE FROM temp.kpi_delta').run();
  };
  // before the change: the whole difference of the orders the batch only added to, and the share of those it changed
  const shares = changed || c.prepare<{ b: number }, number>(SHARES_ORDERS).pluck().get({ b: batchId }) === 1;
  c.prepare(`INSERT INTO temp.kpi_delta (${COLUMNS}) ${shares ? ADDED_DELTA : contributions(CODED_OF_BATCH, '', -1)}`).run({ b: batchId });
  if (changed) c.prepare(`INSERT INTO temp.kpi_delta (${COLUMNS}) ${contributions(CODED_OF_TOUCHED, '', -1)}`).run();
  apply();
  const out = change();
  if (changed) {
    c.prepare(`INSERT INTO temp.kpi_delta (${COLUMNS}) ${contributions(CODED_OF_TOUCHED, '', 1)}`).run();
    apply();
  }
  // Keys whose last order went: no row (a rebuild would have none), and no float dust on the split counts.
  // (only the keys the difference changed: a key not in it kept its orders)
  c.prepare(
    `DELETE FROM kpi_rollups WHERE rowid IN (SELECT ru.rowid FROM temp.kpi_delta_keys k CROSS JOIN kpi_rollups ru
       ON ru.collaboration_id = k.collaboration_id AND ru.day = k.day AND ru.currency = k.currency AND ru.included = k.included WHERE ru.orders_all <= 0)`,
  ).run();
  cleanupTotals(db);
  for (const t of ['kpi_touched', 'kpi_delta_keys', 'kpi_delta']) c.prepare(`DELETE FROM temp.${t}`).run();
  return out;
}
