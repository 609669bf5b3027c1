import { test, expect, type Locator, type Page } from '@playwright/test';
import { fillDate, rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { dragAnnouncement } from './settle';
import { UnsavedQuestion } from './pages/dialogs';

/**
 * The campaign board on a fresh workspace: create a campaign in the UI, add people through the add-people modal,
 * move cards with the mouse and the keyboard, check the order survives a reload and is in the database,
 * voucher codes (umlauts transliterated, a taken code names its holder) and a UTM link with its QR code.
 */

type Board = { stages: { id: number; key: string | null; position: number }[]; cards: { id: number; stageId: number; position: number; influencerName: string }[] };

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

const PEOPLE = [
  { name: 'Jörg Becker', handle: 'joerg.becker', followers: 24_000, niches: ['vegan', 'food'] },
  { name: 'Anna Krüger', handle: 'anna.krueger', followers: 12_000, niches: ['fitness'] },
  { name: 'Lena Schmidt', handle: 'lena.schmidt', followers: 48_000, niches: ['vegan'] },
  { name: 'Mia Wagner', handle: 'mia.wagner', followers: 6_500, niches: ['beauty'] },
];

async function seedPeople() {
  for (const p of PEOPLE) {
    await rpc(
      'influencers.create',
      {
        name: p.name,
        email: `${p.handle}@example.de`,
        country: 'DE',
        language: 'de',
        niches: p.niches,
        channels: [{ platform: 'instagram', handle: p.handle, followers: p.followers, avgLikes: Math.round(p.followers * 0.04), avgComments: 30, isPrimary: true }],
      },
      host.url,
      host.token,
    );
  }
}

const column = (page: Page, stage: string) => page.locator('section.board-column').filter({ has: page.getByRole('heading', { name: stage, exact: true }) });
const cardIn = (scope: Page | Locator, name: string) => scope.locator('.board-card').filter({ hasText: name });

async function names(col: Locator) {
  return col.locator('.card-name').allTextContents();
}

/** A real pointer drag: press, move a few pixels to activate, glide to the target in steps, release. */
async function dragWithMouse(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 8, a.y + a.height / 2 + 4, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + 40, { steps: 20 });
  // the dragged card has joined the target column before it is released
  await expect(to.locator('.board-card[data-dragging="true"]')).toHaveCount(1);
  await page.mouse.move(b.x + b.width / 2, b.y + 44, { steps: 2 });
  await page.mouse.up();
}

/** Before a screenshot: no CSS transition or animation still running (a condition, not a sleep). */
async function settle(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

test('English: create a campaign, add people, move cards by mouse and keyboard, codes and links', async ({ page }) => {
  host = await startHost({ empty: true });
  await rpc('settings.update', { locale: 'en' }, host.url, host.token);
  await seedPeople();
  await page.goto(host.openUrl);

  // create the campaign through the UI
  await page.getByRole('navigation').getByRole('link', { name: 'Campaigns', exact: true }).click();
  await page.getByRole('button', { name: 'New campaign' }).first().click();
  const create = page.getByRole('dialog');
  await create.getByLabel('Name').fill('Hafer-Launch 2027');
  await fillDate(create.getByLabel('Start date'), '2027-03-01', 'en');
  await fillDate(create.getByLabel('End date'), '2027-04-30', 'en');
  await create.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hafer-Launch 2027' })).toBeVisible();
  const campaignId = Number(/campaigns\/(\d+)/.exec(page.url())![1]);

  // edit it: the base URL for tracking links and a KPI target
  await page.getByRole('button', { name: 'Edit campaign' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit campaign' });
  await edit.getByLabel('Base URL for tracking links').fill('https://shop.example.de/hafer');
  await edit.getByLabel('Reach').fill('250000');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('250K')).toBeVisible();

  // add three people through the modal
  await page.getByRole('button', { name: 'Add influencers' }).click();
  const add = page.getByRole('dialog', { name: 'Add influencers to the campaign' });
  await expect(add.getByText('Mia Wagner')).toBeVisible();
  for (const n of ['Jörg Becker', 'Anna Krüger', 'Lena Schmidt']) await add.getByRole('checkbox', { name: `Select ${n}` }).check();
  await expect(add.getByRole('button', { name: 'Add 3' })).toBeEnabled();
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/en-add-people.png` });
  await add.getByRole('button', { name: 'Add 3' }).click();
  await expect(add).toBeHidden();
  const shortlist = column(page, 'Shortlist');
  await expect(shortlist.locator('.board-card')).toHaveCount(3);

  // mouse: Anna two stages on (Shortlist → Negotiating)
  const negotiating = column(page, 'Negotiating');
  await dragWithMouse(page, cardIn(shortlist, 'Anna Krüger'), negotiating.locator('.board-column-cards'));
  await expect(cardIn(negotiating, 'Anna Krüger')).toBeVisible();
  await expect(page.getByText('Anna Krüger moved to “Negotiating”')).toBeVisible();

  // keyboard: Lena two stages on (Space, →, →, Space)
  const lena = cardIn(shortlist, 'Lena Schmidt');
  await lena.focus();
  await page.keyboard.press('Space');
  await expect(lena).toHaveAttribute('data-dragging', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(dragAnnouncement(page)).toContainText('Lena Schmidt is now in “Contacted”');
  await page.keyboard.press('ArrowRight');
  await expect(dragAnnouncement(page)).toContainText('Lena Schmidt is now in “Negotiating”');
  await page.keyboard.press('Space');
  await expect(cardIn(negotiating, 'Lena Schmidt')).toBeVisible();
  await expect(negotiating.locator('.board-card')).toHaveCount(2);
  const order = await names(negotiating);

  // reload: the same board
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hafer-Launch 2027' })).toBeVisible();
  await expect(column(page, 'Negotiating').locator('.board-card')).toHaveCount(2);
  expect(await names(column(page, 'Negotiating'))).toEqual(order);
  expect(await names(column(page, 'Shortlist'))).toEqual(['Jörg Becker']);

  // and the database agrees: stage and dense positions
  const board = await rpc<Board>('campaigns.board', { id: campaignId }, host.url, host.token);
  const stageKey = (id: number) => board.stages.find((s) => s.id === id)?.key;
  const byName = Object.fromEntries(board.cards.map((c) => [c.influencerName, c]));
  expect(stageKey(byName['Anna Krüger']!.stageId)).toBe('negotiating');
  expect(stageKey(byName['Lena Schmidt']!.stageId)).toBe('negotiating');
  expect(stageKey(byName['Jörg Becker']!.stageId)).toBe('shortlist');
  expect(byName['Jörg Becker']!.position).toBe(0);
  expect([byName[order[0]!]!.position, byName[order[1]!]!.position]).toEqual([0, 1]);

  // voucher code for Jörg: JOERG…
  await cardIn(page, 'Jörg Becker').click();
  const drawer = page.getByRole('dialog').filter({ has: page.getByRole('tab', { name: 'Codes' }) });
  await expect(drawer.getByText('Jörg Becker').first()).toBeVisible();
  await drawer.getByRole('tab', { name: 'Codes' }).click();
  await drawer.getByLabel('Discount', { exact: true }).fill('15');
  await drawer.getByRole('button', { name: 'Suggest' }).click();
  await expect(drawer.getByLabel('Code', { exact: true })).toHaveValue(/^JOERG/);
  const code = await drawer.getByLabel('Code', { exact: true }).inputValue();
  await drawer.getByRole('button', { name: 'Add code' }).click();
  await expect(drawer.getByTestId('voucher-code').filter({ hasText: code })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // the same code on Anna's card: refused, the field names Jörg
  await cardIn(page, 'Anna Krüger').click();
  await expect(drawer.getByText('Anna Krüger').first()).toBeVisible();
  await drawer.getByRole('tab', { name: 'Codes' }).click();
  await drawer.getByLabel('Code', { exact: true }).fill(code);
  await drawer.getByRole('button', { name: 'Add code' }).click();
  await expect(drawer.getByText(/Jörg Becker/).last()).toBeVisible();
  await expect(drawer.locator('.mantine-InputWrapper-error')).toContainText('Jörg');

  // a UTM link from the campaign's base URL, and its QR code
  await drawer.getByRole('tab', { name: 'Links' }).click();
  await expect(drawer.getByLabel('Base URL')).toHaveValue('https://shop.example.de/hafer');
  await drawer.getByRole('button', { name: 'Build UTM link' }).click();
  await expect(drawer.getByLabel('Link', { exact: true })).toHaveValue(/utm_/);
  await drawer.getByRole('button', { name: 'Save link' }).click();
  await expect(drawer.getByTestId('tracking-link')).toHaveCount(1);
  await drawer.getByRole('button', { name: 'QR code' }).click();
  const qr = drawer.getByTestId('qr-image');
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/en-card-drawer.png` });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/en-board.png`, fullPage: true });
});

test('German: add people, move by keyboard, card drawer', async ({ page }) => {
  host = await startHost({ empty: true });
  await rpc('settings.update', { locale: 'de' }, host.url, host.token);
  await seedPeople();
  const { id } = await rpc<{ id: number }>(
    'campaigns.create',
    { name: 'Sommer-Kollektion 2027', goal: 'awareness', budgetMinor: 800_000, currency: 'EUR', targetAudience: { countries: ['DE'], niches: ['vegan'] } },
    host.url,
    host.token,
  );
  await page.goto(host.openUrl);
  await page.getByRole('navigation').getByRole('link', { name: 'Kampagnen', exact: true }).click();
  await page.getByText('Sommer-Kollektion 2027', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sommer-Kollektion 2027' })).toBeVisible();

  await page.getByRole('button', { name: 'Influencer hinzufügen' }).click();
  const add = page.getByRole('dialog', { name: 'Influencer zur Kampagne hinzufügen' });
  await expect(add.getByText('Lena Schmidt')).toBeVisible();
  for (const n of ['Jörg Becker', 'Lena Schmidt']) await add.getByRole('checkbox', { name: `${n} auswählen` }).check();
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/de-add-people.png` });
  await add.getByRole('button', { name: '2 hinzufügen' }).click();
  await expect(add).toBeHidden();

  const shortlist = column(page, 'Shortlist');
  await expect(shortlist.locator('.board-card')).toHaveCount(2);
  const joerg = cardIn(shortlist, 'Jörg Becker');
  await joerg.focus();
  await page.keyboard.press('Space');
  await expect(joerg).toHaveAttribute('data-dragging', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(dragAnnouncement(page)).toContainText('„Kontaktiert“');
  await page.keyboard.press('Space');
  const contacted = column(page, 'Kontaktiert');
  await expect(cardIn(contacted, 'Jörg Becker')).toBeVisible();
  await expect(page.getByText('Jörg Becker nach „Kontaktiert“ verschoben')).toBeVisible();
  const board = await rpc<Board>('campaigns.board', { id }, host.url, host.token);
  const jc = board.cards.find((c) => c.influencerName === 'Jörg Becker')!;
  expect(board.stages.find((s) => s.id === jc.stageId)?.key).toBe('contacted');

  await settle(page);
  await page.screenshot({ path: `${SHOTS}/de-board.png`, fullPage: true });

  // the drawer: Enter opens it; the code suggestion transliterates the umlaut
  await cardIn(contacted, 'Jörg Becker').focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog').filter({ has: page.getByRole('tab', { name: 'Codes' }) });
  await expect(drawer.getByRole('tab', { name: 'Überblick' })).toBeVisible();
  await drawer.getByRole('tab', { name: 'Codes' }).click();
  await drawer.getByRole('button', { name: 'Vorschlagen' }).click();
  await expect(drawer.getByLabel('Code', { exact: true })).toHaveValue(/^JOERG/);
  await drawer.getByRole('tab', { name: 'Überblick' }).click();
  await drawer.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(drawer.locator('.deliverable-row')).toHaveCount(1);
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/de-card-drawer.png` });
  // issue 13: the added deliverable is unsaved, so closing asks first (it used to close and drop it)
  await page.keyboard.press('Escape');
  const question = new UnsavedQuestion(page, 'de');
  await question.expectAsked();
  await question.answer('discard');
  await expect(drawer).toBeHidden();

  // stage management from the column menu: rename, move left, remove a stage that holds a card
  await page.getByRole('button', { name: 'Menü der Phase Gebrieft' }).click();
  await page.getByRole('menuitem', { name: 'Umbenennen' }).click();
  const rename = page.getByRole('dialog', { name: 'Phase umbenennen' });
  await rename.getByLabel('Name der Phase').fill('Briefing raus');
  await rename.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('heading', { name: 'Briefing raus', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Menü der Phase Briefing raus' }).click();
  // each stage's menu by its own name: the menu just used may still be fading out when the next one opens
  await page.getByRole('menu', { name: 'Menü der Phase Briefing raus' }).getByRole('menuitem', { name: 'Nach links' }).click();
  await expect(page.locator('section.board-column h3').nth(2)).toHaveText('Briefing raus');
  await page.getByRole('button', { name: 'Menü der Phase Kontaktiert' }).click();
  await page.getByRole('menu', { name: 'Menü der Phase Kontaktiert' }).getByRole('menuitem', { name: 'Phase entfernen' }).click();
  const remove = page.getByRole('dialog', { name: '„Kontaktiert“ entfernen?' });
  await expect(remove.getByText('In dieser Phase liegt 1 Karte. Wohin soll sie?')).toBeVisible();
  await remove.getByRole('button', { name: 'Phase entfernen' }).click();
  await expect(page.getByRole('heading', { name: 'Kontaktiert', exact: true })).toBeHidden();
  await expect(cardIn(column(page, 'Shortlist'), 'Jörg Becker')).toBeVisible();
  const after = await rpc<Board>('campaigns.board', { id }, host.url, host.token);
  expect(after.stages).toHaveLength(7);
});

test('a board with 1,000 cards stays responsive: long columns are virtualised, moves are quick', async ({ page }) => {
  test.setTimeout(180_000);
  host = await startHost({ empty: true });
  await rpc('settings.update', { locale: 'en', maxActiveCollaborations: 1000 }, host.url, host.token);
  const ids: number[] = [];
  for (let i = 0; i < 1000; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: 50 }, (_, j) =>
        rpc<{ id: number }>(
          'influencers.create',
          { name: `Creator ${String(i + j).padStart(4, '0')}`, channels: [{ platform: 'instagram', handle: `creator${i + j}`, followers: 2000 + (i + j) * 37, avgLikes: 90, isPrimary: true }] },
          host.url,
          host.token,
        ),
      ),
    );
    ids.push(...batch.map((b) => b.id));
  }
  const { id } = await rpc<{ id: number }>('campaigns.create', { name: 'Big board', goal: 'awareness' }, host.url, host.token);
  await rpc('collaborations.add', { campaignId: id, influencerIds: ids.slice(0, 500) }, host.url, host.token);
  await rpc('collaborations.add', { campaignId: id, influencerIds: ids.slice(500) }, host.url, host.token);
  let board = await rpc<Board>('campaigns.board', { id }, host.url, host.token);
  const stage = (key: string) => board.stages.find((s) => s.key === key)!.id;
  // spread 400 cards over three more stages
  const spread: [string, number][] = [['contacted', 200], ['negotiating', 150], ['briefed', 50]];
  let k = 0;
  for (const [key, n] of spread) {
    const sid = stage(key);
    for (let i = 0; i < n; i += 25) {
      const chunk = board.cards.slice(k + i, k + Math.min(n, i + 25));
      for (const c of chunk) await rpc('collaborations.move', { id: c.id, stageId: sid, index: 0 }, host.url, host.token);
    }
    k += n;
  }

  await page.goto(host.openUrl);
  const t0 = Date.now();
  await page.goto(`${host.url}/#/campaigns/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Big board' })).toBeVisible();
  const shortlist = column(page, 'Shortlist');
  await expect(shortlist.getByLabel('600 collaborations')).toBeVisible();
  const renderMs = Date.now() - t0;
  const mounted = await page.locator('.board-card').count();
  expect(mounted).toBeLessThan(300);

  // keyboard move of the first Shortlist card one stage on
  const first = shortlist.locator('.board-card').first();
  const name = (await first.locator('.card-name').textContent())!;
  await first.focus();
  const t1 = Date.now();
  await page.keyboard.press('Space');
  await expect(first).toHaveAttribute('data-dragging', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(column(page, 'Contacted').getByLabel('201 collaborations')).toBeVisible();
  const keyboardMs = Date.now() - t1;

  // a mouse drag across two columns, recording the longest frame while it runs
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    const loop = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (!w.__stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const t2 = Date.now();
  await dragWithMouse(page, shortlist.locator('.board-card').first(), column(page, 'Negotiating').locator('.board-column-cards'));
  await expect(column(page, 'Negotiating').getByLabel('151 collaborations')).toBeVisible();
  const mouseMs = Date.now() - t2;
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    const f = w.__frames.slice(1).sort((a, b) => a - b);
    return { count: f.length, p50: Math.round(f[Math.floor(f.length / 2)] ?? 0), p95: Math.round(f[Math.floor(f.length * 0.95)] ?? 0), max: Math.round(f[f.length - 1] ?? 0) };
  });

  board = await rpc<Board>('campaigns.board', { id }, host.url, host.token);
  expect(board.cards.filter((c) => c.stageId === stage('contacted'))).toHaveLength(201);
  expect(board.cards.find((c) => c.influencerName === name)!.stageId).toBe(stage('contacted'));
  // Figures for the record; the speed targets themselves are measured by `npm run bench`, not asserted here.
  console.log(`1,000 cards: board shown in ${renderMs} ms with ${mounted} cards mounted; keyboard move ${keyboardMs} ms; mouse drag ${mouseMs} ms (incl. ~300 ms of scripted pointer steps); frames during the drag: ${JSON.stringify(frames)}`);
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/en-board-1000.png` });
});
