/**
 * Portfolio, campaign, influencer and card views over the KPI engine (figures.ts). Time series come from the
 * roll-up grouped by day or ISO week in SQL; money is converted per (currency, month) group.
 */
import type { Db } from '../db/connection';
import type { CampaignSummary, CollaborationKpis, KpiRuleKey, PortfolioSummary, SeriesPoint, TargetProgress } from '../../shared/contract';
import { KPI_RULES } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { addDays, daysBetween, isoWeekOf } from '../../shared/time';
import { phaseOf } from '../campaigns/phase';
import { Agg, collectCollaborations, figuresOf, kpiContext, sumAggs, type CollabAgg, type KpiContext } from './figures';
import type { ScopeFilter } from './queries';
import { salesSeries } from './queries';
import { campaignById, liveCampaigns, type CampaignRow } from './queries';
import { MoneySum } from './rules';

export const ALL_RULES: KpiRuleKey[] = [...KPI_RULES];
const MAX_BUCKETS = 1200;

function toCollabKpis(c: CollabAgg, ctx: KpiContext): CollaborationKpis {
  return {
    collaborationId: c.info.cid,
    influencerId: c.info.influencerId,
    influencerName: c.info.influencerName,
    campaignId: c.info.campaignId,
    campaignName: c.info.campaignName,
    stageKey: c.info.stageKey,
    figures: figuresOf(c.agg, ctx.settings),
  };
}

function bucketKey(day: string, bucket: 'day' | 'week'): string {
  return bucket === 'day' ? day : isoWeekOf(day).key;
}

/** Every bucket start from `first` to `last` (Mondays for weeks). */
function bucketStarts(first: string, last: string, bucket: 'day' | 'week'): string[] {
  const step = bucket === 'day' ? 1 : 7;
  const out: string[] = [];
  for (let d = first; d <= last && out.length < MAX_BUCKETS; d = addDays(d, step)) out.push(d);
  return out;
}

/** Series per collaboration id (0 = all), filled with quiet buckets, in `currency`. */
function series(db: Db, ctx: KpiContext, f: ScopeFilter, bucket: 'day' | 'week', perCollab: boolean, currency: string): Map<number, SeriesPoint[]> {
  const rows = salesSeries(db, f, ctx.settings.kpiWindowDays, ctx.cols, bucket, perCollab);
  const by = new Map<number, Map<string, { orders: number; revenue: MoneySum }>>();
  let first: string | null = null;
  let last: string | null = null;
  for (const r of rows) {
    if (first === null || r.bucket < first) first = r.bucket;
    if (last === null || r.bucket > last) last = r.bucket;
    const m = by.get(r.cid) ?? new Map<string, { orders: number; revenue: MoneySum }>();
    by.set(r.cid, m);
    const p = m.get(r.bucket) ?? { orders: 0, revenue: new MoneySum(currency, ctx.rates) };
    m.set(r.bucket, p);
    p.orders += r.orders;
    p.revenue.add(r.revenue, r.currency, r.month);
  }
  const out = new Map<number, SeriesPoint[]>();
  if (first === null || last === null) return out;
  const starts = bucketStarts(first, last, bucket);
  for (const [cid, m] of by) {
    out.set(
      cid,
      starts.map((start) => {
        const p = m.get(start);
        return { key: bucketKey(start, bucket), start, revenueMinor: p?.revenue.minor ?? 0, orders: p ? Math.round(p.orders * 100) / 100 : 0 };
      }),
    );
  }
  return out;
}

function bucketFor(from: string | null | undefined, to: string | null | undefined): 'day' | 'week' {
  return from && to && daysBetween(from, to) <= 62 ? 'day' : 'week';
}

export function portfolioSummary(
  db: Db,
  today: string,
  input: { from?: string; to?: string; campaignIds?: number[]; influencerIds?: number[] },
): PortfolioSummary {
  const ctx = kpiContext(db, today);
  const currency = ctx.settings.currency;
  const f: ScopeFilter = { from: input.from, to: input.to, campaignIds: input.campaignIds, influencerIds: input.influencerIds };
  const collabs = collectCollaborations(db, ctx, f, 'workspace');
  const all = [...collabs.values()];
  const totals = sumAggs(
    all.map((c) => c.agg),
    currency,
    ctx.rates,
  );
  const byCampaign = new Map<number, Agg>();
  for (const c of all) {
    const a = byCampaign.get(c.info.campaignId) ?? new Agg(currency, ctx.rates);
    byCampaign.set(c.info.campaignId, a.merge(c.agg));
  }
  const campaigns = liveCampaigns(db);
  const bucket = bucketFor(input.from, input.to);
  const points = series(db, ctx, f, bucket, false, currency).get(0) ?? [];
  const top = all
    .filter((c) => c.agg.revenue.minor > 0)
    .sort((a, b) => b.agg.revenue.minor - a.agg.revenue.minor)
    .slice(0, 10)
    .map((c) => toCollabKpis(c, ctx));
  const influencers = new Set(all.map((c) => c.info.influencerId)).size;
  return {
    currency,
    range: { from: input.from ?? null, to: input.to ?? null },
    bucket,
    totals: figuresOf(totals, ctx.settings),
    series: points,
    campaigns: campaigns
      .filter((c) => byCampaign.has(c.id))
      .map((c) => ({ campaignId: c.id, name: c.name, currency: c.currency, phase: phaseOf(c, today), figures: figuresOf(byCampaign.get(c.id)!, ctx.settings) })),
    topCollaborations: top,
    influencers,
    activeCampaigns: campaigns.filter((c) => phaseOf(c, today) === 'active' && (!input.campaignIds || input.campaignIds.includes(c.id))).length,
    leakCount: Math.round(totals.leakOrders),
    rules: ALL_RULES,
  };
}

export function targetsOf(targets: { reach?: number; engagementRateBp?: number; conversions?: number; revenueMinor?: number; roasBp?: number }, t: { reach: number; engagementRateBp: number | null; conversions: number; revenueMinor: number; roasBp: number | null }): TargetProgress[] {
  const keys = ['reach', 'engagementRateBp', 'conversions', 'revenueMinor', 'roasBp'] as const;
  return keys.flatMap((k) => {
    const target = targets[k];
    if (typeof target !== 'number' || target <= 0) return [];
    const actual = t[k];
    return [{ key: k, target, actual, progressBp: actual === null ? null : Math.round((actual / target) * 10_000) }];
  });
}

export function campaignRow(db: Db, campaignId: number): CampaignRow {
  const c = campaignById(db, campaignId);
  if (!c) throw new DomainError('NOT_FOUND', `Campaign ${campaignId} not found`, { field: 'campaignId', key: 'kpis.campaignNotFound', params: { id: campaignId } });
  return c;
}

export function campaignSummary(db: Db, today: string, input: { campaignId: number; from?: string; to?: string }): CampaignSummary {
  const ctx = kpiContext(db, today);
  const c = campaignRow(db, input.campaignId);
  const f: ScopeFilter = { campaignIds: [c.id], from: input.from, to: input.to };
  const collabs = [...collectCollaborations(db, ctx, f, 'campaign').values()];
  const totalsAgg = sumAggs(
    collabs.map((x) => x.agg),
    c.currency,
    ctx.rates,
  );
  const totals = figuresOf(totalsAgg, ctx.settings);
  const windowEnd = c.endDate ? addDays(c.endDate, ctx.settings.kpiWindowDays) : null;
  const bucket = bucketFor(input.from ?? c.startDate, input.to ?? windowEnd);
  const perCollab = series(db, ctx, f, bucket, true, c.currency);
  return {
    campaignId: c.id,
    name: c.name,
    currency: c.currency,
    startDate: c.startDate,
    endDate: c.endDate,
    windowDays: ctx.settings.kpiWindowDays,
    bucket,
    totals,
    targets: targetsOf(c.targetKpis, totals),
    series: collabs
      .filter((x) => perCollab.has(x.info.cid))
      .map((x) => ({ collaborationId: x.info.cid, influencerName: x.info.influencerName, points: perCollab.get(x.info.cid)! })),
    collaborations: collabs.map((x) => toCollabKpis(x, ctx)),
    funnel: { reach: totals.reach, engagements: totals.engagements, clicks: totals.clicks, orders: totals.conversions },
    rules: ALL_RULES,
  };
}

export function collaborationKpis(db: Db, today: string, collaborationId: number): CollaborationKpis {
  const ctx = kpiContext(db, today);
  const c = collectCollaborations(db, ctx, { collaborationIds: [collaborationId] }, 'campaign').get(collaborationId);
  if (!c) throw new DomainError('NOT_FOUND', `Collaboration ${collaborationId} is not on a board`, { field: 'collaborationId', key: 'kpis.collaborationNotFound', params: { id: collaborationId } });
  return toCollabKpis(c, ctx);
}

/** Cost and revenue per campaign in its own currency (the campaign list). */
export function campaignMoney(db: Db, today: string, campaignIds: number[]): Map<number, { costMinor: number; revenueMinor: number }> {
  const out = new Map<number, { costMinor: number; revenueMinor: number }>();
  if (!campaignIds.length) return out;
  const ctx = kpiContext(db, today);
  for (const c of collectCollaborations(db, ctx, { campaignIds }, 'campaign').values()) {
    const f = figuresOf(c.agg, ctx.settings);
    const cur = out.get(c.info.campaignId) ?? { costMinor: 0, revenueMinor: 0 };
    cur.costMinor += f.costMinor;
    cur.revenueMinor += f.revenueMinor;
    out.set(c.info.campaignId, cur);
  }
  return out;
}
