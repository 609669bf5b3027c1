import { expect, type Locator, type Page } from '@playwright/test';

const TEXT = {
  de: { edit: 'Bearbeiten', title: (n: string) => `${n} bearbeiten`, followers: 'Follower', save: 'Änderungen speichern', cancel: 'Abbrechen' },
  en: { edit: 'Edit', title: (n: string) => `Edit ${n}`, followers: 'Followers', save: 'Save changes', cancel: 'Cancel' },
} as const;

/** The edit drawer on an influencer's profile. */
export class InfluencerDrawer {
  readonly root: Locator;
  constructor(
    readonly page: Page,
    readonly lang: 'de' | 'en',
    readonly name: string,
  ) {
    this.root = page.getByRole('dialog', { name: TEXT[lang].title(name) });
  }

  async gotoProfile(openUrl: string, id: number): Promise<void> {
    const url = new URL(openUrl);
    url.hash = `/influencers/${id}`;
    await this.page.goto(url.href);
    await expect(this.page.getByRole('heading', { level: 1, name: this.name })).toBeVisible();
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: TEXT[this.lang].edit, exact: true }).click();
    await expect(this.root).toBeVisible();
  }

  /** The followers field of the n-th channel. */
  followers(n = 0): Locator {
    return this.root.getByRole('textbox', { name: TEXT[this.lang].followers, exact: true }).nth(n);
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: TEXT[this.lang].save }).click();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: TEXT[this.lang].cancel }).click();
  }

  async expectClosed(): Promise<void> {
    await expect(this.root).toBeHidden();
  }
}
