/**
 * Records → orders: consecutive records with the same order id form one order (Shopify line items, Shopware
 * order lines, WooCommerce items); the order's fields come from its first record that carries them, its codes
 * from all of them. Every record that cannot be read is rejected with its row number and the reason.
 */
import type { RedemptionStatus } from '../../shared/domain';
import type { Reason } from './csv-stream';
import type { OrderFields, RowReader } from './formats';
import { currencyOfAmount, moneyMinor, parseInstant, withRefund } from './values';

export interface ParsedOrder {
  row: number;
  orderId: string;
  orderedAt: string;
  orderedAtUtc: string;
  currency: string;
  totalMinor: number;
  subtotalMinor: number;
  discountMinor: number;
  refundedMinor: number;
  status: RedemptionStatus;
  /** Raw values of the code column(s), in file order. */
  codes: string[];
}

export interface RejectedRow {
  row: number;
  /** English, for logs and as the UI's fallback. */
  reason: string;
  /** Machine reason and its variable parts, translated by the UI. */
  code: string;
  params: Record<string, string | number>;
  raw: string;
}

interface Pending {
  row: number;
  orderId: string;
  fields: OrderFields | null;
  codes: string[];
  discountAdd: number;
  /** The first record, joined into `raw` only if the order is rejected. */
  cells: string[];
  error: Reason | null;
}

const RAW_MAX = 500;

/**
 * What a rejected row keeps: the cells of the columns the import reads (and, for damaged quotes, cells with a
 * quote in them — where the damage is), the others emptied, so that no customer name or address is stored.
 */
export function redactedRaw(cells: string[], columns: readonly number[] | undefined, delimiter: string): string {
  const keep = new Set(columns ?? []);
  const s = cells.map((c, i) => (keep.has(i) || c.includes('"') ? c : '')).join(delimiter);
  return s.length > RAW_MAX ? `${s.slice(0, RAW_MAX)}…` : s;
}

export class OrderAssembler {
  /** Non-empty data records read (header excluded). */
  rows = 0;
  /** Records that belonged to an order already started (further line items / order lines). */
  continuation = 0;
  private cur: Pending | null = null;

  constructor(
    private readonly read: RowReader,
    private readonly delimiter: string,
    private readonly onOrder: (o: ParsedOrder) => void,
    private readonly onReject: (r: RejectedRow) => void,
    private readonly defaultCurrency: string,
  ) {}

  private raw(cells: string[]): string {
    return redactedRaw(cells, this.read.columns, this.delimiter);
  }

  push(cells: string[], row: number, parseError: Reason | null): void {
    if (cells.length === 1 && cells[0].trim() === '') return; // blank line
    this.rows++;
    if (parseError) {
      this.onReject({ row, reason: parseError.message, code: parseError.code, params: parseError.params, raw: this.raw(cells) });
      return;
    }
    const skip = this.read.firstRowOnly;
    if (skip && this.cur && this.cur.fields) {
      // A later line item of the current order: nothing on it matters (cheap id check, no parsing).
      const id = cells[skip.idIndex];
      if (id !== undefined && (id === this.cur.orderId || id.trim() === this.cur.orderId)) {
        this.continuation++;
        return;
      }
    }
    const r = this.read(cells);
    if (r.orderId === '') {
      if (cells.every((c) => c.trim() === '')) {
        this.rows--; // a line of empty cells (;;;;) is a blank line too
        return;
      }
      this.onReject({ row, reason: 'missing order id', code: 'missing_order_id', params: {}, raw: this.raw(cells) });
      return;
    }
    const cur = this.cur;
    if (cur && cur.orderId === r.orderId) {
      this.continuation++;
      if (r.codes.length) cur.codes.push(...r.codes);
      cur.discountAdd += r.discountAdd;
      if (!cur.fields && r.order) cur.fields = r.order;
      if (r.error && !cur.error) cur.error = { code: r.error.code, params: { ...r.error.params, atRow: row }, message: `row ${row}: ${r.error.message}` };
      return;
    }
    if (cur) this.flush(cur);
    this.cur = { row, orderId: r.orderId, fields: r.order, codes: r.codes.slice(), discountAdd: r.discountAdd, cells, error: r.error ?? null };
  }

  finish(): void {
    if (this.cur) this.flush(this.cur);
    this.cur = null;
  }

  private flush(p: Pending): void {
    const reject = (code: string, reason: string, params: Record<string, string | number> = {}) =>
      this.onReject({ row: p.row, reason: `order ${p.orderId}: ${reason}`, code, params: { order: p.orderId, ...params }, raw: this.raw(p.cells) });
    // An unreadable amount: `field` is total, subtotal, discount or refunded.
    const badAmount = (field: string, label: string, value: string) => reject('bad_amount', `unreadable ${label} “${value.slice(0, 40)}”`, { field, value: value.slice(0, 40) });
    if (p.error) return reject(p.error.code, p.error.message, p.error.params);
    const f = p.fields;
    if (!f) return reject('line_items_only', 'only line-item rows were found, not the row with the order’s date and totals');
    if (f.orderedAt === '') return reject('missing_date', 'missing order date');
    const at = parseInstant(f.orderedAt);
    if (!at) return reject('bad_date', `unreadable order date “${f.orderedAt.slice(0, 40)}”`, { value: f.orderedAt.slice(0, 40) });
    if (f.total === '') return reject('missing_total', 'missing order total');
    const opts = { dotDecimal: f.dotDecimal, emptyIsZero: true };
    const total = moneyMinor(f.total, opts);
    if (total === null) return badAmount('total', 'total', f.total);
    const subtotal = f.subtotalMinor ?? moneyMinor(f.subtotal, opts);
    if (subtotal === null) return badAmount('subtotal', 'subtotal', f.subtotal);
    const discount = moneyMinor(f.discount, opts);
    if (discount === null) return badAmount('discount', 'discount', f.discount);
    let refunded = f.refundedMinor ?? moneyMinor(f.refunded, opts);
    if (refunded === null) return badAmount('refunded', 'refunded amount', f.refunded);
    refunded = Math.abs(refunded);
    let status = f.status ?? 'unknown';
    if (status === 'refunded' && refunded === 0) refunded = total;
    status = withRefund(status, total, refunded);
    const currency = /^[A-Za-z]{3}$/.test(f.currency) ? f.currency.toUpperCase() : (currencyOfAmount(f.total) ?? this.defaultCurrency);
    this.onOrder({
      row: p.row,
      orderId: p.orderId,
      orderedAt: at.local,
      orderedAtUtc: at.utc,
      currency,
      totalMinor: total,
      subtotalMinor: subtotal,
      discountMinor: Math.abs(discount) + p.discountAdd,
      refundedMinor: refunded,
      status,
      codes: p.codes,
    });
  }
}
