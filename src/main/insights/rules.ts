/**
 * The KPI rules, written once. Each rule has a key (KPI_RULES in src/shared/contract/insights.ts) and a DE/EN text
 * (src/renderer/src/i18n/sections/kpis.ts, `kpis.rules.<key>`) that the UI shows in its "how is this computed"
 * popover and the reports print in their appendix. The code below and in rollups.ts / figures.ts implements them.
 *
 * - attribution: an order is counted once. An order can carry several codes (one redemption row per code);
 *   only codes held by a collaboration take part. Equal split (default): each of the n codes gets 1/n of the
 *   order and of its net revenue (whole minor units; the remainder goes to the first code). First code wins
 *   (setting): the whole order goes to the first code (the first one stored, i.e. first in the shop's file).
 * - window: an order counts for its campaign from the campaign's start date up to `kpiWindowDays` days after
 *   its end date (days in the app time zone; open where a date is missing). Orders outside are possible leaks:
 *   excluded from the KPIs and listed until the user includes them one by one (kpi_leak_decisions).
 * - status: sales are paid, partially paid, partially refunded and authorized orders (SALE_STATUSES). Pending,
 *   refunded, cancelled, voided and unknown orders are neither revenue nor conversions.
 * - cancelled: an order with a "Cancelled at" date counts as cancelled even when the shop still says
 *   "authorized": the authorization is released and no money arrives (redemptions/values.ts shopifyStatus).
 *   Only "refunded" and "voided" win over the cancellation date, because they describe the money itself.
 * - refunds: net revenue = order total − refunded amount.
 * - money: each amount keeps its currency. Figures are in the campaign's currency (campaign) or the workspace
 *   currency (portfolio), converted with the rate the user entered for the amount's currency and month (or the
 *   latest earlier month). Amounts without a rate are listed apart, never added 1:1.
 * - cost: fee when the payment status is agreed, invoiced or paid (not the board stage) + product value +
 *   shipping + commission (commission_bp × attributed net revenue). A new card's payment status is 'proposed'
 *   (fee proposed, not agreed: no cost) until the user sets 'agreed'; before, new cards started as 'agreed',
 *   which made every fee a cost from the shortlist on. The product value on the card follows its fee. Cards in the "declined" column are not part
 *   of the campaign's KPIs at all. Months for rates: fee → paid on, invoiced on, campaign start, else today;
 *   samples → shipped on, else campaign start, else today; commission → the order's month.
 * - productValue: the value of samples shipped or delivered counts; a returned sample counts only its shipping.
 *   When a card has no shipped sample, the product value on the card (goods as compensation) counts instead,
 *   so the same goods are never counted twice.
 * - engagementRate: engagements (likes + comments + shares + saves) / basis, where the basis (Settings) is the
 *   posts' reach, their views, or the followers of the channel each post went out on (summed per post).
 * - clicks: per collaboration the larger of (clicks on its tracking links) and (link clicks entered on its
 *   posts): both count the same people following the same link, so adding them would count a click twice;
 *   taking the larger loses none when only one is filled in.
 * - stories: a story is a post (kind 'story'): its link clicks (link sticker) are its `clicks`, its reach its
 *   `reach`, its views its `views`, so they feed clicks, reach and the ER basis like any post. Entered per frame
 *   (story_frames), the content service derives the post's figures once on save: views, taps forward/back, link
 *   clicks, replies and sticker taps summed over the frames; reach = the largest frame reach (the same people
 *   watch several frames, adding would count them again). Taps, replies and sticker taps are no KPI of their own.
 * - ctr = clicks / impressions; conversionRate = orders / clicks; aov = revenue / orders; cpm = cost / impressions
 *   × 1,000; cpe = cost / engagements; cpc = cost / clicks; cpa = cost / orders; roas = revenue / cost;
 *   roi = (revenue − cost) / cost; emv = impressions / 1,000 × the user's CPM (Settings).
 * - dateRange: with a date range, orders count by their day, posts by their posting day (both days in the app
 *   time zone: a post at 23:30 in Berlin on 31 March is a March post), costs by the months above; without one,
 *   everything counts.
 * - onTime: a post is on time when posted on or before the due date of the deliverable it fulfils (matched
 *   by kind, in order); late when posted after; missing when due before today and not posted. Posting days are
 *   days in the app time zone (a post at 23:30Z is on the next day in Berlin).
 * - divisionByZero: a ratio with a zero divisor is null, shown as "—".
 */
import type { AttributionMode, Unconverted } from '../../shared/contract';

export const SALE_STATUSES = ['paid', 'partially_refunded', 'partially_paid', 'authorized'] as const;
export const SALE_SQL = SALE_STATUSES.map((s) => `'${s}'`).join(',');
/** Payment statuses under which a fee is agreed and counts as cost. */
export const FEE_AGREED_STATUSES = ['agreed', 'invoiced', 'paid'] as const;
export const FEE_AGREED_SQL = FEE_AGREED_STATUSES.map((s) => `'${s}'`).join(',');
/** Sample statuses whose goods left the house for good (value counts) and whose shipping was paid. */
export const SAMPLE_VALUE_STATUSES = ['shipped', 'delivered'] as const;
export const SAMPLE_SHIPPING_STATUSES = ['shipped', 'delivered', 'returned'] as const;

/** num / den × scale, rounded; null when the divisor is 0 (shown as "—"). */
export function ratio(num: number, den: number, scale: number): number | null {
  return den > 0 ? Math.round((num / den) * scale) : null;
}

/** Equal split of `net` minor units over `n` codes: the share of code number `k` (1-based, by storage order). */
export function splitShare(net: number, n: number, k: number): number {
  const each = Math.trunc(net / n);
  return k === 1 ? net - each * (n - 1) : each;
}

/** The columns of the roll-up for an attribution mode. */
export function rollupColumns(mode: AttributionMode): { orders: string; revenue: string } {
  return mode === 'firstCode' ? { orders: 'orders_first', revenue: 'revenue_first' } : { orders: 'orders_eq', revenue: 'revenue_eq' };
}

/** Rates: currency → sorted [month, micros] pairs; a month without its own rate takes the latest earlier one. */
export class RateBook {
  private readonly byCurrency = new Map<string, [string, number][]>();
  constructor(
    readonly workspaceCurrency: string,
    rates: { currency: string; month: string; rateMicros: number }[],
  ) {
    for (const r of rates) {
      const list = this.byCurrency.get(r.currency) ?? [];
      list.push([r.month, r.rateMicros]);
      this.byCurrency.set(r.currency, list);
    }
    for (const list of this.byCurrency.values()) list.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  /** Workspace units per 1 unit of `currency` in `month` (YYYY-MM); null without a rate. */
  rateOf(currency: string, month: string): number | null {
    if (currency === this.workspaceCurrency) return 1;
    const list = this.byCurrency.get(currency);
    if (!list) return null;
    let found: number | null = null;
    for (const [m, micros] of list) {
      if (m <= month) found = micros / 1_000_000;
      else break;
    }
    return found;
  }

  /** `minor` in `from` converted into `to` for `month`; null when a needed rate is missing. */
  convert(minor: number, from: string, to: string, month: string): number | null {
    if (from === to) return minor;
    const a = this.rateOf(from, month);
    const b = this.rateOf(to, month);
    if (a === null || b === null || b === 0) return null;
    return Math.round((minor * a) / b);
  }
}

/** Sums amounts into `currency`; what cannot be converted is kept apart by its own currency. */
export class MoneySum {
  minor = 0;
  /** Made on the first amount without a rate (thousands of sums per dashboard; most never need it). */
  private apart: Map<string, number> | null = null;
  constructor(
    readonly currency: string,
    private readonly rates: RateBook,
  ) {}

  add(minor: number, from: string, month: string): void {
    if (minor === 0) return;
    const v = this.rates.convert(minor, from, this.currency, month);
    if (v === null) {
      this.apart ??= new Map();
      this.apart.set(from, (this.apart.get(from) ?? 0) + minor);
    } else this.minor += v;
  }

  merge(other: MoneySum): void {
    this.minor += other.minor;
    if (!other.apart) return;
    this.apart ??= new Map();
    for (const [c, m] of other.apart) this.apart.set(c, (this.apart.get(c) ?? 0) + m);
  }

  get unconverted(): Unconverted[] {
    if (!this.apart) return [];
    return [...this.apart.entries()].filter(([, m]) => m !== 0).map(([currency, minor]) => ({ currency, minor })).sort((a, b) => (a.currency < b.currency ? -1 : 1));
  }
}

/** Orders are fractional under equal split; shown to two decimals. */
export function roundOrders(n: number): number {
  return Math.round(n * 100) / 100;
}
