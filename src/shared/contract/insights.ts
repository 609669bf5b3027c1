import { z } from 'zod';
import { method } from './define';
import { id } from './common';

/** KPI totals over a set of collaborations (all money in the workspace currency's minor units). */
export interface KpiTotals {
  reach: number;
  engagements: number;
  clicks: number;
  conversions: number;
  revenueMinor: number;
  costMinor: number;
  /** Derived; null where the divisor is 0. CPM/CPE/CPA in minor units, ROAS and ROI in basis points. */
  engagementRateBp: number | null;
  cpmMinor: number | null;
  cpeMinor: number | null;
  cpaMinor: number | null;
  roasBp: number | null;
  roiBp: number | null;
}

export interface DashboardSummary {
  currency: string;
  totals: KpiTotals;
  influencers: number;
  activeCampaigns: number;
  collaborationsByStage: { key: string; count: number }[];
  /** Revenue and orders per ISO week (YYYY-Www), oldest first. */
  revenueByWeek: { week: string; revenueMinor: number; orders: number }[];
  topCollaborations: { collaborationId: number; influencerName: string; campaignName: string; revenueMinor: number; orders: number }[];
}

export interface ImportBatchRow {
  id: number;
  kind: string;
  fileName: string;
  format: string;
  status: string;
  counts: Record<string, number>;
  startedAt: string;
  finishedAt: string | null;
}

export const insightsContract = {
  'dashboard.summary': method<DashboardSummary>()(
    z.object({ campaignId: id.optional() }).strict(),
    'KPI totals, stage counts and revenue over time',
  ),
  'imports.list': method<ImportBatchRow[]>()(
    z.object({ kind: z.enum(['redemptions', 'influencers']).optional() }).strict(),
    'Import batches, newest first',
  ),
};
