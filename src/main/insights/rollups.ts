/**
 * The KPI roll-up (schema.ts kpi_rollups): attributed sales per collaboration × day × currency × included flag.
 *
 * `refreshRollups(db, { batchId?, collaborationIds? })` recomputes the affected keys: the given collaborations,
 * those touched by the batch (inserted, updated, or changed away by it), and every collaboration sharing an
 * order with them (the equal split of a shared order changes for all of its codes). It deletes their rows and
 * re-inserts them from `redemptions` in one INSERT … SELECT; without options it rebuilds everything.
 * Call it inside the same transaction as the change, wherever attribution changes: codes added or removed, an
 * import published or undone, a leak included. Campaign dates, the window length and the attribution setting
 * need no refresh of the roll-up (the window is applied over it, both attribution modes are stored); the totals
 * built over it (totals.ts) are refreshed with it and when dates or the window change.
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
import { addTotalsDelta, cleanupTotals, ensureTotals, refreshTotals } from './totals';

const ZONE_KEY = 'kpi.rollupsZone';

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
function registerShift(db: Db, timeZone: string): void {
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

const COLUMNS = 'collaboration_id, day, currency, included, orders_eq, orders_first, revenue_eq, revenue_first, orders_all';

/**
 * The roll-up rows of a set of orders, grouped by key, in one statement. `orders` is a row source of redemptions
 * holding EVERY coded row of each order it names (the split needs all of them): the window over (shop, order_id)
 * gives each row its n (attributed codes on the order) and whether it is the order's first code.
 * `keep` narrows the rows rolled up (e.g. to some collaborations); `sign` -1 gives the rows to subtract.
 */
function contributions(orders: string, keep: string, sign: 1 | -1): string {
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
           row_number() OVER (o ORDER BY r.id) = 1 AS first
    FROM (${orders}) r
    LEFT JOIN kpi_leak_decisions d ON d.shop = r.shop AND d.order_id = r.order_id AND d.code_norm = r.code_norm
    -- rows of an import still being written in chunks count once it is published (redemptions/run.ts), also in the split
    WHERE ${PUBLISHED_REDEMPTION}
    WINDOW o AS (PARTITION BY r.shop, r.order_id)
  )
  WHERE status IN (${SALE_SQL}) ${keep}
  GROUP BY cid, day, cur, inc`;
}

const ALL_CODED = 'SELECT * FROM redemptions WHERE collaboration_id IS NOT NULL';
/** Every coded row of the orders that carry a code of the collaborations in json array ?1. */
const CODED_OF_COLLABS = `SELECT * FROM redemptions WHERE collaboration_id IS NOT NULL AND (shop, order_id) IN (
  SELECT shop, order_id FROM redemptions WHERE collaboration_id IN (SELECT value FROM json_each(@ids)))`;
/** Every coded row of the orders in temp.kpi_touched. */
const CODED_OF_TOUCHED = `SELECT r.* FROM temp.kpi_touched t CROSS JOIN redemptions r ON r.shop = t.shop AND r.order_id = t.order_id WHERE r.collaboration_id IS NOT NULL`;

/** Above this share of all collaborations a refresh rebuilds everything (one pass instead of a long id list). */
const WHOLE_SHARE = 0.5;

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
 * Keeps the roll-up right across `change` (undo of an import batch) by difference, set-based and in proportion to
 * the batch, not to the cards it touched: the orders the batch inserted or updated are noted; their roll-up rows
 * are subtracted before `change` and added back from what is left after it (every row of such an order is in the
 * same set, so the split is right on both sides). Must run inside the caller's transaction.
 */
export function withRollupDelta<T>(db: Db, batchId: number, change: () => T): T {
  const c = db.$client;
  registerShift(db, effectiveZone(db));
  c.prepare('CREATE TEMP TABLE IF NOT EXISTS kpi_touched (shop TEXT NOT NULL, order_id TEXT NOT NULL, PRIMARY KEY (shop, order_id)) WITHOUT ROWID').run();
  // the roll-up keys either side of the difference changed (for the clean-up of keys left without an order)
  c.prepare(
    'CREATE TEMP TABLE IF NOT EXISTS kpi_delta_keys (collaboration_id INTEGER, day TEXT, currency TEXT, included INTEGER, PRIMARY KEY (collaboration_id, day, currency, included)) WITHOUT ROWID',
  ).run();
  c.prepare('DELETE FROM temp.kpi_touched').run();
  c.prepare('DELETE FROM temp.kpi_delta_keys').run();
  c.prepare(
    `INSERT OR IGNORE INTO temp.kpi_touched (shop, order_id)
     SELECT shop, order_id FROM redemptions WHERE batch_id = @b
     -- the orders the batch changed: each change stored a revision (redemptions/run.ts), so no scan for updated_batch_id
     UNION SELECT r.shop, r.order_id FROM redemption_revisions rv JOIN redemptions r ON r.id = rv.redemption_id WHERE rv.batch_id = @b`,
  ).run({ b: batchId });
  c.prepare(
    `CREATE TEMP TABLE IF NOT EXISTS kpi_delta (collaboration_id INTEGER, day TEXT, currency TEXT, included INTEGER,
       orders_eq REAL, orders_first INTEGER, revenue_eq INTEGER, revenue_first INTEGER, orders_all INTEGER)`,
  ).run();
  const apply = (sign: 1 | -1) => {
    // The difference once, in a temp table; the roll-up and the totals (totals.ts) both take it.
    c.prepare('DELETE FROM temp.kpi_delta').run();
    c.prepare(`INSERT INTO temp.kpi_delta (${COLUMNS}) ${contributions(CODED_OF_TOUCHED, '', sign)}`).run();
    addTotalsDelta(db);
    c.prepare(
      `INSERT INTO kpi_rollups (${COLUMNS}) SELECT * FROM temp.kpi_delta WHERE true
       ON CONFLICT (collaboration_id, day, currency, included) DO UPDATE SET
         orders_eq = orders_eq + excluded.orders_eq, orders_first = orders_first + excluded.orders_first,
         revenue_eq = revenue_eq + excluded.revenue_eq, revenue_first = revenue_first + excluded.revenue_first,
         orders_all = orders_all + excluded.orders_all`,
    ).run();
    c.prepare('INSERT OR IGNORE INTO temp.kpi_delta_keys SELECT collaboration_id, day, currency, included FROM temp.kpi_delta').run();
  };
  apply(-1);
  const out = change();
  apply(1);
  // Keys whose last order went: no row (a rebuild would have none), and no float dust on the split counts.
  // (only the keys the difference changed: a key not in it kept its orders)
  c.prepare(
    `DELETE FROM kpi_rollups WHERE rowid IN (SELECT ru.rowid FROM temp.kpi_delta_keys k CROSS JOIN kpi_rollups ru
       ON ru.collaboration_id = k.collaboration_id AND ru.day = k.day AND ru.currency = k.currency AND ru.included = k.included WHERE ru.orders_all <= 0)`,
  ).run();
  cleanupTotals(db);
  c.prepare('DELETE FROM temp.kpi_delta').run();
  c.prepare('DELETE FROM temp.kpi_touched').run();
  c.prepare('DELETE FROM temp.kpi_delta_keys').run();
  return out;
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
