/**
 * Legacy `dashboard.summary` (the old dashboard screen and campaign panel), now computed by the KPI engine
 * (figures.ts over the roll-up) so it follows the same rules; kept until the new screens replace it.
 */
import type { Db } from '../db/connection';
import type { DashboardSummary, KpiFigures, KpiTotals } from '../../shared/contract';
import { campaignSummary, portfolioSummary } from './summaries';
import { cardsByStage, liveInfluencerCount } from './queries';

export function legacyTotals(f: KpiFigures): KpiTotals {
  return {
    reach: f.reach,
    engagements: f.engagements,
    clicks: f.clicks,
    conversions: f.conversions,
    revenueMinor: f.revenueMinor,
    costMinor: f.costMinor,
    engagementRateBp: f.engagementRateBp,
    cpmMinor: f.cpmMinor,
    cpeMinor: f.cpeMinor,
    cpaMinor: f.cpaMinor,
    roasBp: f.roasBp,
    roiBp: f.roiBp,
  };
}

export function dashboardSummary(db: Db, today: string, campaignId?: number): DashboardSummary {
  const byStage = cardsByStage(db, campaignId);
  const p = portfolioSummary(db, today, campaignId === undefined ? {} : { campaignIds: [campaignId] });
  const c = campaignId === undefined ? null : campaignSummary(db, today, { campaignId });
  const influencers = liveInfluencerCount(db);
  return {
    currency: c ? c.currency : p.currency,
    totals: legacyTotals(c ? c.totals : p.totals),
    influencers,
    activeCampaigns: p.activeCampaigns,
    collaborationsByStage: byStage,
    revenueByWeek: p.series.map((s) => ({ week: s.key, revenueMinor: s.revenueMinor, orders: s.orders })),
    topCollaborations: p.topCollaborations.slice(0, 8).map((t) => ({
      collaborationId: t.collaborationId,
      influencerName: t.influencerName,
      campaignName: t.campaignName,
      revenueMinor: t.figures.revenueMinor,
      orders: t.figures.conversions,
    })),
  };
}
