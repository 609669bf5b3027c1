import { expect, type Locator, type Page } from '@playwright/test';

/** Page object of the seeding funnel (features/planning/FunnelPage.tsx). */
export class FunnelScreen {
  constructor(readonly page: Page) {}

  async open(navName: string, heading: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: navName }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  /** The value cell of a figure: shipped, delivered, deliveredRate, posted, postedRate, median, cost. */
  figure(key: string): Locator {
    return this.page.getByTestId('funnel-figures').locator(`tr[data-figure="${key}"] td`);
  }

  /** A campaign's line in the table across all campaigns (FunnelCampaigns.tsx). */
  campaignRow(campaign: string): Locator {
    return this.page.getByTestId('funnel-campaign-row').filter({ has: this.page.getByRole('link', { name: campaign, exact: true }) });
  }

  noPostList(): Locator {
    return this.page.getByTestId('funnel-no-post');
  }

  noPostRow(person: string): Locator {
    return this.page.getByTestId('funnel-no-post-row').filter({ hasText: person });
  }

  async pickCampaign(label: string, campaign: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: campaign, exact: true }).click();
  }

  reminderDialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
