/**
 * Records → orders: consecutive records with the same order id form one order (Shopify line items, Shopware
 * order lines, WooCommerce items); the order's fields come from its first record that carries them, its codes
 * from all of them. Every record that cannot be read is rejected with its row number and the reason.
 */
import type { RedemptionStatus } from '../../shared/domain';
import type { Reason } from './csv-stream';
import type { OrderFields, RowReader } from './formats';
import { currencyOfAmount, instantMs, moneyMinor, parseInstant, withRefund } from './values';

export interface ParsedOrder {
  row: number;
  orderId: string;
  orderedAt: string;
  orderedAtUtc: string;
  orderedAtMs: number;
  currency: string;
  totalMinor: number;
  subtotalMinor: number;
  discountMinor: number;
  refundedMinor: number;
  status: RedemptionStatus;
  /** Raw values of the code column(s), in file order. */
  codes: string[];
}

/**
 * An order without any code: never stored, so only what the report shows of every order is read — its instant
 * (the file's period; null when unreadable) and its currency. Its amounts and status are not parsed.
 */
export interface PlainOrder {
  orderedAtMs: number | null;
  /** The date cell as in the file (turned into the period's text only for the first and last order). */
  orderedAtText: string;
  currency: string;
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
  /**
   * The first record, joined into `raw` only if the order is rejected. A record in one of the reader's shared rows
   * (CsvRecord.shared, `inShared`) is held as it is while the next record is handled, and then — if the order is
   * still open — only the kept columns' cells copied (`kept`, in the order of RowReader.columns). Why: an order of
   * one record (every order in a shop export of one line per order) is flushed while its row is still intact, so
   * nothing is copied; copying the kept cells of every row cost ~60 ms per 1,000,000 rows (profile) and garbage.
   */
  cells: string[] | null;
  inShared: boolean;
  kept: string[] | null;
  width: number;
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
    private readonly onPlain: (o: PlainOrder) => void = () => {},
  ) {}

  /** The last currency cell that named a currency, and that currency (one export rarely has more than one). */
  private lastCurrency = { cell: '', value: '' };

  /** The currency column when it names one, else the currency in the total (`12,50 €`), else the default. */
  private currencyOf(f: OrderFields): string {
    if (f.currency !== '' && f.currency === this.lastCurrency.cell) return this.lastCurrency.value;
    if (/^[A-Za-z]{3}$/.test(f.currency)) {
      this.lastCurrency = { cell: f.currency, value: f.currency.toUpperCase() };
      return this.lastCurrency.value;
    }
    return currencyOfAmount(f.total) ?? this.defaultCurrency;
  }

  private raw(cells: string[]): string {
    return redactedRaw(cells, this.read.columns, this.delimiter);
  }

  /** A record; `shared`: its cells array is refilled after the next record (CsvRecord.shared: copy what is kept). */
  push(cells: string[], row: number, parseError: Reason | null, shared = false): void {
    const open = this.cur;
    this.take(cells, row, parseError, shared);
    // The order read from a shared row is still open after this record: its row is refilled for the next one.
    if (open !== null && open === this.cur && open.inShared) {
      open.kept = this.keptCells(open.cells!);
      open.cells = null;
      open.inShared = false;
    }
  }

  private take(cells: string[], row: number, parseError: Reason | null, shared: boolean): void {
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
    // r.codes is the reader's own new array: the order takes it over.
    this.cur = { row, orderId: r.orderId, fields: r.order, codes: r.codes, discountAdd: r.discountAdd, cells, inShared: shared, kept: null, width: cells.length, error: r.error ?? null };
  }

  /** The kept columns' cells of a shared row: a tenth of the row, its other cells are empty anyway. */
  private keptCells(cells: string[]): string[] {
    const cols = this.read.columns ?? [];
    const kept = new Array<string>(cols.length);
    for (let i = 0; i < cols.length; i++) kept[i] = cells[cols[i]] ?? '';
    return kept;
  }

  /** The record an order was read from, as it was (its cells outside the kept columns are empty in a shared row). */
  private firstRecord(p: Pending): string[] {
    if (p.cells) return p.cells;
    const cells = new Array<string>(p.width).fill('');
    (this.read.columns ?? []).forEach((col, i) => (cells[col] = p.kept![i]));
    return cells;
  }

  finish(): void {
    if (this.cur) this.flush(this.cur);
    this.cur = null;
  }

  private reject(p: Pending, code: string, reason: string, params: Record<string, string | number> = {}): void {
    this.onReject({ row: p.row, reason: `order ${p.orderId}: ${reason}`, code, params: { order: p.orderId, ...params }, raw: this.raw(this.firstRecord(p)) });
  }

  /** An unreadable amount: `field` is total, subtotal, discount or refunded. */
  private badAmount(p: Pending, field: string, label: string, value: string): void {
    this.reject(p, 'bad_amount', `unreadable ${label} “${value.slice(0, 40)}”`, { field, value: value.slice(0, 40) });
  }

  private flush(p: Pending): void {
    if (p.error) return this.reject(p, p.error.code, p.error.message, p.error.params);
    const f = p.fields;
    if (p.codes.length === 0) {
      // Ignored as "no code" in the accounting; its date and currency still count for the report.
      if (f) this.onPlain({ orderedAtMs: f.orderedAt === '' ? null : instantMs(f.orderedAt), orderedAtText: f.orderedAt, currency: this.currencyOf(f) });
      else this.onPlain({ orderedAtMs: null, orderedAtText: '', currency: this.defaultCurrency });
      return;
    }
    if (!f) return this.reject(p, 'line_items_only', 'only line-item rows were found, not the row with the order’s date and totals');
    if (f.orderedAt === '') return this.reject(p, 'missing_date', 'missing order date');
    const at = parseInstant(f.orderedAt);
    if (!at) return this.reject(p, 'bad_date', `unreadable order date “${f.orderedAt.slice(0, 40)}”`, { value: f.orderedAt.slice(0, 40) });
    if (f.total === '') return this.reject(p, 'missing_total', 'missing order total');
    const opts = { dotDecimal: f.dotDecimal, emptyIsZero: true };
    const total = moneyMinor(f.total, opts);
    if (total === null) return this.badAmount(p, 'total', 'total', f.total);
    const subtotal = f.subtotalMinor ?? moneyMinor(f.subtotal, opts);
    if (subtotal === null) return this.badAmount(p, 'subtotal', 'subtotal', f.subtotal);
    const discount = moneyMinor(f.discount, opts);
    if (discount === null) return this.badAmount(p, 'discount', 'discount', f.discount);
    let refunded = f.refundedMinor ?? moneyMinor(f.refunded, opts);
    if (refunded === null) return this.badAmount(p, 'refunded', 'refunded amount', f.refunded);
    refunded = Math.abs(refunded);
    let status = f.status ?? 'unknown';
    if (status === 'refunded' && refunded === 0) refunded = total;
    status = withRefund(status, total, refunded);
    const currency = this.currencyOf(f);
    this.onOrder({
      row: p.row,
      orderId: p.orderId,
      orderedAt: at.local,
      orderedAtUtc: at.utc,
      orderedAtMs: at.utcMs,
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
