/**
 * Desktop PDF rendering: the renderer's print route in a hidden window with the same secure webPreferences as
 * the main window (sandboxed, isolated, no Node), printed with Chromium's printToPDF once the page says it is
 * ready. One render at a time; each gets its own window, closed afterwards.
 */
import { BrowserWindow, dialog } from 'electron';
import { APP_START_URL } from './policy';
import { windowOptions } from './window-options';
import { HEADER_TEMPLATE, PDF_MARGINS_MM, PRINT_READY_TIMEOUT_MS, footerTemplate } from '../briefings/pdf';
import { DomainError } from '../../shared/envelope';

const MM_PER_INCH = 25.4;
const inches = (mm: number) => mm / MM_PER_INCH;

async function waitForReady(win: BrowserWindow): Promise<void> {
  const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
  for (;;) {
    if (win.isDestroyed()) throw new DomainError('INTERNAL', 'The print window closed before the page was ready', { key: 'briefings.printClosed' });
    const state = (await win.webContents.executeJavaScript(
      `({ ready: document.body?.dataset.printReady === '1', error: document.body?.dataset.printError ?? null })`,
      false,
    )) as { ready: boolean; error: string | null };
    if (state.error) throw new DomainError('INTERNAL', `The print page failed: ${state.error}`, { key: 'briefings.printFailed', params: { reason: state.error } });
    if (state.ready) return;
    if (Date.now() > deadline) throw new DomainError('INTERNAL', 'The print page did not get ready in time', { key: 'briefings.printTimeout' });
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function desktopPdfRenderer(opts: { preloadPath: string; isDev: boolean }) {
  let queue: Promise<unknown> = Promise.resolve();

  const renderOne = async (route: string, o: { paper: 'a4' | 'letter'; footer: string }): Promise<Uint8Array> => {
    const win = new BrowserWindow({
      ...windowOptions({ preloadPath: opts.preloadPath, isDev: opts.isDev, bounds: { width: 1000, height: 1400, maximized: false } }),
      show: false,
      skipTaskbar: true,
    });
    try {
      const hash = route.startsWith('/') ? route : `/${route}`;
      await win.loadURL(`${APP_START_URL}#${hash}`);
      await waitForReady(win);
      const pdf = await win.webContents.printToPDF({
        pageSize: o.paper === 'letter' ? 'Letter' : 'A4',
        margins: {
          top: inches(PDF_MARGINS_MM.top),
          right: inches(PDF_MARGINS_MM.right),
          bottom: inches(PDF_MARGINS_MM.bottom),
          left: inches(PDF_MARGINS_MM.left),
        },
        displayHeaderFooter: true,
        headerTemplate: HEADER_TEMPLATE,
        footerTemplate: footerTemplate(o.footer),
        printBackground: true,
        preferCSSPageSize: false,
      });
      return new Uint8Array(pdf);
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  };

  return {
    renderPdf(route: string, o: { paper: 'a4' | 'letter'; footer: string }): Promise<Uint8Array> {
      const next = queue.then(() => renderOne(route, o));
      queue = next.catch(() => undefined);
      return next;
    },
    async chooseFolder(o: { title: string }): Promise<string | null> {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows().find((w) => w.isVisible());
      const options: Electron.OpenDialogOptions = { title: o.title, properties: ['openDirectory', 'createDirectory'] };
      const res = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return res.canceled || !res.filePaths[0] ? null : res.filePaths[0];
    },
  };
}
