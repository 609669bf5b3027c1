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

  /** Every stage column lies inside the window: left and right edges on screen, its header above the fold. */
  async expectEveryStageInViewport(): Promise<void> {
    const vp = this.page.viewportSize()!;
    const n = await this.columns().count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const col = this.columns().nth(i);
      await expect(col).toBeInViewport();
      const box = (await col.boundingBox())!;
      const name = await col.locator('h3').first().textContent();
      expect.soft(box.x, `${name}: left edge`).toBeGreaterThanOrEqual(0);
      expect.soft(box.x + box.width, `${name}: right edge`).toBeLessThanOrEqual(vp.width);
      expect.soft(box.y + 60, `${name}: header`).toBeLessThanOrEqual(vp.height);
    }
  }

  /** Card fields that stick out of their card (reach, ER, tier, type, fee must fit whole; names and handles may end in … with a tooltip). */
  async fieldsOutsideTheirCard(): Promise<string[]> {
    return this.page.locator('.board-card').evaluateAll((cards) => {
      const out: string[] = [];
      for (const card of cards) {
        const c = card.getBoundingClientRect();
        for (const el of card.querySelectorAll<HTMLElement>('.cb-reach, .cb-tier, .cb-fee, .cb-type, .cb-name')) {
          const r = el.getBoundingClientRect();
          if (r.left < c.left - 0.5 || r.right > c.right + 0.5 || el.scrollWidth > el.clientWidth + 1 && !el.classList.contains('cb-name')) out.push(`${card.getAttribute('aria-label')}: ${el.className}`);
        }
      }
      return out;
    });
  }

  /** Folds a stage to a slim strip through its menu. */
  async foldStage(stage: string, menuLabel: string, fold: string): Promise<void> {
    await this.page.getByRole('button', { name: menuLabel }).click();
    await this.page.getByRole('menuitem', { name: fold }).click();
    await expect(this.column(stage)).toHaveAttribute('data-collapsed', 'true');
  }

  async unfoldStage(stage: string): Promise<void> {
    await this.column(stage).getByRole('button', { name: stage, exact: true }).click();
    await expect(this.column(stage)).not.toHaveAttribute('data-collapsed', 'true');
  }

  card(name: string): Locator {
    return this.page.locator('.board-card').filter({ hasText: name });
  }

  async openCard(name: string): Promise<void> {
    await this.card(name).click();
  }
}
