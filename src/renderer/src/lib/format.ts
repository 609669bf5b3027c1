/**
 * Locale-aware formatting with Intl. Money arrives as integer minor units + ISO currency,
 * ratios as basis points (1 % = 100 bp), dates as 'YYYY-MM-DD', instants as ISO strings.
 * German uses de-DE conventions, English uses en-GB (day/month/year, like the rest of Europe).
 */
import type { Locale } from '../../../shared/domain';
import { appNow, appToday } from './today';

export const DASH = '–';

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
const tag = (l: Locale) => TAGS[l] ?? 'en-GB';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: Locale, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(tag(locale), opts);
    cache.set(key, f);
  }
  return f;
}

function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** 123456 EUR → '1.234,56 €' (de) / '€1,234.56' (en). `whole` drops the cents. */
export function formatMoney(minor: number | null | undefined, currency: string, locale: Locale, opts: { whole?: boolean } = {}): string {
  if (minor == null || !Number.isFinite(minor)) return DASH;
  const digits = currencyDigits(currency);
  const major = minor / 10 ** digits;
  try {
    return nf(locale, {
      style: 'currency',
      currency,
      ...(opts.whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(major);
  } catch {
    return `${formatNumber(major, locale)} ${currency}`;
  }
}

/** 123456 USD → '1.234,56 USD' (de) / '1,234.56 USD' (en): the ISO code after the number, for amounts kept apart. */
export function formatMoneyCode(minor: number | null | undefined, currency: string, locale: Locale): string {
  if (minor == null || !Number.isFinite(minor)) return DASH;
  const digits = currencyDigits(currency);
  return `${nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(minor / 10 ** digits)}\u00a0${currency}`;
}

/** Minor units ↔ major units for form fields. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** currencyDigits(currency));
}
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

export function formatNumber(n: number | null | undefined, locale: Locale, maxFractionDigits = 0): string {
  if (n == null || !Number.isFinite(n)) return DASH;
  return nf(locale, { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** 450 bp → '4,5 %' (de) / '4.5%' (en). */
export function formatPercentBp(bp: number | null | undefined, locale: Locale, maxFractionDigits = 1): string {
  if (bp == null || !Number.isFinite(bp)) return DASH;
  return nf(locale, { style: 'percent', maximumFractionDigits: maxFractionDigits }).format(bp / 10_000);
}

/** ROAS-like multiples from basis points: 35000 bp → '3,5×'. */
export function formatMultipleBp(bp: number | null | undefined, locale: Locale): string {
  if (bp == null || !Number.isFinite(bp)) return DASH;
  return `${nf(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(bp / 10_000)}×`;
}

const COMPACT: Record<Locale, [number, string][]> = {
  de: [
    [1e9, '\u00a0Mrd.'],
    [1e6, '\u00a0Mio.'],
    [1e3, '\u00a0Tsd.'],
  ],
  en: [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
};

/** Followers and reach: 12500 → '12,5 Tsd.' (de) / '12.5K' (en); below 1000 unchanged. */
export function formatCompact(n: number | null | undefined, locale: Locale): string {
  if (n == null || !Number.isFinite(n)) return DASH;
  const abs = Math.abs(n);
  for (const [size, suffix] of COMPACT[locale] ?? COMPACT.en) {
    // Round first so 999,950 becomes '1 Mio.' rather than '1.000 Tsd.'.
    if (abs >= size * 0.99995) {
      const scaled = Math.round((n / size) * 10) / 10;
      if (Math.abs(scaled) >= 1000 && size < 1e9) continue;
      return nf(locale, { maximumFractionDigits: 1 }).format(scaled) + suffix;
    }
  }
  return nf(locale, { maximumFractionDigits: 0 }).format(n);
}

/** Parses 'YYYY-MM-DD' (or an ISO instant) to a Date; calendar dates are taken as UTC midnight. */
function parseDate(value: string): Date | null {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** '2026-11-24' → '24.11.2026' (de) / '24/11/2026' (en). */
export function formatDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return DASH;
  const d = parseDate(value);
  if (!d) return DASH;
  const calendar = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(tag(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(calendar ? { timeZone: 'UTC' } : {}),
  }).format(d);
}

/**
 * An instant's date and time, in the computer's time: '24.11.2026, 13:45' / '24/11/2026, 13:45'; `seconds` adds them
 * where two instants can fall in one minute (backups). DASH when missing or unreadable.
 */
export function formatDateTime(value: string | null | undefined, locale: Locale | string, opts: { seconds?: boolean } = {}): string {
  const d = value ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) return DASH;
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', ...(opts.seconds ? { second: '2-digit' } : {}) };
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', ...time }).format(d);
}

/** An instant's time of day: '13:45' ('' when missing or unreadable). */
export function formatTime(value: string | null | undefined, locale: Locale | string): string {
  const d = value ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(d);
}

/** Two dates as a period: '01.03.2026 – 30.04.2026'; open ends shown with `open`. */
export function formatDateRange(start: string | null, end: string | null, locale: Locale, open = '…'): string {
  if (!start && !end) return DASH;
  return `${start ? formatDate(start, locale) : open} – ${end ? formatDate(end, locale) : open}`;
}

/** Whole days from today (app time zone, lib/today.ts) to `value` (negative = past). */
export function daysFromToday(value: string, now: Date = appNow()): number {
  const a = parseDate(appToday(now))!;
  const d = parseDate(value.slice(0, 10));
  if (!d) return 0;
  return Math.round((d.getTime() - a.getTime()) / 86_400_000);
}

/** 'vor 3 Tagen' / 'in 2 weeks' / 'today'. */
export function formatRelativeDate(value: string | null | undefined, locale: Locale, now: Date = appNow()): string {
  if (!value) return DASH;
  if (!parseDate(value)) return DASH;
  const days = daysFromToday(value, now);
  const rtf = new Intl.RelativeTimeFormat(tag(locale), { numeric: 'auto' });
  const abs = Math.abs(days);
  if (abs < 7) return rtf.format(days, 'day');
  if (abs < 30) return rtf.format(Math.round(days / 7), 'week');
  if (abs < 365) return rtf.format(Math.round(days / 30), 'month');
  return rtf.format(Math.round(days / 365), 'year');
}

/** ISO week label '2026-W07' → 'KW 7' / 'W7'. */
export function formatIsoWeek(week: string, locale: Locale): string {
  const m = /^(\d{4})-W(\d{1,2})$/.exec(week);
  if (!m) return week;
  return locale === 'de' ? `KW\u00a0${Number(m[2])}` : `W${Number(m[2])}`;
}

/** Binds the formatters to one locale (used through the `useFormat` hook). */
export function formatterFor(locale: Locale) {
  return {
    locale,
    money: (minor: number | null | undefined, currency: string, opts?: { whole?: boolean }) => formatMoney(minor, currency, locale, opts),
    moneyCode: (minor: number | null | undefined, currency: string) => formatMoneyCode(minor, currency, locale),
    number: (n: number | null | undefined, digits = 0) => formatNumber(n, locale, digits),
    percentBp: (bp: number | null | undefined, digits = 1) => formatPercentBp(bp, locale, digits),
    multipleBp: (bp: number | null | undefined) => formatMultipleBp(bp, locale),
    compact: (n: number | null | undefined) => formatCompact(n, locale),
    date: (v: string | null | undefined) => formatDate(v, locale),
    dateRange: (a: string | null, b: string | null, open?: string) => formatDateRange(a, b, locale, open),
    relative: (v: string | null | undefined, now?: Date) => formatRelativeDate(v, locale, now),
    isoWeek: (w: string) => formatIsoWeek(w, locale),
  };
}
export type Formatter = ReturnType<typeof formatterFor>;
