/**
 * Pure helpers for the Samples and Content tabs: carrier tracking links, and the client-side disclosure hint
 * (the same shared check the core runs when saving).
 */
import { checkDisclosure } from '../../../../../shared/disclosure';

/** Fraction digits of a currency (EUR 2, JPY 0). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
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
