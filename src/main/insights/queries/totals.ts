/**
 * The SQL of the maintained totals over the day roll-up (kpi_sales_totals, kpi_sales_weeks); when they are
 * refreshed and why: ../totals.ts. Statements run inside the caller's transaction.
 */
import type { Db } from '../../db/connection';

const MEASURES = 'orders_eq, orders_first, revenue_eq, revenue_first, orders_all';
const SUMS = 'sum(orders_eq), sum(orders_first), sum(revenue_eq), sum(revenue_first), sum(orders_all)';
/** The Monday of `day`'s ISO week (the series' week bucket). */
export const WEEK_OF = (day: string) => `date(${day}, '-' || ((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7) || ' days')`;
/** Each card's campaign window [ws, we] in days (the same bounds as scope.ts scopeCte); @n = window days. */
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
/** An upsert's SET that adds the incoming measures to the stored ones. */
const ADD_MEASURES = MEASURES.split(', ')
  .map((m) => `${m} = ${m} + excluded.${m}`)
  .join(', ');
const WEEKS_COLS = `collaboration_id, week, currency, month, ${MEASURES}`;
/** The rows of the cards in json array @ids (none: every row). */
const onlyIds = (ids: string | null) => (ids === null ? '' : 'WHERE collaboration_id IN (SELECT value FROM json_each(@ids))');

/** Deletes the totals of the cards in json array `ids` (null = all) from both tables. */
function deleteTotals(db: Db, ids: string | null): void {
  for (const table of ['kpi_sales_totals', 'kpi_sales_weeks']) {
    const del = db.$client.prepare(`DELETE FROM ${table} ${onlyIds(ids)}`);
    if (ids === null) del.run();
    else del.run({ ids });
  }
}

/** The ids of a campaign's cards. */
export function campaignCardIds(db: Db, campaignId: number): number[] {
  return db.$client.prepare<[number], number>('SELECT id FROM collaborations WHERE campaign_id = ?').pluck().all(campaignId);
}

/** Recomputes from the roll-up the totals of the cards in json array `ids` (null = all); `n` = window days. */
export function rebuildTotals(db: Db, n: number, ids: string | null): void {
  const c = db.$client;
  const params: { n: number; ids?: string } = ids === null ? { n } : { n, ids };
  deleteTotals(db, ids);
  const q = fromRollup(`SELECT * FROM kpi_rollups ${onlyIds(ids)}`, 'true');
  c.prepare<[typeof params]>(`INSERT INTO kpi_sales_totals (${TOTALS_COLS}) ${q.totals}`).run(params);
  c.prepare<[typeof params]>(`INSERT INTO kpi_sales_weeks (${WEEKS_COLS}) ${q.weeks}`).run(params);
}

/**
 * Adds roll-up-shaped difference rows (table `temp.kpi_delta`, signed) to the totals, as the undo does to the
 * roll-up (../rollup-delta.ts); `cleanupTotals` then drops the keys of the cards in `temp.kpi_delta_keys` that have
 * no order left. `n` = window days.
 */
export function addTotalsDelta(db: Db, n: number): void {
  const c = db.$client;
  const q = fromRollup('SELECT * FROM temp.kpi_delta', 'true');
  const add = ADD_MEASURES;
  c.prepare<{ n: number }>(`INSERT INTO kpi_sales_totals (${TOTALS_COLS}) SELECT * FROM (${q.totals}) WHERE true ON CONFLICT (collaboration_id, currency, month, in_window) DO UPDATE SET ${add}`).run({ n });
  c.prepare<{ n: number }>(`INSERT INTO kpi_sales_weeks (${WEEKS_COLS}) SELECT * FROM (${q.weeks}) WHERE true ON CONFLICT (collaboration_id, week, currency, month) DO UPDATE SET ${add}`).run({ n });
}

export function cleanupTotals(db: Db): void {
  const c = db.$client;
  c.prepare('DELETE FROM kpi_sales_totals WHERE collaboration_id IN (SELECT DISTINCT collaboration_id FROM temp.kpi_delta_keys) AND orders_all <= 0').run();
  c.prepare('DELETE FROM kpi_sales_weeks WHERE collaboration_id IN (SELECT DISTINCT collaboration_id FROM temp.kpi_delta_keys) AND orders_all <= 0').run();
}

/**
 * Totals and week rows of the roll-up-shaped rows of temp table `src`, into temp.kpi_pre_totals and
 * temp.kpi_pre_weeks: the part of a refresh that only reads (../rollup-publish.ts runs it outside the lock).
 */
export function prepareTotals(db: Db, src: string, n: number): void {
  const c = db.$client;
  c.prepare(`CREATE TEMP TABLE IF NOT EXISTS kpi_pre_totals AS SELECT ${TOTALS_COLS} FROM kpi_sales_totals WHERE false`).run();
  c.prepare(`CREATE TEMP TABLE IF NOT EXISTS kpi_pre_weeks AS SELECT ${WEEKS_COLS} FROM kpi_sales_weeks WHERE false`).run();
  c.prepare('DELETE FROM temp.kpi_pre_totals').run();
  c.prepare('DELETE FROM temp.kpi_pre_weeks').run();
  const q = fromRollup(`SELECT * FROM ${src}`, 'true');
  c.prepare<{ n: number }>(`INSERT INTO temp.kpi_pre_totals (${TOTALS_COLS}) ${q.totals}`).run({ n });
  c.prepare<{ n: number }>(`INSERT INTO temp.kpi_pre_weeks (${WEEKS_COLS}) ${q.weeks}`).run({ n });
}

/** Adds the prepared rows (totals of a batch's share: ../rollup-publish.ts) to the totals; in the caller's transaction. */
export function addPreparedTotals(db: Db): void {
  const c = db.$client;
  const add = ADD_MEASURES;
  c.prepare(`INSERT INTO kpi_sales_totals (${TOTALS_COLS}) SELECT ${TOTALS_COLS} FROM temp.kpi_pre_totals WHERE true ON CONFLICT (collaboration_id, currency, month, in_window) DO UPDATE SET ${add}`).run();
  c.prepare(`INSERT INTO kpi_sales_weeks (${WEEKS_COLS}) SELECT ${WEEKS_COLS} FROM temp.kpi_pre_weeks WHERE true ON CONFLICT (collaboration_id, week, currency, month) DO UPDATE SET ${add}`).run();
  c.prepare('DELETE FROM temp.kpi_pre_totals').run();
  c.prepare('DELETE FROM temp.kpi_pre_weeks').run();
}

/** Replaces the totals of the cards in json array `ids` (null = all) by the prepared rows; in the caller's transaction. */
export function applyPreparedTotals(db: Db, ids: string | null): void {
  const c = db.$client;
  deleteTotals(db, ids);
  for (const [table, cols, pre] of [
    ['kpi_sales_totals', TOTALS_COLS, 'kpi_pre_totals'],
    ['kpi_sales_weeks', WEEKS_COLS, 'kpi_pre_weeks'],
  ]) {
    c.prepare(`INSERT INTO ${table} (${cols}) SELECT ${cols} FROM temp.${pre}`).run();
    c.prepare(`DELETE FROM temp.${pre}`).run();
  }
}
