import { test, expect } from '@playwright/test';
import { rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { TodayPage } from './pages/TodayPage';
import { FunnelScreen } from './pages/FunnelScreen';
import { CalendarScreen } from './pages/CalendarScreen';
import ICAL from 'ical.js';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The marketer's week (issue 14): a sample delivered, the clock moved past the "no post yet" days (a second
 * host on the same data folder with a later KOLLAB_NOW), the person shows up in Today, the reminder goes out
 * in their language, a post is marked, the Today view changes — German and English, 1280×720 screenshots.
 */
let host: RunningHost;
let collab: number;
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
  collab = added[0]!;
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
  await expect(page.getByTestId('startup-reminder')).toContainText('overdue'); // the reminder on start, first time on 10/12
  await today.open('Today', 'Today');
  await expect(today.row('Anja Schön', 'sample_no_post')).toContainText('sample delivered, no post yet');
  await expect(today.row('Anja Schön', 'sample_no_post')).toContainText('reminded 25/11/2026');
  await page.screenshot({ path: `${SHOTS}/en-today.png`, style: NO_TOASTS });
  await today.row('Anja Schön', 'sample_no_post').getByRole('button', { name: /Send reminder/ }).click();
  await expect(today.reminderDialog().getByRole('textbox', { name: 'Message' })).toHaveValue(/Hallo Anja/); // Anja writes German: the reminder stays German
  await expect(today.reminderDialog().getByRole('button', { name: 'Copy for DM' })).toBeVisible();
});

/** The VEVENTs of an .ics text (ical.js): summary and first day. */
function icsEvents(text: string): { summary: string; start: string }[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, start: e.startDate.toString() };
  });
}

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

test('Funnel: the person under "no post yet", the post moves the funnel; calendar: the deadline dragged, moved by keyboard, exported as .ics (DE, EN)', async ({ page }) => {
  // 2026-12-10: delivered 30 days ago, reminded on 25.11., no post yet; a story is due next week
  await call('settings.update', { locale: 'de' });
  await call('collaborations.update', { id: collab, deliverables: [{ kind: 'reel', count: 1, dueDate: '2026-11-20' }, { kind: 'story', count: 2, dueDate: '2026-12-16' }] });
  await page.setViewportSize(SIZES[0]);
  const funnel = new FunnelScreen(page);
  // the reminder on start came on 10.12. already (English test above): the core keeps the day for the workspace,
  // so a new window (a fresh browser profile here) does not show it again that day
  expect(await call<{ show: boolean; day: string }>('today.claimStartupReminder')).toEqual({ show: false, day: '2026-12-10' });
  await page.goto(host.openUrl);
  await funnel.open('Seeding-Funnel', 'Seeding-Funnel');
  await expect(funnel.figure('shipped')).toHaveText('1');
  await expect(funnel.figure('delivered')).toHaveText('1');
  await expect(funnel.figure('posted')).toHaveText('0');
  await expect(funnel.figure('cost')).toHaveText(/29,99\s€/);
  await expect(page.getByTestId('startup-reminder')).toHaveCount(0);
  const row = funnel.noPostRow('Anja Schön');
  await expect(row).toContainText('Winter-Launch');
  await expect(row).toContainText('10.11.2026');
  await expect(row).toContainText('25.11.2026');
  await expect(row.getByRole('cell').nth(3)).toHaveText('30');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/de-funnel-${size.width}.png`, style: NO_TOASTS, fullPage: true });
  }

  // the reminder from the funnel is the Today view's, in Anja's language
  await row.getByRole('button', { name: 'Erinnerung senden: Anja Schön' }).click();
  await expect(funnel.reminderDialog().getByRole('textbox', { name: 'Nachricht' })).toHaveValue(/dein Paket für „Winter-Launch“ ist am 10\.11\.2026 angekommen/);
  await page.keyboard.press('Escape');
  await expect(funnel.reminderDialog()).toBeHidden();

  // the post arrives: the funnel changes without a reload (data.changed)
  await call('posts.save', { collaborationId: collab, platform: 'instagram', kind: 'story', postedAt: '2026-12-09', caption: '#anzeige Mein neues Protein' });
  await expect(funnel.figure('posted')).toHaveText('1');
  await expect(funnel.figure('postedRate')).toHaveText('100 %');
  await expect(funnel.figure('median')).toHaveText('29 Tage');
  await expect(funnel.figure('cost')).toHaveText(/0,00\s€/);
  await expect(funnel.noPostRow('Anja Schön')).toHaveCount(0);
  await expect(funnel.noPostList()).toContainText('Alle, deren Muster vor 14 oder mehr Tagen ankam, haben gepostet.');
  // per campaign: the same figures
  await funnel.pickCampaign('Kampagne', 'Winter-Launch');
  await expect(page).toHaveURL(/#\/funnel\/\d+$/);
  await expect(funnel.figure('posted')).toHaveText('1');

  // calendar: December, the story due on the 16th, the post on the 9th, the campaign running
  await page.setViewportSize(SIZES[0]);
  const cal = new CalendarScreen(page);
  await cal.open('Kalender', 'Kalender');
  await expect(cal.title()).toHaveText('Dezember 2026');
  const story = cal.chip('2026-12-16', 'deadline', 'Anja Schön');
  await expect(story).toContainText('2× Story fällig');
  await expect(cal.chip('2026-12-09', 'post', 'Anja Schön')).toContainText('Story gepostet');
  await expect(cal.day('2026-12-10').locator('.cal-phase')).toHaveCount(1);
  await expect(cal.day('2026-12-21').locator('.cal-phase')).toHaveCount(0);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/de-calendar-${size.width}.png`, style: NO_TOASTS, fullPage: true });
  }

  // drag the deadline to the 18th, then one day on with the keyboard
  await story.dragTo(cal.day('2026-12-18'));
  const moved = cal.chip('2026-12-18', 'deadline', 'Anja Schön');
  await expect(moved).toContainText('2× Story fällig');
  await expect(cal.chip('2026-12-16', 'deadline', 'Anja Schön')).toHaveCount(0);
  await moved.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(cal.chip('2026-12-19', 'deadline', 'Anja Schön')).toBeFocused();
  await expect(cal.chip('2026-12-18', 'deadline', 'Anja Schön')).toHaveCount(0);

  // the previous month shows the reel's deadline; the week view the story
  await page.getByRole('button', { name: 'Voriger Monat' }).click();
  await expect(cal.title()).toHaveText('November 2026');
  await expect(cal.chip('2026-11-20', 'deadline', 'Anja Schön')).toContainText('Reel fällig');
  await page.getByRole('button', { name: 'Heute', exact: true }).click();
  await cal.view('Woche');
  await expect(cal.title()).toHaveText('KW 50 · 07.12.2026 – 13.12.2026');
  await page.getByRole('button', { name: 'Nächste Woche' }).click();
  await expect(cal.chip('2026-12-19', 'deadline', 'Anja Schön')).toBeVisible();
  await page.mouse.move(0, 0); // no tooltip in the picture
  await page.screenshot({ path: `${SHOTS}/de-calendar-week-1440.png`, style: NO_TOASTS });

  // the export: the download and the file in the data folder both hold the moved deadline
  const ics = await cal.downloadIcs('.ics herunterladen');
  expect(ics.name).toBe('kollab.ics');
  expect(icsEvents(ics.text)).toContainEqual({ summary: 'Fällig: Anja Schön – 2× Story (Winter-Launch)', start: '2026-12-19' });
  expect(icsEvents(ics.text)).toContainEqual({ summary: 'Gepostet: Anja Schön – Story (Winter-Launch)', start: '2026-12-09' });
  const file = path.join(host.dataDir, 'calendar', 'kollab.ics');
  await expect.poll(() => icsEvents(fs.readFileSync(file, 'utf8')).find((e) => e.summary.includes('2× Story'))?.start).toBe('2026-12-19');

  // English
  await call('settings.update', { locale: 'en' });
  await page.goto(`${host.openUrl.split('#')[0]}#/funnel`);
  await expect(page.getByRole('heading', { level: 1, name: 'Seeding funnel' })).toBeVisible();
  await expect(funnel.figure('median')).toHaveText('29 days');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/en-funnel-${size.width}.png`, style: NO_TOASTS, fullPage: true });
  }
  await cal.open('Calendar', 'Calendar');
  await expect(cal.title()).toHaveText('December 2026');
  await expect(cal.chip('2026-12-19', 'deadline', 'Anja Schön')).toContainText('2× Story due');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/en-calendar-${size.width}.png`, style: NO_TOASTS, fullPage: true });
  }
  const en = await cal.downloadIcs('Download .ics');
  expect(icsEvents(en.text)).toContainEqual({ summary: 'Due: Anja Schön – 2× Story (Winter-Launch)', start: '2026-12-19' });
});
