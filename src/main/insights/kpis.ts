import type { Db } from '../db/connection';
import type { KpiTotals } from '../../shared/contract';

/**
 * KPI arithmetic, in one place.
 * - Revenue: order totals minus refunds of attributed orders whose status counts as a sale.
 * - Cost: fees of agreed collaborations (stage 'briefed' or later in the campaign's pipeline, never
 *   'declined') + samples sent (value + shipping) + affiliate commission on that revenue.
 * - Derived: ER = engagements / reach, CPM = cost per 1,000 reach, CPE, CPA, ROAS = revenue / cost,
 *   ROI = (revenue − cost) / cost. Money in minor units, ratios in basis points, null when dividing by 0.
 */
export const SALE_STATUSES = ['paid', 'partially_refunded', 'partially_paid', 'authorized'] as const;
const SALE_SQL = SALE_STATUSES.map((s) => `'${s}'`).join(',');

export interface CollabFigures {
  collaborationId: number;
  reach: number;
  engagements: number;
  clicks: number;
  conversions: number;
  revenueMinor: number;
  costMinor: number;
}

/** Per-collaboration figures (active, not removed, not declined), optionally for one campaign. */
export function collaborationFigures(db: Db, campaignId?: number): CollabFigures[] {
  return db.$client
    .prepare(
      `WITH co AS (
         SELECT c.id, c.commission_bp,
                CASE WHEN s.position >= coalesce((SELECT b.position FROM stages b WHERE b.campaign_id = c.campaign_id AND b.key = 'briefed'), 0)
                     THEN c.fee_minor ELSE 0 END AS fee_minor
         FROM collaborations c JOIN stages s ON s.id = c.stage_id
         WHERE c.removed_at IS NULL AND coalesce(s.key, '') <> 'declined' AND (? IS NULL OR c.campaign_id = ?)
       ),
       rev AS (
         SELECT r.collaboration_id AS id, count(*) AS orders, sum(r.total_minor - r.refunded_minor) AS revenue
         FROM redemptions r WHERE r.status IN (${SALE_SQL}) AND r.collaboration_id IN (SELECT id FROM co)
         GROUP BY r.collaboration_id
       ),
       posts AS (
         SELECT p.collaboration_id AS id, sum(p.reach) AS reach, sum(p.likes + p.comments + p.shares + p.saves) AS eng
         FROM content_posts p WHERE p.collaboration_id IN (SELECT id FROM co) GROUP BY p.collaboration_id
       ),
       links AS (
         SELECT l.collaboration_id AS id, sum(l.clicks) AS clicks FROM tracking_links l
         WHERE l.collaboration_id IN (SELECT id FROM co) GROUP BY l.collaboration_id
       ),
       samples AS (
         SELECT s.collaboration_id AS id, sum(s.value_minor + s.shipping_cost_minor) AS cost FROM sample_shipments s
         WHERE s.status <> 'planned' AND s.collaboration_id IN (SELECT id FROM co) GROUP BY s.collaboration_id
       )
       SELECT co.id AS collaborationId,
              coalesce(posts.reach, 0) AS reach, coalesce(posts.eng, 0) AS engagements,
              coalesce(links.clicks, 0) AS clicks, coalesce(rev.orders, 0) AS conversions,
              coalesce(rev.revenue, 0) AS revenueMinor,
              co.fee_minor + coalesce(samples.cost, 0) + (coalesce(rev.revenue, 0) * co.commission_bp) / 10000 AS costMinor
       FROM co LEFT JOIN rev ON rev.id = co.id LEFT JOIN posts ON posts.id = co.id
       LEFT JOIN links ON links.id = co.id LEFT JOIN samples ON samples.id = co.id`,
    )
    .all(campaignId ?? null, campaignId ?? null) as CollabFigures[];
}

const ratio = (num: number, den: number, scale: number): number | null => (den > 0 ? Math.round((num / den) * scale) : null);

export function totalsOf(rows: Omit<CollabFigures, 'collaborationId'>[]): KpiTotals {
  const t = rows.reduce(
    (a, r) => ({
      reach: a.reach + r.reach,
      engagements: a.engagements + r.engagements,
      clicks: a.clicks + r.clicks,
      conversions: a.conversions + r.conversions,
      revenueMinor: a.revenueMinor + r.revenueMinor,
      costMinor: a.costMinor + r.costMinor,
    }),
    { reach: 0, engagements: 0, clicks: 0, conversions: 0, revenueMinor: 0, costMinor: 0 },
  );
  return {
    ...t,
    engagementRateBp: ratio(t.engagements, t.reach, 10_000),
    cpmMinor: ratio(t.costMinor, t.reach, 1000),
    cpeMinor: ratio(t.costMinor, t.engagements, 1),
    cpaMinor: ratio(t.costMinor, t.conversions, 1),
    roasBp: ratio(t.revenueMinor, t.costMinor, 10_000),
    roiBp: ratio(t.revenueMinor - t.costMinor, t.costMinor, 10_000),
  };
}
