import { test, expect } from '@playwright/test';
import { rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { BoardPage } from './pages/board';
import { CardDrawer } from './pages/card-drawer';
import { FitColumn, OutreachTab, UtmRules } from './pages/outreach';
import { TodayPage } from './pages/TodayPage';

/**
 * Outreach the user shapes (issue 14), in German: duplicate a built-in template, edit it with the live preview
 * on a real card, fill it in, change the message, copy it for a DM; then a campaign UTM rule changes the saved
 * link (reviewed first, noted in the card's history). Screenshots at 1280×720 and 1440×900.
 */
let host: RunningHost;
let campaignId: number;
let cardId: number;
const call = <T,>(method: string, input: unknown = {}) => rpc<T>(method, input, host.url, host.token);
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  host = await startHost({ empty: true, env: { KOLLAB_NOW: '2026-11-10T09:00:00Z' } });
  await call('settings.update', { locale: 'de', timeZone: 'Europe/Berlin', brandName: 'GrünFit' });
  ({ id: campaignId } = await call<{ id: number }>('campaigns.create', { name: 'Winter Launch', goal: 'launch', product: 'Vegan Protein', baseUrl: 'https://shop.example.de/protein' }));
  const jana = await call<{ id: number }>('influencers.create', { name: 'Jana Müller', email: 'jana@example.de', language: 'de', channels: [{ platform: 'instagram', handle: 'jana.fit', followers: 24_000 }] });
  [cardId] = (await call<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [jana.id] })).added as [number];
  await call('codes.add', { collaborationId: cardId, code: 'JANA15' });
  const { url } = await call<{ url: string }>('links.build', { collaborationId: cardId });
  await call('links.add', { collaborationId: cardId, url });
});
test.afterAll(async () => host?.stop());

test('a template made by duplicating, edited with the preview on the card, filled in, changed and copied for a DM', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 720 });
  const board = new BoardPage(page);
  await board.goto(host.openUrl, campaignId);
  await board.openCard('Jana Müller');
  const drawer = new CardDrawer(page, 'de');
  await drawer.expectOpen();
  const outreach = new OutreachTab(drawer.root);
  await outreach.open();

  const templates = await outreach.manageTemplates();
  await expect(templates.item('Erstkontakt')).toContainText('Standard');
  await templates.duplicate('Erstkontakt');
  await expect(templates.field('Name')).toHaveValue('Erstkontakt (Kopie)');
  await templates.field('Name').fill('Erstkontakt DM');
  await templates.field('Nachricht').fill('Hey {{vorname}}! Für „{{kampagne}}“ schicken wir dir {{produkt}}. Dein Code: {{code}} · {{link}}');
  await templates.field('Nachfassen nach (Tagen)').fill('5, 10');
  await expect(templates.preview).toContainText('Hey Jana! Für „Winter Launch“ schicken wir dir Vegan Protein. Dein Code: JANA15 · https://shop.example.de/protein?utm_source=instagram');
  await page.screenshot({ path: `${SHOTS}/de-templates-1280.png`, style: NO_TOASTS });
  await templates.save();
  await expect(templates.item('Erstkontakt DM')).toContainText('Nachfassen: 5 · 10 T.');
  await expect(templates.item('Erstkontakt')).toHaveCount(2); // the built-in one stays beside the copy
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/de-templates-1440.png`, style: NO_TOASTS });
  await templates.close();

  await outreach.chooseTemplate('Erstkontakt DM');
  await outreach.fillIn();
  await expect(outreach.message).toHaveValue(/^Hey Jana! Für „Winter Launch“/);
  await outreach.message.fill('Hey Jana! Hast du Lust auf Vegan Protein? Code JANA15');
  await expect(outreach.mailLink).toHaveAttribute('href', /^mailto:jana@example\.de\?subject=.*&body=Hey%20Jana!%20Hast%20du%20Lust/);
  await outreach.copyForDm.click();
  await expect(outreach.copyForDm).toHaveText(/Kopiert/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Hey Jana! Hast du Lust auf Vegan Protein? Code JANA15');
  await expect(drawer.root.getByText(/Zuletzt kontaktiert am 10\.11\.2026/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/de-outreach-1440.png`, style: NO_TOASTS });
  const card = await call<{ contactedAt: string }>('collaborations.get', { id: cardId });
  expect(card.contactedAt).toBe('2026-11-10T09:00:00.000Z');
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
