/**
 * The building blocks of reading a number as people write it (German and English): spaces and dashes folded,
 * the sign, a magnitude suffix, the mantissa with its separators, and the exact shift into integer minor units.
 * numbers.ts (counts, percentages, money in spreadsheets and shop files) and numbers-typed.ts (number fields)
 * are built on them; numbers.ts re-exports them, so importers keep one entry point.
 *
 *
 * Nothing here uses float arithmetic on the parsed value: the digits are kept as strings, the decimal point is
 * shifted on the string and rounding (half away from zero) is done on the digits, so `4,35 %` is exactly 435 bp
 * and `1,15 Mio.` exactly 1 150 000.
 *
 * Separators, in this order of precedence:
 * 1. Space, NBSP (U+00A0), narrow NBSP (U+202F), thin space (U+2009) and the apostrophes `'` `’` (Swiss) only
 *    ever group thousands; when one of them is present, a `.` or `,` is the decimal separator.
 * 2. When both `.` and `,` occur, the last one is the decimal separator (`1.234,56`, `1,234.56`).
 * 3. The same one of `.`/`,` occurring more than once groups thousands (`1.234.567`).
 * 4. A single `.`/`,` is the decimal separator when it is not followed by exactly three digits (`12,5`, `4.5`),
 *    when the integer part is `0` or empty (`0,045`), or when the integer part has more than three digits.
 * 5. What is left (`1.234`, `12,345`) is ambiguous. A locale decides it (`de`: `.` groups, `,` is decimal;
 *    `en`: `,` groups, `.` is decimal). Without a locale (`auto`): counts read it as grouping (a count cannot be
 *    1.234), percentages as decimal (12.345 % is implausible), money as grouping (no EUR/CHF/USD amount has three
 *    decimals) — money reads it as grouping even with a locale.
 * 6. Before a magnitude suffix (`k`, `Tsd.`, `Mio.`, `Mrd`, …) a single `.`/`,` is always decimal: nobody writes
 *    `1.234k` meaning 1 234 000.
 * Grouping must be well-formed (first group 1–3 digits, the others exactly 3), else the text is not a number.
 *
 * All parsers return `null` — never NaN, never 0 — for text that is not a number (`n/a`, `–`, `abc`, `viele`).
 *
 * Shared by the core (spreadsheet and shop imports) and the renderer (every number and money field reads what
 * is typed through `readTypedNumber` in `numbers-typed.ts`, which uses the exported building blocks below).
 */

export type NumberLocale = 'de' | 'en';
export type LocaleHint = NumberLocale | 'auto';
/** How a percentage column without `%` signs is written: `4,5` (percent) or `0,045` (fraction of one). */
export type PercentScale = 'percent' | 'fraction';

/** A decimal kept as digit strings: value = (neg ? -1 : 1) * `int.frac`. */
export interface Decimal {
  neg: boolean;
  int: string;
  frac: string;
}

export type Ambiguity = 'group' | 'decimal';

export const SPACES = /[\u00A0\u202F\u2007\u2009\u200A]/g;
const DASHES = /[\u2212\u2012\u2013\u2014]/g;

export const MAGNITUDES: [RegExp, number][] = [
  [/\s*(?:k|tsd|tausend|thousand|t)\.?$/i, 3],
  [/\s*(?:m|mio|mill|mil|million|millionen|millions|mn)\.?$/i, 6],
  [/\s*(?:mrd|milliarde|milliarden|bn|b)\.?$/i, 9],
];

/**
 * Takes a magnitude suffix (`k`, `Tsd.`, `Mio.`, `Mrd` …) off the end when digits stand before it: the text without
 * it and the power of ten it stands for (0 without one).
 */
export function splitMagnitude(s: string): { rest: string; magnitude: number } {
  for (const [re, pow] of MAGNITUDES) {
    if (re.test(s) && /[0-9]/.test(s.replace(re, ''))) return { rest: s.replace(re, '').trim(), magnitude: pow };
  }
  return { rest: s, magnitude: 0 };
}

export function normalizeSpaces(text: string): string {
  return text.replace(SPACES, ' ').replace(DASHES, '-').trim();
}

/** Splits a leading sign off; returns null for a sign without a number. */
export function takeSign(s: string): { neg: boolean; rest: string } {
  const m = /^([+-])\s*(.*)$/.exec(s);
  if (!m) return { neg: false, rest: s };
  return { neg: m[1] === '-', rest: m[2] };
}

interface SeparatorAnalysis {
  /** The separator that was read as decimal point, if any. */
  decimalSep: '.' | ',' | null;
  /** The character that groups thousands, if any. */
  groupSep: string | null;
  /** The reading came from rule 5 (a locale or the default decided it). */
  ambiguous: boolean;
}

/**
 * Reads a mantissa made of digits and separators (no sign, no suffix) into a Decimal. `localeChoice` is used only
 * for the ambiguous case (rule 5); `ambiguous` is the default when there is no locale.
 */
export function readMantissa(
  m: string,
  locale: NumberLocale | null,
  ambiguous: Ambiguity,
  forceDecimal: boolean,
): { dec: Omit<Decimal, 'neg'>; analysis: SeparatorAnalysis } | null {
  if (!/^[0-9.,' ’]+$/.test(m) || !/[0-9]/.test(m)) return null;
  // Tokenize into digit runs and separators; two separators in a row are not a number.
  const runs: string[] = [];
  const seps: string[] = [];
  let cur = '';
  for (const ch of m) {
    if (ch >= '0' && ch <= '9') {
      cur += ch;
    } else {
      const sep = ch === '’' ? "'" : ch;
      if (cur === '' && runs.length > 0) return null;
      runs.push(cur);
      seps.push(sep);
      cur = '';
    }
  }
  if (cur === '') return null; // ends with a separator
  runs.push(cur);

  const groupOnly = seps.filter((s) => s === ' ' || s === "'");
  const marks = seps.filter((s) => s === '.' || s === ',');
  const kinds = new Set(marks);
  let decimalSep: '.' | ',' | null = null;
  let isAmbiguous = false;

  if (kinds.size === 2) {
    decimalSep = marks[marks.length - 1] as '.' | ',';
    if (marks.filter((s) => s === decimalSep).length !== 1) return null;
  } else if (kinds.size === 1) {
    const sep = marks[0] as '.' | ',';
    if (marks.length > 1) {
      decimalSep = null;
    } else {
      const idx = seps.indexOf(sep);
      const after = runs[idx + 1];
      const intRuns = runs.slice(0, idx + 1);
      const intDigits = intRuns.join('');
      if (forceDecimal || groupOnly.length > 0 || after.length !== 3 || /^0*$/.test(intDigits) || intRuns[intRuns.length - 1].length > 3) {
        decimalSep = sep;
      } else {
        isAmbiguous = true;
        const readAsGroup = locale ? (locale === 'de' ? sep === '.' : sep === ',') : ambiguous === 'group';
        decimalSep = readAsGroup ? null : sep;
      }
    }
  }

  // Everything that is not the decimal separator groups thousands and must be one consistent character.
  const decIdx = decimalSep ? seps.lastIndexOf(decimalSep) : -1;
  const groupSeps = seps.filter((_, i) => i !== decIdx);
  if (new Set(groupSeps.map((s) => (s === ' ' ? ' ' : s))).size > 1) return null;
  const intRuns = decIdx >= 0 ? runs.slice(0, decIdx + 1) : runs;
  const fracRuns = decIdx >= 0 ? runs.slice(decIdx + 1) : [];
  if (fracRuns.length > 1) return null; // grouping after the decimal point
  if (intRuns.length > 1) {
    if (intRuns[0].length < 1 || intRuns[0].length > 3) return null;
    if (intRuns.slice(1).some((r) => r.length !== 3)) return null;
  }
  const int = intRuns.join('').replace(/^0+(?=\d)/, '') || '0';
  const frac = fracRuns.join('');
  return {
    dec: { int, frac },
    analysis: { decimalSep, groupSep: groupSeps[0] ?? null, ambiguous: isAmbiguous },
  };
}

/** value × 10^shift, rounded half away from zero, as a safe integer; null if it does not fit. */
export function scaleToInteger(d: Decimal, shift: number): number | null {
  const digits = d.int + d.frac;
  const pointAt = d.int.length + shift;
  let whole: string;
  let roundUp = false;
  if (pointAt >= digits.length) {
    whole = digits + '0'.repeat(pointAt - digits.length);
  } else if (pointAt <= 0) {
    whole = '0';
    roundUp = pointAt === 0 && digits[0] >= '5';
  } else {
    whole = digits.slice(0, pointAt);
    roundUp = digits[pointAt] >= '5';
  }
  let n = BigInt(whole);
  if (roundUp) n += 1n;
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const v = Number(n);
  return d.neg && v !== 0 ? -v : v;
}

/** True if value × 10^shift has no fractional part. */
export function isWholeAfterShift(d: Decimal, shift: number): boolean {
  return /^0*$/.test(d.frac.slice(Math.max(0, shift)));
}
