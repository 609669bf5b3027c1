/**
 * Issue 4: a campaign board with 1,000 cards — the core's board query, persisting a move, and (where the
 * renderer is built and Chromium is installed) the time the real renderer needs to show the board.
 */
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../src/main/core/context';
import { startHttpHost } from '../src/main/host/http-host';

type Report = (name: string, value: number, unit: string, note: string) => void;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function boardBench(dataDir: string, report: Report): Promise<void> {
  const running = await createCore({ dataDir, firstRun: 'empty', quietLog: true });
  const db = running.core.db.$client;
  await running.dispatch('settings.update', { locale: 'en', maxActiveCollaborations: 1000 });
  const created = await running.dispatch('campaigns.create', { name: 'Big board', goal: 'awareness' });
  if (!created.ok) throw new Error(created.error.message);
  const campaignId = (created.value as { id: number }).id;
  const stages = db.prepare('SELECT id FROM stages WHERE campaign_id = ? ORDER BY position').pluck().all(campaignId) as number[];
  // 1,000 cards spread over the first four stages (600 / 200 / 150 / 50), dense positions.
  const spread = [600, 200, 150, 50];
  const insI = db.prepare('INSERT INTO influencers (name) VALUES (?)');
  const insC = db.prepare("INSERT INTO channels (influencer_id, platform, handle, followers, avg_likes, is_primary) VALUES (?, 'instagram', ?, ?, ?, 1)");
  const insK = db.prepare('INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, fee_minor) VALUES (?, ?, ?, ?, ?)');
  db.transaction(() => {
    let n = 0;
    spread.forEach((count, s) => {
      for (let p = 0; p < count; p++, n++) {
        const id = Number(insI.run(`Creator ${String(n).padStart(4, '0')}`).lastInsertRowid);
        insC.run(id, `creator${n}`, 2000 + n * 37, 90);
        insK.run(campaignId, id, stages[s], p, 15_000 + (n % 10) * 5_000);
      }
    });
  })();

  const boardTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await running.dispatch('campaigns.board', { id: campaignId });
    boardTimes.push(performance.now() - t);
  }
  report('board: load 1,000 cards (campaigns.board)', median(boardTimes), 'ms', 'median of 20, dispatch');

  const cards = db.prepare('SELECT id FROM collaborations WHERE campaign_id = ? ORDER BY id').pluck().all(campaignId) as number[];
  const moves: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    const r = await running.dispatch('collaborations.move', { id: cards[(i * 7) % cards.length], stageId: stages[(i % 3) + 1], index: i % 40 });
    moves.push(performance.now() - t);
    if (!r.ok) throw new Error(r.error.message);
  }
  report('board: persist a move (collaborations.move)', median(moves), 'ms', 'median of 100, renumbers both columns in one transaction');

  const rendererDir = path.resolve('out/renderer');
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(path.join(rendererDir, 'index.html')) || !fs.existsSync(chromium)) {
    process.stdout.write('board: render in Chromium skipped (needs `npm run build` and Chromium)\n');
    await running.close();
    return;
  }
  const host = await startHttpHost({ dispatch: running.dispatch, events: running.core.events, log: running.core.log, staticDir: rendererDir });
  const { chromium: pw } = await import('@playwright/test');
  const browser = await pw.launch({
    executablePath: chromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const counts = (
      db.prepare('SELECT count(*) AS n FROM collaborations WHERE campaign_id = ? AND removed_at IS NULL GROUP BY stage_id').all(campaignId) as { n: number }[]
    ).map((r) => r.n);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.openUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const renders: number[] = [];
    let mounted = 0;
    for (let i = 0; i < 5; i++) {
      await page.goto(`${host.url}/#/`);
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      const t = performance.now();
      await page.goto(`${host.url}/#/campaigns/${campaignId}`);
      // every column shows its count once the board is there
      for (const n of counts) await page.getByLabel(`${n} collaborations`, { exact: true }).first().waitFor();
      renders.push(performance.now() - t);
      mounted = await page.locator('.board-card').count();
    }
    report('board: show 1,000 cards in the real renderer', median(renders), 'ms', `median of 5, Chromium headless, ${mounted} cards mounted (virtualised columns)`);
  } finally {
    await browser.close();
    await host.close();
    await running.close();
  }
}
