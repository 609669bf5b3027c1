/**
 * Maintained totals over the day roll-up (schema.ts kpi_sales_totals, kpi_sales_weeks): what the portfolio and
 * campaign views read when no date range is set, so a read groups a few rows per card instead of every card-day
 * (at 1,000,000 orders the roll-up has ~700,000 rows; grouping them took ~0.6 s CPU per read).
 *
 * They depend on the roll-up, each campaign's dates and the window setting (kpiWindowDays), so they are refreshed
 * - with the roll-up: `refreshRollups` (import published, codes changed, leak included, time zone) and
 *   `withRollupDelta` (rollup-delta.ts: undo, by the same difference);
 * - for a campaign's cards when its dates change (campaigns/service.ts updateCampaign);
 * - entirely when the window setting differs from the one they were built for (`ensureTotals`, called by
 *   `ensureRollups` at start and when a change of the settings is announced: follow.ts). Reads check nothing.
 * The attribution setting needs nothing: both modes are stored. Scope (declined, removed, deleted campaign) is
 * applied when reading, like for the roll-up.
 */
import { z } from 'zod';
import type { Db } from '../db/connection';
import { parseJson } from '../db/json-columns';
import { settingValue } from '../settings/queries';
import { getSettings } from '../settings/service';
import { write } from '../db/write';

const WINDOW_KEY = 'kpi.totalsWindowDays';
const MEASURES = 'orders_eq, orders_first, revenue_eq, revenue_first, orders_all';
const SUMS = 'sum(orders_eq), sum(orders_first), sum(revenue_eq), sum(revenue_first), sum(orders_all)';
/** The Monday of `day`'s ISO week (the series' week bucket). */
export const WEEK_OF = (day: string) => `date(${day}, '-' || ((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7) || ' days')`;
/** Each card's campaign window [ws, we] in days (the same bounds as queries.ts scopeCte); ?1 = window days. */
const WINDOWS = `SELECT co.id AS cid, coalesce(ca.start_date, '0000-01-01') AS ws,
  CASE WHEN ca.end_date IS NULL THEN '9999-12-31' ELSE date(ca.end_date, '+' || @n || ' days') END AS we
  FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id`;
const IN_WINDOW = '(ru.included = 1 OR ru.day BETWEEN w.ws AND w.we)';

/**
 * Totals and week rows from a roll-up-shaped row source `src` (columns collaboration_id, day, currency, included
 * and the measures), narrowed by `where`. Returns the two SELECTs (grouped, ready for INSERT).
 */
function fromRollup(src: string, where: string): { totals: string; weeks: string } {
  const base = `FROM (${src}) ru JOIN (${WINDOWS}) w ON w.cid = ru.collaboration_id WHERE ${where}`;
  return {
    totals: `SELECT ru.collaboration_id, ru.currency, substr(ru.day, 1, 7), ${IN_WINDOW}, ${SUMS} ${base} GROUP BY 1, 2, 3, 4`,
    weeks: `SELECT ru.collaboration_id, ${WEEK_OF('ru.day')}, ru.currency, substr(ru.day, 1, 7), ${SUMS} ${base} AND ${IN_WINDOW} GROUP BY 1, 2, 3, 4`,
  };
}

const TOTALS_COLS = `collaboration_id, currency, month, in_window, ${MEASURES}`;
const WEEKS_COLS = `collaboration_id, week, currency, month, ${MEASURES}`;

/**
 * Recomputes the totals of some cards (json array of ids, or a campaign's cards) or of all of them from the
 * roll-up, inside the caller's transaction (or its own).
 */
export function refreshTotals(db: Db, opts: { collaborationIds?: readonly number[]; campaignId?: number } = {}): void {
  const c = db.$client;
  const n = getSettings(db).kpiWindowDays;
  const run = () => {
    let ids: string | null = null;
    if (opts.campaignId !== undefined) ids = JSON.stringify(c.prepare<[number], number>('SELECT id FROM collaborations WHERE campaign_id = ?').pluck().all(opts.campaignId));
    else if (opts.collaborationIds !== undefined) ids = JSON.stringify(opts.collaborationIds);
    const only = ids === null ? '' : 'WHERE collaboration_id IN (SELECT value FROM json_each(@ids))';
    const params = ids === null ? { n } : { n, ids };
    for (const table of ['kpi_sales_totals', 'kpi_sales_weeks']) {
      const del = c.prepare(`DELETE FROM ${table} ${only}`);
      if (ids === null) del.run();
      else del.run({ ids });
    }
    const q = fromRollup(`SELECT * FROM kpi_rollups ${only}`, 'true');
    c.prepare(`INSERT INTO kpi_sales_totals (${TOTALS_COLS}) ${q.totals}`).run(params);
    c.prepare(`INSERT INTO kpi_sales_weeks (${WEEKS_COLS}) ${q.weeks}`).run(params);
    if (ids === null) c.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(WINDOW_KEY, JSON.stringify(n));
  };
  write(db, run);
}

/**
 * Adds roll-up-shaped difference rows (table `temp.kpi_delta`, signed) to the totals, as `withRollupDelta` does to
 * the roll-up; `cleanupTotals` then drops the keys of the cards in `temp.kpi_delta_keys` that have no order left.
 */
export function addTotalsDelta(db: Db): void {
  const c = db.$client;
  const q = fromRollup('SELECT * FROM temp.kpi_delta', 'true');
  const add = MEASURES.split(', ')
    .map((m) => `${m} = ${m} + excluded.${m}`)
    .join(', ');
  const n = getSettings(db).kpiWindowDays;
  c.prepare(`INSERT INTO kpi_sales_totals (${TOTALS_COLS}) SELECT * FROM (${q.totals}) WHERE true ON CONFLICT (collaboration_id, currency, month, in_window) DO UPDATE SET ${add}`).run({ n });
  c.prepare(`INSERT INTO kpi_sales_weeks (${WEEKS_COLS}) SELECT * FROM (${q.weeks}) WHERE true ON CONFLICT (collaboration_id, week, currency, month) DO UPDATE SET ${add}`).run({ n });
}

export function cleanupTotals(db: Db): void {
  const c = db.$client;
  c.prepare('DELETE FROM kpi_sales_totals WHERE collaboration_id IN (SELECT DISTINCT collaboration_id FROM temp.kpi_delta_keys) AND orders_all <= 0').run();
  c.prepare('DELETE FROM kpi_sales_weeks WHERE collaboration_id IN (SELECT DISTINCT collaboration_id FROM temp.kpi_delta_keys) AND orders_all <= 0').run();
}

/**
 * Rebuilds all totals when they were built for another window length (or never), in a write transaction.
 * Returns true when it rebuilt. Cheap when nothing changed (one settings row), so readers call it too.
 */
export function ensureTotals(db: Db): boolean {
  const row = settingValue(db, WINDOW_KEY);
  if (row !== undefined && parseJson(z.number(), row) === getSettings(db).kpiWindowDays) return false;
  refreshTotals(db);
  return true;
}

/**
 * Totals and week rows of the roll-up-shaped rows of temp table `src`, into temp.kpi_pre_totals and
 * temp.kpi_pre_weeks: the part of `refreshTotals` that only reads (rollup-publish.ts runs it outside the lock).
 */
export function prepareTotals(db: Db, src: string): void {
  const c = db.$client;
  c.prepare(`CREATE TEMP TABLE IF NOT EXISTS kpi_pre_totals AS SELECT ${TOTALS_COLS} FROM kpi_sales_totals WHERE false`).run();
  c.prepare(`CREATE TEMP TABLE IF NOT EXISTS kpi_pre_weeks AS SELECT ${WEEKS_COLS} FROM kpi_sales_weeks WHERE false`).run();
  c.prepare('DELETE FROM temp.kpi_pre_totals').run();
  c.prepare('DELETE FROM temp.kpi_pre_weeks').run();
  const q = fromRollup(`SELECT * FROM ${src}`, 'true');
  const n = getSettings(db).kpiWindowDays;
  c.prepare(`INSERT INTO temp.kpi_pre_totals (${TOTALS_COLS}) ${q.totals}`).run({ n });
  c.prepare(`INSERT INTO temp.kpi_pre_weeks (${WEEKS_COLS}) ${q.weeks}`).run({ n });
}

/** Replaces the totals of the cards in json array `ids` (null = all) by the prepared rows; in the caller's transaction. */
export function applyPreparedTotals(db: Db, ids: string | null): void {
  const c = db.$client;
  const only = ids === null ? '' : 'WHERE collaboration_id IN (SELECT value FROM json_each(@ids))';
  for (const [table, cols, pre] of [
    ['kpi_sales_totals', TOTALS_COLS, 'kpi_pre_totals'],
    ['kpi_sales_weeks', WEEKS_COLS, 'kpi_pre_weeks'],
  ]) {
    const del = c.prepare(`DELETE FROM ${table} ${only}`);
    if (ids === null) del.run();
    else del.run({ ids });
    c.prepare(`INSERT INTO ${table} (${cols}) SELECT ${cols} FROM temp.${pre}`).run();
    c.prepare(`DELETE FROM temp.${pre}`).run();
  }
  if (ids === null) c.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(WINDOW_KEY, JSON.stringify(getSettings(db).kpiWindowDays));
}

