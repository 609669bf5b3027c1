import { expect, type Locator, type Page } from '@playwright/test';

const TEXT = {
  en: {
    title: 'Import shop export',
    check: 'Check the file',
    runCheck: 'Check all rows',
    report: 'Dry run: what an import would do',
    done: 'Import finished',
    again: 'Import again',
    stop: 'Do not import',
    rejects: /^\d+ rejected rows?$/,
  },
  de: {
    title: 'Shop-Export importieren',
    check: 'Datei prüfen',
    runCheck: 'Alle Zeilen prüfen',
    report: 'Probelauf: Was ein Import bewirken würde',
    done: 'Import abgeschlossen',
    again: 'Erneut importieren',
    stop: 'Nicht importieren',
    rejects: /^\d+ abgelehnte Zeilen?$/,
  },
} as const;

/** A file made in the test, as the browser's file input takes it. */
export interface MadeFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The shop import wizard (src/renderer/src/features/imports/ShopImportWizard.tsx) in one UI language. */
export class ShopImportPage {
  readonly t: (typeof TEXT)['en' | 'de'];
  constructor(
    readonly page: Page,
    readonly lang: 'en' | 'de',
  ) {
    this.t = TEXT[lang];
  }

  /** Switches the texts this object looks for (after the UI language changed). */
  inLanguage(lang: 'en' | 'de'): ShopImportPage {
    return new ShopImportPage(this.page, lang);
  }

  async open(openUrl: string): Promise<void> {
    await this.page.goto(`${openUrl}#/imports/new`);
    await expect(this.page.getByRole('heading', { level: 1, name: this.t.title })).toBeVisible();
  }

  /** Chooses the file; resolves once the check step (or the "imported before" notice) is shown. */
  async upload(file: string | MadeFile): Promise<void> {
    await this.page.getByTestId('shop-import-file').setInputFiles(file);
    await expect(this.checkHeading.or(this.importedBefore)).toBeVisible({ timeout: 30_000 });
  }

  get checkHeading(): Locator {
    return this.page.getByRole('heading', { name: this.t.check });
  }
  get importedBefore(): Locator {
    return this.page.getByTestId('imported-before');
  }
  get shop(): Locator {
    return this.page.getByRole('combobox', { name: /^Shop/ });
  }
  get detectedFormat(): Locator {
    return this.page.getByTestId('detected-format');
  }
  get blockingProblems(): Locator {
    return this.page.getByTestId('blocking-problems');
  }

  async importAgain(): Promise<void> {
    await this.importedBefore.getByRole('button', { name: this.t.again }).click();
    await expect(this.checkHeading).toBeVisible({ timeout: 30_000 });
  }

  /** Runs the dry run and waits for its report. */
  async checkAllRows(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.runCheck }).click();
    await expect(this.reportHeading).toBeVisible({ timeout: 60_000 });
  }

  get reportHeading(): Locator {
    return this.page.getByRole('heading', { name: this.t.report });
  }
  get report(): Locator {
    return this.page.getByTestId('import-report');
  }
  /** The row accounting: its text includes the whole sentence "N rows read = …". */
  get accounting(): Locator {
    return this.page.getByTestId('row-accounting');
  }
  accountingTerm(term: 'read' | 'stored' | 'rejected' | 'ignored'): Locator {
    return this.accounting.getByTestId(`accounting-${term}`);
  }
  get ignoredWhy(): Locator {
    return this.page.getByTestId('ignored-why');
  }
  get rejects(): Locator {
    return this.page.getByRole('table', { name: this.t.rejects });
  }
  /** The rejected row that starts at this line of the file. */
  rejectAtLine(line: number): Locator {
    return this.rejects.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) });
  }
  get lostRowsConfirmation(): Locator {
    return this.page.getByTestId('lost-rows-confirmation');
  }
  /** The one button that imports: plain, or the lost-rows confirmation's. */
  get importButton(): Locator {
    return this.page.locator('.imports-commit').getByRole('button').last();
  }

  async importAndWait(): Promise<void> {
    await this.importButton.click();
    await expect(this.page.getByRole('heading', { name: this.t.done })).toBeVisible({ timeout: 60_000 });
  }

  /** Nothing is loading or moving: no progress bar, fonts loaded, no open dropdown. */
  async settled(): Promise<void> {
    await expect(this.page.getByTestId('import-progress')).toHaveCount(0);
    await expect(this.page.getByRole('listbox')).toHaveCount(0);
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  /** The whole page from the top (fixed header in place), the sticky commit bar shown where it sits in the page. */
  async fullPageShot(path: string): Promise<void> {
    await this.settled();
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path, fullPage: true, animations: 'disabled', style: '.imports-commit { position: static !important; }' });
  }

  /**
   * What the window shows at this size with the row accounting at the top (below the app's header): the
   * accounting, the rejected rows and the commit bar that sticks to the window's bottom. A whole-page shot would
   * paint that sticky bar over the middle of the report.
   */
  async screenshotOfReport(path: string, viewport: { width: number; height: number }): Promise<void> {
    await this.page.setViewportSize(viewport);
    await this.settled();
    await this.accounting.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 72));
    await expect(this.accounting).toBeInViewport();
    await this.page.screenshot({ path, animations: 'disabled' });
  }
}
