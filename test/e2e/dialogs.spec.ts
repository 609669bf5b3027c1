import { test, expect, type Locator, type Page } from '@playwright/test';
import { rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { BoardPage } from './pages/board';
import { CardDrawer } from './pages/card-drawer';
import { typeKeys, UnsavedQuestion } from './pages/dialogs';
import { InfluencerDrawer } from './pages/influencer-drawer';

/**
 * Every dialog and drawer at 1280×720 in German and English: its title, close button and main button are
 * inside the window (nothing cut off), and a screenshot of each is kept for a person to look at.
 */

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});
test.setTimeout(480_000);
test.use({ viewport: { width: 1280, height: 720 } });

const L = {
  de: {
    edit: 'Kampagne bearbeiten',
    addPeople: 'Influencer hinzufügen',
    addPeopleTitle: 'Influencer zur Kampagne hinzufügen',
    newCampaign: 'Neue Kampagne',
    createCampaign: 'Kampagne anlegen',
    newInfluencer: 'Influencer anlegen',
    save: 'Speichern',
    close: 'Schließen',
    addStage: 'Phase hinzufügen',
    tabs: ['Überblick', 'Codes', 'Links', 'Muster', 'Inhalte', 'Dateien', 'Ansprache'],
    editPerson: 'Änderungen speichern',
  },
  en: {
    edit: 'Edit campaign',
    addPeople: 'Add influencers',
    addPeopleTitle: 'Add influencers to the campaign',
    newCampaign: 'New campaign',
    createCampaign: 'Create campaign',
    newInfluencer: 'Add influencer',
    save: 'Save',
    close: 'Close',
    addStage: 'Add stage',
    tabs: ['Overview', 'Codes', 'Links', 'Samples', 'Content', 'Files', 'Outreach'],
    editPerson: 'Save changes',
  },
} as const;

/** No transition still running (a condition, not a sleep). */
async function settle(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function shot(page: Page, lang: string, name: string, mustSee: Locator[]) {
  for (const l of mustSee) await expect(l).toBeInViewport({ ratio: 1 });
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/dialogs-1280-${lang}-${name}.png` });
}

for (const lang of ['de', 'en'] as const) {
  test(`${lang}: every dialog and drawer fits 1280×720`, async ({ page }) => {
    const T = L[lang];
    host = await startHost({ empty: true });
    await rpc('settings.update', { locale: lang }, host.url, host.token);
    const long = 'Maximiliane Alexandra von Hohenstein-Wittgenstein-Sayn';
    const ids: number[] = [];
    for (const [i, name] of [long, 'Jörg Becker', 'Anna Krüger', 'Lena Schmidt', 'Mia Wagner', 'Clara Hofmann'].entries()) {
      const r = await rpc<{ id: number }>(
        'influencers.create',
        {
          name,
          country: 'DE',
          niches: ['vegan'],
          channels: [{ platform: 'instagram', handle: `person.${i}`, followers: 12_000 + i * 1000, avgLikes: 500, avgComments: 20, isPrimary: true }],
        },
        host.url,
        host.token,
      );
      ids.push(r.id);
    }
    const { id: campaignId } = await rpc<{ id: number }>(
      'campaigns.create',
      { name: 'Sommer-Kollektion 2027', goal: 'awareness', budgetMinor: 800_000, currency: 'EUR', targetAudience: { countries: ['DE'], niches: ['vegan'] } },
      host.url,
      host.token,
    );
    const [card] = (await rpc<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [ids[0]] }, host.url, host.token)).added;
    // a count on every tab that can have one (code, link, sample, post), as on a card in full swing
    await rpc('codes.add', { collaborationId: card, code: 'MAXI10' }, host.url, host.token);
    await rpc('links.add', { collaborationId: card, url: 'https://example.com/?utm_source=instagram' }, host.url, host.token);
    await rpc('samples.save', { collaborationId: card, items: [{ name: 'Vegan Protein', quantity: 1, valueMinor: 2_999 }], status: 'shipped', shippedOn: '2026-11-08' }, host.url, host.token);
    await rpc('posts.save', { collaborationId: card, platform: 'instagram', kind: 'story', postedAt: '2026-11-09', caption: 'Mein neues Protein' }, host.url, host.token);

    const board = new BoardPage(page);
    await board.goto(host.openUrl, campaignId);
    await shot(page, lang, 'board', [board.columns().first()]);

    // edit campaign
    await page.getByRole('button', { name: T.edit }).click();
    const edit = page.getByRole('dialog', { name: T.edit });
    await shot(page, lang, 'edit-campaign', [edit.getByRole('heading', { name: T.edit }), edit.getByRole('button', { name: T.save, exact: true })]);
    await page.keyboard.press('Escape');
    await expect(edit).toBeHidden();

    // add people: search, the fit column and the main button in view
    await page.getByRole('button', { name: T.addPeople, exact: true }).click();
    const add = page.getByRole('dialog', { name: T.addPeopleTitle });
    await expect(add.getByText('Mia Wagner')).toBeVisible();
    await add.getByRole('checkbox').nth(1).check();
    await shot(page, lang, 'add-people', [add.getByRole('searchbox'), add.getByRole('columnheader').last(), add.getByRole('button', { name: /1/ })]);
    // someone is picked: closing asks first
    await page.keyboard.press('Escape');
    await new UnsavedQuestion(page, lang).answer('discard');
    await expect(add).toBeHidden();

    // stage dialog
    await page.getByRole('button', { name: T.addStage, exact: true }).last().click();
    const stage = page.getByRole('dialog').last();
    await shot(page, lang, 'stage', [stage.getByRole('button', { name: T.addStage, exact: true })]);
    await page.keyboard.press('Escape');
    await expect(stage).toBeHidden();

    // the card drawer with a long name: the close button stays in view; every tab, with its count, on one line
    await board.openCard(long);
    const drawer = new CardDrawer(page, lang);
    await drawer.expectOpen();
    for (const name of T.tabs) await expect(drawer.tab(new RegExp(`^${name}`))).toBeInViewport({ ratio: 1 });
    await expect.poll(() => drawer.tabRows()).toBe(1); // all eight tabs with their counts on one line
    await shot(page, lang, 'card-drawer', [drawer.closeButton]);
    for (const name of ['Muster', 'Samples', 'Inhalte', 'Content'].filter((n) => (T.tabs as readonly string[]).includes(n))) {
      await drawer.tab(new RegExp(`^${name}`)).click();
      await shot(page, lang, `card-drawer-${name.toLowerCase()}`, [drawer.closeButton]);
    }
    // the unsaved question over the drawer
    await drawer.tab(new RegExp(`^${T.tabs[0]}`)).click();
    await typeKeys(drawer.fee, '250');
    await page.keyboard.press('Escape');
    const question = new UnsavedQuestion(page, lang);
    await question.expectAsked();
    await shot(page, lang, 'unsaved-question', [question.dialog.getByRole('button').last()]);
    await question.answer('discard');
    await drawer.expectClosed();

    // new campaign, new influencer
    await page.getByRole('navigation').getByRole('link', { name: lang === 'de' ? 'Kampagnen' : 'Campaigns', exact: true }).click();
    await page.getByRole('button', { name: T.newCampaign }).first().click();
    const create = page.getByRole('dialog', { name: T.newCampaign });
    await shot(page, lang, 'new-campaign', [create.getByRole('button', { name: T.createCampaign })]);
    await page.keyboard.press('Escape');
    await expect(create).toBeHidden();
    await page.getByRole('navigation').getByRole('link', { name: 'Influencer', exact: false }).first().click();
    await page.getByRole('button', { name: T.newInfluencer }).first().click();
    const person = page.getByRole('dialog', { name: T.newInfluencer });
    await shot(page, lang, 'new-influencer', [person.getByRole('heading', { name: T.newInfluencer }), person.getByRole('button', { name: T.newInfluencer })]);
    await page.keyboard.press('Escape');
    await expect(person).toBeHidden();

    // the influencer drawer with the long name
    const pd = new InfluencerDrawer(page, lang, long);
    await pd.gotoProfile(host.openUrl, ids[0]!);
    await pd.open();
    await shot(page, lang, 'influencer-drawer', [pd.root.getByRole('button', { name: T.editPerson }), pd.root.getByRole('button', { name: T.close, exact: true })]);
  });
}
