import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { rpc, SHOTS } from './api';

/**
 * Briefings printed as PDF: rendered host-side (the host's headless Chromium loads its own print route and
 * calls page.pdf with the page-number footer), read back with poppler's pdftotext, page 1 rasterised with
 * pdftoppm for a look. Plus the print route in the test's browser and the editor.
 */
const PDF_DIR = 'test-results/pdf';

interface Doc {
  person: {
    collaborationId: number;
    name: string;
    handle: string | null;
    codes: { code: string }[];
    links: { url: string }[];
    samples: { items: { name: string }[] }[];
    deliverables: { dueDate: string | null }[];
  };
  campaign: { id: number; name: string };
  disclosure: { tag: string; alsoTag: string | null };
}
interface FileDownload {
  fileName: string;
  mime: string;
  dataBase64: string;
}

function savePdf(file: FileDownload, name: string): string {
  fs.mkdirSync(PDF_DIR, { recursive: true });
  const out = path.join(PDF_DIR, name);
  fs.writeFileSync(out, Buffer.from(file.dataBase64, 'base64'));
  return out;
}
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
/** pdftotext without layout: words in reading order, lines joined (long text wraps anywhere). */
const pdfFlat = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/-\n(?=[a-z])/g, '').replace(/\s+/g, ' ');
const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
function page1Png(file: string, shot: string): void {
  fs.mkdirSync(SHOTS, { recursive: true });
  const prefix = path.join(SHOTS, shot);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  expect(fs.statSync(`${prefix}.png`).size).toBeGreaterThan(10_000);
}
const deDate = (iso: string) => iso.split('-').reverse().join('.');
const enDate = (iso: string) => iso.split('-').reverse().join('/');
/** Long URLs wrap inside the PDF; compare without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** A card of the sales campaign with code, link, a shipped sample and dated deliverables. */
async function richCard(): Promise<{ collaborationId: number; campaignId: number }> {
  const campaigns = await rpc<{ id: number; name: string }[]>('campaigns.list', {});
  for (const c of campaigns) {
    const board = await rpc<{ cards: { id: number; badges: { voucherCode: boolean; sampleShipped: boolean } }[] }>('campaigns.board', { id: c.id });
    for (const card of board.cards.filter((x) => x.badges.voucherCode && x.badges.sampleShipped)) {
      const doc = await rpc<Doc>('briefings.document', { collaborationId: card.id });
      if (doc.person.links.length && doc.person.deliverables.some((d) => d.dueDate) && doc.person.samples.length) return { collaborationId: card.id, campaignId: c.id };
    }
  }
  throw new Error('no card with code, link, sample and deliverables in the demo');
}

let card: { collaborationId: number; campaignId: number };

test.beforeAll(async () => {
  await rpc('settings.update', { brandName: 'GrünFit' });
  card = await richCard();
  await rpc('briefings.applyTemplate', { campaignId: card.campaignId, templateId: 'builtin:goal:sales:de', mode: 'replace' });
});

test('a German briefing PDF has the person, code, link, disclosure and deadlines', async () => {
  await rpc('briefings.saveOverrides', { collaborationId: card.collaborationId, language: 'de', sections: { extraNotes: 'Bitte schick uns **vorab** ein kurzes Foto vom Auspacken.' } });
  const doc = await rpc<Doc>('briefings.document', { collaborationId: card.collaborationId });
  const file = await rpc<FileDownload>('briefings.pdf', { collaborationId: card.collaborationId, paper: 'a4' });
  expect(file.mime).toBe('application/pdf');
  expect(file.fileName).toMatch(/^Briefing-.*-de\.pdf$/);
  const pdf = savePdf(file, 'briefing-de.pdf');
  const text = pdfText(pdf);
  const flat = pdfFlat(pdf);

  expect(text).toContain(doc.person.name);
  expect(text).toContain(`@${doc.person.handle}`);
  for (const c of doc.person.codes) expect(text).toContain(c.code);
  expect(squash(flat)).toContain(squash(doc.person.links[0]!.url));
  expect(text.toUpperCase()).toContain('PFLICHTKENNZEICHNUNG');
  expect(text).toContain(doc.disclosure.tag);
  for (const d of doc.person.deliverables) if (d.dueDate) expect(text).toContain(deDate(d.dueDate));
  // A long product name may wrap inside its table cell: compare without the line breaks, as for the link.
  expect(squash(flat)).toContain(squash(doc.person.samples[0]!.items[0]!.name));
  expect(flat).toContain('Bitte schick uns vorab ein kurzes Foto vom Auspacken.');
  expect(text.toUpperCase()).toContain('LEISTUNGEN & TERMINE');
  const pages = pdfPages(pdf);
  expect(text).toContain(`Seite 1 von ${pages}`);
  expect(text).toContain(`Seite ${pages} von ${pages}`);
  page1Png(pdf, 'briefing-page1-de');
});

test('an English briefing PDF keeps umlauts, ß and the € sign', async () => {
  await rpc('briefings.applyTemplate', { collaborationId: card.collaborationId, templateId: 'builtin:type:affiliate:en', mode: 'replace' });
  await rpc('briefings.saveOverrides', {
    collaborationId: card.collaborationId,
    language: 'en',
    sections: { extraNotes: 'Grüße aus Köln – the Größe M fits, Fußball shoes cost 89,95 € (ÄÖÜ äöü ß).' },
  });
  const doc = await rpc<Doc>('briefings.document', { collaborationId: card.collaborationId });
  const file = await rpc<FileDownload>('briefings.pdf', { collaborationId: card.collaborationId, paper: 'letter' });
  expect(file.fileName).toMatch(/-en\.pdf$/);
  const pdf = savePdf(file, 'briefing-en.pdf');
  const text = pdfText(pdf);
  const flat = pdfFlat(pdf);

  expect(flat).toContain('Grüße aus Köln – the Größe M fits, Fußball shoes cost 89,95 € (ÄÖÜ äöü ß).');
  expect(text).toMatch(/€\d/); // the fee, English style
  expect(text).toContain(doc.person.name);
  expect(text.toUpperCase()).toContain('MANDATORY LABEL');
  expect(text).toContain('#ad');
  expect(text).toContain(`German-language posts: ${doc.disclosure.alsoTag}`);
  for (const d of doc.person.deliverables) if (d.dueDate) expect(text).toContain(enDate(d.dueDate));
  for (const c of doc.person.codes) expect(text).toContain(c.code);
  expect(text).toMatch(/Page 1 of \d+/);
  // Letter paper
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/612 x 792 pts/);
  page1Png(pdf, 'briefing-page1-en');
  await rpc('briefings.saveOverrides', { collaborationId: card.collaborationId, language: null, sections: { compensation: null, dos: null, extraNotes: null } });
});

test('a long briefing runs over three pages with page numbers and nothing cut off', async () => {
  const { id: campaignId } = await rpc<{ id: number }>('campaigns.create', { name: 'Lange Kampagne', goal: 'awareness', product: 'Bio-Müsli', disclosureText: '#anzeige' });
  const para = (n: number) =>
    `Absatz P${String(n).padStart(2, '0')}: Unsere Community schätzt ehrliche Erfahrungen, deshalb erzählst du in deinen eigenen Worten, wie das Müsli in deinen Morgen passt – beim Frühstück, unterwegs oder nach dem Training. Ende P${String(n).padStart(2, '0')}.`;
  const goals = Array.from({ length: 14 }, (_, i) => para(i + 1)).join('\n\n');
  const dos = Array.from({ length: 14 }, (_, i) => `- ${para(i + 15)}`).join('\n');
  const usageRights = Array.from({ length: 12 }, (_, i) => `${i + 1}. ${para(i + 29)}`).join('\n');
  await rpc('briefings.save', { campaignId, language: 'de', sections: { goals, dos, usageRights } });

  const file = await rpc<FileDownload>('briefings.pdf', { campaignId, paper: 'a4' });
  const pdf = savePdf(file, 'briefing-long-de.pdf');
  const pages = pdfPages(pdf);
  expect(pages).toBeGreaterThanOrEqual(3);
  const text = pdfText(pdf);
  for (let p = 1; p <= pages; p++) expect(text).toContain(`Seite ${p} von ${pages}`);
  const flat = pdfFlat(pdf);
  for (let n = 1; n <= 40; n++) {
    const id = String(n).padStart(2, '0');
    expect(flat, `paragraph ${id}`).toContain(`Absatz P${id}:`);
    expect(flat, `end of paragraph ${id}`).toContain(`Ende P${id}.`);
  }
  expect(flat).toContain(para(40).replace(/\s+/g, ' '));
});

test('no logo, no briefing text and no codes still give a clean document; a logo shows when set', async () => {
  const { id: campaignId } = await rpc<{ id: number }>('campaigns.create', { name: 'Leere Kampagne', goal: 'ugc' });
  const file = await rpc<FileDownload>('briefings.pdf', { campaignId, paper: 'a4', language: 'de' });
  const pdf = savePdf(file, 'briefing-empty-de.pdf');
  const text = pdfText(pdf);
  expect(pdfPages(pdf)).toBe(1);
  expect(text).toContain('Leere Kampagne');
  expect(text.toUpperCase()).toContain('PFLICHTKENNZEICHNUNG');
  expect(text).toContain('Dieses Briefing hat noch keinen Inhalt.');
  expect(text).toContain('Seite 1 von 1');

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><rect width="160" height="40" rx="8" fill="#2f7a4d"/><text x="80" y="27" font-size="18" text-anchor="middle" fill="#fff" font-family="sans-serif">GrünFit</text></svg>`;
  await rpc('settings.update', { logoDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` });
  try {
    const withLogo = savePdf(await rpc<FileDownload>('briefings.pdf', { collaborationId: card.collaborationId, paper: 'a4', language: 'de' }), 'briefing-logo-de.pdf');
    expect(pdfText(withLogo)).toContain('GrünFit');
    page1Png(withLogo, 'briefing-page1-logo-de');
  } finally {
    await rpc('settings.update', { logoDataUrl: null });
  }
});

test('the print route renders without the app shell and prints with page.pdf()', async ({ page }) => {
  await page.goto(process.env.KOLLAB_OPEN_URL!);
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.goto(`${process.env.KOLLAB_URL}/#/print/briefing/${card.collaborationId}?lang=de&paper=a4`);
  await page.waitForFunction(() => document.body.dataset.printReady === '1');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Drucken / als PDF sichern' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/print-route-de.png`, fullPage: true });

  await page.emulateMedia({ media: 'print' });
  // As the browser's own print dialog would: page numbers come from the page's CSS (@page margin boxes).
  const bytes = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  const pdf = path.join(PDF_DIR, 'briefing-print-route-de.pdf');
  fs.mkdirSync(PDF_DIR, { recursive: true });
  fs.writeFileSync(pdf, bytes);
  const text = pdfText(pdf);
  expect(text.toUpperCase()).toContain('PFLICHTKENNZEICHNUNG');
  expect(text).not.toContain('Drucken / als PDF sichern'); // the toolbar is not printed
  const pages = pdfPages(pdf);
  expect(text).toContain(`Seite 1 von ${pages}`);
  expect(text).toContain(`Seite ${pages} von ${pages}`);

  // the shortlist route: one page per influencer
  const short = await rpc<{ entries: unknown[] }>('shortlist.document', { campaignId: card.campaignId, scope: 'all' });
  const shortPdf = savePdf(await rpc<FileDownload>('shortlist.pdf', { campaignId: card.campaignId, paper: 'a4', language: 'en', scope: 'all' }), 'shortlist-en.pdf');
  expect(pdfPages(shortPdf)).toBe(short.entries.length);
  expect(pdfText(shortPdf).toUpperCase()).toContain('ENGAGEMENT RATE');
  page1Png(shortPdf, 'shortlist-page1-en');
});

test('the editor autosaves, shows overrides per person with a reset, and exports all PDFs with progress', async ({ page }) => {
  // 13 PDFs, each rendered in a fresh Chromium context: ~5 s apiece with Debian's Chromium 156 on 2 cores.
  test.setTimeout(300_000);
  await rpc('settings.update', { locale: 'en' });
  await page.goto(process.env.KOLLAB_OPEN_URL!);
  await page.goto(`${process.env.KOLLAB_URL}/#/campaigns/${card.campaignId}`);
  await page.getByRole('button', { name: 'Briefing', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Briefing');

  const keyMessage = page.locator('[data-section="keyMessage"] textarea');
  await keyMessage.fill('**Protein, das schmeckt.** Mit deinem Code 20 % günstiger.');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const saved = await rpc<{ sections: Record<string, string> }>('briefings.get', { campaignId: card.campaignId });
  expect(saved.sections.keyMessage).toBe('**Protein, das schmeckt.** Mit deinem Code 20 % günstiger.');
  await page.locator('[data-section="keyMessage"]').getByText('Preview', { exact: true }).click();
  await expect(page.locator('[data-section="keyMessage"] strong')).toHaveText('Protein, das schmeckt.');
  await page.screenshot({ path: `${SHOTS}/en-briefing-editor.png`, fullPage: false });

  // per person
  const name = (await rpc<Doc>('briefings.document', { collaborationId: card.collaborationId })).person.name;
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  const dos = page.locator('[data-section="dos"]');
  await dos.getByRole('button', { name: 'Change for this person' }).click();
  await dos.locator('textarea').fill('- Nur für diese Person: Rezept mit Haferflocken zeigen');
  await expect(dos.getByText('Changed for this person').first()).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  const over = await rpc<{ overrides: Record<string, string> }>('briefings.collaboration', { collaborationId: card.collaborationId });
  expect(over.overrides.dos).toContain('Haferflocken');
  await expect(page.getByTestId('briefing-facts')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/en-briefing-person.png`, fullPage: false });
  await dos.getByRole('button', { name: 'Reset to campaign text' }).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved');
  expect((await rpc<{ overrides: Record<string, string> }>('briefings.collaboration', { collaborationId: card.collaborationId })).overrides.dos).toBeUndefined();

  // templates
  await page.getByRole('button', { name: 'Templates' }).click();
  await expect(page.getByRole('dialog')).toContainText('By collaboration type');
  await page.screenshot({ path: `${SHOTS}/en-briefing-templates.png` });
  await page.keyboard.press('Escape');

  // export all, with the progress bar, into <data>/exports/<campaign>-<date>/
  await page.getByRole('link', { name: 'Back to the campaign briefing' }).click();
  await page.getByRole('button', { name: 'Export all PDFs' }).click();
  await expect(page.getByTestId('export-progress')).toBeVisible();
  await expect(page.getByText(/PDFs saved\./)).toBeVisible({ timeout: 180_000 });
  const exports = path.join(process.env.KOLLAB_DATA_DIR!, 'exports');
  const folder = fs.readdirSync(exports).find((f) => f.startsWith('vegan-protein-launch-') || fs.readdirSync(path.join(exports, f)).length > 0)!;
  const files = fs.readdirSync(path.join(exports, folder));
  expect(files.length).toBeGreaterThan(5);
  expect(files.every((f) => f.endsWith('.pdf'))).toBe(true);
});

test('a person’s briefing opens from their card on the board', async ({ page }) => {
  await rpc('settings.update', { locale: 'de' });
  const name = (await rpc<Doc>('briefings.document', { collaborationId: card.collaborationId })).person.name;
  await page.goto(process.env.KOLLAB_OPEN_URL!);
  await page.goto(`${process.env.KOLLAB_URL}/#/campaigns/${card.campaignId}`);
  await page.locator('.board-card').filter({ hasText: name }).first().click();
  await page.getByRole('link', { name: 'Briefing für diese Person' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page).toHaveURL(new RegExp(`/campaigns/${card.campaignId}/cards/${card.collaborationId}/briefing`));
  await rpc('settings.update', { locale: 'en' });
});
