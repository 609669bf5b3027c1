import { z } from 'zod';
import { method } from './define';
import { currency, id, isoDate } from './common';

/**
 * KPIs (src/main/insights): one engine, written rules. Every figure carries the keys of the rules that made it
 * (`KPI_RULES`); the renderer shows `t('kpis.rules.<key>.title' | '.body')` in the "how is this computed" popover.
 * Money: integer minor units of `currency`; amounts that could not be converted (no exchange rate) are listed
 * apart in `unconverted` and never added. Ratios in basis points (1 % = 100). Division by zero → null ("—").
 */
export const KPI_RULES = [
  'attribution',
  'window',
  'money',
  'status',
  'cancelled',
  'refunds',
  'cost',
  'productValue',
  'engagementRate',
  'clicks',
  'stories',
  'ctr',
  'conversionRate',
  'aov',
  'cpm',
  'cpe',
  'cpc',
  'cpa',
  'roas',
  'roi',
  'emv',
  'targets',
  'dateRange',
  'timeZone',
  'onTime',
  'divisionByZero',
] as const;
export type KpiRuleKey = (typeof KPI_RULES)[number];

export const ER_BASES = ['followers', 'reach', 'views'] as const;
export type ErBasis = (typeof ER_BASES)[number];
export const ATTRIBUTION_MODES = ['equalSplit', 'firstCode'] as const;
export type AttributionMode = (typeof ATTRIBUTION_MODES)[number];

/** An amount in a currency without a rate for its month: shown apart ("+ 1.234,00 USD without a rate"). */
export interface Unconverted {
  currency: string;
  minor: number;
}

/** Cost parts, each in the figure's currency (converted where a rate exists). */
export interface CostBreakdown {
  /** Fees whose payment status says agreed, invoiced or paid. */
  feesMinor: number;
  /** Value of samples shipped (shipped/delivered), or the card's product value when no sample was shipped. */
  productValueMinor: number;
  /** Shipping of every sample that left the house (shipped/delivered/returned). */
  shippingMinor: number;
  /** Commission on the attributed net revenue. */
  commissionMinor: number;
  /** Cost amounts without an exchange rate, by currency. */
  unconverted: Unconverted[];
}

/** The full KPI set over some collaborations; all money in `currency`. */
export interface KpiFigures {
  currency: string;
  /** Basis of the engagement rate (Settings), named on every ER label. */
  erBasis: ErBasis;
  attribution: AttributionMode;
  posts: number;
  reach: number;
  impressions: number;
  views: number;
  /** Followers of the channels the posts went out on (per post). */
  followers: number;
  engagements: number;
  engagementRateBp: number | null;
  clicks: number;
  ctrBp: number | null;
  /** Orders counted; fractional under equal split (an order with two codes gives each 0.5), rounded to 0.01. */
  conversions: number;
  conversionRateBp: number | null;
  revenueMinor: number;
  /** Revenue amounts without an exchange rate, by currency. */
  revenueUnconverted: Unconverted[];
  aovMinor: number | null;
  costMinor: number;
  cost: CostBreakdown;
  cpmMinor: number | null;
  cpeMinor: number | null;
  cpcMinor: number | null;
  cpaMinor: number | null;
  roasBp: number | null;
  roiBp: number | null;
  /** impressions / 1,000 × the user's CPM (Settings); null when no CPM is set. */
  emvMinor: number | null;
  /** Orders outside the campaign window and not included by the user (not in any figure above). */
  leaks: { orders: number; revenueMinor: number; revenueUnconverted: Unconverted[] };
}

export type TargetKey = 'reach' | 'engagementRateBp' | 'conversions' | 'revenueMinor' | 'roasBp';
export interface TargetProgress {
  key: TargetKey;
  target: number;
  actual: number | null;
  /** actual / target in basis points (10,000 = reached); null without an actual. */
  progressBp: number | null;
}

/** One point of a time series: a day (`YYYY-MM-DD`) or an ISO week (`2026-W48`, starting `start`). */
export interface SeriesPoint {
  key: string;
  start: string;
  revenueMinor: number;
  /** Orders (fractional under equal split). */
  orders: number;
}

export interface CollaborationKpis {
  collaborationId: number;
  influencerId: number;
  influencerName: string;
  campaignId: number;
  campaignName: string;
  stageKey: string | null;
  figures: KpiFigures;
}

export interface PortfolioSummary {
  currency: string;
  range: { from: string | null; to: string | null };
  bucket: 'day' | 'week';
  totals: KpiFigures;
  /** Revenue and orders over time (every bucket from first to last, quiet ones as 0). */
  series: SeriesPoint[];
  campaigns: { campaignId: number; name: string; currency: string; phase: string; figures: KpiFigures }[];
  /** Best collaborations by revenue (at most 10). */
  topCollaborations: CollaborationKpis[];
  influencers: number;
  activeCampaigns: number;
  /** Orders outside their campaign's window, not included yet, over everything in scope. */
  leakCount: number;
  rules: KpiRuleKey[];
}

export interface CampaignSummary {
  campaignId: number;
  name: string;
  currency: string;
  startDate: string | null;
  endDate: string | null;
  /** Orders count from the start date to end date + this many days (Settings). */
  windowDays: number;
  bucket: 'day' | 'week';
  totals: KpiFigures;
  targets: TargetProgress[];
  /** Revenue and orders over time, stacked by collaboration (same bucket keys in every stack). */
  series: { collaborationId: number; influencerName: string; points: SeriesPoint[] }[];
  collaborations: CollaborationKpis[];
  /** reach → engagements → clicks → orders */
  funnel: { reach: number; engagements: number; clicks: number; orders: number };
  rules: KpiRuleKey[];
}

export interface InfluencerSummary {
  influencerId: number;
  name: string;
  currency: string;
  totals: KpiFigures;
  campaigns: {
    campaignId: number;
    campaignName: string;
    collaborationId: number;
    figures: KpiFigures;
    postsOnTime: number;
    postsLate: number;
    /** Deliverables due with no post yet (overdue by today in the app time zone). */
    postsMissing: number;
    costPerPostMinor: number | null;
    leaks: number;
  }[];
  postsOnTime: number;
  postsLate: number;
  postsMissing: number;
  /** Share of delivered posts on time, basis points; null when none due. */
  onTimeBp: number | null;
  costPerPostMinor: number | null;
  leaks: number;
  rules: KpiRuleKey[];
}

export interface LeakRow {
  redemptionId: number;
  shop: string;
  orderId: string;
  code: string;
  collaborationId: number;
  influencerName: string;
  campaignId: number;
  campaignName: string;
  orderedAt: string;
  /** Day in the app time zone. */
  day: string;
  currency: string;
  netMinor: number;
  reason: 'beforeStart' | 'afterWindow';
  /** Days before the start or after the end of the window. */
  daysOutside: number;
  /** The user included it: it counts toward the campaign's KPIs. */
  included: boolean;
}

export interface ExchangeRate {
  currency: string;
  /** `YYYY-MM` */
  month: string;
  /** Workspace-currency units per 1 unit of `currency`, as a decimal string ("0.92"). */
  rate: string;
}

/** Tables of a report (PDF via the print route, XLSX/CSV export): column keys are i18n keys under kpis.columns. */
export interface ReportTable {
  key: string;
  columns: { key: string; kind: 'text' | 'int' | 'decimal' | 'money' | 'bp' | 'times' | 'date' }[];
  rows: (string | number | null)[][];
}
export interface ReportData {
  kind: 'campaign' | 'portfolio';
  title: string;
  currency: string;
  generatedOn: string;
  brandName: string;
  range: { from: string | null; to: string | null };
  /** Portfolio report: the campaign and influencer filters chosen on the dashboard, by name (empty = all). */
  filter: { campaigns: string[]; influencers: string[] };
  totals: KpiFigures;
  targets: TargetProgress[];
  tables: ReportTable[];
  /** Rule keys to print in the appendix (texts: kpis.rules.<key>.title/body). */
  rules: KpiRuleKey[];
  /** Parameters the rule texts need ({windowDays}, {erBasis}, {attribution}, {emvCpm}). */
  ruleParams: Record<string, string | number>;
}

/** Legacy totals (the old dashboard and campaign panel); kept until the new screens replace them. */
export interface KpiTotals {
  reach: number;
  engagements: number;
  clicks: number;
  conversions: number;
  revenueMinor: number;
  costMinor: number;
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

const range = {
  from: isoDate.optional(),
  to: isoDate.optional(),
};
/** The portfolio's campaign and influencer filters (dashboard, report, export); ignored for a campaign report. */
export const portfolioFilter = {
  campaignIds: z.array(id).max(500).optional(),
  influencerIds: z.array(id).max(5000).optional(),
};
const rateText = z.string().regex(/^\d{1,9}([.,]\d{1,6})?$/, 'must be a positive decimal number such as 0.92');

export const insightsContract = {
  'dashboard.summary': method<DashboardSummary>()(
    z.object({ campaignId: id.optional() }).strict(),
    'Legacy: KPI totals, stage counts and revenue per week (the old dashboard)',
  ),
  'kpis.portfolio': method<PortfolioSummary>()(
    z
      .object({ ...range, ...portfolioFilter })
      .strict(),
    'Portfolio KPIs in the workspace currency, with date range, campaign and influencer filters',
  ),
  'kpis.campaign': method<CampaignSummary>()(z.object({ campaignId: id, ...range }).strict(), 'One campaign: totals, targets, series by influencer, funnel, cost'),
  'kpis.influencer': method<InfluencerSummary>()(z.object({ influencerId: id }).strict(), 'One influencer across campaigns: on time, cost per post, ROAS, leaks'),
  'kpis.collaboration': method<CollaborationKpis>()(z.object({ collaborationId: id }).strict(), 'One card: its KPIs in the campaign currency'),
  'kpis.leaks': method<{ rows: LeakRow[]; total: number }>()(
    z
      .object({ campaignId: id.optional(), collaborationId: id.optional(), limit: z.number().int().min(1).max(5000).default(200) })
      .strict(),
    'Orders outside their campaign window (possible code leaks), newest first',
  ),
  'kpis.setLeakIncluded': method<{ redemptionId: number; included: boolean }>()(
    z.object({ redemptionId: id, included: z.boolean() }).strict(),
    'Include one order outside the window in the campaign KPIs, or exclude it again',
    { changes: ['redemptions'] },
  ),
  'kpis.report': method<ReportData>()(
    z.object({ campaignId: id.optional(), ...range, ...portfolioFilter, lang: z.enum(['de', 'en']).default('en') }).strict(),
    'Report data for a campaign (campaignId) or the portfolio: totals, tables and the rules used',
  ),
  'kpis.exportTable': method<{ fileName: string; mime: string; dataBase64: string }>()(
    z.object({ campaignId: id.optional(), ...range, ...portfolioFilter, format: z.enum(['xlsx', 'csv']), lang: z.enum(['de', 'en']).default('en') }).strict(),
    'The report tables as XLSX (one sheet per table) or CSV (the main table), cells safe from formula injection',
  ),
  'exchangeRates.list': method<ExchangeRate[]>()(z.object({}).strict(), 'Exchange rates per currency and month (into the workspace currency)'),
  'exchangeRates.set': method<ExchangeRate>()(
    z.object({ currency, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-11'), rate: rateText }).strict(),
    'Set the rate of one currency for one month',
    { changes: ['settings'] },
  ),
  'exchangeRates.remove': method<{ currency: string; month: string }>()(
    z.object({ currency, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }).strict(),
    'Remove the rate of one currency for one month',
    { changes: ['settings'] },
  ),
};
