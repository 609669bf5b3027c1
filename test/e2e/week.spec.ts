import { test, expect } from '@playwright/test';
import { rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { TodayPage } from './pages/TodayPage';
import { FunnelScreen } from './pages/FunnelScreen';
import { CalendarScreen } from './pages/CalendarScreen';
import { CardDrawer } from './pages/card-drawer';
import { ContentTab, type PostFigure } from './pages/ContentTab';
import { SamplesTab } from './pages/SamplesTab';
import { WEEK_TEXT } from './pages/week';
import { png } from './png';
import ICAL from 'ical.js';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The marketer's week (issue 14), in German and in English (each on its own workspace, the person writing the UI's
 * language): a sample shipped and delivered in the card's samples tab, the clock moved past the "no post yet" days (a second host on the same
 * data folder with a later KOLLAB_NOW), the person shows up in Today, the reminder goes out in their language, the
 * post is entered in the card's content tab (its figures typed key by key in the UI language) with a story screenshot
 * pasted, the funnel (also in a second window, without a reload) and Today change, the calendar shows, moves and exports the
 * deadline (the .ics parsed back). Screenshots at 1280×720 and 1440×900.
 */
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/** The VEVENTs of an .ics text (ical.js): summary and first day. */
function icsEvents(text: string): { summary: string; start: string }[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { summary: e.summary, start: e.startDate.toString() };
  });
}

// the funnel test enters the post key by key and keeps a second window open: ~2.8 min at load 15 on 2 cores
test.setTimeout(240_000);

for (const lang of ['de', 'en'] as const) {
  test.describe(`the week (${lang.toUpperCase()})`, () => {
    test.describe.configure({ mode: 'serial' });
    const T = WEEK_TEXT[lang];
    let host: RunningHost;
    let campaignId: number;
    let anja: number;
    let collab: number;
    const call = <R,>(method: string, input: unknown = {}) => rpc<R>(method, input, host.url, host.token);
    /** The same data folder, the clock moved to `now`. */
    const moveClock = async (now: string) => {
      const dataDir = host.dataDir;
      await host.stop();
      host = await startHost({ dataDir, env: { KOLLAB_NOW: now } });
    };

    test.beforeAll(async () => {
      host = await startHost({ empty: true, env: { KOLLAB_NOW: '2026-11-10T09:00:00Z' } });
      await call('settings.update', { locale: lang, timeZone: 'Europe/Berlin', brandName: 'GrünFit' });
      ({ id: campaignId } = await call<{ id: number }>('campaigns.create', { name: 'Winter-Launch', goal: 'launch', product: 'Vegan Protein', startDate: '2026-11-01', endDate: '2026-12-20', disclosureText: '#anzeige' }));
      ({ id: anja } = await call<{ id: number }>('influencers.create', { name: 'Anja Schön', email: 'anja@example.de', language: lang, channels: [{ platform: 'instagram', handle: 'anja.schoen', followers: 24_000 }] }));
      collab = (await call<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [anja] })).added[0]!;
      await call('collaborations.update', { id: collab, feeMinor: 25_000, deliverables: [{ kind: 'reel', count: 1, dueDate: '2026-11-20' }] });
    });
    test.afterAll(async () => host?.stop());

    test('the sample shipped and delivered in the card; Today: nothing owed on delivery day; 15 days later the person owes a post, gets a reminder, the row opens the card, the reel is marked', async ({ page }) => {
      await page.setViewportSize(SIZES[1]);
      // shipped on 08.11., marked delivered on 10.11. (today), both in the card's samples tab
      await page.goto(`${host.openUrl.split('#')[0]}#/campaigns/${campaignId}/cards/${collab}`);
      const drawer = new CardDrawer(page, lang);
      await drawer.expectOpen();
      const samples = new SamplesTab(drawer, lang);
      await samples.open();
      await samples.ship({ item: 'Vegan Protein', value: T.sampleValue, shippedOn: '2026-11-08' });
      await expect(samples.row('Vegan Protein')).toContainText(T.shipped);
      await samples.markDelivered('Vegan Protein', '2026-11-10');
      await expect(samples.row('Vegan Protein')).toContainText(T.delivered);
      await expect(samples.row('Vegan Protein')).toContainText(T.figures.cost);
      await page.keyboard.press('Escape');
      await drawer.expectClosed();

      const today = new TodayPage(page);
      await today.open(T.today, T.today);
      await expect(today.row('Anja Schön', 'deliverable_due')).toContainText(T.reelDue);
      await expect(today.row('Anja Schön', 'sample_no_post')).toHaveCount(0);

      await moveClock('2026-11-25T09:00:00Z');
      await page.goto(host.openUrl);
      await today.open(T.today, T.today);
      await expect(page.getByText(T.subtitle)).toBeVisible();
      const noPost = today.row('Anja Schön', 'sample_no_post');
      await expect(today.section(T.sections.followUp)).toContainText(T.noPost);
      await expect(today.section(T.sections.overdue)).toContainText(T.reelOverdue);
      await expect(today.summary()).toContainText(T.summary.overdue);
      await expect(today.summary()).toContainText(T.summary.followUp);
      await page.screenshot({ path: `${SHOTS}/${lang}-today.png`, style: NO_TOASTS });

      // the reminder, in Anja's language, editable before it goes out
      await noPost.getByRole('button', { name: T.sendReminder }).click();
      const dialog = today.reminderDialog();
      const message = dialog.getByRole('textbox', { name: T.reminder.message });
      await expect(message).toHaveValue(T.reminder.body);
      await expect(dialog).toContainText(T.reminder.to);
      await message.fill(T.reminder.typed);
      await page.screenshot({ path: `${SHOTS}/${lang}-today-reminder-1280.png`, style: NO_TOASTS });
      await expect(dialog.getByRole('link', { name: T.reminder.send })).toHaveAttribute('href', T.reminder.href);
      await dialog.getByRole('link', { name: T.reminder.send }).click();
      await expect(dialog).toBeHidden();
      await expect(noPost).toHaveCount(0);
      await expect(today.summary()).toContainText(T.summary.noFollowUp);

      // the row opens the card
      await today.row('Anja Schön', 'deliverable_overdue').getByRole('button', { name: `${T.open}: Anja Schön` }).click();
      await expect(page.getByRole('tab', { name: T.samplesTab })).toBeVisible();
      await expect(page).toHaveURL(/#\/campaigns\/\d+\/cards\/\d+$/);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('tab', { name: T.samplesTab })).toBeHidden();
      await today.open(T.today, T.today);
      await today.row('Anja Schön', 'deliverable_overdue').getByRole('button', { name: T.markPosted }).click();
      await expect(today.row('Anja Schön', 'deliverable_overdue')).toHaveCount(0);
      await expect(page.getByText(T.empty)).toBeVisible();
    });

    test('14 days later: still no post, the reminder noted in the row; the reminder follows the person’s language', async ({ page }) => {
      await page.setViewportSize(SIZES[1]);
      await moveClock('2026-12-10T09:00:00Z');
      const today = new TodayPage(page);
      await page.goto(host.openUrl);
      await expect(page.getByTestId('startup-reminder')).toContainText(T.startup); // the reminder on start, first time on 10.12.
      await today.open(T.today, T.today);
      const noPost = today.row('Anja Schön', 'sample_no_post');
      await expect(noPost).toContainText(T.noPost);
      await expect(noPost).toContainText(T.remindedOn);
      await page.screenshot({ path: `${SHOTS}/${lang}-today-reminded.png`, style: NO_TOASTS });
      await noPost.getByRole('button', { name: T.sendReminder }).click();
      await expect(today.reminderDialog().getByRole('textbox', { name: T.reminder.message })).toHaveValue(T.reminder.greeting);
      await expect(today.reminderDialog().getByRole('button', { name: T.reminder.copy })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(today.reminderDialog()).toBeHidden();

      // Anja now writes the other language: the reminder follows her, the UI stays
      await call('influencers.update', { id: anja, language: T.other.language });
      await noPost.getByRole('button', { name: T.sendReminder }).click();
      await expect(today.reminderDialog()).toContainText(T.other.to);
      await expect(today.reminderDialog().getByRole('textbox', { name: T.reminder.message })).toHaveValue(T.other.greeting);
      await page.keyboard.press('Escape');
      await expect(today.reminderDialog()).toBeHidden();
      await call('influencers.update', { id: anja, language: lang });
    });

    test('Funnel: the person under "no post yet"; the post entered in her card with a story screenshot moves the funnel (in a second window too) and clears Today; calendar: the deadline dragged, moved by keyboard, exported as .ics', async ({ page }) => {
      // 2026-12-10: delivered 30 days ago, reminded on 25.11., no post yet; a story is due next week
      await call('collaborations.update', { id: collab, deliverables: [{ kind: 'reel', count: 1, dueDate: '2026-11-20' }, { kind: 'story', count: 2, dueDate: '2026-12-16' }] });
      await page.setViewportSize(SIZES[0]);
      const funnel = new FunnelScreen(page);
      // the reminder on start came on 10.12. already (the test above): the core keeps the day for the workspace,
      // so a new window (a fresh browser profile here) does not show it again that day
      expect(await call<{ show: boolean; day: string }>('today.claimStartupReminder')).toEqual({ show: false, day: '2026-12-10' });
      await page.goto(host.openUrl);
      await funnel.open(T.funnel, T.funnel);
      await expect(funnel.figure('shipped')).toHaveText('1');
      await expect(funnel.figure('delivered')).toHaveText('1');
      await expect(funnel.figure('posted')).toHaveText('0');
      await expect(funnel.figure('cost')).toHaveText(T.figures.cost);
      await expect(page.getByTestId('startup-reminder')).toHaveCount(0);
      const row = funnel.noPostRow('Anja Schön');
      await expect(row).toContainText('Winter-Launch');
      await expect(row).toContainText(T.delivered);
      await expect(row).toContainText(T.reminded);
      await expect(row.getByRole('cell').nth(3)).toHaveText('30');
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({ path: `${SHOTS}/${lang}-funnel-${size.width}.png`, style: NO_TOASTS, fullPage: true });
      }

      // the reminder from the funnel is the Today view's, in Anja's language
      await row.getByRole('button', { name: `${T.sendReminder}: Anja Schön` }).click();
      await expect(funnel.reminderDialog().getByRole('textbox', { name: T.reminder.message })).toHaveValue(T.reminder.body);
      await page.keyboard.press('Escape');
      await expect(funnel.reminderDialog()).toBeHidden();

      // a second window on the workspace keeps the funnel open: it follows the post without a reload (data.changed)
      const watcher = await page.context().newPage();
      await watcher.setViewportSize(SIZES[0]);
      await watcher.goto(host.openUrl);
      const watched = new FunnelScreen(watcher);
      await watched.open(T.funnel, T.funnel);
      await expect(watched.figure('posted')).toHaveText('0');

      // the post arrives: Anja's row opens her card, the story goes in through the content tab, its figures typed
      // key by key the way the UI language writes them, then its screenshot pasted
      await page.setViewportSize(SIZES[1]);
      await row.getByRole('link', { name: 'Anja Schön', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#/campaigns/${campaignId}/cards/${collab}$`));
      const drawer = new CardDrawer(page, lang);
      await drawer.expectOpen();
      const content = new ContentTab(drawer, lang);
      await content.open();
      await content.fill(T.post.entry);
      await expect(content.disclosureHint).toHaveAttribute('data-status', 'ok');
      await content.field('likes').focus(); // the last field left: every figure shows as read and formatted
      for (const [figure, typed] of Object.entries(T.post.entry.figures)) await expect(content.field(figure as PostFigure)).toHaveValue(typed);
      await expect(content.form.locator('[data-unreadable="true"]')).toHaveCount(0);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SHOTS}/${lang}-week-post-form-1280.png`, style: NO_TOASTS });
      await content.save();
      const post = content.row(T.post.row);
      await expect(post).toHaveCount(1);
      await expect(post).toContainText(T.post.shownOn);
      for (const figure of T.post.figures) await expect(post.getByTestId('story-figures')).toContainText(figure);
      await expect(post.getByTestId('disclosure-missing')).toHaveCount(0);
      const [saved] = await call<Record<string, unknown>[]>('posts.list', { collaborationId: collab });
      expect(saved).toMatchObject({ platform: 'instagram', kind: 'story', postedAt: '2026-12-09', url: 'https://instagram.com/stories/anja.schoen/3141592653', caption: T.post.entry.caption, disclosurePresent: true, views: 18_340, reach: 12_500, likes: 1_045, comments: 37, clicks: 1_204, tapsForward: 3_210, replies: 12 });

      // the story's screenshot, pasted on the post
      const evidence = content.evidence(post);
      await evidence.paste(png(90, 160, [220, 40, 110]), 'story-anja.png');
      await expect(evidence.thumbnails()).toHaveCount(1);
      await expect(evidence.thumbnails().first()).toHaveAttribute('alt', T.screenshotAlt);
      await page.screenshot({ path: `${SHOTS}/${lang}-week-evidence-1280.png`, style: NO_TOASTS });
      await page.keyboard.press('Escape');
      await drawer.expectClosed();

      // the other window's funnel changed by itself
      await expect(watched.figure('posted')).toHaveText('1');
      await expect(watched.noPostRow('Anja Schön')).toHaveCount(0);
      await watcher.close();

      // the funnel: posted, the rate, days to post, no sample cost left without a post
      await funnel.open(T.funnel, T.funnel);
      await expect(funnel.figure('posted')).toHaveText('1');
      await expect(funnel.figure('postedRate')).toHaveText(T.figures.rate);
      await expect(funnel.figure('median')).toHaveText(T.figures.median);
      await expect(funnel.figure('cost')).toHaveText(T.figures.noCost);
      await expect(funnel.noPostRow('Anja Schön')).toHaveCount(0);
      await expect(funnel.noPostList()).toContainText(T.noPostEmpty);
      // per campaign: the same figures
      await funnel.pickCampaign(T.campaign, 'Winter-Launch');
      await expect(page).toHaveURL(/#\/funnel\/\d+$/);
      await expect(funnel.figure('posted')).toHaveText('1');

      // Today: nobody owes a post any more
      const today = new TodayPage(page);
      await today.open(T.today, T.today);
      await expect(today.summary()).toContainText(T.summary.noFollowUp);
      await expect(today.row('Anja Schön', 'sample_no_post')).toHaveCount(0);

      // calendar: December, the story due on the 16th, the post on the 9th, the campaign running
      const cal = new CalendarScreen(page);
      await cal.open(T.calendar, T.calendar);
      await expect(cal.title()).toHaveText(T.december);
      const story = cal.chip('2026-12-16', 'deadline', 'Anja Schön');
      await expect(story).toContainText(T.storiesDue);
      await expect(cal.chip('2026-12-09', 'post', 'Anja Schön')).toContainText(T.storyPosted);
      await expect(cal.day('2026-12-10').locator('.cal-phase')).toHaveCount(1);
      await expect(cal.day('2026-12-21').locator('.cal-phase')).toHaveCount(0);
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({ path: `${SHOTS}/${lang}-calendar-${size.width}.png`, style: NO_TOASTS, fullPage: true });
      }

      // drag the deadline to the 18th, then one day on with the keyboard
      await story.dragTo(cal.day('2026-12-18'));
      const moved = cal.chip('2026-12-18', 'deadline', 'Anja Schön');
      await expect(moved).toContainText(T.storiesDue);
      await expect(cal.chip('2026-12-16', 'deadline', 'Anja Schön')).toHaveCount(0);
      await moved.focus();
      await page.keyboard.press('Alt+ArrowRight');
      await expect(cal.chip('2026-12-19', 'deadline', 'Anja Schön')).toBeFocused();
      await expect(cal.chip('2026-12-18', 'deadline', 'Anja Schön')).toHaveCount(0);

      // the previous month shows the reel's deadline; the week view the story
      await page.getByRole('button', { name: T.prevMonth }).click();
      await expect(cal.title()).toHaveText(T.november);
      await expect(cal.chip('2026-11-20', 'deadline', 'Anja Schön')).toContainText(T.reelDue);
      await page.setViewportSize(SIZES[0]);
      await page.getByRole('button', { name: T.today, exact: true }).click();
      await cal.view(T.week);
      await expect(cal.title()).toHaveText(T.weekTitle);
      await page.getByRole('button', { name: T.nextWeek }).click();
      await expect(cal.chip('2026-12-19', 'deadline', 'Anja Schön')).toBeVisible();
      await page.mouse.move(0, 0); // no tooltip in the picture
      await page.screenshot({ path: `${SHOTS}/${lang}-calendar-week-1440.png`, style: NO_TOASTS });

      // the export: the download and the file in the data folder both hold the moved deadline
      const ics = await cal.downloadIcs(T.download);
      expect(ics.name).toBe('kollab.ics');
      expect(icsEvents(ics.text)).toContainEqual({ summary: T.icsDue, start: '2026-12-19' });
      expect(icsEvents(ics.text)).toContainEqual({ summary: T.icsPosted, start: '2026-12-09' });
      const file = path.join(host.dataDir, 'calendar', 'kollab.ics');
      await expect.poll(() => icsEvents(fs.readFileSync(file, 'utf8')).find((e) => e.summary === T.icsDue)?.start).toBe('2026-12-19');
    });
  });
}
