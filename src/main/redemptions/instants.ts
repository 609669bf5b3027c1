/**
 * The order timestamps exports write a million times — `2025-12-07 19:08:25 +0100` (Shopify) and
 * `2025-12-07T19:08:25+01:00` (ISO) — read and written by arithmetic: no regular expression, no Date object.
 * values.ts parseInstant uses them and keeps its regular expressions as the reference (fast-path.test.ts).
 */

/** Days in each month of a common year (February has 29 in a leap year). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date and time of day in the years orders can have; by arithmetic (no Date object: a million rows). */
export function validDate(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
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
export function isoWithOffsetMs(t: string): number | null | undefined {
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
  const cc = two(t, 0);
  const yy = two(t, 2);
  const mo = two(t, 5);
  const d = two(t, 8);
  const h = two(t, 11);
  const mi = two(t, 14);
  const s = two(t, 17);
  if (cc < 0 || yy < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return undefined;
  const y = cc * 100 + yy;
  if (!validDate(y, mo, d, h, mi, s) || oh > 14 || om > 59) return null;
  return utcMsOf(y, mo, d, h, mi, s) - (sign === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
}

/** The character code of digit `n` (0–9). */
const digit = (n: number) => 48 + n;

/**
 * new Date(ms).toISOString() for the years 0–9999 by arithmetic (H. Hinnant's civil_from_days), written with
 * String.fromCharCode: a flat string at once, where a template literal makes a tree of pieces that the hand-over
 * to the writer (a structured clone) has to flatten again — a fifth of the cost, paid once for each order with a code.
 */
export function isoUtcText(ms: number): string {
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
  return String.fromCharCode(
    digit((y / 1000) | 0), digit(((y / 100) | 0) % 10), digit(((y / 10) | 0) % 10), digit(y % 10), 45,
    digit((mo / 10) | 0), digit(mo % 10), 45, digit((d / 10) | 0), digit(d % 10), 84,
    digit((h / 10) | 0), digit(h % 10), 58, digit((mi / 10) | 0), digit(mi % 10), 58, digit((s / 10) | 0), digit(s % 10), 46,
    digit((milli / 100) | 0), digit(((milli / 10) | 0) % 10), digit(milli % 10), 90,
  );
}

/**
 * The ISO text of a timestamp in one of isoWithOffsetMs's shapes: `2025-12-07 19:08:25 +0100` →
 * `2025-12-07T19:08:25+01:00` (the ISO shape is its own text). A flat string, as isoUtcText.
 */
export function isoLocalText(t: string): string {
  const sign = t.charCodeAt(19) === 32 ? 20 : 19;
  if (sign === 19 && t.charCodeAt(10) === 84) return t;
  const c = (i: number) => t.charCodeAt(i);
  return String.fromCharCode(
    c(0), c(1), c(2), c(3), 45, c(5), c(6), 45, c(8), c(9), 84, c(11), c(12), 58, c(14), c(15), 58, c(17), c(18),
    c(sign), c(sign + 1), c(sign + 2), 58, c(23), c(24),
  );
}
