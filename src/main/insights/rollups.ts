/**
 * The KPI roll-up (schema.ts kpi_rollups): attributed sales per collaboration × day × currency × included flag.
 *
 * `refreshRollups(db, { batchId?, collaborationIds? })` recomputes the affected keys: the given collaborations,
 * those touched by the batch (inserted, updated, or changed away by it), and every collaboration sharing an
 * order with them (the equal split of a shared order changes for all of its codes). It deletes their rows and
 * re-inserts them from `redemptions` in one INSERT … SELECT; without options it rebuilds everything.
 * Call it inside the same transaction as the change, wherever attribution changes: codes added or removed, an
 * import published, a leak included (an undo keeps it by difference instead: rollup-delta.ts; an import's publish
 * prepares the rows outside the write lock and only swaps them in: rollup-publish.ts). Campaign dates, the window
 * length and the attribution setting need no refresh of the roll-up (the window is applied over it, both
 * attribution modes are stored); the totals built over it (totals.ts) are refreshed with it and when dates or the
 * window change.
 *
 * Days are calendar days in the app time zone (Settings; null = the system's). The zone the roll-up was built
 * for is remembered; `ensureRollups` rebuilds when it differs (time zone changed in Settings or on the machine).
 */
import { z } from 'zod';
import { PUBLISHED_REDEMPTION } from '../db/sql';
import { parseJson } from '../db/json-columns';
import { settingValue } from '../settings/queries';
import type { Db } from '../db/connection';
import { getSettings } from '../settings/service';
import { systemTimeZone } from '../../shared/time';
import { SALE_SQL } from './rules';
import { ensureTotals, refreshTotals } from './totals';

export const ZONE_KEY = 'kpi.rollupsZone';

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset in minutes at `ms` (positive east of Greenwich). */
export function offsetMinutes(timeZone: string, ms: number): number {
  let f = FORMATS.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    FORMATS.set(timeZone, f);
  }
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
export function registerShift(db: Db, timeZone: string): void {
  const cache = new Map<string, string>();
  db.$client.function('kpi_shift', { deterministic: true }, (hour: unknown) => {
    const key = String(hour);
    let v = cache.get(key);
    if (v === undefined) {
      const ms = Date.parse(`${key}:00:00Z`);
      // an instant SQLite cannot read either (missing, malformed) gets no shift; date() of it is null anyway
      const off = Number.isNaN(ms) ? 0 : offsetMinutes(timeZone, ms);
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
      .prepare<{ b: number }, number>(
        `SELECT collaboration_id FROM redemptions WHERE (batch_id = @b OR updated_batch_id = @b) AND collaboration_id IS NOT NULL
         UNION SELECT json_extract(before, '$.collaboration_id') FROM redemption_revisions WHERE batch_id = @b AND json_extract(before, '$.collaboration_id') IS NOT NULL`,
      )
      .pluck()
      .all({ b: opts.batchId });
    for (const id of rows) direct.add(id);
  }
  if (direct.size === 0) return [];
  const partners = c
    .prepare<[string], number>(
      `SELECT DISTINCT x.collaboration_id FROM redemptions r
       JOIN redemptions x ON x.shop = r.shop AND x.order_id = r.order_id AND x.id <> r.id
       WHERE r.collaboration_id IN (SELECT value FROM json_each(?)) AND x.collaboration_id IS NOT NULL`,
    )
    .pluck()
    .all(JSON.stringify([...direct]));
  for (const id of partners) direct.add(id);
  return [...direct].sort((a, b) => a - b);
}

export const COLUMNS = 'collaboration_id, day, currency, included, orders_eq, orders_first, revenue_eq, revenue_first, orders_all';

/**
 * The roll-up rows of a set of orders, grouped by key, in one statement. `orders` is a row source of redemptions
 * holding EVERY coded row of each order it names (the split needs all of them): the window over (shop, order_id)
 * gives each row its n (attributed codes on the order) and whether it is the order's first code.
 * `keep` narrows the rows rolled up (e.g. to some collaborations); `sign` -1 gives the rows to subtract;
 * `visible` says which rows of alias `r` count (the published ones; rollup-publish.ts adds a batch about to be).
 */
export function contributions(orders: string, keep: string, sign: 1 | -1, visible = PUBLISHED_REDEMPTION): string {
  const s = sign === 1 ? '' : '-';
  return `
  SELECT cid, day, cur, inc, ${s}sum(1.0 / n), ${s}sum(first),
         ${s}sum(CASE WHEN first THEN net - (net / n) * (n - 1) ELSE net / n END),
         ${s}sum(CASE WHEN first THEN net ELSE 0 END), ${s}count(*)
  FROM (
    SELECT r.collaboration_id AS cid, r.status,
           date(r.ordered_at_utc, kpi_shift(substr(r.ordered_at_utc, 1, 13))) AS day,
           r.currency AS cur,
           (d.shop IS NOT NULL) AS inc,
           r.total_minor - r.refunded_minor AS net,
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

export const ALL_CODED = 'SELECT * FROM redemptions WHERE collaboration_id IS NOT NULL';
/** Every coded row of the orders that carry a code of the collaborations in json array ?1. */
export const CODED_OF_COLLABS = `SELECT * FROM redemptions WHERE collaboration_id IS NOT NULL AND (shop, order_id) IN (
  SELECT shop, order_id FROM redemptions WHERE collaboration_id IN (SELECT value FROM json_each(@ids)))`;

/** Above this share of all collaborations a refresh rebuilds everything (one pass instead of a long id list). */
export const WHOLE_SHARE = 0.5;

/**
 * Recomputes the roll-up for what changed (see the file comment), set-based: one DELETE and one INSERT … SELECT
 * over all affected collaborations together. Runs inside the caller's transaction when there is one (nested
 * `write()` or the import's own BEGIN); otherwise wraps itself in one.
 * Returns the number of collaborations refreshed (-1 = everything).
 */
export function refreshRollups(db: Db, opts: { batchId?: number; collaborationIds?: readonly number[] } = {}): number {
  const c = db.$client;
  const zone = effectiveZone(db);
  registerShift(db, zone);
  const rebuild = () => {
    c.prepare('DELETE FROM kpi_rollups').run();
    c.prepare(`INSERT INTO kpi_rollups (${COLUMNS}) ${contributions(ALL_CODED, '', 1)}`).run();
    c.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(ZONE_KEY, JSON.stringify(zone));
    refreshTotals(db);
    return -1;
  };
  const run = () => {
    if (opts.batchId === undefined && opts.collaborationIds === undefined) return rebuild();
    const ids = affectedCollaborations(db, opts);
    if (!ids.length) return 0;
    const all = c.prepare<[], number>('SELECT count(*) FROM collaborations').pluck().get() ?? 0;
    if (ids.length > all * WHOLE_SHARE) return rebuild();
    const list = JSON.stringify(ids);
    c.prepare('DELETE FROM kpi_rollups WHERE collaboration_id IN (SELECT value FROM json_each(@ids))').run({ ids: list });
    c.prepare(`INSERT INTO kpi_rollups (${COLUMNS}) ${contributions(CODED_OF_COLLABS, 'AND cid IN (SELECT value FROM json_each(@ids))', 1)}`).run({ ids: list });
    refreshTotals(db, { collaborationIds: ids });
    return ids.length;
  };
  return c.inTransaction ? run() : c.transaction(run).immediate();
}

/**
 * Rebuilds the roll-up when it was built for another time zone (or never), and the totals (totals.ts) when they were
 * built for another window length. Returns true when it rebuilt either.
 */
export function ensureRollups(db: Db): boolean {
  const row = settingValue(db, ZONE_KEY);
  const built = row ? parseJson(z.string(), row) : null;
  if (built === effectiveZone(db)) return ensureTotals(db);
  refreshRollups(db);
  return true;
}
