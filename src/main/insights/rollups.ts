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
import { parseJson } from '../db/json-columns';
import { putSetting, settingValue } from '../settings/queries';
import type { Db } from '../db/connection';
import { getSettings } from '../settings/service';
import { systemTimeZone } from '../../shared/time';
import * as q from './queries';
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
  const direct = new Set<number>(opts.collaborationIds ?? []);
  if (opts.batchId !== undefined) for (const id of q.collaborationsOfBatch(db, opts.batchId)) direct.add(id);
  if (direct.size === 0) return [];
  for (const id of q.orderPartners(db, [...direct])) direct.add(id);
  return [...direct].sort((a, b) => a - b);
}

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
    q.rebuildRollups(db);
    putSetting(db, ZONE_KEY, JSON.stringify(zone));
    refreshTotals(db);
    return -1;
  };
  const run = () => {
    if (opts.batchId === undefined && opts.collaborationIds === undefined) return rebuild();
    const ids = affectedCollaborations(db, opts);
    if (!ids.length) return 0;
    if (ids.length > q.collaborationCount(db) * WHOLE_SHARE) return rebuild();
    q.rebuildRollupsOf(db, JSON.stringify(ids));
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
