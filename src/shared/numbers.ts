/**
 * Reading numbers the way people type them into influencer spreadsheets (German and English).
 *
 * The separator rules and the digit-exact arithmetic live in numbers-decimal.ts (re-exported here).
 *
 * All parsers return `null` — never NaN, never 0 — for text that is not a number (`n/a`, `–`, `abc`, `viele`).
 *
 * Shared by the core (spreadsheet and shop imports) and the renderer (every number and money field reads what
 * is typed through `readTypedNumber` in `numbers-typed.ts`, which uses the exported building blocks below).
 */

import { SPACES, isWholeAfterShift, normalizeSpaces, readMantissa, scaleToInteger, splitMagnitude, takeSign, type Decimal, type LocaleHint, type NumberLocale, type PercentScale } from './numbers-decimal';

export * from './numbers-decimal';

/** Cell texts that mean "no value" rather than "a bad value"; an import treats them as empty. */
const PLACEHOLDERS = new Set([
  '-', '--', '---', '–', '—', '?', '??', '/', '...', '…', 'n/a', 'n.a.', 'n. a.', 'na', 'k.a.', 'k. a.', 'ka',
  'keine angabe', 'keine angaben', 'unbekannt', 'unknown', 'none', 'null', 'tbd', 'tba',
]);

/** True for empty cells and for placeholders such as `–`, `n/a`, `k. A.`, `?`. */
export function isBlankOrPlaceholder(text: string | null | undefined): boolean {
  if (text == null) return true;
  const t = text.replace(SPACES, ' ').trim().toLowerCase();
  return t === '' || PLACEHOLDERS.has(t);
}

const LEADING_JUNK =
  /^(?:~|≈|\+\/-|±|>=?|<=?|≥|≤|ca\.?|circa|zirka|approx\.?|about|around|roughly|etwa|rund|ungefähr|ungef\.|über|ueber|over|mehr als|more than|fast|almost|knapp|bis zu|up to)\s*/i;
const TRAILING_COUNT_JUNK =
  /\s*(?:\+|\*|follower|followers|abonnenten|abonnent|abos|abo|fans|subscribers|subs|views|aufrufe|likes)\.?$/i;

function stripRepeatedly(s: string, re: RegExp): string {
  let prev: string;
  do {
    prev = s;
    s = s.replace(re, '').trim();
  } while (s !== prev && s !== '');
  return s;
}

function resolveLocale(hint: LocaleHint | undefined): NumberLocale | null {
  return hint === 'de' || hint === 'en' ? hint : null;
}

interface Prepared {
  neg: boolean;
  mantissa: string;
  magnitude: number;
}

/** Strips junk words, an optional magnitude suffix and the sign. */
function prepareCount(text: string): Prepared | null {
  let s = normalizeSpaces(text);
  if (s === '') return null;
  s = stripRepeatedly(s, LEADING_JUNK);
  s = stripRepeatedly(s, TRAILING_COUNT_JUNK);
  const { rest: unsuffixed, magnitude } = splitMagnitude(s);
  const { neg, rest } = takeSign(unsuffixed);
  return { neg, mantissa: rest.trim(), magnitude };
}

/**
 * A follower-like count (followers, likes, views) as a non-negative integer, or null.
 * `12.345` (de) / `12,345` (en) → 12345; `12,5k`, `12.5K`, `12,5 Tsd.` → 12500; `1,2 Mio.`, `1.2M` → 1200000;
 * `3 Mrd` → 3000000000; `1 234`, `1'234` → 1234; `~ 5.000`, `ca. 5k`, `10k+` → with the junk ignored.
 * Without a suffix a count must be whole: `1.234` with locale `en` is 1.234 and therefore null.
 * With a suffix the result is rounded half up (`1,2345k` → 1235). Negative numbers are null.
 * `auto` (the default) reads an ambiguous `1.234` / `1,234` as 1234; for a whole column prefer
 * `detectNumberLocale(values)` and pass its result.
 */
export function parseCount(text: string | null | undefined, locale: LocaleHint = 'auto'): number | null {
  if (text == null) return null;
  const p = prepareCount(text);
  if (!p || p.neg) return null;
  const read = readMantissa(p.mantissa, resolveLocale(locale), 'group', p.magnitude > 0);
  if (!read) return null;
  const dec: Decimal = { neg: false, ...read.dec };
  if (p.magnitude === 0 && !isWholeAfterShift(dec, 0)) return null;
  return scaleToInteger(dec, p.magnitude);
}

export const PERCENT_SIGN = /\s*(?:%|prozent|percent|pct\.?|v\.\s*h\.)$/i;

function preparePercent(text: string): { neg: boolean; mantissa: string; hasSign: boolean } | null {
  let s = normalizeSpaces(text);
  if (s === '') return null;
  s = stripRepeatedly(s, LEADING_JUNK);
  let hasSign = false;
  if (PERCENT_SIGN.test(s)) {
    s = s.replace(PERCENT_SIGN, '').trim();
    hasSign = true;
  }
  // `% 4,5` is rare but happens when a column is formatted oddly.
  if (!hasSign && /^%\s*/.test(s)) {
    s = s.replace(/^%\s*/, '');
    hasSign = true;
  }
  const { neg, rest } = takeSign(s);
  return { neg, mantissa: rest.trim(), hasSign };
}

/**
 * A percentage in basis points (1 % = 100 bp), rounded half away from zero, or null.
 * `4,5 %` → 450, `4.5%` → 450, `12 %` → 1200, `0,9` → 90.
 * A value with a `%` sign is always a percentage. A value without one is read by `scale`: `percent` (default,
 * `4,5` means 4.5 %) or `fraction` (`0,045` means 4.5 %) — decide the scale for a whole column with
 * `detectPercentScale`. An ambiguous `1.234` without locale reads as decimal (1.234 %).
 */
export function parsePercentBp(
  text: string | null | undefined,
  locale: LocaleHint = 'auto',
  scale: PercentScale = 'percent',
): number | null {
  if (text == null) return null;
  const p = preparePercent(text);
  if (!p) return null;
  const read = readMantissa(p.mantissa, resolveLocale(locale), 'decimal', false);
  if (!read) return null;
  const shift = p.hasSign || scale === 'percent' ? 2 : 4;
  return scaleToInteger({ neg: p.neg, ...read.dec }, shift);
}

/**
 * Decides how a percentage column without `%` signs is written. Rule: the column holds fractions of one when
 * every value without a `%` sign lies in [0, 1] and the median of the non-zero ones is below 0.2 — engagement
 * written as a fraction looks like `0,045`, while percentages below 1 (`0,9` for a big account) stay above it.
 * Values with a `%` sign do not vote; an empty or all-`%` column is `percent`.
 */
export function detectPercentScale(values: readonly string[], locale: LocaleHint = 'auto'): PercentScale {
  const unsigned: number[] = [];
  for (const v of values) {
    if (isBlankOrPlaceholder(v)) continue;
    const p = preparePercent(v);
    if (!p || p.hasSign) continue;
    const bp = parsePercentBp(v, locale, 'fraction'); // value × 10 000, exact on the digits
    if (bp == null) continue;
    unsigned.push(Math.abs(bp));
  }
  if (unsigned.length === 0) return 'percent';
  if (unsigned.some((x) => x > 10_000)) return 'percent';
  const nonZero = unsigned.filter((x) => x > 0).sort((a, b) => a - b);
  if (nonZero.length === 0) return 'percent';
  const mid = nonZero.length >> 1;
  const median = nonZero.length % 2 ? nonZero[mid] : (nonZero[mid - 1] + nonZero[mid]) / 2;
  return median < 2_000 ? 'fraction' : 'percent';
}

export const CURRENCY_TOKENS: [RegExp, string][] = [
  [/€|\beur\b|\beuro\b/i, 'EUR'],
  [/\bchf\b|\bsfr\.?|\bfr\.(?=\s|\d|$)/i, 'CHF'],
  [/\$|\busd\b/i, 'USD'],
  [/£|\bgbp\b/i, 'GBP'],
];

/**
 * A money amount with the currency it names (`€`, `EUR`, `Euro`, `CHF`, `Fr.`, `SFr.`, `$`, `USD`, `£`, `GBP`),
 * in minor units (cents; all four currencies have two decimals), rounded half away from zero; or null.
 * `1.234,56 €` → 123456 EUR, `€1,234.56` → 123456 EUR, `250 EUR` → 25000, `CHF 1'250.00` → 125000 CHF,
 * `250,- €` and `1'250.–` (zero cents written as a dash) → whole amounts. An ambiguous single separator
 * followed by three digits (`1.234 €`) always groups thousands.
 */
export function parseMoney(
  text: string | null | undefined,
  locale: LocaleHint = 'auto',
): { minor: number; currency: string | null } | null {
  if (text == null) return null;
  let s = normalizeSpaces(text);
  if (s === '') return null;
  s = stripRepeatedly(s, LEADING_JUNK);
  let currency: string | null = null;
  for (const [re, code] of CURRENCY_TOKENS) {
    if (re.test(s)) {
      if (currency && currency !== code) return null; // two currencies in one cell
      currency = code;
      s = s.replace(new RegExp(re.source, 'gi'), ' ');
    }
  }
  s = s.replace(/\s+/g, ' ').trim();
  // Zero cents written as a dash: `250,-`, `250.–`, `250,--`.
  s = s.replace(/[.,]\s*-{1,2}$/, '');
  const { neg, rest } = takeSign(s);
  // The locale is accepted for symmetry with the other parsers but never needed: under the rules above the only
  // ambiguous money text (`1.234`, `1,234`) is read as grouping in every locale.
  void locale;
  const read = readMantissa(rest.trim(), null, 'group', false);
  if (!read) return null;
  const minor = scaleToInteger({ neg, ...read.dec }, 2);
  return minor == null ? null : { minor, currency };
}

/** `parseMoney(text, locale)?.minor ?? null`. */
export function parseMoneyMinor(text: string | null | undefined, locale: LocaleHint = 'auto'): number | null {
  return parseMoney(text, locale)?.minor ?? null;
}

/**
 * Guesses the number locale of a column from the values that are unambiguous: `12,5k`, `4,5`, `1.234.567`,
 * `1.234,56` vote `de`; `12.5K`, `4.5`, `1,234,567`, `1,234.56` vote `en`. Values like `1.234`, `12345`, `12k`
 * do not vote. Returns the majority, or null when nothing voted or the votes tie.
 */
export function detectNumberLocale(values: readonly string[]): NumberLocale | null {
  let de = 0;
  let en = 0;
  for (const v of values) {
    if (isBlankOrPlaceholder(v)) continue;
    const vote = voteOf(v);
    if (vote === 'de') de++;
    else if (vote === 'en') en++;
  }
  if (de === en) return null;
  return de > en ? 'de' : 'en';
}

function voteOf(text: string): NumberLocale | null {
  // Try as count (strips suffixes), then as percentage, then as money; the first that reads casts the vote.
  const candidates: { mantissa: string; forceDecimal: boolean }[] = [];
  const c = prepareCount(text);
  if (c) candidates.push({ mantissa: c.mantissa, forceDecimal: c.magnitude > 0 });
  const p = preparePercent(text);
  if (p) candidates.push({ mantissa: p.mantissa, forceDecimal: false });
  const money = normalizeSpaces(text).replace(/€|\$|£|\b(?:eur|euro|chf|usd|gbp)\b/gi, '').trim();
  candidates.push({ mantissa: money.replace(/^[+-]\s*/, ''), forceDecimal: false });
  for (const cand of candidates) {
    const read = readMantissa(cand.mantissa, null, 'group', cand.forceDecimal);
    if (!read) continue;
    const a = read.analysis;
    if (a.ambiguous) return null;
    if (a.decimalSep === ',' || a.groupSep === '.') return 'de';
    if (a.decimalSep === '.' || a.groupSep === ',') return 'en';
    return null;
  }
  return null;
}
