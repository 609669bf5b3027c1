import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { SettingsPage } from './pages/settings';

/** Backup and restore round-trip in Settings, on a host of its own (restoring replaces the workspace). */
let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost({ empty: true });
});
test.afterAll(async () => {
  await host?.stop();
});

const call = <T>(method: string, input: unknown = {}) => rpc<T>(method, input, host.url, host.token);
const names = async () => (await call<{ rows: { name: string }[] }>('influencers.list', {})).rows.map((r) => r.name).sort();

for (const lang of ['en', 'de'] as const) {
  test(`back up, change, restore in Settings (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await call('settings.update', { locale: lang });
    await call('influencers.create', { name: `Vorher ${lang}` });
    const settings = new SettingsPage(page, lang);
    await settings.open(host.openUrl);

    await settings.backUpNow();
    await expect(settings.newestBackup).not.toHaveText(lang === 'en' ? 'No backups yet.' : 'Noch keine Sicherungen.');
    await call('influencers.create', { name: `Nachher ${lang}` });
    expect(await names()).toContain(`Nachher ${lang}`);

    const safetyBefore = (await call<{ backups: { reason: string }[] }>('backups.list')).backups.filter((b) => b.reason === 'restore').length;
    await settings.restoreNewest();
    expect(await names()).not.toContain(`Nachher ${lang}`);
    expect(await names()).toContain(`Vorher ${lang}`);

    const table = await settings.showBackups();
    // The manual backup and the safety backup taken before the restore.
    await expect(table.getByRole('row').filter({ hasText: lang === 'en' ? 'Before restore' : 'Vor Wiederherstellung' })).toHaveCount(safetyBefore + 1);
    await expect(table.getByRole('row').filter({ hasText: lang === 'en' ? 'Manual' : 'Manuell' }).first()).toBeVisible();
    await settings.checkIntegrity();
    await settings.scrollToBackups();
    await page.screenshot({ path: `${SHOTS}/${lang}-settings-backups.png`, fullPage: false });
    await page.screenshot({ path: `${SHOTS}/${lang}-settings-backups-list.png`, fullPage: true });
  });
}

test('export the workspace as one file and import it again', async ({ page }) => {
  await call('settings.update', { locale: 'en' });
  const settings = new SettingsPage(page, 'en');
  await settings.open(host.openUrl);
  const zip = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-e2e-zip-')), 'workspace.zip');
  const before = await names();
  const suggested = await settings.exportWorkspace(zip);
  expect(suggested).toMatch(/^kollab-workspace-\d{8}-\d{6}\.zip$/);
  expect(fs.statSync(zip).size).toBeGreaterThan(1000);
  await call('influencers.create', { name: 'Nach dem Export' });
  await settings.importWorkspace(zip);
  expect(await names()).toEqual(before);
});

test('a damaged workspace file opens the recovery screen, which restores the newest backup', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const first = await startHost({ empty: true });
  await rpc('influencers.create', { name: 'Gerettet' }, first.url, first.token);
  await rpc('backups.create', {}, first.url, first.token);
  await first.stop();
  const file = path.join(first.dataDir, 'kollab.db');
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, 100, 4096);
  fs.writeFileSync(file, bytes);

  const damaged = await startHost({ dataDir: first.dataDir });
  try {
    await page.goto(damaged.openUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'The workspace could not be opened' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'is damaged' })).toContainText(file);
    await page.screenshot({ path: `${SHOTS}/en-recovery.png` });
    await page.getByRole('table', { name: 'Backups of this workspace' }).getByRole('button', { name: /^Restore:/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    const people = await rpc<{ rows: { name: string }[] }>('influencers.list', {}, damaged.url, damaged.token);
    expect(people.rows.map((r) => r.name)).toEqual(['Gerettet']);
    expect(fs.readdirSync(first.dataDir).some((n) => /^kollab-damaged-.*\.db$/.test(n))).toBe(true);
  } finally {
    await damaged.stop();
  }
});

test('a backup made by a newer Kollab is marked in the restore dialog and cannot be restored', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await call('settings.update', { locale: 'de' });
  const taken = await call<{ name: string; schemaVersion: number }>('backups.create', {});
  // What a newer Kollab would leave behind: its schema version in the name (one above this one's).
  const newer = taken.name.replace(/-s\d+\.db$/, `-s${taken.schemaVersion + 1}.db`).replace(/^kollab-\d{8}-/, 'kollab-20991231-');
  fs.copyFileSync(path.join(host.dataDir, 'backups', taken.name), path.join(host.dataDir, 'backups', newer));
  const settings = new SettingsPage(page, 'de');
  await settings.open(host.openUrl);
  await page.getByRole('button', { name: 'Wiederherstellen …', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const row = dialog.getByRole('row').filter({ hasText: 'Neuere Version' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('button', { name: /^Wiederherstellen:/ })).toBeDisabled();
  await expect(dialog.getByRole('row').filter({ hasNotText: 'Neuere Version' }).getByRole('button', { name: /^Wiederherstellen:/ }).first()).toBeEnabled();
  fs.mkdirSync('/tmp/safety-shots', { recursive: true });
  await page.screenshot({ path: '/tmp/safety-shots/restore-newer-de.png' });
  await page.keyboard.press('Escape');
  fs.rmSync(path.join(host.dataDir, 'backups', newer));
});
