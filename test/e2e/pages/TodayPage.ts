import { expect, type Locator, type Page } from '@playwright/test';

/** Page object of the Today / Week view (features/today). */
export class TodayPage {
  constructor(readonly page: Page) {}

  async open(navName: string, heading: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: navName }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The row of a person with a given kind (data-kind, see TodayKind). */
  row(person: string, kind: string): Locator {
    return this.page.getByTestId('today-row').and(this.page.locator(`[data-kind="${kind}"]`)).filter({ hasText: person });
  }

  summary(): Locator {
    return this.page.getByTestId('today-summary');
  }

  reminderDialog(): Locator {
    return this.page.getByRole('dialog');
  }
}
