import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { BriefingDocument, EvidencePost, ReportData, Settings, ShortlistDocument } from '../../../../shared/contract';
import type { Locale } from '../../../../shared/domain';
import { api } from '../../api/client';
import { currentLocale, getI18n } from '../../i18n';
import { formatterFor } from '../../lib/format';
import { BriefingDoc } from './BriefingDoc';
import { ShortlistDoc } from './ShortlistDoc';
import { ReportDoc } from './ReportDoc';
import { PostReportDoc } from './PostReportDoc';
import { printSizedImage } from '../../lib/thumbnail';
import { todayIn } from '../../../../shared/time';
import { appNow } from '../../lib/today';
import { isPrintLocation, parsePrintLocation, type PrintParams } from '../../lib/printRoute';
import './print.css';

/** Page margins (mm) – the same the PDF engines use (src/main/briefings/pdf.ts PDF_MARGINS_MM). */
const MARGINS = '16mm 16mm 20mm 16mm';

type Loaded =
  | { kind: 'briefing'; doc: BriefingDocument }
  | { kind: 'shortlist'; doc: ShortlistDocument }
  | { kind: 'report'; doc: ReportData & { language: Locale; fileName: string }; settings: Settings; evidence?: EvidencePost[] }
  | { kind: 'post-report'; doc: { language: Locale; fileName: string; today: string; post: EvidencePost }; settings: Settings };

/** Screenshots scaled to the size they are printed at (a phone's full-size picture would bloat the PDF). */
async function printSized(posts: EvidencePost[]): Promise<EvidencePost[]> {
  return Promise.all(posts.map(async (p) => ({ ...p, media: await Promise.all(p.media.map(async (m) => ({ ...m, dataUrl: await printSizedImage(m.dataUrl) }))) })));
}

async function load(p: PrintParams): Promise<Loaded> {
  const language = p.lang ?? undefined;
  if (p.kind === 'post-report') {
    const [settings, posts] = await Promise.all([api.call('settings.get', {}), api.call('posts.evidence', { postId: p.id })]);
    const lang: Locale = p.lang ?? settings.locale ?? currentLocale();
    const [post] = await printSized(posts);
    if (!post) throw new Error(`post ${p.id} not found`);
    return { kind: 'post-report', doc: { language: lang, fileName: `${post.person} ${post.postId}`, today: todayIn(settings.timeZone, appNow()), post }, settings };
  }
  if (p.kind === 'campaign-report' || p.kind === 'portfolio-report') {
    const settings = await api.call('settings.get', {});
    const lang: Locale = p.lang ?? settings.locale ?? currentLocale();
    const range = { ...(p.from ? { from: p.from } : {}), ...(p.to ? { to: p.to } : {}) };
    const scope =
      p.kind === 'campaign-report'
        ? { campaignId: p.id }
        : { ...(p.campaignIds ? { campaignIds: p.campaignIds } : {}), ...(p.influencerIds ? { influencerIds: p.influencerIds } : {}) };
    const [data, evidence] = await Promise.all([
      api.call('kpis.report', { ...scope, ...range, lang }),
      p.kind === 'campaign-report' ? api.call('posts.evidence', { campaignId: p.id }).then(printSized) : Promise.resolve(undefined),
    ]);
    return { kind: 'report', doc: { ...data, language: lang, fileName: data.title }, settings, evidence };
  }
  if (p.kind === 'shortlist') return { kind: 'shortlist', doc: await api.call('shortlist.document', { campaignId: p.id, language, scope: p.scope }) };
  const input = p.kind === 'briefing' ? { collaborationId: p.id, language } : { campaignId: p.id, language };
  return { kind: 'briefing', doc: await api.call('briefings.document', input) };
}

/** Resolves once every image of the document has loaded (or failed) and the fonts are ready. */
async function settled(root: ParentNode): Promise<void> {
  const images = [...root.querySelectorAll('img')];
  await Promise.all(images.map((img) => (img.complete && img.naturalWidth > 0 ? undefined : img.decode().catch(() => undefined))));
  await (document.fonts?.ready ?? Promise.resolve());
  await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}

function PageStyle({ paper, engine, lang }: { paper: 'a4' | 'letter'; engine: boolean; lang: Locale }) {
  // Page numbers: a PDF engine prints them in its footer template; the browser's own print dialog gets
  // CSS page-margin boxes instead.
  const pages = lang === 'de' ? '"Seite " counter(page) " von " counter(pages)' : '"Page " counter(page) " of " counter(pages)';
  const css = `@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: ${MARGINS}; ${
    engine ? '' : `@bottom-right { content: ${pages}; font: 7.5pt Arial, sans-serif; color: #6b7280; }`
  } }`;
  return <style>{css}</style>;
}

function Toolbar({ t, children }: { t: (k: string) => string; children?: ReactNode }) {
  return (
    <div className="kp-toolbar" role="toolbar">
      <button type="button" className="kp-btn" onClick={() => (window.history.length > 1 ? window.history.back() : window.close())}>
        {t('print.toolbar.back')}
      </button>
      {children}
      <button type="button" className="kp-btn kp-btn-primary" onClick={() => window.print()}>
        {t('print.toolbar.print')}
      </button>
    </div>
  );
}

/**
 * A print route: the document alone, without the app shell. Sets `document.body.dataset.printReady = '1'`
 * once the data, images (logo, QR) and fonts are in, so a PDF engine knows when to print; on failure
 * `printError` holds the message.
 */
export function PrintPage({ location }: { location: string }) {
  const params = useMemo(() => parsePrintLocation(location, window.location.search), [location]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.documentElement.classList.add('kp-print-root');
    return () => {
      document.documentElement.classList.remove('kp-print-root');
      delete document.body.dataset.printReady;
      delete document.body.dataset.printError;
    };
  }, []);

  useEffect(() => {
    let cancelled = false;
    setLoaded(null);
    setError(null);
    delete document.body.dataset.printReady;
    delete document.body.dataset.printError;
    if (!params) {
      setError('Unknown print page');
      document.body.dataset.printError = 'unknown print page';
      return;
    }
    load(params).then(
      (l) => !cancelled && setLoaded(l),
      (err: unknown) => {
        if (cancelled) return;
        const message = err instanceof Error ? err.message : String(err);
        setError(message);
        document.body.dataset.printError = message || 'error';
      },
    );
    return () => {
      cancelled = true;
    };
  }, [params]);

  const lang: Locale = loaded?.doc.language ?? params?.lang ?? currentLocale();
  const t = useMemo(() => getI18n().getFixedT(lang), [lang]);
  const fmt = useMemo(() => formatterFor(lang), [lang]);

  useEffect(() => {
    if (!loaded) return;
    let cancelled = false;
    const root = document.querySelector('.kp-sheet') ?? document;
    void settled(root).then(() => {
      if (cancelled) return;
      document.title = loaded.doc.fileName.replace(/\.pdf$/, '');
      document.body.dataset.printReady = '1';
    });
    return () => {
      cancelled = true;
    };
  }, [loaded]);

  const engine = params?.engine ?? false;
  return (
    <div className={`kp-print ${engine ? 'kp-engine' : ''}`} lang={lang}>
      <PageStyle paper={params?.paper ?? 'a4'} engine={engine} lang={lang} />
      {!engine && <Toolbar t={t} />}
      <main className={`kp-sheet kp-paper-${params?.paper ?? 'a4'}`}>
        {error ? (
          <p className="kp-state" role="alert">
            {t('print.failed')} <span className="kp-muted">{error}</span>
          </p>
        ) : !loaded ? (
          <p className="kp-state">{t('print.loading')}</p>
        ) : loaded.kind === 'briefing' ? (
          <BriefingDoc doc={loaded.doc} t={t} fmt={fmt} />
        ) : loaded.kind === 'post-report' ? (
          <PostReportDoc post={loaded.doc.post} brand={{ name: loaded.settings.brandName, logoDataUrl: loaded.settings.logoDataUrl }} today={loaded.doc.today} t={t} fmt={fmt} />
        ) : loaded.kind === 'report' ? (
          <ReportDoc doc={loaded.doc} logoDataUrl={loaded.settings.logoDataUrl} evidence={loaded.evidence} t={t} fmt={fmt} />
        ) : (
          <ShortlistDoc doc={loaded.doc} t={t} fmt={fmt} />
        )}
      </main>
    </div>
  );
}

/** Renders a print route instead of the app shell when the location is one. */
export function PrintGate({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  if (isPrintLocation(location)) return <PrintPage location={location} />;
  return <>{children}</>;
}
