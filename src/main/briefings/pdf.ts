/**
 * PDFs of the print routes, rendered by the platform (desktop: a hidden window; browser mode: the host's
 * headless Chromium). Pure helpers for both renderers live here too, so they print the same page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Core } from '../core/context';
import { DomainError } from '../../shared/envelope';
import type { Locale } from '../../shared/domain';
import type { FileDownload } from '../../shared/contract/common';
import type { PaperSize, PdfBatchResult } from '../../shared/contract/briefings';
import { getSettings } from '../settings/service';
import { briefingDocument, fileSlug, shortlistDocument } from './document';
import { appToday } from '../core/today';
import { rememberBatch } from './batch-files';
import { campaignInfo } from './service';
import { briefingCards } from './queries';

/** Page margins of every printed document, in millimetres (the footer with the page numbers sits in the bottom one). */
export const PDF_MARGINS_MM = { top: 16, right: 16, bottom: 20, left: 16 } as const;

/** How long a renderer waits for the print page to say it is ready. */
export const PRINT_READY_TIMEOUT_MS = 30_000;

export interface RenderPdfOptions {
  paper: PaperSize;
  /** Footer text; `{page}` and `{pages}` become the page number and count; a tab separates the left and right part. */
  footer: string;
}

export type PrintKind = 'briefing' | 'campaign-briefing' | 'shortlist';

/** The renderer's hash route of a print page (without the leading '#'), as a PDF engine loads it. */
export function printRoute(kind: PrintKind, id: number, opts: { lang: Locale; paper: PaperSize; scope?: 'shortlist' | 'all'; engine?: boolean }): string {
  const q = new URLSearchParams({ lang: opts.lang, paper: opts.paper });
  if (opts.scope) q.set('scope', opts.scope);
  if (opts.engine !== false) q.set('pdf', '1');
  return `/print/${kind}/${id}?${q.toString()}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The footer template Chromium prints in the bottom margin of each page (Electron's printToPDF and
 * Playwright's page.pdf take the same): the text escaped, `{page}`/`{pages}` as Chromium's page counters.
 * Templates get no page styles, so every style is inline and explicit (the default font size is tiny).
 */
export function footerTemplate(footer: string): string {
  const part = (text: string) =>
    escapeHtml(text).replace(/\{page\}/g, '<span class="pageNumber"></span>').replace(/\{pages\}/g, '<span class="totalPages"></span>');
  const [left = '', right = ''] = footer.split('\t');
  return (
    `<div style="box-sizing:border-box;width:100%;padding:0 ${PDF_MARGINS_MM.right}mm 0 ${PDF_MARGINS_MM.left}mm;` +
    `font-family:'Segoe UI','Helvetica Neue',Arial,'Liberation Sans',sans-serif;font-size:7.5pt;color:#6b7280;` +
    `display:flex;justify-content:space-between;align-items:center;gap:8mm;-webkit-print-color-adjust:exact;">` +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;">${part(left)}</span>` +
    `<span style="white-space:nowrap;font-variant-numeric:tabular-nums;">${part(right)}</span></div>`
  );
}

/** An empty header (Chromium prints the date and title otherwise). */
export const HEADER_TEMPLATE = '<span></span>';

const PAGE_WORDS: Record<Locale, string> = { de: 'Seite {page} von {pages}', en: 'Page {page} of {pages}' };
const quote = (lang: Locale, s: string) => (lang === 'de' ? `„${s}“` : `“${s}”`);

export function footerText(lang: Locale, parts: { brand: string; title: string; campaign: string; person?: string | null }): string {
  const left = [parts.brand.trim(), `${parts.title} ${quote(lang, parts.campaign)}`, parts.person ?? ''].filter(Boolean).join(' · ');
  return `${left}\t${PAGE_WORDS[lang]}`;
}

function requireRenderer(core: Core): NonNullable<NonNullable<Core['platform']>['renderPdf']> {
  const render = core.platform?.renderPdf;
  if (!render)
    throw new DomainError(
      'UNSUPPORTED',
      'PDFs need the desktop app or a Chromium on this machine (install chromium or set CHROMIUM_PATH). Use “Print” and your browser’s “Save as PDF” instead.',
      { key: 'briefings.needsRenderer' },
    );
  return render.bind(core.platform);
}

function download(fileName: string, bytes: Uint8Array): FileDownload {
  return { fileName, mime: 'application/pdf', dataBase64: Buffer.from(bytes).toString('base64') };
}

export async function briefingPdf(core: Core, input: { campaignId?: number; collaborationId?: number; paper: PaperSize; language?: Locale }): Promise<FileDownload> {
  const render = requireRenderer(core);
  const doc = await briefingDocument(core.db, input, appToday(core));
  const route =
    doc.kind === 'collaboration'
      ? printRoute('briefing', doc.person!.collaborationId, { lang: doc.language, paper: input.paper })
      : printRoute('campaign-briefing', doc.campaign.id, { lang: doc.language, paper: input.paper });
  const footer = footerText(doc.language, { brand: doc.brand.name, title: 'Briefing', campaign: doc.campaign.name, person: doc.person?.name });
  return download(doc.fileName, await render(route, { paper: input.paper, footer }));
}

export async function shortlistPdf(core: Core, input: { campaignId: number; paper: PaperSize; language?: Locale; scope: 'shortlist' | 'all' }): Promise<FileDownload> {
  const render = requireRenderer(core);
  const doc = shortlistDocument(core.db, input, appToday(core));
  if (doc.entries.length === 0) throw new DomainError('INVALID_INPUT', 'Nobody is on the shortlist of this campaign', { field: 'campaignId', key: 'briefings.shortlistEmpty' });
  const route = printRoute('shortlist', doc.campaign.id, { lang: doc.language, paper: input.paper, scope: input.scope });
  const footer = footerText(doc.language, { brand: doc.brand.name, title: 'Shortlist', campaign: doc.campaign.name });
  return download(doc.fileName, await render(route, { paper: input.paper, footer }));
}

/** A folder that does not exist yet: `base`, else `base-2`, `base-3` … */
function freshFolder(base: string): string {
  if (!fs.existsSync(base)) return base;
  for (let i = 2; i < 1000; i++) if (!fs.existsSync(`${base}-${i}`)) return `${base}-${i}`;
  return `${base}-${Date.now()}`;
}

/**
 * One PDF per collaboration of a campaign (declined and removed cards left out) into
 * `<data folder>/exports/<campaign>-<date>/` (or a folder the user picks on the desktop), reporting progress
 * as job events. The rendering happens in another process, so main stays responsive while it awaits.
 */
export async function briefingPdfBatch(
  core: Core,
  input: { campaignId: number; paper: PaperSize; language?: Locale; jobId?: string; chooseFolder: boolean },
): Promise<PdfBatchResult> {
  const render = requireRenderer(core);
  const campaign = campaignInfo(core.db, input.campaignId);
  const cards = briefingCards(core.db, campaign.id);
  if (cards.length === 0) throw new DomainError('INVALID_INPUT', 'This campaign has no collaborations to brief yet', { field: 'campaignId', key: 'briefings.noCards' });

  const jobId = input.jobId ?? randomUUID();
  const folderName = `${fileSlug(campaign.name, 50).toLowerCase()}-${appToday(core)}`;
  let parent = path.join(core.dataDir, 'exports');
  if (input.chooseFolder && core.platform?.chooseFolder) {
    const chosen = await core.platform.chooseFolder({ title: campaign.name });
    if (!chosen) return { jobId, folder: null, files: [] };
    parent = chosen;
  }
  const folder = freshFolder(path.join(parent, folderName));
  const progress = (done: number, phase: string) =>
    core.events.emit({ type: 'job.progress', jobId, kind: 'briefings.pdfBatch', done, total: cards.length, phase });

  const files: string[] = [];
  const brand = getSettings(core.db).brandName;
  try {
    fs.mkdirSync(folder, { recursive: true });
    progress(0, 'rendering');
    const used = new Set<string>();
    for (const [i, card] of cards.entries()) {
      const doc = await briefingDocument(core.db, { collaborationId: card.id, language: input.language }, appToday(core));
      const route = printRoute('briefing', card.id, { lang: doc.language, paper: input.paper });
      const footer = footerText(doc.language, { brand, title: 'Briefing', campaign: campaign.name, person: card.name });
      const bytes = await render(route, { paper: input.paper, footer });
      let name = `${String(i + 1).padStart(2, '0')}-${fileSlug(card.name, 50)}-${doc.language}.pdf`;
      if (used.has(name)) name = name.replace(/\.pdf$/, `-${card.id}.pdf`);
      used.add(name);
      fs.writeFileSync(path.join(folder, name), bytes);
      files.push(name);
      progress(i + 1, 'rendering');
    }
  } catch (err) {
    const named = err instanceof DomainError && err.key ? { errorKey: err.key, ...(err.params ? { errorParams: err.params } : {}) } : { errorKey: 'jobs.failed' };
    core.events.emit({ type: 'job.finished', jobId, kind: 'briefings.pdfBatch', ok: false, message: err instanceof Error ? err.message : String(err), ...named });
    throw err;
  }
  rememberBatch(jobId, folder, files);
  core.events.emit({ type: 'job.finished', jobId, kind: 'briefings.pdfBatch', ok: true, result: { folder, files: files.length } });
  return { jobId, folder, files };
}
