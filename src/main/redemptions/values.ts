/**
 * Cell values of shop exports: instants (their quick shapes in instants.ts), money, statuses, codes. Pure
 * functions, no floats on amounts.
 */
import { parseMoney } from '../../shared/numbers';
import type { RedemptionStatus } from '../../shared/domain';
import { codeKey } from '../../shared/codes';
import { berlinIso, berlinWallClock } from '../demo/seed-time';
import { isoLocalText, isoUtcText, isoWithOffsetMs, validDate } from './instants';

/**
 * Whether `s` is empty or starts and ends with printable ASCII other than `'`: nothing for trim() to remove (its
 * white space is ASCII 9–13 and 32, and Unicode spaces above 127) and no text marker. Why: a shop import cleans
 * nine cells a row: 9,000,000 cells of the bench file cleaned in ~90–130 instead of ~180 ms (scratch micro-benchmark).
 */
export function plainEnds(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(n - 1);
  return a > 32 && a < 127 && a !== 39 && z > 32 && z < 127;
}

/** Excel's text marker (`'90503`, `'+49…`) is dropped before digits and signs, as in the spreadsheet reader. */
export function cleanCell(cell: string | undefined): string {
  if (cell === undefined) return '';
  if (plainEnds(cell)) return cell;
  const t = cell.trim();
  return t.length > 1 && t.charCodeAt(0) === 39 && /^'[0-9=+\-@]/.test(t) ? t.slice(1) : t;
}

// ---- instants ----------------------------------------------------------------------------------

export interface Instant {
  /** As the source gave it, ISO with offset (`2025-12-07T19:08:25+00:00`). */
  local: string;
  /** The same instant in UTC (`2025-12-07T19:08:25.000Z`). */
  utc: string;
  utcMs: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// 2025-12-07 19:08:25 +0000 | 2025-12-07T19:08:25+01:00 | 2025-12-07T19:08:25Z | 2025-12-07 19:08 | 2025-12-07
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$/i;
// 24.11.2026 13:45 | 24.11.2026 13:45:10 | 24.11.2026 | 24.11.26
const DE_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*Uhr)?$/i;

/**
 * An order timestamp. With an offset it is kept as given (plus its UTC twin); without one it is Europe/Berlin
 * wall-clock time (the shop's time for a German/EU brand), the offset computed for that date including
 * daylight saving time. Null for anything else (US-style `11/24/2026` is ambiguous and refused).
 */
export function parseInstant(text: string): Instant | null {
  const quick = isoWithOffsetMs(text);
  if (quick === undefined) return parseInstantByPattern(text);
  if (quick === null) return null;
  // `2025-12-07 19:08:25 +0100` or `2025-12-07T19:08:25+01:00`: the texts written from the fixed shape
  return { local: isoLocalText(text), utc: isoUtcText(quick), utcMs: quick };
}

/** parseInstant by its regular expressions alone: the reference its quick shapes are checked against (tests). */
export function parseInstantByPattern(text: string): Instant | null {
  return readInstant(text, true) as Instant | null;
}

/**
 * The UTC milliseconds of an order timestamp (the same rules as parseInstant), without building its texts: for
 * orders without a code, which only widen the file's period.
 */
export function instantMs(text: string): number | null {
  const quick = isoWithOffsetMs(text);
  return quick !== undefined ? quick : (readInstant(text, false) as number | null);
}

function readInstant(text: string, full: boolean): Instant | number | null {
  const t = text.trim();
  let y: number, mo: number, d: number, h = 0, mi = 0, s = 0;
  let offset: string | undefined;
  let m = ISO_RE.exec(t);
  if (m) {
    y = +m[1];
    mo = +m[2];
    d = +m[3];
    if (m[4] !== undefined) {
      h = +m[4];
      mi = +m[5];
      s = m[6] ? +m[6] : 0;
    }
    offset = m[7];
  } else if ((m = DE_RE.exec(t))) {
    d = +m[1];
    mo = +m[2];
    y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    if (m[4] !== undefined) {
      h = +m[4];
      mi = +m[5];
      s = m[6] ? +m[6] : 0;
    }
  } else return null;
  if (!validDate(y, mo, d, h, mi, s)) return null;
  if (offset === undefined) {
    const utcMs = berlinWallClock(Date.UTC(y, mo - 1, d), h, mi, s);
    return full ? { local: berlinIso(utcMs), utc: new Date(utcMs).toISOString(), utcMs } : utcMs;
  }
  let offMin = 0;
  let offText = '+00:00';
  if (offset.toUpperCase() !== 'Z' && offset.toUpperCase() !== 'UTC') {
    const sign = offset[0] === '-' ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = +digits.slice(2, 4);
    if (oh > 14 || om > 59) return null;
    offMin = sign * (oh * 60 + om);
    if (full) offText = `${offset[0]}${pad(oh)}:${pad(om)}`;
  }
  const utcMs = Date.UTC(y, mo - 1, d, h, mi, s) - offMin * 60_000;
  if (!full) return utcMs;
  return { local: `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${offText}`, utc: new Date(utcMs).toISOString(), utcMs };
}

// ---- money -------------------------------------------------------------------------------------

/**
 * A plain amount (`/^([+-]?)(\d{1,13})(?:([.,])(\d{1,2}))?$/`, the decimal comma only without `dotDecimal`) in
 * minor units, read a character at a time (a regular expression and its match array cost twice as much, four
 * amounts an order); undefined for anything else.
 */
function plainMinor(t: string, dotDecimal: boolean): number | undefined {
  const n = t.length;
  let i = 0;
  let c = t.charCodeAt(0);
  const neg = c === 45;
  if (neg || c === 43) i = 1;
  const start = i;
  let whole = 0;
  for (; i < n; i++) {
    c = t.charCodeAt(i);
    if (c < 48 || c > 57) break;
    whole = whole * 10 + (c - 48);
  }
  if (i === start || i - start > 13) return undefined;
  let frac = 0;
  if (i < n) {
    if (c !== 46 && (c !== 44 || dotDecimal)) return undefined; // `.`, or `,` where it may be decimal
    const digits = n - i - 1;
    const a = t.charCodeAt(i + 1) - 48;
    const b = digits === 2 ? t.charCodeAt(i + 2) - 48 : 0;
    if (digits < 1 || digits > 2 || a < 0 || a > 9 || b < 0 || b > 9) return undefined;
    frac = a * 10 + b;
  }
  const minor = whole * 100 + frac;
  return neg && minor !== 0 ? -minor : minor;
}

/**
 * An amount in minor units. `dotDecimal` is for exports that always write a decimal point (Shopify, Shopware,
 * WooCommerce): there `836.134` is 836.134, not 836 134 as the locale-free reader would take a lone separator
 * followed by three digits. Everything else goes through `parseMoney` (German `1.234,56`, `€`, …).
 * Empty → 0 when `emptyIsZero`; unreadable → null.
 */
export function moneyMinor(text: string, opts: { dotDecimal?: boolean; emptyIsZero?: boolean } = {}): number | null {
  let t = text.trim();
  if (t === '') return opts.emptyIsZero ? 0 : null;
  // Fast path for what exports write a million times (`12.50`, `-5`, `1234,5`): digits only, no floats.
  const plain = plainMinor(t, opts.dotDecimal === true);
  if (plain !== undefined) return plain;
  // A lone `.` followed by exactly three digits: make the digit reader see four, which is unambiguously decimal.
  if (opts.dotDecimal && /^[+-]?\d+\.\d{3}$/.test(t)) t += '0';
  return parseMoney(t)?.minor ?? null;
}

/** The currency named in an amount (`12,50 €`), for files without a currency column. */
export function currencyOfAmount(text: string): string | null {
  return parseMoney(text)?.currency ?? null;
}

// ---- statuses ----------------------------------------------------------------------------------

const SHOPIFY_STATUS: Record<string, RedemptionStatus> = {
  paid: 'paid',
  pending: 'pending',
  authorized: 'authorized',
  partially_paid: 'partially_paid',
  partially_refunded: 'partially_refunded',
  refunded: 'refunded',
  voided: 'voided',
  expired: 'voided',
};

const FINANCIAL = new Map<string, RedemptionStatus>();

/**
 * Shopify: the financial status, except that an order with `Cancelled at` is `cancelled` unless its money was
 * voided or refunded (those say more about the money than the cancellation does).
 */
export function shopifyStatus(financial: string, cancelledAt: string): RedemptionStatus {
  // A file writes a handful of financial statuses a million times: each one's word is looked up once.
  let s = FINANCIAL.get(financial);
  if (s === undefined) {
    s = SHOPIFY_STATUS[financial.trim().toLowerCase().replace(/\s+/g, '_')] ?? 'unknown';
    if (FINANCIAL.size >= 1000) FINANCIAL.clear();
    FINANCIAL.set(financial, s);
  }
  if (cancelledAt.trim() !== '' && s !== 'voided' && s !== 'refunded') return 'cancelled';
  return s;
}

const WORDS_STATUS: Record<string, RedemptionStatus> = {
  // WooCommerce (with or without the wc- prefix, any case, "On hold" / "on-hold")
  completed: 'paid',
  processing: 'paid',
  refunded: 'refunded',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  'on-hold': 'pending',
  pending: 'pending',
  'pending-payment': 'pending',
  failed: 'voided',
  'checkout-draft': 'pending',
  draft: 'pending',
  trash: 'cancelled',
  // Shopify-like words in generic files
  paid: 'paid',
  authorized: 'authorized',
  'partially-paid': 'partially_paid',
  'partially-refunded': 'partially_refunded',
  voided: 'voided',
  // Shopware 5 payment status names and Shopware 6 technical states
  completely_paid: 'paid',
  'completely-paid': 'paid',
  'partially-invoiced': 'pending',
  'completely-invoiced': 'pending',
  open: 'pending',
  reserved: 'authorized',
  'in-progress': 'pending',
  're-crediting': 'refunded',
  'no-credit-approved': 'voided',
  // German
  bezahlt: 'paid',
  abgeschlossen: 'paid',
  'in-bearbeitung': 'paid',
  versendet: 'paid',
  geliefert: 'paid',
  offen: 'pending',
  ausstehend: 'pending',
  wartend: 'pending',
  'zahlung-ausstehend': 'pending',
  storniert: 'cancelled',
  abgebrochen: 'cancelled',
  abgelehnt: 'voided',
  fehlgeschlagen: 'voided',
  erstattet: 'refunded',
  'zurückerstattet': 'refunded',
  'rückerstattet': 'refunded',
  'teilweise-erstattet': 'partially_refunded',
  'teilweise-zurückerstattet': 'partially_refunded',
  'teilweise-bezahlt': 'partially_paid',
  'in-bearbeitung-(bezahlt)': 'paid',
  bearbeitung: 'paid',
  erledigt: 'paid',
  fertiggestellt: 'paid',
  'vollständig-bezahlt': 'paid',
  'komplett-bezahlt': 'paid',
  'zahlung-erhalten': 'paid',
  bezahlt_und_versendet: 'paid',
  wartet: 'pending',
  'wartend-auf-zahlung': 'pending',
  'warten-auf-zahlung': 'pending',
  'zurückgestellt': 'pending',
  'in-wartestellung': 'pending',
  neu: 'pending',
  'erstattung': 'refunded',
  'zurückerstattung': 'refunded',
  gutgeschrieben: 'refunded',
  'teilweise-rückerstattet': 'partially_refunded',
  'teilerstattet': 'partially_refunded',
  'teilweise-gutgeschrieben': 'partially_refunded',
  'fehlgeschlagen-(zahlung)': 'voided',
  cancelled_by_customer: 'cancelled',
  gelöscht: 'cancelled',
  // Shopware 6 technical states
  paid_partially: 'partially_paid',
  refunded_partially: 'partially_refunded',
  unconfirmed: 'pending',
  chargeback: 'refunded',
  done: 'paid',
  in_progress: 'pending',
};

/** WooCommerce, Shopware names, German and generic words → a status; null when the word is not known. */
export function wordStatus(text: string): RedemptionStatus | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/^wc-/, '')
    .replace(/[\s_]+/g, '-');
  if (key === '') return null;
  return WORDS_STATUS[key] ?? WORDS_STATUS[key.replace(/-/g, '_')] ?? null;
}

/**
 * Shopware 5: `orderStatusID` (-1 aborted checkout, 4 cancelled/rejected) decides cancellations; otherwise the
 * payment status `cleared` (s_core_states): 12 completely paid, 11 partially paid, 20 re-crediting (refunded),
 * 18 reserved, 30/32/33/35 declined or cancelled payments, every other payment state (open, invoiced, reminders,
 * delayed, review) is pending.
 */
export function shopware5Status(orderStatus: string, cleared: string): RedemptionStatus {
  const o = orderStatus.trim();
  if (o === '-1' || o === '4') return 'cancelled';
  const c = cleared.trim();
  if (!/^-?\d+$/.test(c)) return wordStatus(c) ?? 'unknown';
  switch (Number(c)) {
    case 12:
      return 'paid';
    case 11:
      return 'partially_paid';
    case 20:
      return 'refunded';
    case 18:
      return 'authorized';
    case 30:
    case 32:
    case 33:
    case 35:
      return 'voided';
    default:
      return 'pending';
  }
}

/** A paid order with refunds is partially or fully refunded, whatever the status column said. */
export function withRefund(status: RedemptionStatus, totalMinor: number, refundedMinor: number): RedemptionStatus {
  if (refundedMinor <= 0) return status;
  if (status === 'paid' || status === 'partially_paid') return refundedMinor >= totalMinor ? 'refunded' : 'partially_refunded';
  return status;
}

// ---- codes -------------------------------------------------------------------------------------

/** Discount labels shops write into the code column that are not codes a customer typed. */
const SHOP_LABELS = new Set(['AUTOMATIC DISCOUNTS', 'AUTOMATIC DISCOUNT', 'CUSTOM DISCOUNT', 'SELLER DISCOUNT', 'MANUAL DISCOUNT', 'DRAFT ORDER DISCOUNT']);

export type CodeVerdict = { kind: 'code'; norm: string } | { kind: 'label'; label: string };

/**
 * A value of the code column: a shop label (`AUTOMATIC DISCOUNTS`, `Custom discount`, app discount titles such
 * as `Buy 2 get 10 % off`: anything with a space) unless it is a voucher code someone holds, else a code,
 * normalised upper-case.
 */
export function classifyCode(raw: string, isKnown: (norm: string) => boolean): CodeVerdict {
  const label = raw.trim().replace(/\s+/g, ' ');
  const norm = codeKey(label);
  if (isKnown(norm)) return { kind: 'code', norm };
  if (SHOP_LABELS.has(norm) || label.includes(' ')) return { kind: 'label', label };
  return { kind: 'code', norm };
}
