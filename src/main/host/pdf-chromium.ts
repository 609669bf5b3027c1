/**
 * Browser mode's PDF renderer: the host's own print route in a headless Chromium driven by playwright-core
 * (installed with @playwright/test; loaded lazily and never bundled). One browser, started on first use and
 * reused; each PDF gets a fresh context (its own sessionStorage for the token).
 */
import fs from 'node:fs';
import { DomainError } from '../../shared/envelope';
import type { Logger } from '../core/log';
import { HEADER_TEMPLATE, PDF_MARGINS_MM, PRINT_READY_TIMEOUT_MS, footerTemplate } from '../briefings/pdf';

type Playwright = typeof import('playwright-core');
type Browser = Awaited<ReturnType<Playwright['chromium']['launch']>>;

export interface ChromiumPdfRenderer {
  renderPdf(route: string, opts: { paper: 'a4' | 'letter'; footer: string }): Promise<Uint8Array>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((p): p is string => !!p);
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

const unsupported = (why: string) =>
  new DomainError('UNSUPPORTED', `PDFs in browser mode need Chromium on this machine (${why}). Install chromium or set CHROMIUM_PATH, or use “Print” and your browser’s “Save as PDF”.`,
    { key: 'briefings.needsChromium', params: { reason: why } },
  );

/**
 * `base` and `token` come from the running host (they exist only after it listens, hence getters).
 */
export function chromiumPdfRenderer(opts: { base: () => string; token: () => string; log: Logger }): ChromiumPdfRenderer {
  let browser: Promise<Browser> | null = null;
  let closed = false;

  const launch = async (): Promise<Browser> => {
    const executablePath = chromiumPath();
    if (!executablePath) throw unsupported('no Chromium found');
    let pw: Playwright;
    try {
      // A variable specifier keeps the bundler from pulling playwright-core into the build.
      const specifier = 'playwright-core';
      pw = (await import(/* @vite-ignore */ specifier)) as Playwright;
    } catch {
      throw unsupported('playwright-core is not installed');
    }
    const b = await pw.chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    b.on('disconnected', () => {
      browser = null;
    });
    return b;
  };

  const getBrowser = (): Promise<Browser> => {
    if (closed) return Promise.reject(unsupported('the host is shutting down'));
    if (!browser) {
      browser = launch();
      browser.catch(() => {
        browser = null;
      });
    }
    return browser;
  };

  return {
    async renderPdf(route, { paper, footer }) {
      const b = await getBrowser();
      const context = await b.newContext({ locale: 'de-DE', viewport: { width: 1000, height: 1400 } });
      try {
        const page = await context.newPage();
        const hash = route.startsWith('/') ? route : `/${route}`;
        await page.goto(`${opts.base()}/?token=${encodeURIComponent(opts.token())}#${hash}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.body.dataset.printReady === '1' || !!document.body.dataset.printError, undefined, {
          timeout: PRINT_READY_TIMEOUT_MS,
          polling: 100,
        });
        const failed = await page.evaluate(() => document.body.dataset.printError ?? null);
        if (failed) throw new DomainError('INTERNAL', `The print page failed: ${failed}`, { key: 'briefings.printFailed', params: { reason: failed } });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({
          format: paper === 'letter' ? 'Letter' : 'A4',
          margin: {
            top: `${PDF_MARGINS_MM.top}mm`,
            right: `${PDF_MARGINS_MM.right}mm`,
            bottom: `${PDF_MARGINS_MM.bottom}mm`,
            left: `${PDF_MARGINS_MM.left}mm`,
          },
          displayHeaderFooter: true,
          headerTemplate: HEADER_TEMPLATE,
          footerTemplate: footerTemplate(footer),
          printBackground: true,
          preferCSSPageSize: false,
        });
        return new Uint8Array(pdf);
      } catch (err) {
        if (err instanceof DomainError) throw err;
        opts.log.error('PDF rendering failed', err);
        const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new DomainError('INTERNAL', `The PDF could not be rendered: ${reason}`, { key: 'briefings.pdfFailed', params: { reason } });
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      closed = true;
      const b = browser;
      browser = null;
      if (b) await b.then((x) => x.close()).catch(() => undefined);
    },
  };
}
