import { test, expect, type Locator } from '@playwright/test';
import { rpc } from './api';
import { startHost, type RunningHost } from './host';
import { BoardPage } from './pages/board';
import { UnsavedQuestion } from './pages/dialogs';
import { InfluencerDrawer } from './pages/influencer-drawer';

/**
 * Nothing typed is lost (issue 13): the stage dialog, the add-people dialog and the Settings page ask before
 * their changes could go (save / discard / keep editing), like the drawers and the campaign dialogs — in German.
 */

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

const call = <T>(method: string, input: unknown = {}) => rpc<T>(method, input, host.url, host.token);
type Board = { stages: { id: number; name: string | null; key: string | null }[]; cards: unknown[] };

test('stage dialog, add people and Settings ask before changes are lost (German)', async ({ page }) => {
  host = await startHost({ empty: true });
  await call('settings.update', { locale: 'de' });
  await call('influencers.create', { name: 'Mia Wagner', channels: [{ platform: 'instagram', handle: 'mia.wagner', followers: 1_000, isPrimary: true }] });
  const { id: campaignId } = await call<{ id: number }>('campaigns.create', { name: 'Herbst-Launch', goal: 'launch', currency: 'EUR' });
  const board = new BoardPage(page);
  const question = new UnsavedQuestion(page, 'de');
  await board.goto(host.openUrl, campaignId);

  // rename a stage, press Escape: asked; keep editing, then discard
  await page.getByRole('button', { name: 'Menü der Phase Shortlist' }).click();
  await page.getByRole('menuitem', { name: 'Umbenennen' }).click();
  const rename = page.getByRole('dialog', { name: 'Phase umbenennen' });
  await rename.getByLabel('Name der Phase').fill('Longlist');
  await page.keyboard.press('Escape');
  await question.expectAsked();
  await question.answer('keep');
  await expect(rename.getByLabel('Name der Phase')).toHaveValue('Longlist');
  await rename.getByRole('button', { name: 'Abbrechen' }).click();
  await question.answer('discard');
  await expect(rename).toBeHidden();
  expect((await call<Board>('campaigns.board', { id: campaignId })).stages.find((s) => s.key === 'shortlist')!.name).toBeNull();

  // a new stage typed, Cancel: asked; save adds it
  await page.getByRole('button', { name: 'Phase hinzufügen' }).click();
  const add = page.getByRole('dialog', { name: 'Neue Phase' });
  await add.getByLabel('Name der Phase').fill('Nachfassen');
  await add.getByRole('button', { name: 'Abbrechen' }).click();
  await question.answer('save');
  await expect(add).toBeHidden();
  await expect(board.column('Nachfassen')).toBeVisible();
  expect((await call<Board>('campaigns.board', { id: campaignId })).stages.some((s) => s.name === 'Nachfassen')).toBe(true);

  // untouched dialogs close without a question
  await page.getByRole('button', { name: 'Phase hinzufügen' }).click();
  await page.keyboard.press('Escape');
  await expect(add).toBeHidden();
  await expect(question.dialog).toBeHidden();

  // add people: someone ticked, Escape asks; discard adds nobody
  await page.getByRole('button', { name: 'Influencer hinzufügen' }).click();
  const people = page.getByRole('dialog', { name: 'Influencer zur Kampagne hinzufügen' });
  await people.getByRole('checkbox', { name: /Mia Wagner/ }).check();
  await page.keyboard.press('Escape');
  await question.expectAsked();
  await question.answer('discard');
  await expect(people).toBeHidden();
  expect((await call<Board>('campaigns.board', { id: campaignId })).cards).toHaveLength(0);

  // Settings: a changed brand name, leaving by the navigation asks; keep stays, save goes on and stores it
  await page.getByRole('navigation').getByRole('link', { name: 'Einstellungen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await page.getByLabel('Markenname').fill('GrünFit');
  await page.getByRole('navigation').getByRole('link', { name: 'Kampagnen', exact: true }).click();
  await question.expectAsked();
  await question.answer('keep');
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Kampagnen', exact: true }).click();
  await question.answer('save');
  await expect(page.getByRole('heading', { level: 1, name: 'Kampagnen' })).toBeVisible();
  expect((await call<{ brandName: string }>('settings.get')).brandName).toBe('GrünFit');
});

/** How far the title's glyphs (its text's box, from the font's ascent to its descent) stick out of its clipping box. */
function cutOff(title: Locator): Promise<{ top: number; bottom: number }> {
  return title.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return { top: Math.max(0, box.top - text.top), bottom: Math.max(0, text.bottom - box.bottom) };
  });
}

test('dialog and drawer titles show capital umlauts and descenders whole (German)', async ({ page }) => {
  host = await startHost({ empty: true });
  await call('settings.update', { locale: 'de' });
  const { id } = await call<{ id: number }>('influencers.create', { name: 'Ümit Özgür', channels: [{ platform: 'instagram', handle: 'uemit', followers: 1_000, isPrimary: true }] });
  const drawer = new InfluencerDrawer(page, 'de', 'Ümit Özgür');
  await drawer.gotoProfile(host.openUrl, id);
  await drawer.open();
  await expect(drawer.root.locator('.mantine-Drawer-title')).toHaveText('Ümit Özgür bearbeiten');
  expect(await cutOff(drawer.root.locator('.mantine-Drawer-title'))).toEqual({ top: 0, bottom: 0 });
  await drawer.followers().fill('2000');
  await page.keyboard.press('Escape');
  const question = new UnsavedQuestion(page, 'de');
  await question.expectAsked();
  expect(await cutOff(question.dialog.locator('.mantine-Modal-title'))).toEqual({ top: 0, bottom: 0 });
});
