/**
 * Issue 11: the shop import wizard at scale — a Shopify export whose 2,000 orders carry 1,000 codes no
 * collaboration has, through the real renderer in Chromium: the time from "Check all rows" to the report's
 * unknown-code list, the dry run alone (API), the longest main-thread task while the report appears (what
 * freezes the page) and how many code rows are mounted. Part of `npm run bench`; alone: `node --import tsx bench/import-wizard.ts` (after `node scripts/build.mjs`).
 */
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../src/main/core/context';
import { startHttpHost } from '../src/main/host/http-host';

type Report = (name: string, value: number, unit: string, note: string) => void;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A Shopify orders export (the e2e fixture's header): `codes` unknown codes, two orders each. */
export function shopifyWithUnknownCodes(codes: number): string {
  const header = fs.readFileSync(path.resolve('test/fixtures/shop-exports/e2e-shopify.csv'), 'utf8').split(/\r?\n/)[0];
  const cols = header.split(',');
  const at = (name: string) => cols.indexOf(name);
  const lines = [header];
  for (let i = 0; i < codes * 2; i++) {
    const cells = new Array<string>(cols.length).fill('');
    const day = String((i % 28) + 1).padStart(2, '0');
    cells[at('Name')] = `#B${100000 + i}`;
    cells[at('Financial Status')] = 'paid';
    cells[at('Currency')] = 'EUR';
    cells[at('Subtotal')] = '40.00';
    cells[at('Total')] = `${40 + (i % 17)}.90`;
    cells[at('Discount Code')] = `UNBEKANNT${String(i % codes).padStart(4, '0')}`;
    cells[at('Discount Amount')] = '5.00';
    cells[at('Created at')] = `2026-${String((i % 9) + 1).padStart(2, '0')}-${day} 10:15:00 +0200`;
    cells[at('Lineitem quantity')] = '1';
    cells[at('Lineitem name')] = 'Vegan Protein Vanille 750 g';
    cells[at('Lineitem price')] = '40.00';
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

export async function importWizardBench(dataDir: string, report: Report): Promise<void> {
  const rendererDir = path.resolve('out/renderer');
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(path.join(rendererDir, 'index.html')) || !fs.existsSync(chromium)) {
    process.stdout.write('import wizard: skipped (needs `npm run build` and Chromium)\n');
    return;
  }
  const CODES = 1000;
  const file = path.join(os.tmpdir(), `kollab-bench-unknown-${process.pid}.csv`);
  fs.writeFileSync(file, shopifyWithUnknownCodes(CODES));
  const running = await createCore({ dataDir, firstRun: 'empty', quietLog: true });
  await running.dispatch('settings.update', { locale: 'en' });
  const host = await startHttpHost({ dispatch: running.dispatch, events: running.core.events, log: running.core.log, staticDir: rendererDir });
  const { chromium: pw } = await import('@playwright/test');
  const browser = await pw.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.openUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const totals: number[] = [];
    const longest: number[] = [];
    let mounted = 0;
    for (let i = 0; i < 3; i++) {
      // through the list, so the wizard starts afresh each time
      await page.goto(`${host.url}/#/imports`);
      await page.getByRole('heading', { level: 1, name: 'Imports' }).waitFor();
      await page.goto(`${host.url}/#/imports/new`);
      await page.getByTestId('shop-import-file').setInputFiles(file);
      await page.getByRole('combobox', { name: /^Shop/ }).fill('Bench Shop');
      await page.evaluate(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
      });
      const t = performance.now();
      await page.getByRole('button', { name: 'Check all rows' }).click();
      await page.getByRole('table', { name: /unknown codes/ }).getByRole('row').nth(1).waitFor({ timeout: 120_000 });
      totals.push(performance.now() - t);
      longest.push(await page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long)));
      mounted = await page.getByRole('table', { name: /unknown codes/ }).getByRole('row').count();
    }
    report('import wizard: 1,000 unknown codes, check → list', median(totals), 'ms', 'median of 3, Chromium; includes the dry run (2,000 orders)');
    report('import wizard: longest main-thread task', median(longest), 'ms', `median of 3 (long tasks while the report appears); ${mounted - 1} code rows mounted`);

    const { fileId } = (await upload(running.dispatch, file)) as { fileId: string };
    const dry: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = await running.dispatch('redemptions.dryRun', { fileId, format: 'shopify', shop: 'Bench Shop' });
      if (!r.ok) throw new Error(r.error.message);
      const { jobId } = r.value as { jobId: string };
      for (;;) {
        const s = await running.dispatch('imports.job', { jobId });
        if (s.ok && (s.value as { status: string }).status !== 'running') break;
        await new Promise((res) => setTimeout(res, 20));
      }
      dry.push(performance.now() - t);
    }
    report('import wizard: the dry run alone (API)', median(dry), 'ms', 'median of 3, same file');
  } finally {
    await browser.close();
    await host.close();
    await running.close();
    fs.rmSync(file, { force: true });
  }
}

async function upload(dispatch: (m: string, i: unknown) => Promise<{ ok: boolean; value?: unknown }>, file: string) {
  const bytes = fs.readFileSync(file);
  const begin = await dispatch('uploads.begin', { fileName: path.basename(file), sizeBytes: bytes.length });
  const { fileId, chunkBytes } = begin.value as { fileId: string; chunkBytes: number };
  for (let off = 0; off < bytes.length; off += chunkBytes) {
    await dispatch('uploads.chunk', { fileId, offset: off, dataBase64: bytes.subarray(off, off + chunkBytes).toString('base64') });
  }
  return (await dispatch('uploads.finish', { fileId })).value;
}

if (process.argv[1]?.endsWith('import-wizard.ts')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-bench-wizard-'));
  importWizardBench(dir, (name, value, unit, note) => process.stdout.write(`${name.padEnd(48)} ${value.toFixed(2).padStart(10)} ${unit.padEnd(4)} ${note}\n`))
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}
