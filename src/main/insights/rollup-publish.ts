/**
 * Publishing a shop import with the KPI roll-up (rollups.ts) computed OUTSIDE the write lock. The import's final
 * transaction (redemptions/run.ts) marks the batch 'done' and used to recompute the roll-up of every card the
 * batch touched inside it (156 ms CPU at 200,000 rows, growing with the file, while every user write waited).
 *
 * `preparePublish` runs after the batch's last chunk, without the lock: it computes the roll-up rows and the
 * totals of those cards as they will be once the batch is published (its rows counted as if 'done') into temp
 * tables of the job's connection. `applyPublish`, inside the final transaction, only swaps them in — provided no
 * other connection committed anything in between (`PRAGMA data_version` unchanged: the user's writes, a setting,
 * a campaign's dates); otherwise it returns false and the caller refreshes the usual way (refreshRollups).
 * Only for a publish that changes nothing but the batch's status (no codes assigned, no deferred updates).
 */
import type { Db } from '../db/connection';
import { putSetting } from '../settings/queries';
import { getSettings } from '../settings/service';
import * as q from './queries';
import { WHOLE_SHARE, ZONE_KEY, affectedCollaborations, effectiveZone, registerShift } from './rollups';
import { rememberWindow } from './totals';

export interface PreparedPublish {
  /** The cards refreshed (json array), null = everything, '' = none. */
  ids: string | null;
  /** PRAGMA data_version when the preparation began (other connections' commits move it). */
  version: number;
  zone: string;
}

function dataVersion(db: Db): number {
  return Number(db.$client.pragma('data_version', { simple: true }));
}

/** Read-only for the workspace (temp tables only): the roll-up and totals rows batch `batchId` will publish. */
export function preparePublish(db: Db, batchId: number): PreparedPublish {
  const version = dataVersion(db);
  const zone = effectiveZone(db);
  registerShift(db, zone);
  q.resetPreparedRollups(db);
  const ids = affectedCollaborations(db, { batchId });
  if (!ids.length) return { ids: '', version, zone };
  const list = ids.length > q.collaborationCount(db) * WHOLE_SHARE ? null : JSON.stringify(ids);
  q.prepareRollups(db, batchId, list);
  q.prepareTotals(db, q.PREPARED_ROLLUPS, getSettings(db).kpiWindowDays);
  return { ids: list, version, zone };
}

/**
 * Inside the publishing transaction (after the batch is marked 'done'): swaps the prepared rows in. False when
 * another connection committed since `preparePublish` (the rows may be stale): refresh with refreshRollups then.
 */
export function applyPublish(db: Db, p: PreparedPublish): boolean {
  if (dataVersion(db) !== p.version) return false;
  if (p.ids === '') return true;
  q.applyPreparedRollups(db, p.ids);
  q.applyPreparedTotals(db, p.ids);
  if (p.ids === null) {
    putSetting(db, ZONE_KEY, JSON.stringify(p.zone));
    rememberWindow(db, getSettings(db).kpiWindowDays);
  }
  return true;
}
