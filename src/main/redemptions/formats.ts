/**
 * Shop export formats: recognised by their header names (never by position — Shopify's export grew from 71 to
 * 79 columns with columns inserted in the middle), each with a reader that turns one CSV record into the order
 * fields it carries. Orders spanning several records (Shopify line items, Shopware order lines, WooCommerce
 * "Advanced Order Export" items) are assembled by `OrderAssembler`.
 *
 * Over 400 lines: one reader per shop format, side by side so that their columns can be compared.
 */
import type { FileInspection, RedemptionField, ShopFormat } from '../../shared/contract/redemptions';
import type { RedemptionStatus } from '../../shared/domain';
import { cleanCell, moneyMinor, shopifyStatus, shopware5Status, wordStatus } from './values';
import type { Reason } from './csv-stream';

export type Problem = FileInspection['problems'][number];
export type Mapping = Partial<Record<RedemptionField, string>>;

export const FORMAT_LABELS: Record<ShopFormat, string> = {
  shopify: 'Shopify',
  shopware5: 'Shopware',
  woocommerce_rows: 'WooCommerce',
  woocommerce_items: 'WooCommerce',
  generic: 'Shop',
};

/** Finds columns by name, case- and space-insensitively; the first of repeated names wins. */
export class HeaderIndex {
  private readonly byName = new Map<string, number>();
  /** Columns the reader asked for: the only cells a rejected row keeps (privacy). */
  readonly used = new Set<number>();
  constructor(readonly headers: readonly string[]) {
    headers.forEach((h, i) => {
      const k = HeaderIndex.key(h);
      if (k && !this.byName.has(k)) this.byName.set(k, i);
    });
  }
  static key(h: string): string {
    return h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  }
  idx(name: string | undefined): number {
    const i = name === undefined ? -1 : (this.byName.get(HeaderIndex.key(name)) ?? -1);
    if (i >= 0) this.used.add(i);
    return i;
  }
  has(...names: string[]): boolean {
    return names.every((n) => this.idx(n) >= 0);
  }
  /** The header's own spelling of the first of `names` present. */
  pick(...names: string[]): string | undefined {
    for (const n of names) {
      const i = this.idx(n);
      if (i >= 0) return this.headers[i];
    }
    return undefined;
  }
}

// ---- detection ---------------------------------------------------------------------------------

export interface Detection {
  format: ShopFormat;
  mapping: Mapping;
  problems: Problem[];
  /** What the file is, when it is a known file that is not an orders export (Shopify discounts export). */
  note?: string;
}

const SHOPIFY_MAP = {
  orderId: 'Name',
  orderedAt: 'Created at',
  code: 'Discount Code',
  total: 'Total',
  subtotal: 'Subtotal',
  discount: 'Discount Amount',
  currency: 'Currency',
  status: 'Financial Status',
  refunded: 'Refunded Amount',
} as const;

/** German and English header names for the generic format's guess, most specific first. */
const GUESSES: Record<RedemptionField, string[]> = {
  orderId: ['order number', 'order no', 'order id', 'order', 'bestellnummer', 'bestell nr', 'bestell nr.', 'bestell-nr', 'bestellung', 'bestell id', 'auftragsnummer', 'auftrags nr', 'ordernumber', 'order_number', 'belegnummer', 'name'],
  orderedAt: ['order date', 'created at', 'date', 'ordered at', 'bestelldatum', 'bestellzeit', 'datum', 'auftragsdatum', 'erstellt am', 'orderdatetime', 'ordertime'],
  code: ['discount code', 'coupon code', 'coupon', 'voucher code', 'voucher', 'promo code', 'promotion code', 'promotioncode', 'code', 'gutscheincode', 'gutschein', 'rabattcode', 'aktionscode', 'gutschein code', 'rabatt code', 'coupons used', 'used coupons', 'eingelöster gutschein', 'gutscheinnummer', 'rabatt-code', 'voucher codes', 'discount codes'],
  total: ['total', 'order total', 'grand total', 'amount', 'gesamtbetrag', 'gesamtsumme', 'gesamt', 'summe', 'betrag', 'rechnungsbetrag', 'amounttotal', 'bruttobetrag', 'bestellsumme', 'endsumme', 'summe brutto', 'invoice amount'],
  subtotal: ['subtotal', 'sub total', 'zwischensumme', 'warenwert'],
  discount: ['discount amount', 'discount', 'rabatt', 'rabattbetrag', 'nachlass', 'gutscheinwert'],
  currency: ['currency', 'währung', 'waehrung'],
  status: ['status', 'order status', 'financial status', 'payment status', 'bestellstatus', 'zahlungsstatus', 'auftragsstatus'],
  refunded: ['refunded amount', 'refunded', 'refund', 'refund amount', 'erstattet', 'erstattungsbetrag', 'rückerstattung', 'gutschrift'],
};

/**
 * A header name by meaning: case, spaces, `-`/`_`/`.`, brackets and plural endings do not matter
 * (`Gutscheincode(s)`, `Coupon-Codes`, `[Rabattcode]`, `Bestell-Nr.`, `Summe (brutto)` → `summe`).
 */
export function looseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/\((s|e|n|en|es)\)/g, '')
    .replace(/\s*\((brutto|netto|eur|€|gesamt|total|incl\.? tax|inkl\.? mwst\.?)\)\s*$/g, '')
    .replace(/[\s_\-.:[\]()#]+/g, '')
    .replace(/(codes|coupons|gutscheine|rabattcodes|vouchers)$/, (m) => m.replace(/(s|e)$/, ''));
}

export function guessMapping(h: HeaderIndex): Mapping {
  const out: Mapping = {};
  const used = new Set<string>();
  const loose = new Map<string, string>();
  for (const header of h.headers) if (!loose.has(looseHeader(header))) loose.set(looseHeader(header), header);
  for (const field of Object.keys(GUESSES) as RedemptionField[]) {
    for (const name of GUESSES[field]) {
      const header = h.pick(name) ?? loose.get(looseHeader(name));
      if (header && !used.has(header)) {
        out[field] = header;
        used.add(header);
        break;
      }
    }
  }
  return out;
}

const msg = {
  shopifyDiscounts:
    'This is Shopify’s discounts export (Discounts › Export): it lists your discount codes, not orders, so it has no orders to attribute. ' +
    'In Shopify, open Orders › Export, choose the period and “Plain CSV file”, and import that file.',
  shopifyNoCode:
    'This Shopify orders export has no “Discount Code” column. Export the orders again from Orders › Export (all columns) so the code used on each order is included.',
  shopware6:
    'This looks like Shopware 6’s default order export profile, which has no promotion code column. In Shopware, go to Settings › Import/Export › Profiles, ' +
    'create an order profile that adds the promotion code field (e.g. lineItems.promotion.code or the order’s promotion codes), export with it and import that file.',
  wooNoCode:
    'This WooCommerce export has no coupon column. In the export plugin, add the coupon field (“coupon_items” in Order Export & Import, “Coupon Code” in Advanced Order Export) and export again.',
  genericNoCode:
    'No column with voucher codes was found. Pick the column that holds the code in the mapping, or export the orders again with the discount / coupon code column.',
};

export function detectFormat(headers: readonly string[]): Detection {
  const h = new HeaderIndex(headers);
  // Shopify orders export
  if (h.has('Name', 'Financial Status', 'Created at', 'Total')) {
    const problems: Problem[] = h.has('Discount Code') ? [] : [{ code: 'no_code_column', message: msg.shopifyNoCode, params: { hint: 'shopify' } }];
    return { format: 'shopify', mapping: present(h, SHOPIFY_MAP), problems };
  }
  // Shopify discounts export: not orders at all
  if (h.has('Name', 'Value', 'Value Type') && (h.has('Times Used In Total') || h.has('Start'))) {
    return { format: 'shopify', mapping: {}, problems: [{ code: 'no_code_column', message: msg.shopifyDiscounts, params: { hint: 'shopify_discounts' } }], note: 'shopify_discounts' };
  }
  // Shopware 5 (order lines with order fields repeated)
  if (h.has('orderId', 'invoiceAmount', 'orderTime', 'articleNumber', 'mode')) {
    return {
      format: 'shopware5',
      mapping: present(h, { orderId: 'number', orderedAt: 'orderTime', code: 'articleNumber', total: 'invoiceAmount', currency: 'currency', status: 'cleared' }),
      problems: [],
    };
  }
  // WooCommerce Order Export & Import (WebToffee): one row per order
  if (h.has('order_number', 'order_date', 'order_total')) {
    const problems: Problem[] = h.has('coupon_items') ? [] : [{ code: 'no_code_column', message: msg.wooNoCode, params: { hint: 'woocommerce' } }];
    return {
      format: 'woocommerce_rows',
      mapping: present(h, {
        orderId: 'order_number',
        orderedAt: 'order_date',
        code: 'coupon_items',
        total: 'order_total',
        subtotal: 'order_subtotal',
        discount: 'discount_total',
        currency: 'order_currency',
        status: 'status',
        refunded: 'refund_items',
      }),
      problems,
    };
  }
  // WooCommerce Advanced Order Export: one row per line item
  if (h.has('Order Number', 'Order Total Amount') && (h.has('Order Date') || h.has('Order Status'))) {
    const code = h.pick('Coupon Code', 'Coupons Used', 'Coupon Codes', 'Coupons');
    const problems: Problem[] = code ? [] : [{ code: 'no_code_column', message: msg.wooNoCode, params: { hint: 'woocommerce' } }];
    const mapping: Mapping = present(h, {
      orderId: 'Order Number',
      orderedAt: 'Order Date',
      total: 'Order Total Amount',
      subtotal: 'Order Subtotal Amount',
      discount: 'Discount Amount',
      currency: 'Order Currency',
      status: 'Order Status',
      refunded: 'Order Refund Amount',
    });
    if (code) mapping.code = code;
    if (!mapping.currency && h.pick('Currency')) mapping.currency = h.pick('Currency');
    if (!mapping.discount && h.pick('Cart Discount Amount')) mapping.discount = h.pick('Cart Discount Amount');
    return { format: 'woocommerce_items', mapping, problems };
  }
  // Everything else, including German-locale files and Shopware 6 profiles
  const mapping = guessMapping(h);
  const sw6 = h.has('orderNumber') && (h.has('amountTotal') || h.has('orderDateTime'));
  if (sw6) {
    mapping.orderId = h.pick('orderNumber');
    if (h.pick('orderDateTime')) mapping.orderedAt = h.pick('orderDateTime');
    if (h.pick('amountTotal')) mapping.total = h.pick('amountTotal');
    const promo = headers.find((x) => /promotion|voucher|coupon/i.test(x));
    if (promo) mapping.code = promo;
    else delete mapping.code;
  }
  return { format: 'generic', mapping, problems: mappingProblems(mapping, sw6 ? 'shopware6' : 'generic') };
}

function present(h: HeaderIndex, m: Mapping): Mapping {
  const out: Mapping = {};
  for (const [k, v] of Object.entries(m) as [RedemptionField, string][]) {
    const name = h.pick(v);
    if (name) out[k] = name;
  }
  return out;
}

/** Blocking findings of a generic mapping. */
export function mappingProblems(mapping: Mapping, noCodeHint: 'generic' | 'shopware6' = 'generic'): Problem[] {
  const p: Problem[] = [];
  if (!mapping.orderId) p.push({ code: 'no_order_column', message: 'No column with order numbers was found; pick it in the mapping.' });
  if (!mapping.orderedAt) p.push({ code: 'no_date_column', message: 'No column with the order date was found; pick it in the mapping.' });
  if (!mapping.total) p.push({ code: 'no_amount_column', message: 'No column with the order total was found; pick it in the mapping.' });
  if (!mapping.code) p.push({ code: 'no_code_column', message: noCodeHint === 'shopware6' ? msg.shopware6 : msg.genericNoCode, params: { hint: noCodeHint } });
  return p;
}

// ---- reading rows ------------------------------------------------------------------------------

/** What one record says about its order. `order` is null on records that only add codes (line items). */
export interface RowRead {
  orderId: string;
  order: OrderFields | null;
  codes: string[];
  /** Shopware voucher lines: their discount adds up over the order. */
  discountAdd: number;
  error?: Reason;
}

export interface OrderFields {
  orderedAt: string;
  total: string;
  subtotal: string;
  discount: string;
  refunded: string;
  currency: string;
  status: RedemptionStatus | null;
  /** Raw status text, for the status mapping of generic files. */
  statusText: string;
  dotDecimal: boolean;
  /** Already computed amounts (Shopware subtotal, WooCommerce refund items) instead of the texts. */
  subtotalMinor?: number;
  refundedMinor?: number;
}

export interface RowReader {
  (cells: string[]): RowRead;
  /** Indexes of the columns this reader reads (set by rowReader). */
  columns?: number[];
  /** Set when only the first record of an order matters (Shopify): later records of it are skipped unread. */
  firstRowOnly?: { idIndex: number };
}

const cell = (cells: string[], i: number): string => (i >= 0 ? cleanCell(cells[i]) : '');

/**
 * The codes in a code cell: Shopify and WooCommerce join several with `, ` (or `;`); a comma without a space
 * stays inside the value (`Custom Fail Tag 10,000 Discount` is one label). Each part is classified later.
 */
export function splitCodes(value: string): string[] {
  if (value === '') return [];
  const v = value.trim();
  if (v === '') return [];
  return v.split(/,\s+|\s*;\s*/).filter((p) => p.trim() !== '');
}

/** `code:X|amount:5.00;code:Y|amount:2` → ['X', 'Y'] (WooCommerce WebToffee `coupon_items`). */
export function wooCouponCodes(value: string): string[] {
  const out: string[] = [];
  for (const item of value.split(';')) {
    for (const part of item.split('|')) {
      const m = /^\s*code:(.*)$/i.exec(part);
      if (m && m[1].trim()) out.push(m[1].trim());
    }
  }
  return out;
}

/** `amount:10.00|reason:…;amount:5` → sum in minor units (WebToffee `refund_items`); null when unreadable. */
export function wooRefundMinor(value: string): number | null {
  let sum = 0;
  for (const item of value.split(';')) {
    for (const part of item.split('|')) {
      const m = /^\s*amount:(.*)$/i.exec(part);
      if (m) {
        const v = moneyMinor(m[1], { dotDecimal: true });
        if (v === null) return null;
        sum += Math.abs(v);
      }
    }
  }
  return sum;
}

/**
 * The reader for a format. Known formats read their own columns (a missing required column is an error that
 * names it); the generic format reads the mapping.
 */
export function rowReader(format: ShopFormat, headers: readonly string[], mapping: Mapping): RowReader {
  const h = new HeaderIndex(headers);
  const read = formatReader(format, h, mapping);
  read.columns = [...h.used].sort((a, b) => a - b);
  return read;
}

function formatReader(format: ShopFormat, h: HeaderIndex, mapping: Mapping): RowReader {
  const need = (name: string | undefined, what: string): number => {
    const i = h.idx(name);
    if (i < 0) throw new FormatError(`The file has no “${name ?? what}” column, so it is not a ${FORMAT_LABELS[format]} export of that kind (${what} is needed).`, 'columnMissing', { column: name ?? what, format: FORMAT_LABELS[format] });
    return i;
  };
  if (format === 'shopify') {
    const iName = need('Name', 'the order number');
    const iFin = need('Financial Status', 'the financial status');
    const iCreated = need('Created at', 'the order date');
    const iTotal = need('Total', 'the order total');
    const iCode = need('Discount Code', 'the discount code');
    const iSub = h.idx('Subtotal');
    const iDisc = h.idx('Discount Amount');
    const iCur = h.idx('Currency');
    const iCancel = h.idx('Cancelled at');
    const iRef = h.idx('Refunded Amount');
    const read: RowReader = (cells) => {
      const fin = cell(cells, iFin);
      const orderId = cell(cells, iName);
      const total = cell(cells, iTotal);
      // Line-item rows: only the first row of an order has the financial status, totals and code.
      if (fin === '' && total === '') return { orderId, codes: [], discountAdd: 0, order: null };
      const codes = splitCodes(cell(cells, iCode));
      // Without a code the order is never stored (only its date and currency are read): its status is not worked out.
      const status = codes.length ? shopifyStatus(fin, cell(cells, iCancel)) : null;
      const order: OrderFields = {
        orderedAt: cell(cells, iCreated),
        total,
        subtotal: cell(cells, iSub),
        discount: cell(cells, iDisc),
        refunded: cell(cells, iRef),
        currency: cell(cells, iCur),
        status,
        statusText: fin,
        dotDecimal: true,
      };
      return { orderId, codes, discountAdd: 0, order };
    };
    read.firstRowOnly = { idIndex: iName };
    return read;
  }
  if (format === 'shopware5') {
    const iId = need('orderId', 'the order id');
    const iNum = h.idx('number');
    const iState = h.idx('orderStatusID');
    const iCleared = h.idx('cleared');
    const iAmount = need('invoiceAmount', 'the invoice amount');
    const iShip = h.idx('invoiceShipping');
    const iTime = need('orderTime', 'the order time');
    const iCur = h.idx('currency');
    const iArt = need('articleNumber', 'the article number');
    const iPrice = h.idx('price');
    const iQty = h.idx('quantity');
    const iMode = need('mode', 'the line mode');
    return (cells) => {
      const num = cell(cells, iNum);
      const internal = cell(cells, iId);
      // Aborted checkouts carry order number 0: the internal id identifies them.
      const orderId = num !== '' && num !== '0' ? num : internal ? `id:${internal}` : '';
      const total = cell(cells, iAmount);
      const ship = moneyMinor(cell(cells, iShip), { dotDecimal: true, emptyIsZero: true });
      const totalMinor = moneyMinor(total, { dotDecimal: true });
      const isVoucher = cell(cells, iMode) === '2';
      let discountAdd = 0;
      const codes: string[] = [];
      let error: Reason | undefined;
      if (isVoucher) {
        const code = cell(cells, iArt);
        if (code) codes.push(code);
        const price = moneyMinor(cell(cells, iPrice), { dotDecimal: true });
        const qtyText = cell(cells, iQty) || '1';
        if (price === null || !/^\d+$/.test(qtyText)) {
          const value = cell(cells, iPrice).slice(0, 40);
          error = { code: 'bad_voucher_price', params: { value }, message: `unreadable voucher line price “${value}”` };
        }
        else discountAdd = -price * Number(qtyText);
      }
      return {
        orderId,
        codes,
        discountAdd,
        error,
        order: {
          orderedAt: cell(cells, iTime),
          total,
          subtotal: '',
          ...(totalMinor !== null && ship !== null ? { subtotalMinor: totalMinor - ship } : {}),
          discount: '0',
          refunded: '',
          currency: cell(cells, iCur),
          status: shopware5Status(cell(cells, iState), cell(cells, iCleared)),
          statusText: cell(cells, iCleared),
          dotDecimal: true,
        },
      };
    };
  }
  if (format === 'woocommerce_rows') {
    const iNum = need('order_number', 'the order number');
    const iDate = need('order_date', 'the order date');
    const iTotal = need('order_total', 'the order total');
    const iCoupons = need('coupon_items', 'the coupon items');
    const iStatus = h.idx('status');
    const iSub = h.idx('order_subtotal');
    const iDisc = h.idx('discount_total');
    const iCur = h.idx('order_currency');
    const iRefunds = h.idx('refund_items');
    return (cells) => {
      const statusText = cell(cells, iStatus);
      const refunds = cell(cells, iRefunds);
      const refundMinor = refunds ? wooRefundMinor(refunds) : 0;
      return {
        orderId: cell(cells, iNum),
        codes: wooCouponCodes(cell(cells, iCoupons)),
        discountAdd: 0,
        error:
          refundMinor === null
            ? { code: 'bad_refund_items', params: { value: refunds.slice(0, 80) }, message: `unreadable refund_items “${refunds.slice(0, 80)}”` }
            : undefined,
        order: {
          orderedAt: cell(cells, iDate),
          total: cell(cells, iTotal),
          subtotal: cell(cells, iSub),
          discount: cell(cells, iDisc),
          refunded: '',
          refundedMinor: refundMinor ?? 0,
          currency: cell(cells, iCur),
          status: statusText === '' ? 'unknown' : (wordStatus(statusText) ?? 'unknown'),
          statusText,
          dotDecimal: true,
        },
      };
    };
  }
  if (format === 'woocommerce_items') {
    const iNum = need('Order Number', 'the order number');
    const iDate = need(h.pick('Order Date') ?? 'Order Date', 'the order date');
    const iTotal = need('Order Total Amount', 'the order total');
    const iCode = need(h.pick('Coupon Code', 'Coupons Used', 'Coupon Codes', 'Coupons') ?? 'Coupon Code', 'the coupon code');
    const iStatus = h.idx('Order Status');
    const iSub = h.idx('Order Subtotal Amount');
    const iDisc = h.idx(h.pick('Discount Amount', 'Cart Discount Amount'));
    const iCur = h.idx(h.pick('Order Currency', 'Currency'));
    const iRef = h.idx('Order Refund Amount');
    return (cells) => {
      const statusText = cell(cells, iStatus);
      return {
        orderId: cell(cells, iNum),
        codes: splitCodes(cell(cells, iCode)),
        discountAdd: 0,
        order: {
          orderedAt: cell(cells, iDate),
          total: cell(cells, iTotal),
          subtotal: cell(cells, iSub),
          discount: cell(cells, iDisc),
          refunded: cell(cells, iRef),
          currency: cell(cells, iCur),
          status: statusText === '' ? 'unknown' : (wordStatus(statusText) ?? 'unknown'),
          statusText,
          dotDecimal: true,
        },
      };
    };
  }
  // generic
  const col = (f: RedemptionField, required: boolean): number => {
    const name = mapping[f];
    if (!name) {
      if (required) throw new FormatError(`Map a column to “${f}” first.`, 'mapFirst', { field: f });
      return -1;
    }
    const i = h.idx(name);
    if (i < 0) throw new FormatError(`The mapped column “${name}” is not in this file.`, 'mappedMissing', { column: name });
    return i;
  };
  const iId = col('orderId', true);
  const iDate = col('orderedAt', true);
  const iTotal = col('total', true);
  const iCode = col('code', true);
  const iSub = col('subtotal', false);
  const iDisc = col('discount', false);
  const iCur = col('currency', false);
  const iStatus = col('status', false);
  const iRef = col('refunded', false);
  return (cells) => {
    const statusText = cell(cells, iStatus);
    return {
      orderId: cell(cells, iId),
      codes: splitCodes(cell(cells, iCode)),
      discountAdd: 0,
      order: {
        orderedAt: cell(cells, iDate),
        total: cell(cells, iTotal),
        subtotal: cell(cells, iSub),
        discount: cell(cells, iDisc),
        refunded: cell(cells, iRef),
        currency: cell(cells, iCur),
        // Without a status column every order counts as paid; an unknown word is 'unknown'.
        status: iStatus < 0 ? 'paid' : statusText === '' ? 'unknown' : (wordStatus(statusText) ?? 'unknown'),
        statusText,
        dotDecimal: false,
      },
    };
  };
}

/** The chosen format does not fit the file, or the mapping is incomplete. */
export class FormatError extends Error {
  /** errors.domain.imports.format.<kind>: columnMissing {column, format}, mapFirst {field}, mappedMissing {column}. */
  readonly kind: 'columnMissing' | 'mapFirst' | 'mappedMissing';
  readonly params: Record<string, string>;
  constructor(message: string, kind: FormatError['kind'], params: Record<string, string>) {
    super(message);
    this.name = 'FormatError';
    this.kind = kind;
    this.params = params;
  }
}
