import { test, expect, type Page } from '@playwright/test';
import { rpc } from './api';
import { startHost, type RunningHost } from './host';
import { BoardPage } from './pages/board';
import { CardDrawer } from './pages/card-drawer';
import { typeKeys, UnsavedQuestion } from './pages/dialogs';
import { InfluencerDrawer } from './pages/influencer-drawer';

/**
 * Forms a German marketer can trust (issue 13): amounts typed key by key arrive as typed, changes are not lost
 * when a drawer closes, deleted things come back from the trash, and Ctrl+Z undoes the last action.
 */

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});
test.setTimeout(420_000);

const call = <T>(method: string, input: unknown = {}) => rpc<T>(method, input, host.url, host.token);

async function seed(locale: 'de' | 'en') {
  await call('settings.update', { locale });
  const { id: mia } = await call<{ id: number }>('influencers.create', {
    name: 'Mia Wagner',
    channels: [{ platform: 'instagram', handle: 'mia.wagner', followers: 1_000, avgLikes: 40, avgComments: 3, isPrimary: true }],
  });
  const { id: campaignId } = await call<{ id: number }>('campaigns.create', { name: 'Herbst-Launch', goal: 'launch', currency: 'EUR' });
  await call('collaborations.add', { campaignId, influencerIds: [mia] });
  const board = await call<{ cards: { id: number }[] }>('campaigns.board', { id: campaignId });
  return { mia, campaignId, cardId: board.cards[0]!.id };
}

test('German: 5.000 and 1.234,56 typed key by key into budget, fee and followers arrive as typed', async ({ page }) => {
  host = await startHost({ empty: true });
  const { mia, campaignId, cardId } = await seed('de');
  const board = new BoardPage(page);
  await board.goto(host.openUrl, campaignId);

  // campaign budget
  await page.getByRole('button', { name: 'Kampagne bearbeiten' }).click();
  const edit = page.getByRole('dialog', { name: 'Kampagne bearbeiten' });
  const budget = edit.getByRole('textbox', { name: 'Budget', exact: true });
  await typeKeys(budget, '5.000');
  await expect(budget).toHaveValue('5.000,00');
  await edit.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(edit).toBeHidden();
  await expect.poll(async () => (await call<{ budgetMinor: number }>('campaigns.get', { id: campaignId })).budgetMinor).toBe(500_000);

  await page.getByRole('button', { name: 'Kampagne bearbeiten' }).click();
  await typeKeys(budget, '1.234,56');
  await expect(budget).toHaveValue('1.234,56');
  await edit.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(edit).toBeHidden();
  await expect.poll(async () => (await call<{ budgetMinor: number }>('campaigns.get', { id: campaignId })).budgetMinor).toBe(123_456);

  // the card's fee and product value
  await board.openCard('Mia Wagner');
  const drawer = new CardDrawer(page, 'de');
  await drawer.expectOpen();
  await expect(page).toHaveURL(new RegExp(`#/campaigns/${campaignId}/cards/${cardId}$`));
  await typeKeys(drawer.fee, '1.234,56');
  await typeKeys(drawer.productValue, '5.000');
  await expect(drawer.fee).toHaveValue('1.234,56');
  await expect(drawer.productValue).toHaveValue('5.000,00');
  await drawer.save();
  await expect
    .poll(async () => {
      const c = await call<{ feeMinor: number; productValueMinor: number }>('collaborations.get', { id: cardId });
      return [c.feeMinor, c.productValueMinor];
    })
    .toEqual([123_456, 500_000]);
  // the back button closes the drawer (it has its own address)
  await page.goBack();
  await drawer.expectClosed();
  await expect(page).toHaveURL(new RegExp(`#/campaigns/${campaignId}$`));

  // followers: 5.000 is five thousand; 1.234,56 is refused with a German message, nothing stored
  const person = new InfluencerDrawer(page, 'de', 'Mia Wagner');
  await person.gotoProfile(host.openUrl, mia);
  await person.open();
  await typeKeys(person.followers(), '1.234,56');
  await expect(person.root.getByText('Hier nur ganze Zahlen.')).toBeVisible();
  await person.save();
  await expect(person.root).toBeVisible();
  expect((await call<{ channels: { followers: number }[] }>('influencers.get', { id: mia })).channels[0]!.followers).toBe(1_000);
  await typeKeys(person.followers(), '5.000');
  await expect(person.followers()).toHaveValue('5.000');
  await person.save();
  await person.expectClosed();
  await expect.poll(async () => (await call<{ channels: { followers: number }[] }>('influencers.get', { id: mia })).channels[0]!.followers).toBe(5_000);
});

test('German: closing a drawer with unsaved changes asks first — Esc, close button, click outside, route change', async ({ page }) => {
  host = await startHost({ empty: true });
  const { mia, campaignId, cardId } = await seed('de');
  const board = new BoardPage(page);
  const question = new UnsavedQuestion(page, 'de');
  const drawer = new CardDrawer(page, 'de');
  await board.goto(host.openUrl, campaignId);
  await board.openCard('Mia Wagner');
  await drawer.expectOpen();

  // Esc: asked; keep editing keeps the typing
  await typeKeys(drawer.fee, '999');
  await page.keyboard.press('Escape');
  await question.expectAsked();
  await question.answer('keep');
  await expect(drawer.fee).toHaveValue('999,00');

  // the close button: asked; discard closes and stores nothing
  await drawer.closeButton.click();
  await question.expectAsked();
  await question.answer('discard');
  await drawer.expectClosed();
  expect((await call<{ feeMinor: number }>('collaborations.get', { id: cardId })).feeMinor).toBe(0);

  // click outside: asked; save stores it and closes
  await board.openCard('Mia Wagner');
  await typeKeys(drawer.fee, '999');
  await page.mouse.click(40, 400);
  await question.expectAsked();
  await question.answer('save');
  await drawer.expectClosed();
  await expect.poll(async () => (await call<{ feeMinor: number }>('collaborations.get', { id: cardId })).feeMinor).toBe(99_900);

  // a route change from the influencer drawer: asked; keep editing stays on the page
  const person = new InfluencerDrawer(page, 'de', 'Mia Wagner');
  await person.gotoProfile(host.openUrl, mia);
  await person.open();
  await typeKeys(person.followers(), '2.500');
  await page.evaluate(() => {
    location.hash = '#/campaigns';
  });
  await question.expectAsked();
  await question.answer('keep');
  await expect(person.root).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/influencers/${mia}$`));
  await page.keyboard.press('Escape');
  await question.expectAsked();
  await question.answer('save');
  await person.expectClosed();
  await expect.poll(async () => (await call<{ channels: { followers: number }[] }>('influencers.get', { id: mia })).channels[0]!.followers).toBe(2_500);
});

async function openTrash(page: Page, openUrl: string) {
  const url = new URL(openUrl);
  url.hash = '/trash';
  await page.goto(url.href);
  await expect(page.getByRole('heading', { level: 1, name: 'Papierkorb' })).toBeVisible();
}

test('German: restore from the trash; Ctrl+Z undoes the last action', async ({ page }) => {
  host = await startHost({ empty: true });
  const { mia, campaignId, cardId } = await seed('de');
  await call('campaigns.delete', { id: campaignId });
  await call('influencers.delete', { id: mia });
  await openTrash(page, host.openUrl);
  const rows = page.getByTestId('trash-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Herbst-Launch' })).toContainText('Kampagne');
  await page.getByRole('button', { name: 'Herbst-Launch wiederherstellen' }).click();
  await expect(rows).toHaveCount(1);
  await expect.poll(async () => (await call<{ name: string }[]>('campaigns.list', {})).map((c) => c.name)).toEqual(['Herbst-Launch']);
  await page.getByRole('button', { name: 'Mia Wagner wiederherstellen' }).click();
  await expect(page.getByText('Der Papierkorb ist leer')).toBeVisible();

  // remove the card from the board, then Ctrl+Z brings it back
  const board = new BoardPage(page);
  await board.goto(host.openUrl, campaignId);
  await board.openCard('Mia Wagner');
  const drawer = new CardDrawer(page, 'de');
  await drawer.expectOpen();
  await drawer.root.getByRole('button', { name: 'Aus der Kampagne entfernen' }).click();
  await drawer.expectClosed();
  await expect(board.card('Mia Wagner')).toHaveCount(0);
  await page.locator('body').press('ControlOrMeta+z');
  await expect(board.card('Mia Wagner')).toHaveCount(1);
  await expect.poll(async () => (await call<{ cards: { id: number }[] }>('campaigns.board', { id: campaignId })).cards.map((c) => c.id)).toEqual([cardId]);

  // empty the trash for good
  await call('campaigns.delete', { id: campaignId });
  await openTrash(page, host.openUrl);
  await page.getByRole('button', { name: 'Papierkorb leeren' }).click();
  await page.getByRole('dialog', { name: 'Papierkorb leeren?' }).getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(page.getByText('Der Papierkorb ist leer')).toBeVisible();
  expect(await call('trash.list')).toEqual([]);
});
