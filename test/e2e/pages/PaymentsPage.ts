import { expect, type Locator, type Page } from '@playwright/test';

/** Page object of the payments overview (features/payments). */
export class PaymentsPage {
  constructor(readonly page: Page) {}

  async open(navName: string, heading: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: navName }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  /** The fee row of a person. */
  row(person: string): Locator {
    return this.page.getByTestId('payment-row').filter({ hasText: person });
  }

  totals(currency: string): Locator {
    return this.page.getByTestId(`payments-totals-${currency}`);
  }

  stateFilter(label: string): Locator {
    return this.page.getByRole('radiogroup').getByText(label, { exact: true });
  }

  async download(buttonName: string): Promise<string> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: buttonName }).click()]);
    const path = await file.path();
    const fs = await import('node:fs');
    return fs.readFileSync(path!, 'utf8');
  }
}
