/**
 * The KPI domain's SQL, with typed rows. Sales come from the roll-up (kpi_rollups), never from order rows;
 * posts, links, samples and collaborations are small tables read grouped by collaboration.
 *
 * Scope: collaborations on a board (not removed, not in the "declined" column), optionally narrowed to campaigns,
 * influencers or collaborations. Each carries its campaign window [start, end + N days] (rules.ts `window`).
 */
import type { Db } from '../db/connection';
import { FEE_AGREED_SQL } from './rules';
import { WEEK_OF } from './totals';

export interface ScopeFilter {
  campaignIds?: readonly number[];
  influencerIds?: readonly number[];
  collaborationIds?: readonly number[];
  from?: string;
  to?: string;
}

interface Built {
  cte: string;
  params: (string | number)[];
}

/** `WITH sc AS (…)`: the collaborations in scope with their window bounds (days, inclusive). */
export function scopeCte(f: ScopeFilter, windowDays: number): Built {
  const where: string[] = ['co.removed_at IS NULL', 'ca.deleted_at IS NULL', "coalesce(st.key, '') <> 'declined'"];
  const params: (string | number)[] = [windowDays];
  const list = (col: string, ids: readonly number[] | undefined) => {
    if (!ids) return;
    where.push(`${col} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(ids));
  };
  list('co.campaign_id', f.campaignIds);
  list('co.influencer_id', f.influencerIds);
  list('co.id', f.collaborationIds);
  return {
    cte: `WITH sc AS MATERIALIZED (
      SELECT co.id AS cid, co.campaign_id AS campaignId, co.influencer_id AS influencerId,
             coalesce(ca.start_date, '0000-01-01') AS ws,
             CASE WHEN ca.end_date IS NULL THEN '9999-12-31' ELSE date(ca.end_date, '+' || ? || ' days') END AS we
      FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id JOIN stages st ON st.id = co.stage_id
      WHERE ${where.join(' AND ')})`,
    params,
  };
}

function rangeSql(col: string, f: ScopeFilter, params: (string | number)[]): string {
  let s = '';
  if (f.from) {
    s += ` AND ${col} >= ?`;
    params.push(f.from);
  }
  if (f.to) {
    s += ` AND ${col} <= ?`;
    params.push(f.to);
  }
  return s;
}

export interface SalesRow {
  cid: number;
  currency: string;
  month: string;
  inWindow: number;
  orders: number;
  revenue: number;
}

/** Attributed sales per collaboration × currency × month, split into in-window (or included) and leaks. */
export function salesByCollaboration(db: Db, f: ScopeFilter, windowDays: number, cols: { orders: string; revenue: string }): SalesRow[] {
  const { cte, params } = scopeCte(f, windowDays);
  if (!f.from && !f.to)
    // without a date range: the maintained totals (totals.ts), the same groups
    return db.$client
      .prepare<(string | number)[], SalesRow>(
        `${cte}
         SELECT t.collaboration_id AS cid, t.currency, t.month, t.in_window AS inWindow, t.${cols.orders} AS orders, t.${cols.revenue} AS revenue
         FROM sc JOIN kpi_sales_totals t ON t.collaboration_id = sc.cid`,
      )
      .all(...params);
  const p = [...params];
  const range = rangeSql('ru.day', f, p);
  return db.$client
    .prepare<(string | number)[], SalesRow>(
      `${cte}
       SELECT ru.collaboration_id AS cid, ru.currency, substr(ru.day, 1, 7) AS month,
              (ru.included = 1 OR ru.day BETWEEN sc.ws AND sc.we) AS inWindow,
              sum(ru.${cols.orders}) AS orders, sum(ru.${cols.revenue}) AS revenue
       FROM sc JOIN kpi_rollups ru ON ru.collaboration_id = sc.cid
       WHERE 1 = 1 ${range}
       GROUP BY ru.collaboration_id, ru.currency, month, inWindow`,
    )
    .all(...p);
}

export interface SeriesRow {
  cid: number;
  bucket: string;
  currency: string;
  month: string;
  orders: number;
  revenue: number;
}

/** In-window sales per bucket (day, or the Monday of the ISO week), optionally per collaboration. */
export function salesSeries(db: Db, f: ScopeFilter, windowDays: number, cols: { orders: string; revenue: string }, bucket: 'day' | 'week', perCollab: boolean): SeriesRow[] {
  const { cte, params } = scopeCte(f, windowDays);
  const cid = perCollab ? 'ru.collaboration_id' : '0';
  if (bucket === 'week' && !f.from && !f.to)
    // without a date range: the maintained week rows (totals.ts), in-window only
    return db.$client
      .prepare<(string | number)[], SeriesRow>(
        `${cte}
         SELECT ${cid} AS cid, ru.week AS bucket, ru.currency, ru.month, sum(ru.${cols.orders}) AS orders, sum(ru.${cols.revenue}) AS revenue
         FROM sc JOIN kpi_sales_weeks ru ON ru.collaboration_id = sc.cid
         GROUP BY 1, 2, 3, 4`,
      )
      .all(...params);
  const p = [...params];
  const range = rangeSql('ru.day', f, p);
  const b = bucket === 'day' ? 'ru.day' : WEEK_OF('ru.day');
  return db.$client
    .prepare<(string | number)[], SeriesRow>(
      `${cte}
       SELECT ${cid} AS cid, ${b} AS bucket, ru.currency, substr(ru.day, 1, 7) AS month,
              sum(ru.${cols.orders}) AS orders, sum(ru.${cols.revenue}) AS revenue
       FROM sc JOIN kpi_rollups ru ON ru.collaboration_id = sc.cid
       WHERE (ru.included = 1 OR ru.day BETWEEN sc.ws AND sc.we) ${range}
       GROUP BY 1, 2, 3, 4`,
    )
    .all(...p);
}

export interface PostRow {
  cid: number;
  posts: number;
  reach: number;
  impressions: number;
  views: number;
  followers: number;
  engagements: number;
  clicks: number;
}

export function postsByCollaboration(db: Db, f: ScopeFilter, windowDays: number): PostRow[] {
  const { cte, params } = scopeCte(f, windowDays);
  const p = [...params];
  const range = rangeSql('substr(cp.posted_at, 1, 10)', f, p);
  return db.$client
    .prepare<(string | number)[], PostRow>(
      `${cte}
       SELECT cp.collaboration_id AS cid, count(*) AS posts, sum(cp.reach) AS reach, sum(cp.impressions) AS impressions, sum(cp.views) AS views,
              sum(coalesce(ch.followers, cc.followers, 0)) AS followers,
              sum(cp.likes + cp.comments + cp.shares + cp.saves) AS engagements, sum(cp.clicks) AS clicks
       FROM sc JOIN content_posts cp ON cp.collaboration_id = sc.cid
       JOIN collaborations co ON co.id = cp.collaboration_id
       LEFT JOIN channels ch ON ch.id = cp.channel_id
       LEFT JOIN channels cc ON cc.id = co.channel_id
       WHERE 1 = 1 ${range}
       GROUP BY cp.collaboration_id`,
    )
    .all(...p);
}

export function linkClicksByCollaboration(db: Db, f: ScopeFilter, windowDays: number): { cid: number; clicks: number }[] {
  const { cte, params } = scopeCte(f, windowDays);
  return db.$client
    .prepare<(string | number)[], { cid: number; clicks: number }>(
      `${cte} SELECT l.collaboration_id AS cid, sum(l.clicks) AS clicks FROM sc JOIN tracking_links l ON l.collaboration_id = sc.cid GROUP BY l.collaboration_id`,
    )
    .all(...params);
}

export interface CollabCostRow {
  cid: number;
  campaignId: number;
  influencerId: number;
  influencerName: string;
  campaignName: string;
  campaignCurrency: string;
  stageKey: string | null;
  currency: string;
  feeMinor: number;
  feeAgreed: number;
  feeMonth: string;
  productValueMinor: number;
  commissionBp: number;
  /** Campaign [start, end] overlaps the date range (1 without a range). */
  inRange: number;
}

export function collaborationsInScope(db: Db, f: ScopeFilter, windowDays: number, today: string): CollabCostRow[] {
  const { cte, params } = scopeCte(f, windowDays);
  const p: (string | number)[] = [...params, today, f.to ?? '9999-12-31', f.from ?? '0000-01-01'];
  return db.$client
    .prepare<(string | number)[], CollabCostRow>(
      `${cte}
       SELECT co.id AS cid, co.campaign_id AS campaignId, co.influencer_id AS influencerId, i.name AS influencerName, ca.name AS campaignName,
              ca.currency AS campaignCurrency, st.key AS stageKey, co.currency, co.fee_minor AS feeMinor,
              (co.payment_status IN (${FEE_AGREED_SQL})) AS feeAgreed,
              substr(coalesce(co.paid_on, co.invoiced_on, ca.start_date, ?), 1, 7) AS feeMonth,
              co.product_value_minor AS productValueMinor, co.commission_bp AS commissionBp,
              (coalesce(ca.start_date, '0000-01-01') <= ? AND coalesce(ca.end_date, '9999-12-31') >= ?) AS inRange
       FROM sc JOIN collaborations co ON co.id = sc.cid JOIN campaigns ca ON ca.id = co.campaign_id
       JOIN influencers i ON i.id = co.influencer_id JOIN stages st ON st.id = co.stage_id
       ORDER BY co.id`,
    )
    .all(...p);
}

export interface SampleRow {
  cid: number;
  currency: string;
  month: string;
  valueMinor: number;
  shippingMinor: number;
  left: number;
  inRange: number;
}

export function samplesByCollaboration(db: Db, f: ScopeFilter, windowDays: number, today: string): SampleRow[] {
  const { cte, params } = scopeCte(f, windowDays);
  const p: (string | number)[] = [...params, today, f.from ?? '0000-01-01', f.to ?? '9999-12-31'];
  return db.$client
    .prepare<(string | number)[], SampleRow>(
      `${cte}
       SELECT s.collaboration_id AS cid, s.currency, substr(coalesce(s.shipped_on, ca.start_date, ?), 1, 7) AS month,
              sum(CASE WHEN s.status IN ('shipped', 'delivered') THEN s.value_minor ELSE 0 END) AS valueMinor,
              sum(CASE WHEN s.status IN ('shipped', 'delivered', 'returned') THEN s.shipping_cost_minor ELSE 0 END) AS shippingMinor,
              max(s.status IN ('shipped', 'delivered', 'returned')) AS left,
              (s.shipped_on IS NULL OR s.shipped_on BETWEEN ? AND ?) AS inRange
       FROM sc JOIN sample_shipments s ON s.collaboration_id = sc.cid JOIN campaigns ca ON ca.id = sc.campaignId
       GROUP BY s.collaboration_id, s.currency, month, inRange`,
    )
    .all(...p);
}

export function exchangeRateRows(db: Db): { currency: string; month: string; rateMicros: number }[] {
  return db.$client
    .prepare<[], { currency: string; month: string; rateMicros: number }>('SELECT currency, month, rate_micros AS rateMicros FROM exchange_rates ORDER BY currency, month')
    .all();
}
