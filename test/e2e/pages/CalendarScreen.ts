import fs from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** Page object of the calendar (features/planning/CalendarPage.tsx, CalendarGrid.tsx). */
export class CalendarScreen {
  constructor(readonly page: Page) {}

  async open(navName: string, heading: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: navName }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }

  title(): Locator {
    return this.page.getByTestId('calendar-title');
  }

  /** The cell of a day (YYYY-MM-DD). */
  day(iso: string): Locator {
    return this.page.getByTestId('calendar-grid').locator(`[role="gridcell"][data-date="${iso}"]`);
  }

  /** A chip (deadline, post, shipment, delivery) on a day whose text contains `text`. */
  chip(iso: string, kind: string, text: string | RegExp): Locator {
    return this.day(iso).locator(`.cal-chip[data-kind="${kind}"]`).filter({ hasText: text });
  }

  async view(name: string): Promise<void> {
    // Mantine's SegmentedControl: the radio is visually hidden, its label takes the click
    await this.page.locator('label').filter({ has: this.page.getByText(name, { exact: true }) }).click();
    await expect(this.page.getByRole('radio', { name })).toBeChecked();
  }

  /** Clicks the download button and returns the saved file's text. */
  async downloadIcs(buttonName: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: buttonName }).click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
  }
}
