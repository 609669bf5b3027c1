import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page is still — a condition, never a fixed sleep: web fonts loaded, no finite CSS
 * animation or transition running (endless ones such as a loader's spin are ignored) and every chart canvas
 * sized by chart.js. Use it right before a screenshot.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  for (const canvas of await page.locator('canvas').all()) await expect(canvas).toHaveAttribute('height', /\d+/);
}

/** dnd-kit's live region: what a screen reader hears while a board card is picked up and moved. */
export const dragAnnouncement = (page: Page) => page.locator('[id^="DndLiveRegion"]');
