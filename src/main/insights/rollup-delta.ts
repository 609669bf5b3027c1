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
 * difference is the batch's own share, from its rows alone (SHARES_ORDERS): at 100,000 orders this halves the work;
 * and only its orders with several codes are partitioned for the split (BATCH_SHARE).
 */
import type { Db } from '../db/connection';
import { getSettings } from '../settings/service';
import * as q from './queries';
import { effectiveZone, registerShift } from './rollups';

/**
 * Runs `change` (the undo: restore revisions, mark the batch 'undone') and keeps the roll-up and the totals right
 * across it by difference (see the file comment; the SQL: queries/rollups.ts). Must run inside the caller's
 * transaction.
 */
export function withRollupDelta<T>(db: Db, batchId: number, change: () => T): T {
  registerShift(db, effectiveZone(db));
  const n = getSettings(db).kpiWindowDays;
  q.resetDeltaTables(db);
  const changed = q.noteChangedOrders(db, batchId);
  /** The rows in temp.kpi_delta into the totals and the roll-up; their keys noted. */
  const apply = () => {
    q.addTotalsDelta(db, n);
    q.applyDeltaToRollups(db);
  };
  // before the change: the whole difference of the orders the batch only added to, and the share of those it changed
  q.addedDelta(db, batchId, changed || q.batchSharesOrders(db, batchId));
  if (changed) q.touchedDelta(db, -1);
  apply();
  const out = change();
  if (changed) {
    q.touchedDelta(db, 1);
    apply();
  }
  // keys whose last order went
  q.dropEmptyDeltaKeys(db);
  q.cleanupTotals(db);
  q.clearDeltaTables(db);
  return out;
}
