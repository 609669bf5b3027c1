import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { BoardPage } from './pages/board';
import { CardDrawer } from './pages/card-drawer';
import { FitColumn, OutreachTab, UtmRules, type Lang } from './pages/outreach';
import { TodayPage } from './pages/TodayPage';

/**
 * Outreach the user shapes (issue 14), in German and English: duplicate a built-in template, edit it with the live
 * preview on a real card, delete it and undo that, fill it in, change the message, copy it for a DM; then (German) a
 * campaign UTM rule changes the saved link (reviewed first, noted in the card's history), and the fit score's reasons
 * show in the directory and on the printed shortlist (DE and EN PDF). Screenshots at 1280×720 and 1440×900.
 */
let host: RunningHost;
let campaignId: number;
let cardId: number;
const call = <T,>(method: string, input: unknown = {}) => rpc<T>(method, input, host.url, host.token);
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

/** A campaign with one card (Jana, her code and tracking link) on a fresh workspace in the given UI language. */
async function seed(h: RunningHost, lang: Lang): Promise<{ campaignId: number; cardId: number }> {
  const c = <T,>(method: string, input: unknown = {}) => rpc<T>(method, input, h.url, h.token);
  await c('settings.update', { locale: lang, timeZone: 'Europe/Berlin', brandName: 'GrünFit' });
  const { id: campaign } = await c<{ id: number }>('campaigns.create', { name: 'Winter Launch', goal: 'launch', product: 'Vegan Protein', baseUrl: 'https://shop.example.de/protein' });
  const jana = await c<{ id: number }>('influencers.create', { name: 'Jana Müller', email: 'jana@example.de', language: lang, channels: [{ platform: 'instagram', handle: 'jana.fit', followers: 24_000 }] });
  const [card] = (await c<{ added: number[] }>('collaborations.add', { campaignId: campaign, influencerIds: [jana.id] })).added as [number];
  await c('codes.add', { collaborationId: card, code: 'JANA15' });
  const { url } = await c<{ url: string }>('links.build', { collaborationId: card });
  await c('links.add', { collaborationId: card, url });
  return { campaignId: campaign, cardId: card };
}

test.beforeAll(async () => {
  host = await startHost({ empty: true, env: { KOLLAB_NOW: '2026-11-10T09:00:00Z' } });
  ({ campaignId, cardId } = await seed(host, 'de'));
});
test.afterAll(async () => host?.stop());

const FLOW = {
  de: {
    builtin: 'Erstkontakt',
    builtinBadge: 'Standard',
    copy: 'Erstkontakt (Kopie)',
    name: 'Erstkontakt DM',
    body: 'Hey {{vorname}}! Für „{{kampagne}}“ schicken wir dir {{produkt}}. Dein Code: {{code}} · {{link}}',
    preview: 'Hey Jana! Für „Winter Launch“ schicken wir dir Vegan Protein. Dein Code: JANA15 · https://shop.example.de/protein?utm_source=instagram',
    badge: 'Nachfassen: 5 · 10 T.',
    filled: /^Hey Jana! Für „Winter Launch“/,
    edited: 'Hey Jana! Hast du Lust auf Vegan Protein? Code JANA15',
    mailBody: /^mailto:jana@example\.de\?subject=.*&body=Hey%20Jana!%20Hast%20du%20Lust/,
    contacted: /Zuletzt kontaktiert am 10\.11\.2026/,
  },
  en: {
    builtin: 'First contact',
    builtinBadge: 'Built-in',
    copy: 'First contact (copy)',
    name: 'First contact DM',
    body: 'Hey {{firstName}}! For “{{campaign}}” we are sending you {{product}}. Your code: {{code}} · {{link}}',
    preview: 'Hey Jana! For “Winter Launch” we are sending you Vegan Protein. Your code: JANA15 · https://shop.example.de/protein?utm_source=instagram',
    badge: 'Follow-ups: 5 · 10 d',
    filled: /^Hey Jana! For “Winter Launch”/,
    edited: 'Hey Jana! Fancy trying Vegan Protein? Code JANA15',
    mailBody: /^mailto:jana@example\.de\?subject=.*&body=Hey%20Jana!%20Fancy%20trying/,
    contacted: /Last contacted on 10\/11\/2026/,
  },
} as const;

/**
 * The main outreach flow in one UI language: duplicate the built-in first contact, edit it with the preview on the
 * card, delete it and take the deletion back, fill it in, change the message, copy it for a DM.
 */
async function templateFlow(page: Page, context: BrowserContext, h: RunningHost, ids: { campaignId: number; cardId: number }, lang: Lang) {
  const f = FLOW[lang];
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 720 });
  const board = new BoardPage(page);
  await board.goto(h.openUrl, ids.campaignId);
  await board.openCard('Jana Müller');
  const drawer = new CardDrawer(page, lang);
  await drawer.expectOpen();
  const outreach = new OutreachTab(drawer.root, lang);
  await outreach.open();

  const templates = await outreach.manageTemplates();
  await expect(templates.item(f.builtin)).toContainText(f.builtinBadge);
  await templates.duplicate(f.builtin);
  await expect(templates.field('name')).toHaveValue(f.copy);
  await templates.field('name').fill(f.name);
  await templates.field('body').fill(f.body);
  await templates.field('followUps').fill('5, 10');
  await expect(templates.preview).toContainText(f.preview);
  await page.screenshot({ path: `${SHOTS}/${lang}-templates-1280.png`, style: NO_TOASTS });
  await templates.save();
  await expect(templates.item(f.name)).toContainText(f.badge);
  await expect(templates.item(f.builtin)).toHaveCount(2); // the built-in one stays beside the copy
  // deleted by mistake: the toast's Undo brings it back with its sequence
  await templates.remove(f.name);
  await expect(templates.item(f.name)).toHaveCount(0);
  await templates.deletedToast(f.name).getByRole('button', { name: templates.text.undo }).click();
  await expect(templates.item(f.name)).toContainText(f.badge);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${lang}-templates-1440.png`, style: NO_TOASTS });
  await templates.close();

  await outreach.chooseTemplate(f.name);
  await outreach.fillIn();
  await expect(outreach.message).toHaveValue(f.filled);
  await outreach.message.fill(f.edited);
  await expect(outreach.mailLink).toHaveAttribute('href', f.mailBody);
  await outreach.copyForDm.click();
  await expect(outreach.copyForDm).toHaveText(outreach.text.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(f.edited);
  await expect(drawer.root.getByText(f.contacted)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/${lang}-outreach-1440.png`, style: NO_TOASTS });
  const card = await rpc<{ contactedAt: string }>('collaborations.get', { id: ids.cardId }, h.url, h.token);
  expect(card.contactedAt).toBe('2026-11-10T09:00:00.000Z');
}

test('a template made by duplicating, edited with the preview on the card, deleted and brought back, filled in, changed and copied for a DM (DE)', async ({ page, context }) => {
  await templateFlow(page, context, host, { campaignId, cardId }, 'de');
});

test('the same in English', async ({ page, context }) => {
  const en = await startHost({ empty: true, env: { KOLLAB_NOW: '2026-11-10T09:00:00Z' } });
  try {
    await templateFlow(page, context, en, await seed(en, 'en'), 'en');
  } finally {
    await en.stop();
  }
});

test('the template’s sequence: five days later the first follow-up is due in Today, sent from there', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const today = new TodayPage(page);
  await page.goto(host.openUrl);
  await today.open('Heute', 'Heute');
  await expect(today.row('Jana Müller', 'follow_up_due')).toHaveCount(0);
  // the same data folder, five days later
  const dataDir = host.dataDir;
  await host.stop();
  host = await startHost({ dataDir, env: { KOLLAB_NOW: '2026-11-15T09:00:00Z' } });
  await page.goto(host.openUrl);
  await today.open('Heute', 'Heute');
  const row = today.row('Jana Müller', 'follow_up_due');
  await expect(row).toContainText('Nachfass-Mail 1 von 2 fällig');
  await expect(today.section('Nachfassen')).toContainText('Jana Müller');
  await page.screenshot({ path: `${SHOTS}/de-today-follow-up-1280.png`, style: NO_TOASTS });
  await row.getByRole('button', { name: /Erinnerung senden/ }).click();
  const dialog = today.reminderDialog();
  await expect(dialog.getByRole('textbox', { name: 'Nachricht' })).toHaveValue(/^Hallo Jana,/); // the built-in German reminder
  await dialog.getByRole('link', { name: 'Im Mailprogramm öffnen' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toHaveCount(0);
});

test('a UTM rule on the campaign: the example and the saved link change after a review', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const board = new BoardPage(page);
  await board.goto(host.openUrl, campaignId);
  const rules = await UtmRules.open(page);
  await expect(rules.rule('medium')).toHaveAttribute('placeholder', 'influencer');
  await expect(rules.sample).toContainText('utm_medium=influencer');
  await rules.rule('medium').fill('creator');
  await rules.rule('campaign').fill('wl-{{kampagne}}');
  await expect(rules.sample).toContainText('utm_medium=creator&utm_campaign=wl-winter-launch');
  await rules.root.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/de-utm-rules-1280.png`, style: NO_TOASTS });
  const confirm = await rules.review();
  const change = confirm.getByTestId('utm-change');
  await expect(change).toHaveCount(1);
  await expect(change).toContainText('Jana Müller');
  await expect(change).toContainText('https://shop.example.de/protein?utm_source=instagram&utm_medium=creator&utm_campaign=wl-winter-launch&utm_content=jana.fit');
  await page.screenshot({ path: `${SHOTS}/de-utm-review-1280.png`, style: NO_TOASTS });
  await confirm.getByRole('button', { name: 'Speichern und 1 Link neu erzeugen' }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole('dialog', { name: 'Kampagne bearbeiten' }).getByRole('button', { name: 'Abbrechen' }).click();

  await board.openCard('Jana Müller');
  const drawer = new CardDrawer(page, 'de');
  await drawer.tab(/Links/).click();
  await expect(drawer.root.getByTestId('tracking-link')).toContainText('utm_medium=creator&utm_campaign=wl-winter-launch');
  await drawer.tab('Verlauf').click();
  await expect(drawer.root).toContainText('Tracking-Link neu erzeugt (neue UTM-Regeln)');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/de-utm-history-1440.png`, style: NO_TOASTS });
});

test('the directory says why a fit score is what it is, by keyboard', async ({ page }) => {
  await call('campaigns.create', { name: 'Fitness DE', goal: 'sales', targetAudience: { countries: ['DE'], niches: ['fitness', 'vegan'], followersMin: 10_000, followersMax: 25_000 } });
  await call('influencers.create', { name: 'Tom Berg', country: 'DE', niches: ['fitness'], channels: [{ platform: 'instagram', handle: 'tom.berg', followers: 30_000, avgLikes: 1_200, avgComments: 60 }] });
  await page.setViewportSize({ width: 1280, height: 720 });
  const fit = new FitColumn(page);
  await fit.goto(host.openUrl, 'Fitness DE');
  const score = fit.score('Tom Berg');
  await score.focus();
  await page.keyboard.press('Enter');
  await expect(fit.reasons).toContainText('Nische passt: Fitness · fehlt: Vegan');
  await expect(fit.reasons).toContainText('Wohnt in einem Zielland (DE)');
  await expect(fit.reasons).toContainText('Follower außerhalb 10 Tsd.–25 Tsd. (30 Tsd.)');
  await expect(fit.reasons).toContainText(/ER 4,2\s%\sim üblichen Bereich \(1\s%–6\s%\)/);
  await page.screenshot({ path: `${SHOTS}/de-fit-reasons-1280.png`, style: NO_TOASTS });
  await page.keyboard.press('Escape');
  await expect(fit.reasons).toBeHidden();
});

test('the printed shortlist says why the fit score is what it is, in German and English (pdftotext)', async () => {
  const { id: fitCampaign } = await call<{ id: number }>('campaigns.create', { name: 'Fitness Shortlist', goal: 'sales', targetAudience: { countries: ['DE'], niches: ['fitness', 'vegan'], followersMin: 10_000, followersMax: 25_000 } });
  const tom = await call<{ id: number }>('influencers.create', { name: 'Tim Roth', country: 'DE', niches: ['fitness'], channels: [{ platform: 'instagram', handle: 'tim.roth', followers: 30_000, avgLikes: 1_200, avgComments: 60 }] });
  await call('collaborations.add', { campaignId: fitCampaign, influencerIds: [tom.id] });
  const words = {
    de: ['WARUM DIESE PASSUNG', 'Nische passt: Fitness · fehlt: Vegan', 'Wohnt in einem Zielland (DE)', 'Follower außerhalb 10 Tsd.–25 Tsd. (30 Tsd.)', 'Pkt.'],
    en: ['WHY THIS FIT', 'Niche fits: Fitness · missing: Vegan', 'Lives in a target country (DE)', 'Followers outside 10K–25K (30K)', 'pts'],
  } as const;
  fs.mkdirSync('test-results/pdf', { recursive: true });
  for (const language of ['de', 'en'] as const) {
    const file = await call<{ dataBase64: string }>('shortlist.pdf', { campaignId: fitCampaign, paper: 'a4', language, scope: 'all' });
    const pdf = path.resolve(`test-results/pdf/shortlist-fit-${language}.pdf`);
    fs.writeFileSync(pdf, Buffer.from(file.dataBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const w of words[language]) expect(text).toContain(w);
    // one page per person still
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(SHOTS, `shortlist-fit-${language}`)]);
  }
});
