/**
 * The KPI domain's SQL, with typed rows. Sales come from the roll-up (kpi_rollups), never from order rows;
 * posts, links, samples and collaborations are small tables read grouped by collaboration.
 *
 * Scope: collaborations on a board (not removed, not in the "declined" column), optionally narrowed to campaigns,
 * influencers or collaborations. Each carries its campaign window [start, end + N days] (rules.ts `window`).
 */
import type { Db } from '../../db/connection';
import type { KpiFigures } from '../../../shared/contract';
import { localDayOf } from '../../../shared/time';
import { FEE_AGREED_SQL } from '../rules';
import { allRows } from './rows';

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

/** A card counts when it is on a board: not removed, its campaign not deleted, not in the "declined" column. */
const IN_SCOPE = ['co.removed_at IS NULL', 'ca.deleted_at IS NULL', "coalesce(st.key, '') <> 'declined'"];

/** The ids (`cid`) of the cards NOT in scope without filters: the complement of `sc` (cards, campaigns, stages joined). */
export const OUT_OF_SCOPE = `SELECT co.id AS cid FROM collaborations co LEFT JOIN campaigns ca ON ca.id = co.campaign_id LEFT JOIN stages st ON st.id = co.stage_id
  WHERE ca.id IS NULL OR st.id IS NULL OR NOT (${IN_SCOPE.join(' AND ')})`;

/** The WHERE terms (over co, ca, st) of the cards in scope of a filter, with their parameters. */
function scopeWhere(f: ScopeFilter): { where: string; params: (string | number)[] } {
  const where: string[] = [...IN_SCOPE];
  const params: (string | number)[] = [];
  const list = (col: string, ids: readonly number[] | undefined) => {
    if (!ids) return;
    where.push(`${col} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(ids));
  };
  list('co.campaign_id', f.campaignIds);
  list('co.influencer_id', f.influencerIds);
  list('co.id', f.collaborationIds);
  return { where: where.join(' AND '), params };
}

/** `WITH sc AS (…)`: the collaborations in scope with their window bounds (days, inclusive). */
export function scopeCte(f: ScopeFilter, windowDays: number): Built {
  const { where, params } = scopeWhere(f);
  return {
    cte: `WITH sc AS MATERIALIZED (
      SELECT co.id AS cid, co.campaign_id AS campaignId, co.influencer_id AS influencerId, co.commission_bp AS bp, ca.currency AS cc,
             coalesce(ca.start_date, '0000-01-01') AS ws,
             CASE WHEN ca.end_date IS NULL THEN '9999-12-31' ELSE date(ca.end_date, '+' || ? || ' days') END AS we
      FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id JOIN stages st ON st.id = co.stage_id
      WHERE ${where})`,
    params: [windowDays, ...params],
  };
}

export function rangeSql(col: string, f: ScopeFilter, params: (string | number)[]): string {
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

/** No campaign, influencer or card filter: every card on a board. */
export function unfiltered(f: ScopeFilter): boolean {
  return !f.campaignIds && !f.influencerIds && !f.collaborationIds;
}

/** One card's post figures (summed over its posts). */
export type PostRow = { cid: number } & Pick<KpiFigures, 'posts' | 'reach' | 'impressions' | 'views' | 'followers' | 'engagements' | 'clicks'>;

/**
 * Registers `kpi_local_day(value)` on this connection: the calendar day of a stored date or instant in `timeZone`
 * (shared/time.ts localDayOf; null stays null). Registered again per query, so a changed zone takes effect at once.
 */
function registerLocalDay(db: Db, timeZone: string): void {
  db.$client.function('kpi_local_day', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? localDayOf(v, timeZone) : null));
}

/** Posts by their posting day in the app time zone `timeZone` (a post at 23:30 in Berlin on 31 March is a March post). */
export function postsByCollaboration(db: Db, f: ScopeFilter, windowDays: number, timeZone: string): PostRow[] {
  const { cte, params } = scopeCte(f, windowDays);
  const p = [...params];
  if (f.from || f.to) registerLocalDay(db, timeZone);
  const range = rangeSql('kpi_local_day(cp.posted_at)', f, p);
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

/** The cards in scope with what their cost needs (one row each, in id order). */
export function collaborationsInScope(db: Db, f: ScopeFilter, today: string): CollabCostRow[] {
  const { where, params } = scopeWhere(f);
  return allRows<CollabCostRow>(
    db,
    `SELECT co.id AS cid, co.campaign_id AS campaignId, co.influencer_id AS influencerId, i.name AS influencerName, ca.name AS campaignName,
            ca.currency AS campaignCurrency, st.key AS stageKey, co.currency, co.fee_minor AS feeMinor,
            (co.payment_status IN (${FEE_AGREED_SQL})) AS feeAgreed,
            substr(coalesce(co.paid_on, co.invoiced_on, ca.start_date, ?), 1, 7) AS feeMonth,
            co.product_value_minor AS productValueMinor, co.commission_bp AS commissionBp,
            (coalesce(ca.start_date, '0000-01-01') <= ? AND coalesce(ca.end_date, '9999-12-31') >= ?) AS inRange
     FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id
     JOIN influencers i ON i.id = co.influencer_id JOIN stages st ON st.id = co.stage_id
     WHERE ${where}
     ORDER BY co.id`,
    [today, f.to ?? '9999-12-31', f.from ?? '0000-01-01', ...params],
  );
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
