import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { rpc, SHOTS } from './api';
import { formatMoney, formatMultipleBp, formatNumber } from '../../src/renderer/src/lib/format';
import { KPI_TEXTS } from '../../src/shared/kpi-texts';
import { CampaignDashboard } from './pages/KpiScreens';

/**
 * The campaign results report as PDF (rendered host-side through the print route), read back with pdftotext
 * in German and English: the campaign, its revenue, cost, ROAS and orders as the core computes them, the
 * people, and the rules in the appendix. Plus the download from the campaign dashboard's Report menu.
 */
const PDF_DIR = 'test-results/pdf';

interface Figures {
  currency: string;
  revenueMinor: number;
  costMinor: number;
  roasBp: number | null;
  conversions: number;
}
interface Report {
  title: string;
  currency: string;
  totals: Figures;
  tables: { key: string; rows: (string | number | null)[][] }[];
  rules: (keyof (typeof KPI_TEXTS)['en']['rules'])[];
}
interface FileDownload {
  fileName: string;
  mime: string;
  dataBase64: string;
}

test.setTimeout(240_000);

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
/** Words in reading order with whitespace squashed (long rule texts wrap anywhere). */
const flat = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

function save(file: FileDownload, name: string): string {
  fs.mkdirSync(PDF_DIR, { recursive: true });
  const out = path.join(PDF_DIR, name);
  fs.writeFileSync(out, Buffer.from(file.dataBase64, 'base64'));
  return out;
}

let campaignId: number;

test.beforeAll(async () => {
  await rpc('settings.update', { brandName: 'GrünFit' });
  const p = await rpc<{ campaigns: { campaignId: number; figures: Figures }[] }>('kpis.portfolio', {});
  campaignId = [...p.campaigns].sort((a, b) => b.figures.revenueMinor - a.figures.revenueMinor)[0]!.campaignId;
});

for (const lang of ['de', 'en'] as const) {
  test(`the campaign report PDF has the right figures and the rules (${lang})`, async () => {
    const data = await rpc<Report>('kpis.report', { campaignId, lang });
    const file = await rpc<FileDownload>('reports.pdf', { campaignId, language: lang, paper: 'a4' });
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toMatch(new RegExp(`^${lang === 'de' ? 'Kampagnenbericht' : 'Campaign-report'}-.*-${lang}\\.pdf$`));
    const pdf = save(file, `campaign-report-${lang}.pdf`);
    const text = nbsp(pdfText(pdf));
    const words = nbsp(flat(pdf));
    const f = data.totals;

    expect(text).toContain('GrünFit');
    expect(text).toContain(data.title);
    expect(text).toContain(lang === 'de' ? 'KAMPAGNENBERICHT' : 'CAMPAIGN REPORT');
    expect(text).toContain(nbsp(formatMoney(f.revenueMinor, f.currency, lang)));
    expect(text).toContain(nbsp(formatMoney(f.costMinor, f.currency, lang)));
    expect(text).toContain(formatMultipleBp(f.roasBp, lang));
    expect(text).toContain(formatNumber(f.conversions, lang, 2));
    // the people of the campaign, with their revenue
    const people = data.tables.find((t) => t.key === 'collaborations')!;
    expect(people.rows.length).toBeGreaterThan(0);
    const first = people.rows[0]!;
    expect(text).toContain(String(first[0]));
    // the appendix prints every rule used, titles and texts
    expect(text.toUpperCase()).toContain(lang === 'de' ? 'ANHANG: SO WERDEN DIE ZAHLEN BERECHNET' : 'APPENDIX: HOW THE FIGURES ARE COMPUTED');
    for (const r of data.rules) expect(words).toContain(KPI_TEXTS[lang].rules[r].title.replace(/\{\{.*?\}\}/g, '').trim().split(' ')[0]!);
    expect(words).toContain(lang === 'de' ? 'Jede Bestellung zählt einmal.' : 'Every order counts once.');
    expect(text).toMatch(lang === 'de' ? /Seite 1 von \d+/ : /Page 1 of \d+/);
    fs.mkdirSync(SHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(SHOTS, `kpi-report-page1-${lang}`)]);
  });
}

test('the portfolio report PDF has the workspace totals and the campaigns (en)', async () => {
  const data = await rpc<Report>('kpis.report', { lang: 'en' });
  const pdf = save(await rpc<FileDownload>('reports.pdf', { language: 'en' }), 'portfolio-report-en.pdf');
  const text = nbsp(pdfText(pdf));
  expect(text).toContain('PORTFOLIO REPORT');
  expect(text).toContain(nbsp(formatMoney(data.totals.revenueMinor, data.totals.currency, 'en')));
  const campaigns = data.tables.find((t) => t.key === 'campaigns');
  // names may wrap inside their column (pdftotext drops the hyphen where a line broke at one)
  const squash = (x: string) => x.replace(/[\s-]+/g, '');
  const words = squash(flat(pdf));
  for (const row of campaigns?.rows ?? []) expect(words).toContain(squash(String(row[0])));
  expect(text.toUpperCase()).toContain('APPENDIX: HOW THE FIGURES ARE COMPUTED');
});

test('the portfolio report PDF honours the campaign filter of the dashboard (de)', async () => {
  const all = await rpc<Report>('kpis.report', { lang: 'de' });
  const names = all.tables.find((t) => t.key === 'campaigns')!.rows.map((r) => String(r[0]));
  expect(names.length).toBeGreaterThan(2);
  const p = await rpc<{ campaigns: { campaignId: number; name: string }[] }>('kpis.portfolio', {});
  const chosen = p.campaigns.slice(0, 2);
  const data = await rpc<Report>('kpis.report', { lang: 'de', campaignIds: chosen.map((c) => c.campaignId) });
  const pdf = save(await rpc<FileDownload>('reports.pdf', { language: 'de', campaignIds: chosen.map((c) => c.campaignId) }), 'portfolio-report-filtered-de.pdf');
  const text = nbsp(pdfText(pdf));
  const squash = (x: string) => x.replace(/[\s-]+/g, '');
  const words = squash(flat(pdf));
  expect(text).toContain(nbsp(formatMoney(data.totals.revenueMinor, data.totals.currency, 'de')));
  for (const c of chosen) expect(words).toContain(squash(c.name));
  // the header names the filter; every other campaign is absent (unless its name is part of a chosen one)
  expect(text).toContain('Kampagnen: ');
  const others = names.filter((n) => !chosen.some((c) => squash(c.name).includes(squash(n))));
  expect(others.length).toBeGreaterThan(0);
  for (const n of others) expect(words).not.toContain(squash(n));
});

test('the Report menu of the campaign dashboard downloads the German PDF and the XLSX', async ({ page }) => {
  await rpc('settings.update', { locale: 'de' });
  const dashboard = new CampaignDashboard(page);
  await page.goto(process.env.KOLLAB_OPEN_URL!);
  await dashboard.open(campaignId);
  await dashboard.reportButton().click();
  const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('menuitem', { name: 'PDF auf Deutsch' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^Kampagnenbericht-.*-de\.pdf$/);
  const saved = path.join(PDF_DIR, 'campaign-report-ui-de.pdf');
  await pdf.saveAs(saved);
  const data = await rpc<Report>('kpis.report', { campaignId, lang: 'de' });
  expect(nbsp(pdfText(saved))).toContain(nbsp(formatMoney(data.totals.revenueMinor, data.totals.currency, 'de')));

  await dashboard.reportButton().click();
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Tabellen als XLSX' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
});
