import { expect, type Locator, type Page } from '@playwright/test';

const TEXT = {
  en: {
    nav: 'Settings',
    backUpNow: 'Back up now',
    restore: 'Restore…',
    show: 'Show backups',
    restoreRow: 'Restore:',
    confirm: 'Restore',
    taken: 'Backup taken',
    restored: 'Workspace restored',
    list: 'Backups of this workspace',
    check: 'Check now',
    checkOk: 'The workspace file is sound',
    exportWs: 'Export workspace',
    importWs: 'Import workspace…',
    importConfirm: 'Import workspace',
    imported: 'Workspace imported',
  },
  de: {
    nav: 'Einstellungen',
    backUpNow: 'Jetzt sichern',
    restore: 'Wiederherstellen …',
    show: 'Sicherungen anzeigen',
    restoreRow: 'Wiederherstellen:',
    confirm: 'Wiederherstellen',
    taken: 'Sicherung erstellt',
    restored: 'Arbeitsbereich wiederhergestellt',
    list: 'Sicherungen dieses Arbeitsbereichs',
    check: 'Jetzt prüfen',
    checkOk: 'Die Arbeitsbereich-Datei ist intakt',
    exportWs: 'Arbeitsbereich exportieren',
    importWs: 'Arbeitsbereich importieren …',
    importConfirm: 'Arbeitsbereich importieren',
    imported: 'Arbeitsbereich importiert',
  },
} as const;

/** Settings → Backups, Check the workspace, Move the workspace (src/renderer/src/features/settings/BackupsSection.tsx). */
export class SettingsPage {
  readonly t: (typeof TEXT)['en' | 'de'];
  constructor(
    readonly page: Page,
    readonly lang: 'en' | 'de',
  ) {
    this.t = TEXT[lang];
  }

  async open(openUrl: string): Promise<void> {
    await this.page.goto(openUrl);
    await this.page.getByRole('navigation').getByRole('link', { name: this.t.nav, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: this.t.nav })).toBeVisible();
  }

  async scrollToBackups(): Promise<void> {
    const heading = this.page.getByRole('heading', { level: 2, name: this.lang === 'en' ? 'Backups' : 'Sicherungen', exact: true });
    await heading.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(heading).toBeInViewport();
  }

  get newestBackup(): Locator {
    return this.page.getByTestId('newest-backup');
  }

  async backUpNow(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.backUpNow }).click();
    await expect(this.page.getByRole('alert').filter({ hasText: this.t.taken })).toBeVisible();
  }

  async showBackups(): Promise<Locator> {
    await this.page.getByRole('button', { name: this.t.show }).click();
    const table = this.page.getByRole('table', { name: this.t.list });
    await expect(table).toBeVisible();
    return table;
  }

  /** Restore… → the newest backup in the dialog's list → confirm. */
  async restoreNewest(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.restore, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: new RegExp(`^${this.t.restoreRow}`) }).first().click();
    await dialog.getByRole('button', { name: this.t.confirm, exact: true }).click();
    await expect(this.page.getByRole('alert').filter({ hasText: this.t.restored })).toBeVisible();
    await expect(dialog).toBeHidden();
  }

  async checkIntegrity(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.check }).click();
    await expect(this.page.getByRole('status').filter({ hasText: this.t.checkOk })).toBeVisible();
  }

  /** Export workspace → the browser's download, saved to `to`. */
  async exportWorkspace(to: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: this.t.exportWs }).click();
    const d = await download;
    await d.saveAs(to);
    return d.suggestedFilename();
  }

  async importWorkspace(file: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.t.importWs }).click();
    await (await chooser).setFiles(file);
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: this.t.importConfirm, exact: true }).click();
    await expect(this.page.getByRole('alert').filter({ hasText: this.t.imported })).toBeVisible();
  }
}
