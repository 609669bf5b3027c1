import { test, expect } from '@playwright/test';
import { rpc } from './api';
import { startHost, type RunningHost } from './host';
import { BoardPage } from './pages/board';
import { CardDrawer } from './pages/card-drawer';
import { LanguageScan } from './pages/language-scan';

/**
 * Every word in the user's language (issue 13): every main screen of the German UI on the demo workspace —
 * directory, profile, campaigns, board, each tab of the card drawer, Today, the dashboards, payments, Settings, the trash
 * and the imports — is scanned for English core messages, English labels, machine values and raw i18n keys.
 */

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});
test.setTimeout(300_000);

test('the German UI shows no English and no raw keys on any main screen', async ({ page }) => {
  host = await startHost();
  const call = <T>(m: string, i: unknown = {}) => rpc<T>(m, i, host.url, host.token);
  await call('settings.update', { locale: 'de' });
  const campaigns = await call<{ id: number }[]>('campaigns.list', {});
  let best = { id: campaigns[0]!.id, cards: [] as { id: number; influencerId: number }[] };
  for (const c of campaigns) {
    const b = await call<{ cards: { id: number; influencerId: number }[] }>('campaigns.board', { id: c.id });
    if (b.cards.length > best.cards.length) best = { id: c.id, cards: b.cards };
  }
  const { rows } = await call<{ rows: { id: number }[] }>('influencers.list', { limit: 5 });
  // something in the trash, so the trash view has rows
  await call('influencers.delete', { id: rows[4]!.id });
  const imports = await call<{ id: number }[]>('imports.list', {});

  const scan = new LanguageScan(page);
  const found: string[] = [];
  const visit = async (hash: string, where = hash) => {
    await scan.open(host.openUrl, hash);
    found.push(...(await scan.findings(where)));
  };

  await visit('/', 'dashboard');
  await visit('/today', 'today');
  await visit('/influencers', 'directory');
  await visit(`/influencers/${best.cards[0]!.influencerId}`, 'profile');
  await visit('/influencers/import', 'influencer import');
  await visit('/campaigns', 'campaigns');
  await visit(`/campaigns/${best.id}`, 'board');
  await visit(`/campaigns/${best.id}/briefing`, 'briefing');
  await visit(`/dashboard/campaigns/${best.id}`, 'campaign dashboard');
  await visit(`/dashboard/influencers/${best.cards[0]!.influencerId}`, 'influencer KPIs');
  await visit('/imports', 'imports');
  await visit('/imports/new', 'shop import');
  if (imports[0]) await visit(`/imports/${imports[0].id}`, 'import batch');
  await visit('/payments', 'payments');
  await visit('/settings', 'settings');
  await visit('/trash', 'trash');

  // the card drawer, every tab of a card that has been through a few stages
  const board = new BoardPage(page);
  await board.goto(host.openUrl, best.id);
  for (const card of best.cards.slice(0, 3)) {
    const url = new URL(host.openUrl);
    url.hash = `/campaigns/${best.id}/cards/${card.id}`;
    await page.goto(url.href);
    const drawer = new CardDrawer(page, 'de');
    await drawer.expectOpen();
    const tabs = drawer.root.getByRole('tab');
    const n = await tabs.count();
    for (let i = 0; i < n; i++) {
      const tab = tabs.nth(i);
      const name = (await tab.textContent())?.trim() ?? String(i);
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(drawer.root.locator('.mantine-Skeleton-root, .mantine-Loader-root')).toHaveCount(0);
      found.push(...(await scan.findings(`card ${card.id} / ${name}`)));
    }
  }

  // a refused action: a voucher code another card holds — the message names the holder, in German
  await call('codes.add', { collaborationId: best.cards[0]!.id, code: 'SCANTEST1' });
  const url = new URL(host.openUrl);
  url.hash = `/campaigns/${best.id}/cards/${best.cards[1]!.id}`;
  await page.goto(url.href);
  const drawer = new CardDrawer(page, 'de');
  await drawer.expectOpen();
  await drawer.tab(/Codes/).click();
  await drawer.root.getByLabel('Code', { exact: true }).fill('SCANTEST1');
  await drawer.root.getByRole('button', { name: 'Code hinzufügen' }).click();
  await expect(drawer.root.locator('.mantine-InputWrapper-error')).toBeVisible();
  found.push(...(await scan.findings('code taken')));

  expect([...new Set(found)]).toEqual([]);

  // the scan itself can fail: it finds a raw key put on the page, and the English UI is full of findings
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>errors.domain.codes.taken</p><p>campaigns.board.feeSum</p>'));
  const planted = await scan.findings('planted');
  expect(planted.some((f) => f.includes('errors.domain.codes.taken'))).toBe(true);
  expect(planted.some((f) => f.includes('campaigns.board.feeSum'))).toBe(true);
  await call('settings.update', { locale: 'en' });
  await scan.open(host.openUrl, '/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect((await scan.findings('English settings')).length).toBeGreaterThan(0);
});
