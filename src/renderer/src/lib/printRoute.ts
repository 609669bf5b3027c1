import type { Locale } from '../../../shared/domain';
import type { PaperSize } from '../../../shared/contract';

export type PrintKind = 'briefing' | 'campaign-briefing' | 'shortlist' | 'campaign-report' | 'portfolio-report' | 'post-report';

export interface PrintParams {
  kind: PrintKind;
  id: number;
  lang: Locale | null;
  paper: PaperSize;
  scope: 'shortlist' | 'all';
  /** Rendered by a PDF engine (no toolbar; the engine prints the footer with page numbers). */
  engine: boolean;
  /** Reports: the period (`YYYY-MM-DD`), when limited. */
  from?: string;
  to?: string;
  /** Portfolio report: the dashboard's campaign and influencer filters. */
  campaignIds?: number[];
  influencerIds?: number[];
}

const KINDS: readonly PrintKind[] = ['briefing', 'campaign-briefing', 'shortlist', 'campaign-report', 'portfolio-report', 'post-report'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `"3,7"` → [3, 7]; absent or malformed → undefined. */
function idList(v: string | null): number[] | undefined {
  if (!v || !/^\d+(,\d+)*$/.test(v)) return undefined;
  return v.split(',').map(Number);
}

export function isPrintLocation(location: string): boolean {
  return location.startsWith('/print/');
}

/**
 * `/print/<kind>/<id>?lang=de&paper=a4` from the hash location (the query may sit inside the hash, as
 * PDF engines load it, or in the page address, as wouter's navigate puts it).
 */
export function parsePrintLocation(location: string, pageSearch = ''): PrintParams | null {
  const [path = '', hashQuery = ''] = location.split('?');
  const m = /^\/print\/([a-z-]+)\/(\d+)\/?$/.exec(path);
  if (!m || !KINDS.includes(m[1] as PrintKind)) return null;
  const q = new URLSearchParams(pageSearch);
  new URLSearchParams(hashQuery).forEach((v, k) => q.set(k, v));
  const lang = q.get('lang');
  return {
    kind: m[1] as PrintKind,
    id: Number(m[2]),
    lang: lang === 'de' || lang === 'en' ? lang : null,
    paper: q.get('paper') === 'letter' ? 'letter' : 'a4',
    scope: q.get('scope') === 'all' ? 'all' : 'shortlist',
    engine: q.get('pdf') === '1',
    ...(DAY.test(q.get('from') ?? '') ? { from: q.get('from')! } : {}),
    ...(DAY.test(q.get('to') ?? '') ? { to: q.get('to')! } : {}),
    ...(idList(q.get('campaigns')) ? { campaignIds: idList(q.get('campaigns')) } : {}),
    ...(idList(q.get('influencers')) ? { influencerIds: idList(q.get('influencers')) } : {}),
  };
}

/** The hash route of a print page, for links and `window.open`. */
export function printHref(
  kind: PrintKind,
  id: number,
  opts: { lang?: Locale; paper?: PaperSize; scope?: 'shortlist' | 'all'; from?: string | null; to?: string | null } = {},
): string {
  const q = new URLSearchParams();
  if (opts.lang) q.set('lang', opts.lang);
  q.set('paper', opts.paper ?? 'a4');
  if (opts.scope) q.set('scope', opts.scope);
  if (opts.from) q.set('from', opts.from);
  if (opts.to) q.set('to', opts.to);
  return `#/print/${kind}/${id}?${q.toString()}`;
}

/**
 * Opens a print page (`/print/...` with its query): the desktop app has one window, so the page replaces the screen
 * (its Back button returns); in the browser it opens in a new tab.
 */
export function openPrintPage(path: string, transport: 'ipc' | 'http' | 'none', navigate: (to: string) => void): void {
  if (transport === 'ipc') navigate(path);
  else window.open(`#${path}`, '_blank');
}
