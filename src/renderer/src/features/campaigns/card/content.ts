/**
 * Pure helpers for the Samples and Content tabs: money typed as text → integer minor units (no floats),
 * carrier tracking links, and the client-side disclosure hint (the same shared check the core runs when saving).
 */
import type { Locale } from '../../../../../shared/domain';
import { checkDisclosure } from '../../../../../shared/disclosure';

/** Fraction digits of a currency (EUR 2, JPY 0). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Parses an amount typed in major units into minor units without float arithmetic:
 * '29,99' (de) → 2999, '1.299,5' (de) → 129950, '29.99' (en) → 2999, '€ 12' → 1200, '' → 0.
 * The locale's decimal separator wins; the other one is a thousands separator, unless it is the only separator
 * and is followed by one or two digits ('29.99' typed in German still means 29,99).
 * Returns null for anything that is not an amount (letters, negative values, too many decimals).
 */
export function parseMoneyInput(text: string, locale: Locale, currency = 'EUR'): number | null {
  const digits = currencyDigits(currency);
  const s = text.replace(/[\s\u00a0\u202f€$£]|EUR|CHF|USD|GBP/gi, '');
  if (s === '') return 0;
  if (!/^[\d.,']+$/.test(s)) return null;
  const dec = locale === 'de' ? ',' : '.';
  const other = dec === ',' ? '.' : ',';
  let whole = s;
  let frac = '';
  const lastDec = s.lastIndexOf(dec);
  if (lastDec >= 0) {
    whole = s.slice(0, lastDec);
    frac = s.slice(lastDec + 1);
    if (whole.includes(dec)) return null;
  } else {
    const lastOther = s.lastIndexOf(other);
    // '29.99' in German / '29,99' in English: a lone separator with 1–2 digits after it is a decimal point
    if (lastOther >= 0 && s.indexOf(other) === lastOther && /^\d{1,2}$/.test(s.slice(lastOther + 1))) {
      whole = s.slice(0, lastOther);
      frac = s.slice(lastOther + 1);
    }
  }
  // thousands separators: groups of three digits only
  if (/[.,']/.test(whole)) {
    if (!/^\d{1,3}([.,']\d{3})+$/.test(whole)) return null;
    whole = whole.replace(/[.,']/g, '');
  }
  if (whole === '') whole = '0';
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(frac)) return null;
  if (frac.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units → the text a money field shows for editing: 2999 → '29,99' (de) / '29.99' (en), 1200 → '12'. */
export function formatMoneyInput(minor: number, locale: Locale, currency = 'EUR'): string {
  if (!minor) return '';
  const digits = currencyDigits(currency);
  const base = 10 ** digits;
  const whole = Math.trunc(minor / base);
  const frac = minor % base;
  if (!frac) return String(whole);
  return `${whole}${locale === 'de' ? ',' : '.'}${String(frac).padStart(digits, '0')}`;
}

/** Carriers the form suggests; any other name is allowed (no tracking link then). */
export const CARRIERS = ['DHL', 'DPD', 'Hermes', 'GLS', 'UPS', 'Österreichische Post', 'Deutsche Post'] as const;

/** The carrier's public tracking page for a number, or null when the carrier is unknown or there is no number. */
export function trackingUrl(carrier: string | null | undefined, trackingNumber: string | null | undefined): string | null {
  const n = (trackingNumber ?? '').trim();
  const c = (carrier ?? '').trim().toLocaleLowerCase('de');
  if (!n || !c) return null;
  const q = encodeURIComponent(n);
  if (/\bdhl\b/.test(c)) return `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${q}`;
  if (/\bdpd\b/.test(c)) return `https://tracking.dpd.de/status/de_DE/parcel/${q}`;
  if (/\bhermes\b/.test(c)) return `https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#${q}`;
  if (/\bgls\b/.test(c)) return `https://gls-group.com/DE/de/paketverfolgung?match=${q}`;
  if (/\bups\b/.test(c)) return `https://www.ups.com/track?loc=de_DE&tracknum=${q}`;
  if (/(österreichische|oesterreichische|austrian) post|post\.at|^post at$/.test(c)) return `https://www.post.at/s/sendungsdetails?snr=${q}`;
  return null;
}

/** Does the caption carry a sufficient ad label? The same check the core runs (src/shared/disclosure.ts). */
export function captionHasDisclosure(caption: string, campaignDisclosure = ''): boolean {
  return checkDisclosure(caption, { campaignLabel: campaignDisclosure }).ok;
}
