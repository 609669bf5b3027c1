/**
 * Reading what a person types into one number field, in the UI language — the same separator rules as the
 * spreadsheet import (`numbers.ts`), but strict where a form must be: nothing is rounded away and nothing
 * ambiguous is decided silently.
 *
 * - German: `.` groups thousands, `,` is the decimal separator (`5.000`, `1.234,56`); English the reverse.
 * - A single separator followed by exactly three digits that the UI language reads as a decimal point
 *   (`1.234` in English, `1,234` in German) is **ambiguous**: it would group thousands in the other language.
 *   The field flags it and asks for an unambiguous spelling instead of guessing.
 * - More decimals than the field stores (`12,5` followers, `1,234` €) is an error, never rounded.
 * - Compact suffixes (`12,5k`, `1,2 Mio.`, `3 Mrd`) where the field allows them; `%` and currency marks
 *   (`€`, `EUR`, `CHF`, `$`, `£`) and zero cents written as a dash (`250,-`) are accepted and ignored.
 */
import {
  CURRENCY_TOKENS,
  PERCENT_SIGN,
  isWholeAfterShift,
  normalizeSpaces,
  readMantissa,
  scaleToInteger,
  splitMagnitude,
  takeSign,
  type NumberLocale,
} from './numbers';

export interface TypedNumberOptions {
  /** Decimals stored: the result is value × 10^decimals as an integer (0 for counts, 2 for cents or bp of a %). */
  decimals: number;
  /** Accept `k`, `Tsd.`, `Mio.`, `Mrd` suffixes. */
  compact?: boolean;
  /** Accept a leading minus. */
  allowNegative?: boolean;
}

export type TypedProblem = 'notNumber' | 'decimals' | 'negative' | 'tooLarge';

export type TypedReading =
  | { state: 'empty' }
  | { state: 'ok'; value: number }
  /** `value` is how the UI language reads it, `other` how the other language would (either may be null when it does not fit the field). */
  | { state: 'ambiguous'; value: number | null; other: number | null }
  | { state: 'invalid'; problem: TypedProblem };

function scaled(
  mantissa: string,
  neg: boolean,
  locale: NumberLocale,
  magnitude: number,
  decimals: number,
): { value: number | null; problem?: TypedProblem; ambiguous: boolean } {
  const read = readMantissa(mantissa, locale, 'group', magnitude > 0);
  if (!read) return { value: null, problem: 'notNumber', ambiguous: false };
  const dec = { neg, ...read.dec };
  const ambiguous = read.analysis.ambiguous && read.analysis.decimalSep != null;
  const shift = decimals + magnitude;
  if (!isWholeAfterShift(dec, shift)) return { value: null, problem: 'decimals', ambiguous };
  const value = scaleToInteger(dec, shift);
  if (value == null) return { value: null, problem: 'tooLarge', ambiguous };
  return { value, ambiguous };
}

/** Reads the text of a number field; see the module comment for the rules. */
export function readTypedNumber(text: string, locale: NumberLocale, opts: TypedNumberOptions): TypedReading {
  let s = normalizeSpaces(text);
  if (s === '') return { state: 'empty' };
  for (const [re] of CURRENCY_TOKENS) s = s.replace(new RegExp(re.source, 'gi'), ' ');
  s = s.replace(PERCENT_SIGN, '').replace(/\s+/g, ' ').trim();
  s = s.replace(/[.,]\s*-{1,2}$/, '');
  if (s === '') return { state: 'invalid', problem: 'notNumber' };
  let magnitude = 0;
  if (opts.compact) ({ rest: s, magnitude } = splitMagnitude(s));
  const { neg, rest } = takeSign(s);
  if (neg && !opts.allowNegative) return { state: 'invalid', problem: 'negative' };
  const mantissa = rest.trim();
  const mine = scaled(mantissa, neg, locale, magnitude, opts.decimals);
  if (mine.ambiguous) {
    const other = scaled(mantissa, neg, locale === 'de' ? 'en' : 'de', magnitude, opts.decimals);
    return { state: 'ambiguous', value: mine.value, other: other.value };
  }
  if (mine.problem || mine.value == null) return { state: 'invalid', problem: mine.problem ?? 'notNumber' };
  return { state: 'ok', value: mine.value };
}
