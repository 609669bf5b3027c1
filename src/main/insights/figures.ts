/**
 * The KPI engine: collects per-collaboration aggregates (queries.ts) and turns them into KpiFigures by the rules
 * in rules.ts. Everything here works on aggregates (a few rows per collaboration), never on order rows.
 */
import type { Db } from '../db/connection';
import type { AttributionMode, ErBasis, KpiFigures, Settings } from '../../shared/contract';
import { getSettings } from '../settings/service';
import { systemTimeZone } from '../../shared/time';
import { MoneySum, RateBook, ratio, roundOrders, rollupColumns } from './rules';
import {
  collaborationsInScope,
  exchangeRateRows,
  linkClicksByCollaboration,
  postsByCollaboration,
  samplesByCollaboration,
  type CollabCostRow,
  type ScopeFilter,
} from './queries';
import { salesByCollaboration } from './queries';

export interface KpiContext {
  settings: Settings;
  rates: RateBook;
  today: string;
  cols: { orders: string; revenue: string };
}

export function kpiContext(db: Db, today: string): KpiContext {
  const settings = getSettings(db);
  return { settings, rates: new RateBook(settings.currency, exchangeRateRows(db)), today, cols: rollupColumns(settings.kpiAttribution) };
}

/** What one collaboration (or a sum of them) contributes, before ratios. Money in `currency`. */
export class Agg {
  posts = 0;
  reach = 0;
  impressions = 0;
  views = 0;
  followers = 0;
  engagements = 0;
  clicks = 0;
  orders = 0;
  leakOrders = 0;
  readonly revenue: MoneySum;
  readonly leakRevenue: MoneySum;
  readonly fees: MoneySum;
  readonly product: MoneySum;
  readonly shipping: MoneySum;
  readonly commission: MoneySum;
  constructor(
    readonly currency: string,
    rates: RateBook,
  ) {
    this.revenue = new MoneySum(currency, rates);
    this.leakRevenue = new MoneySum(currency, rates);
    this.fees = new MoneySum(currency, rates);
    this.product = new MoneySum(currency, rates);
    this.shipping = new MoneySum(currency, rates);
    this.commission = new MoneySum(currency, rates);
  }

  merge(o: Agg): this {
    this.posts += o.posts;
    this.reach += o.reach;
    this.impressions += o.impressions;
    this.views += o.views;
    this.followers += o.followers;
    this.engagements += o.engagements;
    this.clicks += o.clicks;
    this.orders += o.orders;
    this.leakOrders += o.leakOrders;
    this.revenue.merge(o.revenue);
    this.leakRevenue.merge(o.leakRevenue);
    this.fees.merge(o.fees);
    this.product.merge(o.product);
    this.shipping.merge(o.shipping);
    this.commission.merge(o.commission);
    return this;
  }
}

export interface CollabAgg {
  info: CollabCostRow;
  agg: Agg;
}

/**
 * Aggregates per collaboration in scope, in the currency of the figure: the workspace's (`per` = 'workspace':
 * portfolio, person) or each card's campaign currency ('campaign').
 */
export function collectCollaborations(db: Db, ctx: KpiContext, f: ScopeFilter, per: 'workspace' | 'campaign'): Map<number, CollabAgg> {
  const N = ctx.settings.kpiWindowDays;
  const out = new Map<number, CollabAgg>();
  for (const info of collaborationsInScope(db, f, ctx.today)) {
    const agg = new Agg(per === 'workspace' ? ctx.settings.currency : info.campaignCurrency, ctx.rates);
    if (info.feeAgreed && info.inRange) agg.fees.add(info.feeMinor, info.currency, info.feeMonth);
    out.set(info.cid, { info, agg });
  }
  const sales = salesByCollaboration(db, f, N, ctx.cols, per === 'workspace' ? ctx.settings.currency : null);
  for (const s of sales.cards) {
    const c = out.get(s.cid);
    if (!c) continue;
    c.agg.orders += s.orders;
    c.agg.revenue.add(s.revenue, c.agg.currency, '');
    c.agg.commission.add(s.commission, c.agg.currency, '');
    c.agg.leakOrders += s.leakOrders;
    c.agg.leakRevenue.add(s.leakRevenue, c.agg.currency, '');
  }
  for (const s of sales.foreign) {
    const c = out.get(s.cid);
    if (!c) continue;
    if (s.inWindow) {
      c.agg.orders += s.orders;
      c.agg.revenue.add(s.revenue, s.currency, s.month);
      c.agg.commission.add(s.commission, s.currency, s.month);
    } else {
      c.agg.leakOrders += s.orders;
      c.agg.leakRevenue.add(s.revenue, s.currency, s.month);
    }
  }
  const shipped = new Set<number>();
  for (const s of samplesByCollaboration(db, f, N, ctx.today)) {
    const c = out.get(s.cid);
    if (!c) continue;
    if (s.left) shipped.add(s.cid);
    if (!s.inRange) continue;
    c.agg.product.add(s.valueMinor, s.currency, s.month);
    c.agg.shipping.add(s.shippingMinor, s.currency, s.month);
  }
  for (const c of out.values()) {
    // Goods as compensation on the card count only where no sample record shows what actually left the house.
    if (!shipped.has(c.info.cid) && c.info.feeAgreed && c.info.inRange) c.agg.product.add(c.info.productValueMinor, c.info.currency, c.info.feeMonth);
  }
  const linkClicks = new Map(linkClicksByCollaboration(db, f, N).map((r) => [r.cid, r.clicks]));
  for (const p of postsByCollaboration(db, f, N, ctx.settings.timeZone || systemTimeZone())) {
    const c = out.get(p.cid);
    if (!c) continue;
    Object.assign(c.agg, { posts: p.posts, reach: p.reach, impressions: p.impressions, views: p.views, followers: p.followers, engagements: p.engagements });
    c.agg.clicks = Math.max(p.clicks, linkClicks.get(p.cid) ?? 0);
    linkClicks.delete(p.cid);
  }
  for (const [cid, clicks] of linkClicks) {
    const c = out.get(cid);
    if (c) c.agg.clicks = clicks;
  }
  return out;
}

function basisOf(a: Agg, basis: ErBasis): number {
  return basis === 'followers' ? a.followers : basis === 'views' ? a.views : a.reach;
}

/** KpiFigures from an aggregate, by the rules (rules.ts). */
export function figuresOf(a: Agg, s: { kpiErBasis: ErBasis; kpiAttribution: AttributionMode; kpiEmvCpmMinor: number | null }): KpiFigures {
  const revenue = a.revenue.minor;
  const costParts = [a.fees, a.product, a.shipping, a.commission];
  const cost = costParts.reduce((x, m) => x + m.minor, 0);
  const costApart = new MoneySum(a.currency, new RateBook(a.currency, []));
  for (const m of costParts) for (const u of m.unconverted) costApart.add(u.minor, u.currency, '0000-00');
  const orders = roundOrders(a.orders);
  return {
    currency: a.currency,
    erBasis: s.kpiErBasis,
    attribution: s.kpiAttribution,
    posts: a.posts,
    reach: a.reach,
    impressions: a.impressions,
    views: a.views,
    followers: a.followers,
    engagements: a.engagements,
    engagementRateBp: ratio(a.engagements, basisOf(a, s.kpiErBasis), 10_000),
    clicks: a.clicks,
    ctrBp: ratio(a.clicks, a.impressions, 10_000),
    conversions: orders,
    conversionRateBp: ratio(a.orders, a.clicks, 10_000),
    revenueMinor: revenue,
    revenueUnconverted: a.revenue.unconverted,
    aovMinor: ratio(revenue, a.orders, 1),
    costMinor: cost,
    cost: {
      feesMinor: a.fees.minor,
      productValueMinor: a.product.minor,
      shippingMinor: a.shipping.minor,
      commissionMinor: a.commission.minor,
      unconverted: costApart.unconverted,
    },
    cpmMinor: ratio(cost, a.impressions, 1000),
    cpeMinor: ratio(cost, a.engagements, 1),
    cpcMinor: ratio(cost, a.clicks, 1),
    cpaMinor: ratio(cost, a.orders, 1),
    roasBp: ratio(revenue, cost, 10_000),
    roiBp: ratio(revenue - cost, cost, 10_000),
    emvMinor: s.kpiEmvCpmMinor === null ? null : Math.round((a.impressions / 1000) * s.kpiEmvCpmMinor),
    leaks: { orders: roundOrders(a.leakOrders), revenueMinor: a.leakRevenue.minor, revenueUnconverted: a.leakRevenue.unconverted },
  };
}

/** Sum of aggregates into one in `currency` (each already in `currency`). */
export function sumAggs(aggs: Iterable<Agg>, currency: string, rates: RateBook): Agg {
  const t = new Agg(currency, rates);
  for (const a of aggs) t.merge(a);
  return t;
}
