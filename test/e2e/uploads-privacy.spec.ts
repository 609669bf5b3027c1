import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { rpc } from './api';
import { startHost, type RunningHost } from './host';
import { ShopImportPage } from './pages/shop-import';
import { InfluencerImportPage } from './pages/influencer-import';

/**
 * Privacy of uploads (issue 11): a file uploaded into a wizard and then abandoned — another screen opened, the
 * window reloaded or left — is deleted from `<data folder>/uploads/` at once, not only by the 24 h or start-up sweep
 * (the host keeps running throughout, so neither sweep can be what empties the folder).
 */

const SHOP_FILE = path.resolve('test/fixtures/shop-exports/e2e-shopify.csv');
const SHEET = path.resolve('test/fixtures/influencers/influencers-de.csv');

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

const uploads = () => {
  const dir = path.join(host.dataDir, 'uploads');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

test.beforeEach(async () => {
  host = await startHost({ empty: true });
  await rpc('settings.update', { locale: 'de' }, host.url, host.token);
});

test('shop export: leaving the wizard for another screen deletes the upload', async ({ page }) => {
  const wizard = new ShopImportPage(page, 'de');
  await wizard.open(host.openUrl);
  await wizard.upload(SHOP_FILE);
  expect(uploads()).toHaveLength(2); // the file and its sidecar
  await page.getByRole('navigation').getByRole('link', { name: 'Influencer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Influencer' })).toBeVisible();
  await expect.poll(uploads).toEqual([]);
});

test('shop export: closing or reloading the window deletes the upload', async ({ page }) => {
  const wizard = new ShopImportPage(page, 'de');
  await wizard.open(host.openUrl);
  await wizard.upload(SHOP_FILE);
  expect(uploads()).toHaveLength(2);
  await page.goto('about:blank'); // the page unloads: a keepalive request carries the discard
  await expect.poll(uploads).toEqual([]);
});

test('influencer sheet: leaving the wizard deletes the upload', async ({ page }) => {
  const wizard = new InfluencerImportPage(page, 'de');
  await wizard.open(host.openUrl);
  await wizard.upload(SHEET);
  expect(uploads()).toHaveLength(2);
  await page.getByRole('navigation').getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect.poll(uploads).toEqual([]);
});
