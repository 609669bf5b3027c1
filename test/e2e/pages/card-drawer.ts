import { expect, type Locator, type Page } from '@playwright/test';

const TEXT = {
  de: { overview: 'Überblick', fee: 'Honorar', productValue: 'Produktwert', save: 'Speichern', close: 'Schließen' },
  en: { overview: 'Overview', fee: 'Fee', productValue: 'Product value', save: 'Save', close: 'Close' },
} as const;

/** The card drawer of the board (its own address: /campaigns/:id/cards/:cardId). */
export class CardDrawer {
  readonly root: Locator;
  constructor(
    readonly page: Page,
    readonly lang: 'de' | 'en',
  ) {
    this.root = page.getByRole('dialog').filter({ has: page.getByRole('tab', { name: TEXT[lang].overview }) });
  }

  async expectOpen(): Promise<void> {
    await expect(this.root.getByRole('tab', { name: TEXT[this.lang].overview })).toBeVisible();
  }

  tab(name: string | RegExp): Locator {
    return this.root.getByRole('tab', { name });
  }

  /** On how many lines the tabs sit (their distinct tops). */
  async tabRows(): Promise<number> {
    const tops = await this.root.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    return new Set(tops).size;
  }

  get fee(): Locator {
    return this.root.getByRole('textbox', { name: TEXT[this.lang].fee, exact: true });
  }

  get productValue(): Locator {
    return this.root.getByRole('textbox', { name: TEXT[this.lang].productValue, exact: true });
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: TEXT[this.lang].save, exact: true }).click();
  }

  get closeButton(): Locator {
    return this.root.getByRole('button', { name: TEXT[this.lang].close, exact: true });
  }

  async expectClosed(): Promise<void> {
    await expect(this.root).toBeHidden();
  }
}
