import { expect, type Locator, type Page } from '@playwright/test';

/** Page objects of the KPI screens: portfolio dashboard, campaign dashboard, influencer view, KPI settings. */

abstract class KpiScreen {
  constructor(readonly page: Page) {}
  abstract get root(): Locator;
  /** The value of one KPI tile (`kpi-<id>-value`). */
  kpiValue(id: string): Locator {
    return this.root.getByTestId(`kpi-${id}-value`);
  }
  tile(id: string): Locator {
    return this.root.getByTestId(`kpi-${id}`);
  }
  /** Opens the "how is this computed" popover of a tile and returns it. */
  async openRule(tileId: string): Promise<Locator> {
    await this.tile(tileId).getByRole('button', { name: /\?$/ }).click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }
  async closeRule(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByRole('dialog')).toBeHidden();
  }
  /** Waits until the charts drew (chart.js sets a canvas size) and the query is idle. */
  async settled(): Promise<void> {
    await expect(this.root).toHaveAttribute('aria-busy', 'false');
    for (const canvas of await this.root.locator('canvas').all()) await expect(canvas).toHaveAttribute('height', /\d+/);
  }
}

export class PortfolioDashboard extends KpiScreen {
  get root() {
    return this.page.getByTestId('portfolio');
  }
  async open(openUrl: string) {
    await this.page.goto(openUrl);
    await expect(this.root).toBeVisible({ timeout: 30_000 });
  }
  campaignsTable() {
    return this.root.getByTestId('portfolio-campaigns');
  }
  async openCampaign(name: string) {
    await this.campaignsTable().getByRole('link', { name, exact: true }).click();
  }
  filterFrom() {
    return this.root.getByRole('textbox', { name: /^(From|Von)$/ });
  }
  filterTo() {
    return this.root.getByRole('textbox', { name: /^(To|Bis)$/ });
  }
}

export class CampaignDashboard extends KpiScreen {
  get root() {
    return this.page.getByTestId('campaign-dashboard');
  }
  async open(id: number) {
    await this.page.evaluate((h) => (window.location.hash = h), `/dashboard/campaigns/${id}`);
    await expect(this.root).toBeVisible({ timeout: 30_000 });
  }
  leaks() {
    return this.root.getByTestId('campaign-leaks');
  }
  influencerTable() {
    return this.root.getByTestId('campaign-table');
  }
  async openInfluencer(name: string) {
    await this.influencerTable().getByRole('link', { name, exact: true }).click();
  }
  reportButton() {
    return this.page.getByRole('button', { name: /^(Report|Bericht)$/ });
  }
}

export class InfluencerDashboard extends KpiScreen {
  get root() {
    return this.page.getByTestId('influencer-dashboard');
  }
  async open(id: number) {
    await this.page.evaluate((h) => (window.location.hash = h), `/dashboard/influencers/${id}`);
    await expect(this.root).toBeVisible({ timeout: 30_000 });
  }
  table() {
    return this.root.getByTestId('influencer-table');
  }
}

export class KpiSettings {
  constructor(readonly page: Page) {}
  get root() {
    return this.page.getByTestId('kpi-settings');
  }
  async open(openUrl: string) {
    await this.page.goto(openUrl);
    await this.page.evaluate(() => (window.location.hash = '/settings'));
    await expect(this.root).toBeVisible({ timeout: 30_000 });
  }
}
