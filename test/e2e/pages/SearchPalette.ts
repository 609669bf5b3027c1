import { expect, type Locator, type Page } from '@playwright/test';

/** Page object of the global search (Ctrl/Cmd+K, features/search). */
export class SearchPalette {
  readonly dialog: Locator;
  constructor(
    readonly page: Page,
    readonly title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
  }

  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.field).toBeFocused();
  }

  get field(): Locator {
    return this.dialog.getByRole('combobox', { name: this.title });
  }

  hit(text: string | RegExp): Locator {
    return this.dialog.getByRole('option').filter({ hasText: text });
  }

  get activeHit(): Locator {
    return this.dialog.locator('[role="option"][aria-selected="true"]');
  }
}
