import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { fillDate, rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { settled } from './settle';

/**
 * The influencer directory on a fresh, empty workspace: the way in from a spreadsheet (through the import wizard,
 * fixing one column's mapping), filtering, the profile, editing with undo and deleting with undo.
 */

const FIXTURES = path.resolve('test/fixtures/influencers');

async function pickOption(page: Page, comboName: string, option: string) {
  await page.getByRole('combobox', { name: comboName }).click();
  await page.getByRole('listbox', { name: comboName }).getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('combobox', { name: comboName })).toHaveValue(option);
}

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

test('German: import a German Excel sheet, filter, open, edit with undo, delete with undo', async ({ page }) => {
  host = await startHost({ empty: true });
  await rpc('settings.update', { locale: 'de' }, host.url, host.token);
  await page.goto(host.openUrl);
  await page.getByRole('navigation').getByRole('link', { name: 'Influencer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Influencer' })).toBeVisible();

  // empty directory: both ways in
  await expect(page.getByText('Noch keine Influencer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Influencer anlegen' }).last()).toBeVisible();
  await page.getByRole('button', { name: 'Tabelle importieren' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tabelle importieren' })).toBeVisible();

  // step 1: the file
  await page.getByTestId('import-file').setInputFiles(path.join(FIXTURES, 'influencers-de.csv'));

  // step 2: the mapping, pre-filled from the German headers; fix one column (the notes become tags)
  await expect(page.getByRole('combobox', { name: 'Zuordnung für Spalte „Follower“' })).toHaveValue('Follower');
  await expect(page.getByRole('combobox', { name: 'Zuordnung für Spalte „Engagement-Rate“' })).toHaveValue('Engagement-Rate');
  await expect(page.getByRole('combobox', { name: 'Zuordnung für Spalte „Notizen“' })).toHaveValue('Notizen');
  await expect(page.getByText('Spalten automatisch erkannt')).toBeVisible();
  await pickOption(page, 'Zuordnung für Spalte „Notizen“', 'Tags');
  await expect(page.getByText('Deine Zuordnung')).toBeVisible();
  await page.getByRole('button', { name: 'Zeilen prüfen' }).click();

  // step 3: the preview: the row with an unreadable number, and the two duplicates inside the file
  const problems = page.getByRole('region', { name: /Problem/ });
  await expect(problems.getByRole('row').filter({ hasText: '„viele“ ist keine Zahl.' })).toContainText('65');
  const dups = page.getByRole('region', { name: /Dubletten/ });
  await expect(dups.getByRole('heading', { name: '2 Dubletten' })).toBeVisible();
  await expect(dups.getByRole('row').filter({ hasText: 'Lukas Wagner' })).toContainText('Zeile 5 dieser Datei');
  await expect(dups.getByRole('row').filter({ hasText: 'Kai Hofmann' })).toContainText('Zeile 12 dieser Datei');
  await expect(page.getByText('Bereit', { exact: true })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/de-import-preview.png`, fullPage: true });

  // step 4: import
  await page.getByRole('button', { name: /Influencer importieren$/ }).click();
  await expect(page.getByRole('heading', { name: 'Import abgeschlossen' })).toBeVisible({ timeout: 20_000 });
  const created = page.getByRole('listitem').filter({ hasText: 'Angelegt' });
  await expect(created).toContainText('60');
  await page.getByRole('link', { name: 'Zum Verzeichnis' }).click();

  // the directory
  const table = page.getByRole('table', { name: 'Influencer-Verzeichnis' });
  await expect(table).toHaveAttribute('aria-rowcount', '61');
  await expect(page.getByTestId('influencer-count')).toHaveText('60 Influencer');
  await expect(table.getByRole('row').filter({ hasText: 'Anna Krüger' })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/de-directory.png`, fullPage: true });

  // filter: full-text search over names and the tags that came from the re-mapped column
  await page.getByRole('searchbox', { name: 'Influencer suchen' }).fill('Clara Hofmann');
  await expect(page.getByTestId('influencer-count')).toHaveText('2 Influencer');
  await expect(table.getByRole('row')).toHaveCount(3);
  await page.getByRole('searchbox', { name: 'Influencer suchen' }).fill('Antwortet schnell');
  await expect(table.getByRole('row').filter({ hasText: 'Mia Wagner' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Elias Schäfer' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Alle löschen' }).click();
  await expect(page.getByTestId('influencer-count')).toHaveText('60 Influencer');

  // sort by followers (largest first)
  await page.getByRole('button', { name: 'Nach Follower sortieren' }).click();
  await expect(page.getByRole('columnheader', { name: /Follower/ })).toHaveAttribute('aria-sort', 'descending');

  // the profile (found by name: sorted by followers she is far down, outside the rendered window)
  await page.getByRole('searchbox', { name: 'Influencer suchen' }).fill('mia.wagner');
  await expect(page.getByTestId('influencer-count')).toHaveText('1 Influencer');
  await table.getByRole('row').filter({ hasText: 'Mia Wagner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mia Wagner' })).toBeVisible();
  await expect(page.getByText('Antwortet schnell')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kanäle' })).toContainText('@mia.wagner98');
  await expect(page.getByRole('region', { name: 'Kanäle' })).toContainText('7.336');

  // dated numbers: today's (pre-filled from the channel) and an older one → a growth line
  const growth = page.getByRole('region', { name: 'Follower-Entwicklung' });
  await growth.getByRole('button', { name: 'Zahlen eintragen' }).click();
  await expect(growth.getByRole('textbox', { name: 'Follower', exact: true })).toHaveValue('7.336');
  await growth.getByRole('button', { name: 'Zahlen speichern' }).click();
  await expect(growth.getByRole('row')).toHaveCount(2);
  await growth.getByRole('button', { name: 'Zahlen eintragen' }).click();
  await fillDate(growth.getByRole('textbox', { name: 'Datum', exact: true }), '2026-08-01', 'de');
  await growth.getByRole('textbox', { name: 'Follower', exact: true }).fill('6100');
  await growth.getByRole('button', { name: 'Zahlen speichern' }).click();
  await expect(growth.getByRole('row').filter({ hasText: '01.08.2026' })).toContainText('6.100');
  await expect(growth.getByRole('img', { name: 'Follower-Entwicklung von Mia Wagner' })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/de-profile.png`, fullPage: true });

  // edit a field and save; undo restores it
  await page.getByRole('button', { name: 'Bearbeiten' }).click();
  const drawer = page.getByRole('dialog', { name: 'Mia Wagner bearbeiten' });
  await drawer.getByLabel('Ort', { exact: true }).fill('Leipzig');
  await drawer.getByRole('button', { name: 'Änderungen speichern' }).click();
  await expect(drawer).toBeHidden();
  const contact = page.getByRole('region', { name: 'Kontakt & Versand' });
  await expect(contact).toContainText('Leipzig');
  const savedNote = page.locator('.mantine-Notification-root').filter({ hasText: 'Mia Wagner wurde gespeichert.' });
  await savedNote.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(contact).not.toContainText('Leipzig');

  // delete, then undo
  await page.getByRole('button', { name: 'Mehr' }).click();
  await page.getByRole('menuitem', { name: 'In den Papierkorb' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Influencer' })).toBeVisible();
  // the directory still searches for her: now nothing matches
  await expect(page.getByText('Keine Treffer')).toBeVisible();
  const deletedNote = page.locator('.mantine-Notification-root').filter({ hasText: 'Mia Wagner liegt jetzt im Papierkorb.' });
  await deletedNote.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(page.getByText('Mia Wagner ist wieder da.')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Mia Wagner' })).toBeVisible();
  await page.getByRole('button', { name: 'Alle löschen' }).click();
  await expect(page.getByTestId('influencer-count')).toHaveText('60 Influencer');
});

test('English: import an English sheet, filter by platform, open a profile', async ({ page }) => {
  host = await startHost({ empty: true });
  await rpc('settings.update', { locale: 'en' }, host.url, host.token);
  await page.goto(host.openUrl);
  await page.getByRole('navigation').getByRole('link', { name: 'Influencers', exact: true }).click();
  await expect(page.getByText('No influencers yet')).toBeVisible();
  await page.getByRole('button', { name: 'Import spreadsheet' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import spreadsheet' })).toBeVisible();
  await page.getByTestId('import-file').setInputFiles(path.join(FIXTURES, 'influencers-en.csv'));
  await expect(page.getByRole('combobox', { name: 'Mapping for column “Followers”' })).toHaveValue('Followers');
  await expect(page.getByRole('combobox', { name: 'Mapping for column “Full name”' })).toHaveValue('Name');
  await pickOption(page, 'Mapping for column “Email”', '— ignore —');
  await page.getByRole('button', { name: 'Check rows' }).click();
  await expect(page.getByText('No problems found.')).toBeVisible();
  await expect(page.getByText('No duplicates: nobody in the file is already in Kollab.')).toBeVisible();
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/en-import-preview.png`, fullPage: true });
  await page.getByRole('button', { name: 'Import 25 influencers' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Created' })).toContainText('25');
  await page.getByRole('link', { name: 'To the directory' }).click();

  const table = page.getByRole('table', { name: 'Influencer directory' });
  await expect(page.getByTestId('influencer-count')).toHaveText('25 influencers');
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/en-directory.png`, fullPage: true });

  await pickOption(page, 'Platform', 'TikTok');
  await expect(page.getByTestId('influencer-count')).toHaveText('6 influencers');
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.getByRole('row').filter({ hasText: 'Mia Wagner' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Elias Schäfer' })).toHaveCount(0);

  await table.getByRole('row').filter({ hasText: 'Mia Wagner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mia Wagner' })).toBeVisible();
  // the e-mail column was ignored
  await expect(page.getByRole('region', { name: 'Contact & shipping' })).not.toContainText('mia.wagner@example.de');
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/en-profile.png`, fullPage: true });
});
