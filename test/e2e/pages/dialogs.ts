import { expect, type Locator, type Page } from '@playwright/test';

const TEXT = {
  de: { title: 'Ungespeicherte Änderungen', keep: 'Weiter bearbeiten', discard: 'Verwerfen', save: 'Speichern' },
  en: { title: 'Unsaved changes', keep: 'Keep editing', discard: 'Discard changes', save: 'Save' },
} as const;

/** The one question before unsaved changes could be lost (save / discard / keep editing). */
export class UnsavedQuestion {
  readonly dialog: Locator;
  constructor(
    readonly page: Page,
    readonly lang: 'de' | 'en',
  ) {
    this.dialog = page.getByRole('dialog', { name: TEXT[lang].title });
  }

  async expectAsked(): Promise<void> {
    await expect(this.dialog).toBeVisible();
  }

  async answer(choice: 'keep' | 'discard' | 'save'): Promise<void> {
    await this.dialog.getByRole('button', { name: TEXT[this.lang][choice], exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}

/**
 * Types into a field key by key, as a person does (no `fill`): select what is there, then each character.
 * Leaves the field with Tab so it shows its formatted value.
 */
export async function typeKeys(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(text);
  await field.press('Tab');
}
