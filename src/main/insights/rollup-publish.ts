/**
 * Publishing a shop import with the KPI roll-up (rollups.ts) computed OUTSIDE the write lock. The import's final
 * transaction (redemptions/run.ts) marks the batch 'done' and used to recompute the roll-up of every card the
 * batch touched inside it (156 ms CPU at 200,000 rows, growing with the file, while every user write waited).
 *
 * `preparePublish` runs after the batch's last chunk, without the lock: it computes the roll-up rows and the
 * totals of those cards as they will be once the batch is published (its rows counted as if 'done') into temp
 * tables of the job's connection. `preparedIsCurrent`, first thing inside the final transaction, says whether they
 * are still right: nothing they are computed from changed since (kpi_inputs_version, moved by triggers of
 * migration 0017 on every connection: a code linked, a leak included, a campaign's dates, the time zone or the
 * window; not the user's other writes, e.g. a person added — the bench's user adds one every 25 ms, and with
 * `PRAGMA data_version` as the test every import of 300,000 rows fell back to a refresh inside the lock).
 * Then `applyPublish` only swaps them in; otherwise the caller prepares again or refreshes the usual way.
 * Only for a publish that changes nothing but the batch's status (no codes assigned, no deferred updates).
 *
 * Two ways to prepare: when none of the batch's orders has a coded row of another batch (a file of new orders: the
 * usual case) and the stored roll-up and totals were built for this zone and window, only the batch's own share is
 * computed — from its rows alone, in proportion to the file — and ADDED to the stored rows ('add'); otherwise the
 * affected cards' rows are recomputed over all their orders and REPLACE theirs ('replace': in proportion to the
 * workspace, 2 s for 40 cards with 600,000 orders). Both equal a rebuild (test/unit/insights/publish-during-writes.test.ts).
 */
import type { Db } from '../db/connection';
import { getSettings } from '../settings/service';
import * as q from './queries';
import { WHOLE_SHARE, ZONE_KEY, affectedCollaborations, effectiveZone, registerShift } from './rollups';
import { rememberWindow, windowChanged } from './totals';
import { z } from 'zod';
import { parseJson } from '../db/json-columns';
import { putSetting, settingValue } from '../settings/queries';

export interface PreparedPublish {
  /** 'add': temp.kpi_pre holds the batch's share, added to the stored rows; 'replace': the cards' rows, replacing theirs. */
  mode: 'add' | 'replace';
  /** The cards refreshed (json array), null = everything, '' = none ('replace'). */
  ids: string | null;
  /** kpi_inputs_version when the preparation began (a commit changing what the roll-up reads moves it). */
  version: number;
  zone: string;
}

/** Whether the stored roll-up and totals were built for this zone and the current window (else a publish replaces). */
function builtFor(db: Db, zone: string): boolean {
  const row = settingValue(db, ZONE_KEY);
  return row !== undefined && parseJson(z.string(), row) === zone && !windowChanged(db);
}

/**
 * Read-only for the workspace (temp tables only): the roll-up and totals rows batch `batchId` will publish.
 * `ownOrders`: the caller knows no order of the batch has a row of another batch (a shop without orders when the
 * import began), which spares the check. `split: false`: the caller knows no order of the batch carries two codes
 * held on cards (then the batch's share needs no split of an order's revenue: ~55 ms less at 300,000 orders).
 */
export function preparePublish(db: Db, batchId: number, opts: { ownOrders?: boolean; split?: boolean } = {}): PreparedPublish {
  // Read first: a change committed after this moves it, one before it is seen by every statement below.
  const version = q.kpiInputsVersion(db);
  const zone = effectiveZone(db);
  registerShift(db, zone);
  q.resetPreparedRollups(db);
  const n = getSettings(db).kpiWindowDays;
  if (builtFor(db, zone) && (opts.ownOrders === true || !q.batchSharesOrders(db, batchId))) {
    q.prepareBatchShare(db, batchId, opts.split !== false);
    q.prepareTotals(db, q.PREPARED_ROLLUPS, n);
    return { mode: 'add', ids: '', version, zone };
  }
  const ids = affectedCollaborations(db, { batchId });
  if (!ids.length) return { mode: 'replace', ids: '', version, zone };
  const list = ids.length > q.collaborationCount(db) * WHOLE_SHARE ? null : JSON.stringify(ids);
  q.prepareRollups(db, batchId, list);
  q.prepareTotals(db, q.PREPARED_ROLLUPS, n);
  return { mode: 'replace', ids: list, version, zone };
}

/**
 * Inside the publishing transaction, BEFORE it writes anything (marking the batch 'done' moves the version too):
 * whether the prepared rows are still right — nothing the roll-up reads changed since `preparePublish`.
 */
export function preparedIsCurrent(db: Db, p: PreparedPublish): boolean {
  return q.kpiInputsVersion(db) === p.version && effectiveZone(db) === p.zone;
}

/** Inside the publishing transaction, after the batch is marked 'done', for rows `preparedIsCurrent` approved: swaps them in. */
export function applyPublish(db: Db, p: PreparedPublish): void {
  if (p.mode === 'add') {
    q.addPreparedRollups(db);
    q.addPreparedTotals(db);
    return;
  }
  if (p.ids === '') return;
  q.applyPreparedRollups(db, p.ids);
  q.applyPreparedTotals(db, p.ids);
  if (p.ids === null) {
    putSetting(db, ZONE_KEY, JSON.stringify(p.zone));
    rememberWindow(db, getSettings(db).kpiWindowDays);
  }
}
