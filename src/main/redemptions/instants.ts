/**
 * Order timestamps of shop exports: what the shops write (ISO with or without offset, Shopify's
 * `2025-12-07 19:08:25 +0100`, German `24.11.2026 13:45`) → the instant. Pure functions; the shapes exports write
 * a million times are read by arithmetic, the rest by regular expressions (the reference, see fast-path.test.ts).
 */
import { berlinIso, berlinWallClock } from '../demo/seed-time';

export interface Instant {
  /** As the source gave it, ISO with offset (`2025-12-07T19:08:25+00:00`). */
  local: string;
  /** The same instant in UTC (`2025-12-07T19:08:25.000Z`). */
  utc: string;
  utcMs: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Days in each month of a common year (February has 29 in a leap year). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date and time of day in the years orders can have; by arithmetic (no Date object: a million rows). */
function validDate(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1970 || y > 2200) return false;
  if (d <= 28) return true; // every month has 28 days
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= MONTH_DAYS[mo - 1] + (mo === 2 && leap ? 1 : 0);
}

/** Date.UTC(y, mo - 1, d, h, mi, s) for a valid date, by arithmetic (H. Hinnant's days_from_civil): a third of the call's cost. */
function utcMsOf(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const yy = mo <= 2 ? y - 1 : y; // years counted from March: the leap day is the year's last
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = (((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) | 0) + d - 1;
  const days = era * 146_097 + yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy - 719_468;
  return ((days * 24 + h) * 60 + mi) * 60_000 + s * 1000;
}

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
  // `2025-12-07 19:08:25 +0100` or `2025-12-07T19:08:25+01:00`: the texts cut out of the fixed shape
  const signAt = text.charCodeAt(19) === 32 ? 20 : 19;
  const local = signAt === 19 && text.charCodeAt(10) === 84 ? text : `${text.slice(0, 10)}T${text.slice(11, 19)}${text.slice(signAt, signAt + 3)}:${text.slice(23, 25)}`;
  return { local, utc: isoUtcText(quick), utcMs: quick };
}

/** '00' … '99': two-digit fields without padStart. */
const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/**
 * new Date(ms).toISOString() for the years 0–9999 by arithmetic (H. Hinnant's civil_from_days): less than half
 * the cost of a Date object and its text, paid once for each of a file's orders with a code.
 */
function isoUtcText(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000; // ms of the day
  const z = days + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36_524) | 0) - ((doe / 146_096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0; // months from March
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
  const milli = rest % 1000;
  rest = (rest - milli) / 1000;
  const s = rest % 60;
  rest = (rest - s) / 60;
  const mi = rest % 60;
  const h = (rest - mi) / 60;
  const frac = milli === 0 ? '000' : String(milli).padStart(3, '0');
  return `${TWO[(y / 100) | 0]}${TWO[y % 100]}-${TWO[mo]}-${TWO[d]}T${TWO[h]}:${TWO[mi]}:${TWO[s]}.${frac}Z`;
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

/** Two digits at `i`, or -1. */
function two(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * What exports write a million times, read without a regular expression: `2025-12-07 19:08:25 +0100` (Shopify)
 * and `2025-12-07T19:08:25+01:00` (ISO). The same result as readInstant; undefined for any other shape.
 */
function isoWithOffsetMs(t: string): number | null | undefined {
  if (t.length !== 25 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return undefined;
  const sep = t.charCodeAt(10);
  if (sep !== 32 && sep !== 84) return undefined;
  let signAt: number;
  let oh: number;
  let om: number;
  if (t.charCodeAt(19) === 32) {
    signAt = 20;
    oh = two(t, 21);
    om = two(t, 23);
  } else if (t.charCodeAt(22) === 58) {
    signAt = 19;
    oh = two(t, 20);
    om = two(t, 23);
  } else return undefined;
  const sign = t.charCodeAt(signAt);
  if ((sign !== 43 && sign !== 45) || oh < 0 || om < 0) return undefined;
  const y = two(t, 0) * 100 + two(t, 2);
  const mo = two(t, 5);
  const d = two(t, 8);
  const h = two(t, 11);
  const mi = two(t, 14);
  const s = two(t, 17);
  if (two(t, 0) < 0 || two(t, 2) < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return undefined;
  if (!validDate(y, mo, d, h, mi, s) || oh > 14 || om > 59) return null;
  return utcMsOf(y, mo, d, h, mi, s) - (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
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
