/**
 * Attributed sales for the KPI views, from the maintained tables (totals.ts), never from order rows:
 * - whole months from kpi_sales_totals, whole ISO weeks from kpi_sales_weeks (per card) or kpi_sales_weeks_all
 *   (every card; the portfolio without filters subtracts the few cards out of scope);
 * - only the days of a date range that do not fill a month (or a week) come from the day roll-up kpi_rollups.
 * Amounts already in the currency of the figure (the workspace's or the campaign's) are summed per card in SQL;
 * only amounts in other currencies come back per month, to be converted by the rate of their month.
 */
import type { Db } from '../../db/connection';
import { addDays } from '../../../shared/time';
import { scopeCte, unfiltered, OUT_OF_SCOPE, type ScopeFilter } from './scope';
import { WEEK_OF } from './totals';
import { allRows } from './rows';

type Cols = { orders: string; revenue: string };
type Param = string | number | null;
type Span = [string, string];

/** Days → the whole months inside [from, to] (YYYY-MM bounds) and the days around them (at most two spans). */
export function splitMonths(from: string | undefined, to: string | undefined): { months: Span | null; days: Span[] } {
  const a = from ?? '0000-01-01';
  const b = to ?? '9999-12-31';
  // first whole month: a's month when a is its 1st, else the next; last whole month: b's when b is its last day
  const firstFull = a.endsWith('-01') ? a.slice(0, 7) : addDays(`${a.slice(0, 7)}-28`, 4).slice(0, 7);
  const lastFull = addDays(b, 1).endsWith('-01') ? b.slice(0, 7) : addDays(`${b.slice(0, 7)}-01`, -1).slice(0, 7);
  if (firstFull > lastFull) return { months: null, days: a <= b ? [[a, b]] : [] };
  const days: Span[] = [];
  if (a < `${firstFull}-01`) days.push([a, addDays(`${firstFull}-01`, -1)]);
  if (lastFull < b.slice(0, 7)) days.push([`${b.slice(0, 7)}-01`, b]);
  return { months: [firstFull, lastFull], days };
}

/** Days → the whole ISO weeks inside [from, to] (their Mondays) and the days around them. */
export function splitWeeks(from: string | undefined, to: string | undefined): { weeks: Span | null; days: Span[] } {
  if (!from && !to) return { weeks: ['0000-01-01', '9999-12-31'], days: [] };
  const a = from ?? '0000-01-03'; // a Monday
  const b = to ?? '9999-12-31';
  const dow = (d: string) => (new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const firstMonday = dow(a) === 0 ? a : addDays(a, 7 - dow(a));
  const lastMonday = dow(b) === 6 ? addDays(b, -6) : addDays(b, -dow(b) - 7);
  if (firstMonday > lastMonday) return { weeks: null, days: a <= b ? [[a, b]] : [] };
  const days: Span[] = [];
  if (a < firstMonday) days.push([a, addDays(firstMonday, -1)]);
  if (b > addDays(lastMonday, 6)) days.push([addDays(lastMonday, 7), b]);
  return { weeks: [firstMonday, lastMonday], days };
}

function daysSql(col: string, days: Span[], params: Param[]): string {
  if (!days.length) return 'false';
  return days
    .map(([x, y]) => {
      params.push(x, y);
      return `${col} BETWEEN ? AND ?`;
    })
    .join(' OR ');
}

/** One card's sales in the currency of the figure (no rate needed); `foreign` > 0 when it has amounts in others. */
export interface CardSalesRow {
  cid: number;
  orders: number;
  revenue: number;
  /** commission_bp × revenue, rounded per card × currency × month (the rule's unit). */
  commission: number;
  leakOrders: number;
  leakRevenue: number;
  foreign: number;
}

/** Sales in another currency than the figure's, per month (converted by the rate of the month). */
export interface ForeignSalesRow {
  cid: number;
  currency: string;
  month: string;
  inWindow: number;
  orders: number;
  revenue: number;
  commission: number;
}

/**
 * Attributed sales per card (in-window and leaks) in the currency of the figure, plus the amounts in other
 * currencies per month. `figureCurrency` is the workspace currency (portfolio, person) or null for each card's
 * campaign currency (campaign views). One pass over the totals in card order (no sort); the foreign rows are read
 * only for the cards that have any.
 */
export function salesByCollaboration(db: Db, f: ScopeFilter, windowDays: number, cols: Cols, figureCurrency: string | null): { cards: CardSalesRow[]; foreign: ForeignSalesRow[] } {
  const { cte, params } = scopeCte(f, windowDays);
  const p: Param[] = [...params];
  const ranged = !!(f.from || f.to);
  const { months, days } = ranged ? splitMonths(f.from, f.to) : { months: null, days: [] };
  let source: string;
  if (!ranged) source = `SELECT collaboration_id AS cid, currency, month, in_window AS inWindow, ${cols.orders} AS orders, ${cols.revenue} AS revenue FROM kpi_sales_totals`;
  else {
    const parts: string[] = [];
    if (months) {
      parts.push(`SELECT t.collaboration_id, t.currency, t.month, t.in_window, t.${cols.orders}, t.${cols.revenue}
        FROM sc JOIN kpi_sales_totals t ON t.collaboration_id = sc.cid WHERE t.month BETWEEN ? AND ?`);
      p.push(...months);
    }
    if (days.length) {
      const where = daysSql('ru.day', days, p);
      parts.push(`SELECT ru.collaboration_id, ru.currency, substr(ru.day, 1, 7), (ru.included = 1 OR ru.day BETWEEN sc.ws AND sc.we),
          sum(ru.${cols.orders}), sum(ru.${cols.revenue})
        FROM sc JOIN kpi_rollups ru ON ru.collaboration_id = sc.cid WHERE ${where} GROUP BY 1, 2, 3, 4`);
    }
    if (!parts.length) return { cards: [], foreign: [] };
    source = parts.join(' UNION ALL ');
  }
  const cte2 = `${cte}, m (cid, currency, month, inWindow, orders, revenue) AS (${source})`;
  const fc = 'coalesce(?, sc.cc)';
  const commission = 'CAST(floor(m.revenue * sc.bp / 10000.0 + 0.5) AS INTEGER)';
  const mine = `m.currency = ${fc}`;
  const cards = allRows<CardSalesRow>(
    db,
    `${cte2}
       SELECT sc.cid,
              coalesce(sum(CASE WHEN ${mine} AND m.inWindow THEN m.orders END), 0) AS orders,
              coalesce(sum(CASE WHEN ${mine} AND m.inWindow THEN m.revenue END), 0) AS revenue,
              coalesce(sum(CASE WHEN ${mine} AND m.inWindow THEN ${commission} END), 0) AS commission,
              coalesce(sum(CASE WHEN ${mine} AND NOT m.inWindow THEN m.orders END), 0) AS leakOrders,
              coalesce(sum(CASE WHEN ${mine} AND NOT m.inWindow THEN m.revenue END), 0) AS leakRevenue,
              count(CASE WHEN NOT (${mine}) THEN 1 END) AS "foreign"
       FROM ${ranged ? 'm JOIN sc' : 'sc CROSS JOIN m'} ON m.cid = sc.cid GROUP BY sc.cid`,
    [...p, ...Array<Param>(6).fill(figureCurrency)],
  );
  const others = cards.filter((c) => c.foreign > 0).map((c) => c.cid);
  if (!others.length) return { cards, foreign: [] };
  const foreign = db.$client
    .prepare<Param[], ForeignSalesRow>(
      `${cte2}
       SELECT m.cid, m.currency, m.month, m.inWindow, sum(m.orders) AS orders, sum(m.revenue) AS revenue, sum(${commission}) AS commission
       FROM sc CROSS JOIN m ON m.cid = sc.cid
       WHERE NOT (${mine}) AND sc.cid IN (SELECT value FROM json_each(?))
       GROUP BY m.cid, m.currency, m.month, m.inWindow`,
    )
    .all(...p, figureCurrency, JSON.stringify(others));
  return { cards, foreign };
}

export interface SeriesRow {
  cid: number;
  bucket: string;
  currency: string;
  month: string;
  orders: number;
  revenue: number;
}

/**
 * In-window sales per bucket (day, or the Monday of the ISO week), per card or summed (cid 0). Weeks come from
 * the week tables (the days of a range that do not fill a week from the roll-up); days from the roll-up.
 */
export function salesSeries(db: Db, f: ScopeFilter, windowDays: number, cols: Cols, bucket: 'day' | 'week', perCollab: boolean): SeriesRow[] {
  const { cte, params } = scopeCte(f, windowDays);
  const p: Param[] = [...params];
  const cid = perCollab ? 'cid' : '0';
  const measures = `${cols.orders} AS o, ${cols.revenue} AS r, orders_all AS n`;
  const parts: string[] = [];
  const allDays: Span = [f.from ?? '0000-01-01', f.to ?? '9999-12-31'];
  const { weeks, days } = bucket === 'week' ? splitWeeks(f.from, f.to) : { weeks: null, days: [allDays] };
  if (weeks) {
    if (!perCollab && unfiltered(f)) {
      // every card's weeks, less those of the cards out of scope (a few hundred rows instead of every card's)
      parts.push(`SELECT 0 AS cid, week AS bucket, currency, month, ${measures} FROM kpi_sales_weeks_all WHERE week BETWEEN ? AND ?`);
      p.push(...weeks);
      parts.push(`SELECT 0, w.week, w.currency, w.month, -w.${cols.orders}, -w.${cols.revenue}, -w.orders_all
        FROM (${OUT_OF_SCOPE}) x CROSS JOIN kpi_sales_weeks w ON w.collaboration_id = x.cid WHERE w.week BETWEEN ? AND ?`);
      p.push(...weeks);
    } else {
      parts.push(`SELECT w.collaboration_id, w.week, w.currency, w.month, w.${cols.orders}, w.${cols.revenue}, w.orders_all
        FROM sc JOIN kpi_sales_weeks w ON w.collaboration_id = sc.cid WHERE w.week BETWEEN ? AND ?`);
      p.push(...weeks);
    }
  }
  if (days.length) {
    const b = bucket === 'day' ? 'ru.day' : WEEK_OF('ru.day');
    const where = daysSql('ru.day', days, p);
    parts.push(`SELECT ru.collaboration_id, ${b}, ru.currency, substr(ru.day, 1, 7), ru.${cols.orders}, ru.${cols.revenue}, ru.orders_all
      FROM sc JOIN kpi_rollups ru ON ru.collaboration_id = sc.cid
      WHERE (ru.included = 1 OR ru.day BETWEEN sc.ws AND sc.we) AND (${where})`);
  }
  if (!parts.length) return [];
  return allRows<SeriesRow>(
    db,
    `${cte}, s (cid, bucket, currency, month, o, r, n) AS (${parts.join(' UNION ALL ')})
       SELECT ${cid} AS cid, bucket, currency, month, sum(o) AS orders, sum(r) AS revenue
       FROM s GROUP BY 1, 2, 3, 4 HAVING sum(n) > 0`,
    p,
  );
}
