import { test, expect } from '@playwright/test';
import { rpc } from './api';
import { startHost, type RunningHost } from './host';
import { BoardPage } from './pages/board';

/**
 * The board fits the window (issue 13): at 1440×900 every one of the eight default stages is on screen without
 * scrolling sideways, each card still shows name, handle, reach, ER, type and fee; at 1280×720 stages can be
 * folded to a slim strip (remembered) so the rest fit.
 */

let host: RunningHost;
test.afterEach(async () => {
  await host?.stop();
});

const SHOTS = '/tmp/forms-shots';
type Row = { id: number; name: string; collaborations?: number };

test('all eight stages are on screen at 1440×900 and usable at 1280×720 (German)', async ({ page }) => {
  host = await startHost();
  const call = <T>(m: string, i: unknown = {}) => rpc<T>(m, i, host.url, host.token);
  await call('settings.update', { locale: 'de' });
  const campaigns = await call<Row[]>('campaigns.list', {});
  // the demo campaign with the most cards
  let best = { id: campaigns[0]!.id, cards: 0 };
  for (const c of campaigns) {
    const b = await call<{ cards: unknown[] }>('campaigns.board', { id: c.id });
    if (b.cards.length > best.cards) best = { id: c.id, cards: b.cards.length };
  }
  const board = new BoardPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await board.goto(host.openUrl, best.id);
  await expect(board.columns()).toHaveCount(8);
  const firstName = (await board.page.locator('.board-card .card-name').first().textContent())!;
  await page.screenshot({ path: `${SHOTS}/board-de-1440.png` });
  await board.expectEveryStageInViewport();
  expect(await board.fieldsOutsideTheirCard()).toEqual([]);
  await expect(board.card(firstName).locator('.cb-reach')).toBeVisible();

  const top1440 = (await board.columns().first().boundingBox())!.y;
  console.log(`board top at 1440×900: ${Math.round(top1440)} px`);

  // 1280×720: the navigation turns into an icon rail, so all eight filled stages fit without folding
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveAttribute('data-rail', 'true');
  await board.expectEveryStageInViewport();
  expect(await board.fieldsOutsideTheirCard()).toEqual([]);
  console.log(`board top at 1280×720: ${Math.round((await board.columns().first().boundingBox())!.y)} px`);
  await page.screenshot({ path: `${SHOTS}/board-de-1280-unfolded.png` });
  // the rail's links keep their names (tooltip and accessible name)
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Kampagnen', exact: true })).toHaveAttribute('aria-current', 'page');

  // the user can fold stages to strips all the same; the folding is remembered
  await board.foldStage('Abgesagt', 'Menü der Phase Abgesagt', 'Phase einklappen');
  await board.foldStage('Abgeschlossen', 'Menü der Phase Abgeschlossen', 'Phase einklappen');
  await board.expectEveryStageInViewport();
  expect(await board.fieldsOutsideTheirCard()).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/board-de-1280.png` });
  await page.reload();
  await expect(board.column('Abgesagt')).toHaveAttribute('data-collapsed', 'true');
  await board.unfoldStage('Abgesagt');
  await expect(board.column('Abgesagt').locator('.board-card')).toHaveCount(1);
  await expect(board.column('Abgesagt').locator('.board-card .cb-fee')).toBeVisible();
});
