import { test, expect } from '@playwright/test';
import { rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { TodayPage } from './pages/TodayPage';

/**
 * The marketer's week (issue 14): a sample delivered, the clock moved past the "no post yet" days (a second
 * host on the same data folder with a later KOLLAB_NOW), the person shows up in Today, the reminder goes out
 * in their language, a post is marked, the Today view changes — German and English, 1280×720 screenshots.
 */
let host: RunningHost;
const call = <T,>(method: string, input: unknown = {}) => rpc<T>(method, input, host.url, host.token);
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeAll(async () => {
  host = await startHost({ empty: true, env: { KOLLAB_NOW: '2026-11-10T09:00:00Z' } });
  await call('settings.update', { locale: 'de', timeZone: 'Europe/Berlin', brandName: 'GrünFit' });
  const { id: campaignId } = await call<{ id: number }>('campaigns.create', { name: 'Winter-Launch', goal: 'launch', product: 'Vegan Protein', startDate: '2026-11-01', endDate: '2026-12-20', disclosureText: '#anzeige' });
  const anja = await call<{ id: number }>('influencers.create', { name: 'Anja Schön', email: 'anja@example.de', language: 'de', channels: [{ platform: 'instagram', handle: 'anja.schoen', followers: 24_000 }] });
  const { added } = await call<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [anja.id] });
  await call('collaborations.update', { id: added[0], feeMinor: 25_000, deliverables: [{ kind: 'reel', count: 1, dueDate: '2026-11-20' }] });
  await call('samples.save', { collaborationId: added[0], items: [{ name: 'Vegan Protein', quantity: 1, valueMinor: 2_999 }], status: 'shipped', shippedOn: '2026-11-08' });
  const [sample] = await call<{ id: number; items: unknown }[]>('samples.list', { collaborationId: added[0] });
  await call('samples.save', { id: sample!.id, collaborationId: added[0], items: sample!.items, status: 'delivered', shippedOn: '2026-11-08', deliveredOn: '2026-11-10' });
});
test.afterAll(async () => host?.stop());

test('Today: nothing owed on delivery day; 15 days later the person owes a post, gets a reminder, the post is marked', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const today = new TodayPage(page);
  await page.goto(host.openUrl);
  await today.open('Heute', 'Heute');
  await expect(today.row('Anja Schön', 'deliverable_due')).toContainText('Reel fällig');
  await expect(today.row('Anja Schön', 'sample_no_post')).toHaveCount(0);

  // move the clock: the same data folder, 15 days later
  const dataDir = host.dataDir;
  await host.stop();
  host = await startHost({ dataDir, env: { KOLLAB_NOW: '2026-11-25T09:00:00Z' } });
  await page.goto(host.openUrl);
  await today.open('Heute', 'Heute');
  await expect(page.getByText('25.11.2026 · KW 48')).toBeVisible();
  const noPost = today.row('Anja Schön', 'sample_no_post');
  await expect(today.section('Nachfassen')).toContainText('Muster zugestellt, noch kein Beitrag');
  await expect(today.section('Überfällig')).toContainText('Reel überfällig');
  await expect(today.summary()).toContainText('1 überfällig');
  await expect(today.summary()).toContainText('1 nachfassen');
  await page.screenshot({ path: `${SHOTS}/de-today.png`, style: NO_TOASTS });

  // the reminder, in German, editable before it goes out
  await noPost.getByRole('button', { name: /Erinnerung senden/ }).click();
  const dialog = today.reminderDialog();
  await expect(dialog.getByRole('textbox', { name: 'Nachricht' })).toHaveValue(/dein Paket für „Winter-Launch“ ist am 10\.11\.2026 angekommen/);
  await expect(dialog).toContainText('Auf Deutsch · anja@example.de');
  await dialog.getByRole('textbox', { name: 'Nachricht' }).fill('Hallo Anja, wie gefällt dir das Protein? #anzeige nicht vergessen 🙂');
  await expect(dialog.getByRole('link', { name: 'Im Mailprogramm öffnen' })).toHaveAttribute('href', /^mailto:anja@example\.de\?subject=.*&body=Hallo%20Anja/);
  await dialog.getByRole('link', { name: 'Im Mailprogramm öffnen' }).click();
  await expect(dialog).toBeHidden();
  await expect(noPost).toHaveCount(0);
  await expect(today.summary()).toContainText('0 nachfassen');

  // the row opens the card
  await today.row('Anja Schön', 'deliverable_overdue').getByRole('button', { name: /Öffnen: Anja Schön/ }).click();
  await expect(page.getByRole('tab', { name: /Muster/ })).toBeVisible();
  await expect(page).toHaveURL(/#\/campaigns\/\d+\/cards\/\d+$/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tab', { name: /Muster/ })).toBeHidden();
  await today.open('Heute', 'Heute');
  await today.row('Anja Schön', 'deliverable_overdue').getByRole('button', { name: /Als gepostet markieren/ }).click();
  await expect(today.row('Anja Schön', 'deliverable_overdue')).toHaveCount(0);
  await expect(page.getByText('Nichts fällig')).toBeVisible();

  // English
  await call('settings.update', { locale: 'en' });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText('Nothing due')).toBeVisible();
});

test('English Today with open rows (the follow-up after another 14 days)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const dataDir = host.dataDir;
  await host.stop();
  host = await startHost({ dataDir, env: { KOLLAB_NOW: '2026-12-10T09:00:00Z' } });
  const today = new TodayPage(page);
  await page.goto(host.openUrl);
  await today.open('Today', 'Today');
  await expect(today.row('Anja Schön', 'sample_no_post')).toContainText('sample delivered, no post yet');
  await expect(today.row('Anja Schön', 'sample_no_post')).toContainText('reminded 25/11/2026');
  await page.screenshot({ path: `${SHOTS}/en-today.png`, style: NO_TOASTS });
  await today.row('Anja Schön', 'sample_no_post').getByRole('button', { name: /Send reminder/ }).click();
  await expect(today.reminderDialog().getByRole('textbox', { name: 'Message' })).toHaveValue(/Hallo Anja/); // Anja writes German: the reminder stays German
  await expect(today.reminderDialog().getByRole('button', { name: 'Copy for DM' })).toBeVisible();
});
