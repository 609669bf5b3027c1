import { expect, type Locator } from '@playwright/test';
import type { CardDrawer } from './card-drawer';
import type { Lang } from './outreach';

/** The words every form tab of the card drawer has: its tab's name and its form's save button. */
export interface DrawerTabText {
  tab: RegExp;
  save: string;
}

/**
 * A tab of the card drawer that holds one form (content, samples): the drawer, the words of the UI language, the
 * tab to open and the form (by its test id) with its save button. The tabs add what they enter and read.
 */
export abstract class DrawerTab<T extends DrawerTabText> {
  protected readonly T: T;
  constructor(
    readonly drawer: CardDrawer,
    readonly lang: Lang,
    text: Readonly<Record<Lang, T>>,
    private readonly formTestId: string,
  ) {
    this.T = text[lang];
  }

  get form(): Locator {
    return this.drawer.root.getByTestId(this.formTestId);
  }

  async open(): Promise<void> {
    await this.drawer.tab(this.T.tab).click();
    await expect(this.drawer.tab(this.T.tab)).toHaveAttribute('aria-selected', 'true');
  }

  /** Saves the open form; it closes. */
  async save(): Promise<void> {
    await this.form.getByRole('button', { name: this.T.save }).click();
    await expect(this.form).toBeHidden();
  }
}
