import { expect, type Locator, type Page } from '@playwright/test';

const TEXT = {
  en: { title: 'Import spreadsheet' },
  de: { title: 'Tabelle importieren' },
} as const;

/** The influencer spreadsheet import wizard (src/renderer/src/features/influencers/ImportWizard.tsx). */
export class InfluencerImportPage {
  constructor(
    readonly page: Page,
    readonly lang: 'en' | 'de',
  ) {}

  async open(openUrl: string): Promise<void> {
    await this.page.goto(`${openUrl}#/influencers/import`);
    await expect(this.page.getByRole('heading', { level: 1, name: TEXT[this.lang].title })).toBeVisible();
  }

  /** Chooses the sheet; resolves once the column mapping (step 2) shows it. */
  async upload(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(file);
    await expect(this.mappingFor('Name')).toBeVisible({ timeout: 30_000 });
  }

  /** The mapping field of one column of the sheet. */
  mappingFor(column: string): Locator {
    const label = this.lang === 'de' ? `Zuordnung für Spalte „${column}“` : `Mapping for column “${column}”`;
    return this.page.getByRole('combobox', { name: label });
  }
}
