import { test, expect, type Page } from '@playwright/test';
import { fillDate, rpc, SHOTS } from './api';
import { startHost } from './host';
import { settled } from './settle';

/** Every section of the app, in German and in English, against the demo workspace. */
const SECTIONS = {
  en: { dashboard: 'Dashboard', influencers: 'Influencers', campaigns: 'Campaigns', imports: 'Imports', settings: 'Settings' },
  de: { dashboard: 'Dashboard', influencers: 'Influencer', campaigns: 'Kampagnen', imports: 'Importe', settings: 'Einstellungen' },
} as const;

async function nav(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

for (const lang of ['en', 'de'] as const) {
  test(`every section shows the demo workspace (${lang})`, async ({ page }) => {
    await rpc('settings.update', { locale: lang });
    const s = SECTIONS[lang];
    await page.goto(process.env.KOLLAB_OPEN_URL!);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // the token leaves the address bar
    await expect(page).not.toHaveURL(/token=/);

    await expect(page.getByRole('heading', { level: 1, name: s.dashboard })).toBeVisible();
    const money = lang === 'de' ? /\d{1,3}(\.\d{3})*(,\d{2})?\s?€/ : /€\d{1,3}(,\d{3})*(\.\d{2})?/;
    await expect(page.getByText(money).first()).toBeVisible();
    await expect(page.locator('canvas').first()).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SHOTS}/${lang}-dashboard.png`, fullPage: true });

    await nav(page, s.influencers);
    await expect(page.getByRole('row').filter({ hasText: 'Emma Götz' })).toBeVisible();
    // the demo has 40 influencers; a page of the table shows at least 20 of them
    expect(await page.getByRole('row').count()).toBeGreaterThan(20);
    await page.screenshot({ path: `${SHOTS}/${lang}-influencers.png`, fullPage: true });

    await page.getByRole('row').filter({ hasText: 'Emma Götz' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Emma Götz' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/${lang}-influencer-profile.png`, fullPage: true });

    await nav(page, s.campaigns);
    for (const name of ['Sommer-Kollektion 2026', 'Vegan Protein Launch', 'Weihnachts-Challenge']) {
      await expect(page.getByText(name, { exact: true })).toBeVisible();
    }
    await page.screenshot({ path: `${SHOTS}/${lang}-campaigns.png`, fullPage: true });

    await page.getByText('Vegan Protein Launch', { exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vegan Protein Launch' })).toBeVisible();
    const stageNames = lang === 'de' ? ['Shortlist', 'Kontaktiert', 'In Verhandlung'] : ['Shortlist', 'Contacted', 'Negotiating'];
    for (const st of stageNames) await expect(page.getByText(st, { exact: true }).first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/${lang}-campaign-board.png`, fullPage: true });

    await nav(page, s.imports);
    await page.screenshot({ path: `${SHOTS}/${lang}-imports.png`, fullPage: true });

    await nav(page, s.settings);
    await expect(page.getByText('Deutsch', { exact: true })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/${lang}-settings.png`, fullPage: true });
  });
}

test('switching the language in Settings changes the UI at once and is kept', async ({ page }) => {
  await rpc('settings.update', { locale: 'en' });
  await page.goto(process.env.KOLLAB_OPEN_URL!);
  await nav(page, 'Settings');
  await page.getByText('Deutsch', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  expect((await rpc<{ locale: string }>('settings.get')).locale).toBe('de');
  await rpc('settings.update', { locale: 'en' });
});

test('data survives a restart on the same data folder, invalid input names the field, and a reset reports progress', async ({ page }) => {
  const first = await startHost({ empty: true });
  try {
    await rpc('settings.update', { locale: 'en' }, first.url, first.token);
    await page.goto(first.openUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await nav(page, 'Campaigns');
    await page.getByRole('button', { name: 'New campaign' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Frühjahr 2027');
    await fillDate(dialog.getByLabel('Start date'), '2027-03-01', 'en');
    await fillDate(dialog.getByLabel('End date'), '2027-02-01', 'en');
    await dialog.getByRole('button', { name: 'Create campaign' }).click();
    // the core refuses it before writing and the form shows the message on the field
    await expect(dialog.getByText(/end date is before start date/i)).toBeVisible();
    expect(await rpc<unknown[]>('campaigns.list', {}, first.url, first.token)).toHaveLength(0);
    await fillDate(dialog.getByLabel('End date'), '2027-04-30', 'en');
    await dialog.getByRole('button', { name: 'Create campaign' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Frühjahr 2027' })).toBeVisible();
  } finally {
    await first.stop();
  }

  const second = await startHost({ dataDir: first.dataDir });
  try {
    await page.goto(second.openUrl);
    await nav(page, 'Campaigns');
    await expect(page.getByText('Frühjahr 2027', { exact: true })).toBeVisible();
    // an existing, emptied workspace is not re-seeded with the demo on restart
    expect((await rpc<{ counts: { influencers: number } }>('app.info', {}, second.url, second.token)).counts.influencers).toBe(0);

    await nav(page, 'Settings');
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Erase and load demo' }).click();
    await expect(page.getByText('Workspace is ready.')).toBeVisible({ timeout: 20_000 });
    expect((await rpc<{ counts: { influencers: number } }>('app.info', {}, second.url, second.token)).counts.influencers).toBe(40);
  } finally {
    await second.stop();
  }
});
