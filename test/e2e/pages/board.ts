import { expect, type Locator, type Page } from '@playwright/test';

/** A campaign's page: header, board columns and cards. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async goto(openUrl: string, campaignId: number): Promise<void> {
    const url = new URL(openUrl);
    url.hash = `/campaigns/${campaignId}`;
    await this.page.goto(url.href);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  column(stage: string): Locator {
    return this.page.locator('section.board-column').filter({ has: this.page.getByRole('heading', { name: stage, exact: true }) });
  }

  /** Every stage column on the board. */
  columns(): Locator {
    return this.page.locator('section.board-column');
  }

  card(name: string): Locator {
    return this.page.locator('.board-card').filter({ hasText: name });
  }

  async openCard(name: string): Promise<void> {
    await this.card(name).click();
  }
}
