/**
 * Legacy `dashboard.summary` (the old dashboard screen and campaign panel), now computed by the KPI engine
 * (figures.ts over the roll-up) so it follows the same rules; kept until the new screens replace it.
 */
import type { Db } from '../db/connection';
import type { DashboardSummary, ImportBatchRow, KpiFigures, KpiTotals } from '../../shared/contract';
import { campaignSummary, portfolioSummary } from './summaries';

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
  const scope = campaignId === undefined ? '' : 'AND co.campaign_id = ?';
  const scopeParams = campaignId === undefined ? [] : [campaignId];
  const byStage = db.$client
    .prepare<number[], { key: string; count: number }>(
      `SELECT coalesce(s.key, s.name) AS key, count(*) AS count FROM collaborations co JOIN stages s ON s.id = co.stage_id
       JOIN campaigns ca ON ca.id = co.campaign_id
       WHERE co.removed_at IS NULL AND ca.deleted_at IS NULL ${scope} GROUP BY coalesce(s.key, s.name) ORDER BY min(s.position)`,
    )
    .all(...scopeParams);
  const p = portfolioSummary(db, today, campaignId === undefined ? {} : { campaignIds: [campaignId] });
  const c = campaignId === undefined ? null : campaignSummary(db, today, { campaignId });
  const influencers = db.$client.prepare<[], number>('SELECT count(*) FROM influencers WHERE deleted_at IS NULL').pluck().get() ?? 0;
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

export function listImports(db: Db, kind?: string): ImportBatchRow[] {
  const rows = db.$client
    .prepare<{ kind: string | null }, Omit<ImportBatchRow, 'counts'> & { counts: string }>(
      `SELECT id, kind, file_name AS fileName, format, status, counts, started_at AS startedAt, finished_at AS finishedAt
       FROM import_batches WHERE (@kind IS NULL OR kind = @kind) ORDER BY started_at DESC, id DESC`,
    )
    .all({ kind: kind ?? null });
  return rows.map((r) => ({ ...r, counts: JSON.parse(r.counts) as Record<string, number> }));
}
