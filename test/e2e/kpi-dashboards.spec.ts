import { test, expect, type Page } from '@playwright/test';
import { rpc, SHOTS } from './api';
import { formatMoney, formatMultipleBp } from '../../src/renderer/src/lib/format';
import { KPI_TEXTS } from '../../src/shared/kpi-texts';
import { CampaignDashboard, InfluencerDashboard, KpiSettings, PortfolioDashboard } from './pages/KpiScreens';

/**
 * The three KPI dashboards on the demo workspace, in German and English at 1280×720 and 1440×900: the figures
 * the core computes are the ones on screen, every KPI explains its rule, the ER label names its basis, a
 * possible leak can be included one by one. Screenshots go to test-results/screenshots (looked at by hand).
 */

interface Figures {
  currency: string;
  revenueMinor: number;
  roasBp: number | null;
  erBasis: 'followers' | 'reach' | 'views';
}
interface Portfolio {
  totals: Figures;
  campaigns: { campaignId: number; name: string; figures: Figures }[];
}
interface CampaignSummary {
  name: string;
  totals: Figures;
  collaborations: { influencerId: number; influencerName: string; figures: Figures }[];
}
interface Leak {
  redemptionId: number;
  collaborationId: number;
  orderId: string;
  code: string;
  campaignId: number;
  included: boolean;
}

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, animations: 'disabled' });
}

// the machine is shared: first loads of a fresh page can take long
test.setTimeout(300_000);

let best: Portfolio['campaigns'][number];
let person: CampaignSummary['collaborations'][number];

test.beforeAll(async () => {
  const p = await rpc<Portfolio>('kpis.portfolio', {});
  best = [...p.campaigns].sort((a, b) => b.figures.revenueMinor - a.figures.revenueMinor)[0]!;
  const c = await rpc<CampaignSummary>('kpis.campaign', { campaignId: best.campaignId });
  person = [...c.collaborations].sort((a, b) => b.figures.revenueMinor - a.figures.revenueMinor)[0]!;
  expect(best.figures.revenueMinor, 'the demo has a campaign with revenue').toBeGreaterThan(0);
});

for (const lang of ['de', 'en'] as const) {
  test(`portfolio, campaign and influencer dashboards show the core's figures (${lang})`, async ({ page }) => {
    await rpc('settings.update', { locale: lang });
    const texts = KPI_TEXTS[lang];
    const portfolio = new PortfolioDashboard(page);
    const campaign = new CampaignDashboard(page);
    const influencer = new InfluencerDashboard(page);

    for (const size of SIZES) {
      await page.setViewportSize(size);
      const p = await rpc<Portfolio>('kpis.portfolio', {});
      await portfolio.open(process.env.KOLLAB_OPEN_URL!);
      await expect(portfolio.kpiValue('revenue')).toHaveText(formatMoney(p.totals.revenueMinor, p.totals.currency, lang, { whole: true }));
      await expect(portfolio.kpiValue('roas')).toHaveText(formatMultipleBp(p.totals.roasBp, lang));
      await expect(portfolio.tile('er')).toContainText(texts.erBasis[p.totals.erBasis]);
      await portfolio.settled();
      await shot(page, `${lang}-kpi-portfolio-${size.width}`);

      await portfolio.openCampaign(best.name);
      await expect(page.getByRole('heading', { level: 1, name: best.name })).toBeVisible();
      const c = await rpc<CampaignSummary>('kpis.campaign', { campaignId: best.campaignId });
      await expect(campaign.kpiValue('revenue')).toHaveText(formatMoney(c.totals.revenueMinor, c.totals.currency, lang, { whole: true }));
      await campaign.settled();
      await shot(page, `${lang}-kpi-campaign-${size.width}`);

      await campaign.openInfluencer(person.influencerName);
      await expect(page.getByRole('heading', { level: 1, name: person.influencerName })).toBeVisible();
      await expect(influencer.table().getByRole('link', { name: best.name, exact: true })).toBeVisible();
      await influencer.settled();
      await shot(page, `${lang}-kpi-influencer-${size.width}`);
    }
  });
}

test('every KPI says how it is computed; the ER label names its basis from Settings', async ({ page }) => {
  await rpc('settings.update', { locale: 'en', kpiErBasis: 'followers' });
  const portfolio = new PortfolioDashboard(page);
  await portfolio.open(process.env.KOLLAB_OPEN_URL!);
  await expect(portfolio.tile('er')).toContainText('ER (followers)');
  const roas = await portfolio.openRule('roas');
  await expect(roas).toContainText(KPI_TEXTS.en.rules.roas.body);
  await portfolio.closeRule();
  const revenue = await portfolio.openRule('revenue');
  await expect(revenue).toContainText('Every order counts once.');
  await portfolio.closeRule();
  // the window rule names the days from Settings
  const settings = new KpiSettings(page);
  await settings.open(process.env.KOLLAB_OPEN_URL!);
  await page.setViewportSize({ width: 1280, height: 720 });
  await settings.root.getByRole('textbox', { name: 'Days after the end that still count' }).fill('21');
  await settings.root.getByText('Reach', { exact: true }).click();
  await settings.root.getByRole('button', { name: 'Save KPI settings' }).click();
  await expect.poll(async () => (await rpc<{ kpiWindowDays: number; kpiErBasis: string }>('settings.get')).kpiWindowDays).toBe(21);
  expect((await rpc<{ kpiErBasis: string }>('settings.get')).kpiErBasis).toBe('reach');
  // an exchange rate for one month, typed the English way, then removed again
  await settings.root.getByRole('button', { name: 'Month' }).click();
  await page.getByRole('button', { name: /^Nov/ }).first().click();
  await settings.root.getByRole('textbox', { name: '1 USD in EUR' }).fill('0.92');
  await settings.root.getByRole('button', { name: 'Add rate' }).click();
  await expect(settings.root.getByTestId('rates')).toContainText('1 USD = 0.92 EUR');
  const rates = await rpc<{ currency: string; month: string; rate: string }[]>('exchangeRates.list', {});
  expect(rates).toEqual([expect.objectContaining({ currency: 'USD', rate: '0.92', month: expect.stringMatching(/^\d{4}-11$/) })]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/en-kpi-settings-1280.png`, fullPage: true });
  await settings.root.getByRole('button', { name: /^Remove the USD rate of November/ }).click();
  await expect(settings.root.getByTestId('rates')).toHaveCount(0);
  await page.evaluate(() => (window.location.hash = '/'));
  await expect(portfolio.tile('er')).toContainText('ER (reach)');
  const conv = await portfolio.openRule('conversions');
  await expect(conv).toContainText('until 21 days after the end date');
  await rpc('settings.update', { kpiWindowDays: 30 });
});

test('a possible leak can be included in the campaign figures one by one, and excluded again', async ({ page }) => {
  // orders right after a campaign's end become possible leaks when no day after the end counts
  await rpc('settings.update', { locale: 'en', kpiWindowDays: 0 });
  const { rows } = await rpc<{ rows: Leak[] }>('kpis.leaks', { limit: 50 });
  const leak = rows.find((r) => !r.included);
  expect(leak, 'an order after the end of a demo campaign').toBeTruthy();
  const before = (await rpc<CampaignSummary>('kpis.campaign', { campaignId: leak!.campaignId })).totals.revenueMinor;
  const page1 = new CampaignDashboard(page);
  await page.goto(process.env.KOLLAB_OPEN_URL!);
  await page1.open(leak!.campaignId);
  const include = page1.leaks().getByRole('button', { name: `Include order ${leak!.orderId} (code ${leak!.code}) in the KPIs` });
  await include.click();
  const exclude = page1.leaks().getByRole('button', { name: `Exclude order ${leak!.orderId} (code ${leak!.code}) from the KPIs again` });
  await expect(exclude).toBeVisible();
  await expect.poll(async () => (await rpc<CampaignSummary>('kpis.campaign', { campaignId: leak!.campaignId })).totals.revenueMinor).toBeGreaterThan(before);
  const after = await rpc<CampaignSummary>('kpis.campaign', { campaignId: leak!.campaignId });
  await expect(page1.kpiValue('revenue')).toHaveText(formatMoney(after.totals.revenueMinor, after.totals.currency, 'en', { whole: true }));
  await exclude.click();
  await expect(include).toBeVisible();
  await expect.poll(async () => (await rpc<CampaignSummary>('kpis.campaign', { campaignId: leak!.campaignId })).totals.revenueMinor).toBe(before);
  await rpc('settings.update', { kpiWindowDays: 30 });
});

test('the card drawer flags its possible leaks on the Codes tab and includes them one by one (de)', async ({ page }) => {
  await rpc('settings.update', { locale: 'de', kpiWindowDays: 0 });
  const { rows } = await rpc<{ rows: Leak[] }>('kpis.leaks', { limit: 50 });
  const leak = rows.find((r) => !r.included);
  expect(leak, 'an order after the end of a demo campaign').toBeTruthy();
  const card = await rpc<{ total: number }>('kpis.leaks', { collaborationId: leak!.collaborationId, limit: 1 });
  const figures = async () => (await rpc<{ figures: Figures }>('kpis.collaboration', { collaborationId: leak!.collaborationId })).figures.revenueMinor;
  const before = await figures();
  await page.goto(process.env.KOLLAB_OPEN_URL!);
  await page.goto(`${process.env.KOLLAB_URL}/#/campaigns/${leak!.campaignId}/cards/${leak!.collaborationId}`);
  const drawer = page.getByRole('dialog').filter({ has: page.getByRole('tab', { name: 'Überblick' }) });
  const codes = drawer.getByRole('tab', { name: /Codes/ });
  // the flag: the number of orders outside the window, named for screen readers
  await expect(codes.getByLabel(card.total === 1 ? '1 Bestellung außerhalb des Kampagnenzeitraums' : `${card.total} Bestellungen außerhalb des Kampagnenzeitraums`)).toBeVisible();
  await codes.click();
  const leaks = drawer.getByTestId('card-leaks');
  await expect(leaks.getByText('Mögliche Leaks').first()).toBeVisible();
  const include = leaks.getByRole('button', { name: `Bestellung ${leak!.orderId} (Code ${leak!.code}) in die KPIs einbeziehen` });
  await include.click();
  const exclude = leaks.getByRole('button', { name: `Bestellung ${leak!.orderId} (Code ${leak!.code}) wieder aus den KPIs nehmen` });
  await expect(exclude).toBeVisible();
  await expect.poll(figures).toBeGreaterThan(before);
  await shot(page, 'card-leaks-de-1440');
  await exclude.click();
  await expect(include).toBeVisible();
  await expect.poll(figures).toBe(before);
  await rpc('settings.update', { kpiWindowDays: 30, locale: 'en' });
});
