/**
 * The KPI roll-up (schema.ts kpi_rollups): attributed sales per collaboration × day × currency × included flag.
 *
 * `refreshRollups(db, { batchId?, collaborationIds? })` recomputes the affected keys: the given collaborations,
 * those touched by the batch (inserted, updated, or changed away by it), and every collaboration sharing an
 * order with them (the equal split of a shared order changes for all of its codes). It deletes their rows and
 * re-inserts them from `redemptions` in one INSERT … SELECT; without options it rebuilds everything.
 * Call it inside the same transaction as the change, wherever attribution changes: codes added or removed, an
 * import published or undone, a leak included. Campaign dates, the window length and the attribution setting
 * need no refresh: the window is applied when reading, and both attribution modes are stored.
 *
 * Days are calendar days in the app time zone (Settings; null = the system's). The zone the roll-up was built
 * for is remembered; `ensureRollups` rebuilds when it differs (time zone changed in Settings or on the machine).
 */
import { PUBLISHED_REDEMPTION } from '../db/sql';
import type { Db } from '../db/connection';
import { getSettings } from '../settings/service';
import { systemTimeZone } from '../../shared/time';
import { SALE_SQL } from './rules';

const ZONE_KEY = 'kpi.rollupsZone';

/** The zone's UTC offset in minutes at `ms` (positive east of Greenwich). */
export function offsetMinutes(timeZone: string, ms: number): number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  const local = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The UTC instant (ISO) at which calendar day `day` begins in `timeZone` (midnight; DST-safe). */
export function startOfDayUtc(timeZone: string, day: string): string {
  const guess = Date.parse(`${day}T00:00:00Z`);
  let t = guess - offsetMinutes(timeZone, guess) * 60_000;
  // Once more with the offset in force at the first estimate (DST between the guess and the answer).
  t = guess - offsetMinutes(timeZone, t) * 60_000;
  return new Date(t).toISOString();
}

export function effectiveZone(db: Db): string {
  return getSettings(db).timeZone || systemTimeZone();
}

/** Registers `kpi_shift(hourPrefix)` → '+60 minutes' on this connection (cached per UTC hour). */
function registerShift(db: Db, timeZone: string): void {
  const cache = new Map<string, string>();
  db.$client.function('kpi_shift', { deterministic: true }, (hour: unknown) => {
    const key = String(hour);
    let v = cache.get(key);
    if (v === undefined) {
      const off = offsetMinutes(timeZone, Date.parse(`${key}:00:00Z`));
      v = `${off >= 0 ? '+' : ''}${off} minutes`;
      cache.set(key, v);
    }
    return v;
  });
}

/** Collaborations whose roll-up a change to these collaborations or this batch affects (partners of shared orders included). */
export function affectedCollaborations(db: Db, opts: { batchId?: number; collaborationIds?: readonly number[] }): number[] {
  const c = db.$client;
  const direct = new Set<number>(opts.collaborationIds ?? []);
  if (opts.batchId !== undefined) {
    const rows = c
      .prepare(
        `SELECT collaboration_id FROM redemptions WHERE (batch_id = @b OR updated_batch_id = @b) AND collaboration_id IS NOT NULL
         UNION SELECT json_extract(before, '$.collaboration_id') FROM redemption_revisions WHERE batch_id = @b AND json_extract(before, '$.collaboration_id') IS NOT NULL`,
      )
      .pluck()
      .all({ b: opts.batchId }) as number[];
    for (const id of rows) direct.add(id);
  }
  if (direct.size === 0) return [];
  const partners = c
    .prepare(
      `SELECT DISTINCT x.collaboration_id FROM redemptions r
       JOIN redemptions x ON x.shop = r.shop AND x.order_id = r.order_id AND x.id <> r.id
       WHERE r.collaboration_id IN (SELECT value FROM json_each(?)) AND x.collaboration_id IS NOT NULL`,
    )
    .pluck()
    .all(JSON.stringify([...direct])) as number[];
  for (const id of partners) direct.add(id);
  return [...direct].sort((a, b) => a - b);
}

const SELECT_ROWS = (scope: string) => `
  INSERT INTO kpi_rollups (collaboration_id, day, currency, included, orders_eq, orders_first, revenue_eq, revenue_first, orders_all)
  SELECT cid, day, cur, inc, sum(1.0 / n), sum(first),
         sum(CASE WHEN first THEN net - (net / n) * (n - 1) ELSE net / n END),
         sum(CASE WHEN first THEN net ELSE 0 END), count(*)
  FROM (
    SELECT r.collaboration_id AS cid,
           date(r.ordered_at_utc, kpi_shift(substr(r.ordered_at_utc, 1, 13))) AS day,
           r.currency AS cur,
           (d.shop IS NOT NULL) AS inc,
           r.total_minor - r.refunded_minor AS net,
           (SELECT count(*) FROM redemptions x WHERE x.shop = r.shop AND x.order_id = r.order_id AND x.collaboration_id IS NOT NULL) AS n,
           NOT EXISTS (SELECT 1 FROM redemptions x WHERE x.shop = r.shop AND x.order_id = r.order_id AND x.collaboration_id IS NOT NULL AND x.id < r.id) AS first
    FROM redemptions r
    LEFT JOIN kpi_leak_decisions d ON d.shop = r.shop AND d.order_id = r.order_id AND d.code_norm = r.code_norm
    WHERE r.collaboration_id IS NOT NULL AND r.status IN (${SALE_SQL}) ${scope}
      -- rows of an import still being written in chunks count once it is published (redemptions/run.ts)
      AND ${PUBLISHED_REDEMPTION}
  )
  GROUP BY cid, day, cur, inc`;

/**
 * Recomputes the roll-up for what changed (see the file comment). Runs inside the caller's transaction when
 * there is one (nested `write()` or the import's own BEGIN); otherwise wraps itself in one.
 * Returns the number of collaborations refreshed (-1 = everything).
 */
export function refreshRollups(db: Db, opts: { batchId?: number; collaborationIds?: readonly number[] } = {}): number {
  const c = db.$client;
  const zone = effectiveZone(db);
  registerShift(db, zone);
  const whole = opts.batchId === undefined && opts.collaborationIds === undefined;
  const run = () => {
    if (whole) {
      c.prepare('DELETE FROM kpi_rollups').run();
      c.prepare(SELECT_ROWS('')).run();
      c.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(ZONE_KEY, JSON.stringify(zone));
      return -1;
    }
    const ids = affectedCollaborations(db, opts);
    if (!ids.length) return 0;
    const list = JSON.stringify(ids);
    c.prepare('DELETE FROM kpi_rollups WHERE collaboration_id IN (SELECT value FROM json_each(?))').run(list);
    c.prepare(SELECT_ROWS('AND r.collaboration_id IN (SELECT value FROM json_each(?))')).run(list);
    return ids.length;
  };
  return c.inTransaction ? run() : c.transaction(run).immediate();
}

/** Rebuilds the roll-up when it was built for another time zone (or never). Returns true when it rebuilt. */
export function ensureRollups(db: Db): boolean {
  const row = db.$client.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(ZONE_KEY) as string | undefined;
  const built = row ? (JSON.parse(row) as string) : null;
  if (built === effectiveZone(db)) return false;
  refreshRollups(db);
  return true;
}
