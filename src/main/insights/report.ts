/**
 * Report data for a campaign or the portfolio: the figures, tables (column keys = kpis.columns.*) and the rules
 * printed in the appendix. The PDF is rendered by the renderer's print route from this; export.ts writes the
 * same tables to XLSX/CSV.
 */
import type { Db } from '../db/connection';
import type { KpiFigures, ReportData, ReportTable, SeriesPoint } from '../../shared/contract';
import { KPI_TEXTS } from '../../shared/kpi-texts';
import { getSettings } from '../settings/service';
import { campaignSummary, portfolioSummary } from './summaries';
import { listLeaks } from './leaks';
import { namesOf } from './queries';

const FIGURE_COLUMNS: ReportTable['columns'] = [
  { key: 'posts', kind: 'int' },
  { key: 'reach', kind: 'int' },
  { key: 'impressions', kind: 'int' },
  { key: 'engagements', kind: 'int' },
  { key: 'engagementRate', kind: 'bp' },
  { key: 'clicks', kind: 'int' },
  { key: 'orders', kind: 'decimal' },
  { key: 'revenue', kind: 'money' },
  { key: 'cost', kind: 'money' },
  { key: 'roas', kind: 'times' },
  { key: 'cpa', kind: 'money' },
  { key: 'leaks', kind: 'decimal' },
];

function figureCells(f: KpiFigures): (number | null)[] {
  return [f.posts, f.reach, f.impressions, f.engagements, f.engagementRateBp, f.clicks, f.conversions, f.revenueMinor, f.costMinor, f.roasBp, f.cpaMinor, f.leaks.orders];
}

function costTable(f: KpiFigures): ReportTable {
  const rows: (string | number | null)[][] = [
    ['fees', f.cost.feesMinor],
    ['productValue', f.cost.productValueMinor],
    ['shipping', f.cost.shippingMinor],
    ['commission', f.cost.commissionMinor],
    ['cost', f.costMinor],
  ];
  return { key: 'cost', columns: [{ key: 'part', kind: 'text' }, { key: 'amount', kind: 'money' }], rows };
}

function seriesTable(points: SeriesPoint[]): ReportTable {
  return {
    key: 'series',
    columns: [
      { key: 'period', kind: 'text' },
      { key: 'orders', kind: 'decimal' },
      { key: 'revenue', kind: 'money' },
    ],
    rows: points.map((p) => [p.key, p.orders, p.revenueMinor]),
  };
}

export interface ReportInput {
  campaignId?: number;
  from?: string;
  to?: string;
  /** Portfolio only: the dashboard's filters. */
  campaignIds?: number[];
  influencerIds?: number[];
  lang: 'de' | 'en';
}

/** Names of the filtered campaigns and people, for the report's header (sorted; empty = no filter). */
function filterNames(db: Db, input: ReportInput): ReportData['filter'] {
  const names = (table: 'campaigns' | 'influencers', ids: number[] | undefined) =>
    ids?.length
      ? namesOf(db, table, ids)
      : [];
  return { campaigns: names('campaigns', input.campaignIds), influencers: names('influencers', input.influencerIds) };
}

export function reportData(db: Db, today: string, input: ReportInput): ReportData {
  const s = getSettings(db);
  const texts = KPI_TEXTS[input.lang];
  const ruleParams = {
    windowDays: s.kpiWindowDays,
    erBasis: texts.erBasis[s.kpiErBasis],
    attribution: texts.attribution[s.kpiAttribution],
    emvCpm: s.kpiEmvCpmMinor === null ? '—' : `${(s.kpiEmvCpmMinor / 100).toFixed(2)} ${s.currency}`,
  };
  const base = { generatedOn: today, brandName: s.brandName, range: { from: input.from ?? null, to: input.to ?? null }, ruleParams, filter: { campaigns: [], influencers: [] } };
  if (input.campaignId !== undefined) {
    const c = campaignSummary(db, today, { campaignId: input.campaignId, from: input.from, to: input.to });
    const leaks = listLeaks(db, { campaignId: c.campaignId, limit: 500 });
    const points = new Map<string, SeriesPoint>();
    for (const st of c.series) {
      for (const p of st.points) {
        const cur = points.get(p.key) ?? { ...p, orders: 0, revenueMinor: 0 };
        cur.orders = Math.round((cur.orders + p.orders) * 100) / 100;
        cur.revenueMinor += p.revenueMinor;
        points.set(p.key, cur);
      }
    }
    return {
      ...base,
      kind: 'campaign',
      title: c.name,
      currency: c.currency,
      totals: c.totals,
      targets: c.targets,
      tables: [
        {
          key: 'collaborations',
          columns: [{ key: 'influencer', kind: 'text' }, ...FIGURE_COLUMNS],
          rows: c.collaborations.map((x) => [x.influencerName, ...figureCells(x.figures)]),
        },
        costTable(c.totals),
        seriesTable([...points.values()].sort((a, b) => (a.start < b.start ? -1 : 1))),
        {
          key: 'leaks',
          columns: [
            { key: 'influencer', kind: 'text' },
            { key: 'order', kind: 'text' },
            { key: 'code', kind: 'text' },
            { key: 'date', kind: 'date' },
            { key: 'revenue', kind: 'money' },
            { key: 'currency', kind: 'text' },
            { key: 'reason', kind: 'text' },
            { key: 'included', kind: 'text' },
          ],
          rows: leaks.rows.map((l) => [l.influencerName, l.orderId, l.code, l.day, l.netMinor, l.currency, l.reason, l.included ? 'yes' : 'no']),
        },
      ],
      rules: c.rules,
    };
  }
  const p = portfolioSummary(db, today, { from: input.from, to: input.to, campaignIds: input.campaignIds, influencerIds: input.influencerIds });
  return {
    ...base,
    filter: filterNames(db, input),
    kind: 'portfolio',
    title: s.brandName,
    currency: p.currency,
    totals: p.totals,
    targets: [],
    tables: [
      { key: 'campaigns', columns: [{ key: 'campaign', kind: 'text' }, ...FIGURE_COLUMNS], rows: p.campaigns.map((c) => [c.name, ...figureCells(c.figures)]) },
      {
        key: 'collaborations',
        columns: [{ key: 'influencer', kind: 'text' }, { key: 'campaign', kind: 'text' }, ...FIGURE_COLUMNS],
        rows: p.topCollaborations.map((x) => [x.influencerName, x.campaignName, ...figureCells(x.figures)]),
      },
      costTable(p.totals),
      seriesTable(p.series),
    ],
    rules: p.rules,
  };
}
