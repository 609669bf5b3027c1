import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { fillDate, rpc } from './api';
import { startHost, type RunningHost } from './host';
import { CardDrawer } from './pages/card-drawer';
import { PostEvidence } from './pages/PostEvidence';
import { CalendarScreen } from './pages/CalendarScreen';
import { settled } from './settle';
import { png } from './png';
import { FunnelScreen } from './pages/FunnelScreen';

/**
 * Story evidence (issue 14), in German: a screenshot pasted (Ctrl+V) and one dropped onto a story in the card
 * drawer show as thumbnails; removing one is undone from its toast, and again by Ctrl+Z inside the drawer; a PDF
 * file is refused with the keyed message; the campaign report PDF carries the screenshots as a thumbnail grid at
 * print size (read back with pdftotext and pdfimages), and the post's own report (from its menu) in German and
 * English. A deadline moved in the calendar writes "Frist verschoben von … auf …" in the card's history, and
 * Ctrl+Z takes the move back — in the calendar and inside the card drawer.
 */
let host: RunningHost;
let campaignId: number;
let card: number;
let storyId: number;
const call = <T,>(method: string, input: unknown = {}) => rpc<T>(method, input, host.url, host.token);
const SHOT_DIR = '/tmp/week-shots';
/** The deadline field of a deliverable (labelled by aria-label; the payment's due date has a visible label of the same words). */
const DUE_DE = 'Fällig am';
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeAll(async () => {
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  host = await startHost({ empty: true, env: { KOLLAB_NOW: '2026-11-20T09:00:00Z' } });
  await call('settings.update', { locale: 'de', timeZone: 'Europe/Berlin', brandName: 'GrünFit' });
  ({ id: campaignId } = await call<{ id: number }>('campaigns.create', { name: 'Winter-Launch', goal: 'launch', product: 'Vegan Protein', startDate: '2026-11-01', endDate: '2026-12-20', disclosureText: '#anzeige' }));
  const anja = await call<{ id: number }>('influencers.create', { name: 'Anja Schön', language: 'de', channels: [{ platform: 'instagram', handle: 'anja.schoen', followers: 24_000 }] });
  card = (await call<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [anja.id] })).added[0]!;
  await call('collaborations.update', { id: card, deliverables: [{ kind: 'story', count: 3, dueDate: '2026-11-24' }] });
  ({ id: storyId } = await call<{ id: number }>('posts.save', {
    collaborationId: card,
    platform: 'instagram',
    kind: 'story',
    postedAt: '2026-11-19',
    caption: '#anzeige Mein Winter-Protein',
    frames: [
      { views: 4200, reach: 3900, tapsForward: 800, tapsBack: 60, linkClicks: 140, replies: 9, stickerTaps: 31 },
      { views: 3100, reach: 2950, tapsForward: 500, tapsBack: 20, linkClicks: 75, replies: 2, stickerTaps: 0 },
    ],
  }));
});
test.afterAll(async () => host?.stop());

/** Opens the card's drawer once the app has started (the workspace check on a fresh start comes first). */
async function openCard(page: Page): Promise<CardDrawer> {
  await page.goto(host.openUrl);
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
  await page.goto(`${host.openUrl}#/campaigns/${campaignId}/cards/${card}`);
  const drawer = new CardDrawer(page, 'de');
  await drawer.expectOpen();
  return drawer;
}

test('a pasted and a dropped screenshot show as thumbnails on the story; removing one is undone; a PDF is refused (DE)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const drawer = await openCard(page);
  await drawer.tab(/Inhalte/).click();
  const post = drawer.root.getByTestId('post-row');
  await expect(post.getByTestId('story-figures')).toContainText('Link-Klicks');
  await expect(post.getByTestId('story-figures')).toContainText('215');
  const evidence = new PostEvidence(page, post);
  await expect(evidence.dropZone).toContainText('Screenshot hierher ziehen, einfügen (Strg+V) oder auswählen');
  await expect(evidence.thumbnails()).toHaveCount(0);

  await evidence.paste(png(90, 160, [220, 40, 110]), 'story-frame-1.png');
  await expect(evidence.thumbnails()).toHaveCount(1);
  // the thumbnail was made in the renderer (a JPEG from the canvas), not the PNG itself
  await expect(evidence.thumbnails().first()).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
  await expect(evidence.thumbnails().first()).toHaveAttribute('alt', 'Screenshot story-frame-1.png');
  await expect.poll(() => evidence.thumbnails().first().evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(160);

  await evidence.drop(png(120, 200, [30, 120, 220]), 'story-frame-2.png');
  await expect(evidence.thumbnails()).toHaveCount(2);

  // not an image: refused before it is sent, with the keyed German message
  await evidence.drop(Buffer.from('%PDF-1.7 Vertrag'), 'vertrag.pdf', 'application/pdf');
  await expect(page.getByText('vertrag.pdf wurde nicht hinzugefügt')).toBeVisible();
  await expect(page.getByText('Screenshots müssen PNG-, JPEG- oder WebP-Bilder sein.')).toBeVisible();
  await expect(evidence.thumbnails()).toHaveCount(2);

  await page.screenshot({ path: path.join(SHOT_DIR, 'de-evidence-1280.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await settled(page);
  await page.screenshot({ path: path.join(SHOT_DIR, 'de-evidence-1440.png') });

  await evidence.removeButton('Screenshot story-frame-2.png entfernen').click();
  await expect(evidence.thumbnails()).toHaveCount(1);
  const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'Screenshot story-frame-2.png entfernt' });
  await toast.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(evidence.thumbnails()).toHaveCount(2);
  // removed again and taken back with Ctrl+Z while the focus is inside the drawer (on its tab, not in a text field)
  await evidence.removeButton('Screenshot story-frame-2.png entfernen').click();
  await expect(evidence.thumbnails()).toHaveCount(1);
  await drawer.tab(/Inhalte/).focus();
  await page.keyboard.press('Control+z');
  await expect(evidence.thumbnails()).toHaveCount(2);

  // the story's numbers per frame in the form
  await post.getByRole('button', { name: /^Beitrag bearbeiten/ }).click();
  const form = drawer.root.getByTestId('post-form');
  await expect(form.getByTestId('story-frames').locator('tbody tr')).toHaveCount(2);
  await expect(form.getByRole('textbox', { name: 'Frame 2: Link-Klicks' })).toHaveValue('75');
  await form.getByTestId('story-frames').scrollIntoViewIfNeeded();
  await settled(page);
  await page.screenshot({ path: path.join(SHOT_DIR, 'de-story-frames-1440.png'), style: NO_TOASTS });
  await page.setViewportSize({ width: 1280, height: 720 });
  await settled(page);
  await form.getByTestId('story-frames').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOT_DIR, 'de-story-frames-1280.png'), style: NO_TOASTS });
  await form.getByRole('button', { name: 'Abbrechen' }).click();

  // stored in the data folder, the file and its thumbnail
  const files = fs.readdirSync(path.join(host.dataDir, 'attachments', 'posts'), { recursive: true }).map(String).filter((f) => /\.(png|jpg)$/.test(f));
  expect(files.filter((f) => f.includes('.thumb.'))).toHaveLength(2);
  expect(files.filter((f) => !f.includes('.thumb.'))).toHaveLength(2);
});

/** The images of a PDF (pdfimages -list): pixel size and the width they are printed at, in mm. */
function pdfImages(pdf: string): { size: string; widthMm: number }[] {
  return execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/))
    .filter((c) => c[2] === 'image')
    .map((c) => ({ size: `${c[3]}x${c[4]}`, widthMm: (Number(c[3]) / Number(c[12])) * 25.4 }));
}
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

test('the campaign report PDF shows the story evidence as a thumbnail grid at print size (pdftotext, pdfimages)', async () => {
  // a phone's full-size screenshot of frame 2: printed scaled to 600 px on its long side, not 1080 × 1920
  await call('posts.addMedia', { postId: storyId, fileName: 'story-frame-3.png', dataBase64: png(1080, 1920, [40, 160, 90]).toString('base64'), frame: 1 });
  const file = await call<{ dataBase64: string }>('reports.pdf', { campaignId, language: 'de', paper: 'a4' });
  fs.mkdirSync('test-results/pdf', { recursive: true });
  const pdf = path.resolve('test-results/pdf/story-evidence-de.pdf');
  fs.writeFileSync(pdf, Buffer.from(file.dataBase64, 'base64'));
  const text = pdfText(pdf);
  // headings are set in capitals by the print style
  expect(text).toContain('STORY-BELEGE');
  expect(text).toContain('ANJA SCHÖN · STORY · INSTAGRAM · 19.11.2026');
  expect(text).toContain('Aufrufe: 7.300 · Reichweite: 3.900 · Link-Klicks: 215');
  expect(text).toContain('story-frame-1.png');
  expect(text).toContain('Frame 2 · story-frame-3.png');
  // small screenshots keep their pixels; the large one is scaled down; each is printed within the 42 mm grid cell
  const images = pdfImages(pdf);
  expect(images.map((i) => i.size)).toEqual(expect.arrayContaining(['90x160', '120x200', '338x600']));
  expect(images.map((i) => i.size)).not.toContain('1080x1920');
  for (const i of images.filter((x) => ['90x160', '120x200', '338x600'].includes(x.size))) expect(i.widthMm).toBeLessThanOrEqual(43);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(SHOT_DIR, 'report-evidence')]);
});

for (const lang of ['de', 'en'] as const) {
  test(`a post's own report from its menu: figures per frame and the screenshots (${lang.toUpperCase()} PDF)`, async ({ page }) => {
    const words = {
      de: { item: 'PDF auf Deutsch', title: 'BEITRAGSBERICHT', campaign: 'Kampagne: Winter-Launch', perFrame: 'PRO FRAME', clicks: 'Link-Klicks 215', views: '4.200' },
      en: { item: 'PDF auf Englisch', title: 'POST REPORT', campaign: 'Campaign: Winter-Launch', perFrame: 'PER FRAME', clicks: 'Link clicks 215', views: '4,200' },
    }[lang];
    await page.setViewportSize({ width: 1280, height: 720 });
    const drawer = await openCard(page);
    await drawer.tab(/Inhalte/).click();
    const post = drawer.root.getByTestId('post-row');
    await post.getByRole('button', { name: /^Bericht zu / }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: words.item }).click();
    const pdf = path.resolve(`test-results/pdf/post-report-${lang}.pdf`);
    await (await download).saveAs(pdf);
    const text = pdfText(pdf);
    expect(text).toContain(words.title);
    expect(text).toContain(words.campaign);
    expect(text).toContain(words.perFrame);
    expect(text).toContain(words.clicks);
    expect(text).toContain(words.views);
    expect(text).toContain('#anzeige Mein Winter-Protein');
    expect(text).toContain('Frame 2 · story-frame-3.png');
    const images = pdfImages(pdf);
    expect(images.map((i) => i.size).sort()).toEqual(['120x200', '338x600', '90x160']);
    for (const i of images) expect(i.widthMm).toBeLessThanOrEqual(43);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(SHOT_DIR, `post-report-${lang}`)]);
  });
}

test('a deadline moved in the calendar is in the card history; Ctrl+Z moves it back and takes the entry out (DE)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.openUrl);
  const cal = new CalendarScreen(page);
  await cal.open('Kalender', 'Kalender');
  const chip = cal.chip('2026-11-24', 'deadline', 'Anja Schön');
  await chip.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(cal.chip('2026-11-25', 'deadline', 'Anja Schön')).toBeVisible();
  await expect(page.locator('.mantine-Notification-root').filter({ hasText: 'Frist verschoben von 24.11.2026 auf 25.11.2026' })).toBeVisible();
  const history = async () => (await call<{ history: { note: string | null; params: Record<string, string> | null }[] }>('collaborations.get', { id: card })).history.filter((e) => e.note === 'deadline_moved');
  await expect.poll(async () => (await history()).map((e) => e.params?.to)).toEqual(['2026-11-25']);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(cal.chip('2026-11-24', 'deadline', 'Anja Schön')).toBeVisible();
  await expect.poll(async () => (await history()).length).toBe(0);

  // moved again and kept: the card's history says so in German
  await cal.chip('2026-11-24', 'deadline', 'Anja Schön').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(cal.chip('2026-12-01', 'deadline', 'Anja Schön')).toBeVisible();
  await page.goto(`${host.openUrl}#/campaigns/${campaignId}/cards/${card}`);
  const drawer = new CardDrawer(page, 'de');
  await drawer.expectOpen();
  await drawer.tab('Verlauf').click();
  await expect(drawer.root.getByText('Frist verschoben von 24.11.2026 auf 01.12.2026')).toBeVisible();

  // moved in the card's form: the same entry, and Ctrl+Z inside the drawer (focus on its tab) takes it back
  await drawer.tab('Überblick').click();
  await fillDate(drawer.root.locator(`input[aria-label="${DUE_DE}"]`), '2026-12-03', 'de');
  await drawer.save();
  const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'Frist verschoben von 01.12.2026 auf 03.12.2026' });
  await expect(toast).toBeVisible();
  await expect.poll(async () => (await history()).map((e) => e.params?.to)).toEqual(['2026-12-01', '2026-12-03']);
  await drawer.tab('Überblick').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await history()).map((e) => e.params?.to)).toEqual(['2026-12-01']);
  await expect(drawer.root.locator(`input[aria-label="${DUE_DE}"]`)).toHaveValue('01.12.2026');
});

test('the funnel across all campaigns has a line per campaign that opens its funnel (DE)', async ({ page }) => {
  const { id: spring } = await call<{ id: number }>('campaigns.create', { name: 'Frühlings-Riegel', goal: 'launch', product: 'Riegel' });
  const ben = await call<{ id: number }>('influencers.create', { name: 'Ben Kurz', language: 'de', channels: [{ platform: 'tiktok', handle: 'benkurz' }] });
  const benCard = (await call<{ added: number[] }>('collaborations.add', { campaignId: spring, influencerIds: [ben.id] })).added[0]!;
  await call('samples.save', { collaborationId: benCard, items: [{ name: 'Riegel-Box', quantity: 1, valueMinor: 1_500 }], shippingCostMinor: 490, status: 'delivered', shippedOn: '2026-11-02', deliveredOn: '2026-11-04' });
  await call('samples.save', { collaborationId: card, items: [{ name: 'Vegan Protein', quantity: 2, valueMinor: 2_999 }], status: 'delivered', shippedOn: '2026-11-10', deliveredOn: '2026-11-12' });

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.openUrl);
  const funnel = new FunnelScreen(page);
  await funnel.open('Seeding-Funnel', 'Seeding-Funnel');
  const winter = funnel.campaignRow('Winter-Launch');
  const springRow = funnel.campaignRow('Frühlings-Riegel');
  // Winter: delivered 12.11., story posted 19.11. → 7 days; Spring: delivered, no post → its cost
  await expect(winter.getByRole('cell')).toHaveText(['Winter-Launch', '1', '1', '1', '100 %', '100 %', '7 Tage', /0,00\s€/]);
  await expect(springRow.getByRole('cell')).toHaveText(['Frühlings-Riegel', '1', '1', '0', '100 %', '0 %', '—', /19,90\s€/]);
  await page.getByTestId('funnel-campaigns').scrollIntoViewIfNeeded();
  await settled(page);
  await page.screenshot({ path: path.join(SHOT_DIR, 'de-funnel-campaigns-1280.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await settled(page);
  await page.screenshot({ path: path.join(SHOT_DIR, 'de-funnel-campaigns-1440.png'), fullPage: true });

  await springRow.getByRole('link', { name: 'Frühlings-Riegel' }).click();
  await expect(page).toHaveURL(new RegExp(`#/funnel/${spring}$`));
  await expect(funnel.figure('shipped')).toHaveText('1');
  await expect(page.getByTestId('funnel-campaigns')).toHaveCount(0);
});
