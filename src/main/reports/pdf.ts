/**
 * Report PDFs: the renderer's print route of a campaign results report, the portfolio report or one post's report
 * (its figures and screenshots), rendered by
 * the platform's PDF engine (desktop: a hidden window; browser mode: the host's headless Chromium), the
 * same way briefings are printed (src/main/briefings/pdf.ts).
 */
import type { Core } from '../core/context';
import { DomainError } from '../../shared/envelope';
import type { Locale } from '../../shared/domain';
import type { FileDownload } from '../../shared/contract/common';
import type { PaperSize } from '../../shared/contract/briefings';
import { getSettings } from '../settings/service';
import { fileSlug } from '../briefings/document';
import { todayIn } from '../../shared/time';
import { campaignName } from '../campaigns/queries';
import { evidencePost } from '../content/queries/media';

export interface ReportPdfInput {
  campaignId?: number;
  /** One post's report (its figures and screenshots); wins over campaignId. */
  postId?: number;
  from?: string;
  to?: string;
  campaignIds?: number[];
  influencerIds?: number[];
  language?: Locale;
  paper: PaperSize;
}

const WORDS: Record<Locale, { campaign: string; portfolio: string; post: string; page: string }> = {
  de: { campaign: 'Kampagnenbericht', portfolio: 'Portfolio-Bericht', post: 'Beitragsbericht', page: 'Seite {page} von {pages}' },
  en: { campaign: 'Campaign report', portfolio: 'Portfolio report', post: 'Post report', page: 'Page {page} of {pages}' },
};

/** The print route (without '#') the PDF engine loads. */
export function reportRoute(input: ReportPdfInput & { language: Locale }): string {
  const q = new URLSearchParams({ lang: input.language, paper: input.paper, pdf: '1' });
  if (input.from) q.set('from', input.from);
  if (input.to) q.set('to', input.to);
  if (!input.campaignId && input.campaignIds?.length) q.set('campaigns', input.campaignIds.join(','));
  if (!input.campaignId && input.influencerIds?.length) q.set('influencers', input.influencerIds.join(','));
  if (input.postId) return `/print/post-report/${input.postId}?${q}`;
  return input.campaignId ? `/print/campaign-report/${input.campaignId}?${q}` : `/print/portfolio-report/0?${q}`;
}

export async function reportPdf(core: Core, input: ReportPdfInput): Promise<FileDownload> {
  const render = core.platform?.renderPdf;
  if (!render)
    throw new DomainError('UNSUPPORTED', 'PDFs need the desktop app or a Chromium on this machine (install chromium or set CHROMIUM_PATH).', {
      key: 'reports.noPdfEngine',
    });
  const settings = getSettings(core.db);
  const language: Locale = input.language ?? settings.locale ?? 'en';
  const w = WORDS[language];
  let subject = w.portfolio;
  let base = fileSlug(w.portfolio);
  if (input.postId) {
    const post = evidencePost(core.db, input.postId);
    if (!post) throw new DomainError('NOT_FOUND', `Post ${input.postId} not found`, { field: 'postId', key: 'content.postNotFound', params: { id: input.postId } });
    subject = `${w.post} ${post.person}`;
    base = `${fileSlug(w.post)}-${fileSlug(post.person, 40)}-${post.postId}`;
  } else if (input.campaignId) {
    const name = campaignName(core.db, input.campaignId);
    if (name === undefined) throw new DomainError('NOT_FOUND', `Campaign ${input.campaignId} not found`, { field: 'campaignId', key: 'reports.campaignNotFound' });
    subject = `${w.campaign} ${language === 'de' ? `„${name}“` : `“${name}”`}`;
    base = `${fileSlug(w.campaign)}-${fileSlug(subject.slice(w.campaign.length), 50)}`;
  }
  const footer = `${[settings.brandName.trim(), subject].filter(Boolean).join(' · ')}\t${w.page}`;
  const bytes = await render.call(core.platform, reportRoute({ ...input, language }), { paper: input.paper, footer });
  return { fileName: `${base}-${todayIn(settings.timeZone, core.clock.now())}-${language}.pdf`, mime: 'application/pdf', dataBase64: Buffer.from(bytes).toString('base64') };
}
