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
import { ALL_CODED, CODED_OF_COLLABS, COLUMNS, WHOLE_SHARE, ZONE_KEY, affectedCollaborations, contributions, effectiveZone, registerShift } from './rollups';
import { applyPreparedTotals, prepareTotals } from './totals';

export interface PreparedPublish {
  /** The cards refreshed (json array), null = everything, '' = none. */
  ids: string | null;
  /** PRAGMA data_version when the preparation began (other connections' commits move it). */
  version: number;
  zone: string;
}

/** Rows of alias `r` that count once batch @pub is published (db/sql.ts PUBLISHED_REDEMPTION, with @pub done). */
const VISIBLE_WITH = `(r.batch_id IS NULL OR r.batch_id = @pub OR r.batch_id NOT IN (SELECT id FROM import_batches WHERE status IN ('running', 'undone')))`;

function dataVersion(db: Db): number {
  return Number(db.$client.pragma('data_version', { simple: true }));
}

/** Read-only for the workspace (temp tables only): the roll-up and totals rows batch `batchId` will publish. */
export function preparePublish(db: Db, batchId: number): PreparedPublish {
  const c = db.$client;
  const version = dataVersion(db);
  const zone = effectiveZone(db);
  registerShift(db, zone);
  c.prepare(
    `CREATE TEMP TABLE IF NOT EXISTS kpi_pre (collaboration_id INTEGER, day TEXT, currency TEXT, included INTEGER,
       orders_eq REAL, orders_first INTEGER, revenue_eq INTEGER, revenue_first INTEGER, orders_all INTEGER)`,
  ).run();
  c.prepare('DELETE FROM temp.kpi_pre').run();
  const ids = affectedCollaborations(db, { batchId });
  if (!ids.length) return { ids: '', version, zone };
  const all = c.prepare<[], number>('SELECT count(*) FROM collaborations').pluck().get() ?? 0;
  const whole = ids.length > all * WHOLE_SHARE;
  const list = JSON.stringify(ids);
  if (whole) c.prepare(`INSERT INTO temp.kpi_pre (${COLUMNS}) ${contributions(ALL_CODED, '', 1, VISIBLE_WITH)}`).run({ pub: batchId });
  else c.prepare(`INSERT INTO temp.kpi_pre (${COLUMNS}) ${contributions(CODED_OF_COLLABS, 'AND cid IN (SELECT value FROM json_each(@ids))', 1, VISIBLE_WITH)}`).run({ pub: batchId, ids: list });
  prepareTotals(db, 'temp.kpi_pre');
  return { ids: whole ? null : list, version, zone };
}

/**
 * Inside the publishing transaction (after the batch is marked 'done'): swaps the prepared rows in. False when
 * another connection committed since `preparePublish` (the rows may be stale): refresh with refreshRollups then.
 */
export function applyPublish(db: Db, p: PreparedPublish): boolean {
  const c = db.$client;
  if (dataVersion(db) !== p.version) return false;
  if (p.ids === '') return true;
  if (p.ids === null) {
    c.prepare('DELETE FROM kpi_rollups').run();
    c.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(ZONE_KEY, JSON.stringify(p.zone));
  } else c.prepare('DELETE FROM kpi_rollups WHERE collaboration_id IN (SELECT value FROM json_each(@ids))').run({ ids: p.ids });
  c.prepare(`INSERT INTO kpi_rollups (${COLUMNS}) SELECT ${COLUMNS} FROM temp.kpi_pre`).run();
  c.prepare('DELETE FROM temp.kpi_pre').run();
  applyPreparedTotals(db, p.ids);
  return true;
}
