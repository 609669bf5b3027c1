/**
 * `npm run bench`: figures for speed and memory targets (never asserted in tests).
 * Each benchmark prints one line: name, figure, unit, and what it measured.
 */
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { createCore } from '../src/main/core/context';
import { openDatabase } from '../src/main/db/connection';
import { resetWorkspace } from '../src/main/demo/workspace';
import { startHttpHost } from '../src/main/host/http-host';
import { boardBench } from './board';
import { redemptionsBench } from './redemptions';
import { backupsBench } from './backups';
import { migrationStartupBench } from './startup-migration';
import { influencerImportBench } from './influencer-import';
import { importPublishBench } from './import-publish';
import { importWizardBench } from './import-wizard';
import { kpisBench } from './kpis';

interface Row {
  name: string;
  value: number;
  unit: string;
  note: string;
}
const rows: Row[] = [];
function report(name: string, value: number, unit: string, note: string) {
  rows.push({ name, value, unit, note });
  process.stdout.write(`${name.padEnd(44)} ${value.toFixed(2).padStart(10)} ${unit.padEnd(6)} ${note}\n`);
}
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Issue 3: directory load and filters over 10,000 generated influencers. */
async function directoryBench(dataDir: string) {
  const running = await createCore({ dataDir, firstRun: 'empty', quietLog: true });
  const db = running.core.db.$client;
  const N = 10_000;
  const platforms = ['instagram', 'tiktok', 'youtube'];
  const niches = ['fashion', 'fitness', 'food', 'vegan', 'gaming', 'sustainability', 'beauty', 'travel'];
  const countries = ['DE', 'AT', 'CH', 'NL', 'FR'];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  let t = performance.now();
  const insI = db.prepare('INSERT INTO influencers (name, country, language, niches, tags, notes) VALUES (?, ?, ?, ?, ?, ?)');
  const insC = db.prepare(
    'INSERT INTO channels (influencer_id, platform, handle, followers, avg_likes, avg_comments, avg_shares, is_primary) VALUES (?, ?, ?, ?, ?, ?, ?, 1)',
  );
  db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const followers = Math.round(500 + rnd() * 150_000);
      const id = Number(
        insI.run(`Creator ${i} Müller`, countries[i % 5], i % 3 ? 'de' : 'en', JSON.stringify([niches[i % 8], niches[(i * 7) % 8]]), '[]', i % 10 ? '' : 'veganer Koch').lastInsertRowid,
      );
      insC.run(id, platforms[i % 3], `creator.${i}`, followers, Math.round(followers * (0.01 + rnd() * 0.06)), Math.round(followers * 0.002), Math.round(followers * 0.001));
    }
  })();
  report('directory: generate 10,000 influencers', performance.now() - t, 'ms', 'SQL inserts incl. FTS triggers');
  t = performance.now();
  const { refreshAuthenticity } = await import('../src/main/influencers/authenticity-cache');
  refreshAuthenticity(running.core.db);
  report('directory: authenticity check, all channels', performance.now() - t, 'ms', `${N} channels`);

  const time = async (input: Record<string, unknown>, runs = 15) => {
    const xs: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      const r = await running.dispatch('influencers.list', { limit: 20_000, ...input });
      xs.push(performance.now() - s);
      if (r.ok) rows = (r.value as { rows: unknown[] }).rows.length;
    }
    return { ms: median(xs), rows };
  };
  const load = await time({});
  report('directory: load all 10,000 rows (sorted by name)', load.ms, 'ms', `median, ${load.rows} rows`);
  const filt = await time({ platform: 'instagram', erMinBp: 400, country: 'DE' });
  report('directory: filter platform + ER ≥ 4 % + country', filt.ms, 'ms', `median, ${filt.rows} rows`);
  const search = await time({ search: 'vegan' });
  report('directory: full-text search "vegan"', search.ms, 'ms', `median, ${search.rows} rows`);
  const page = await time({ platform: 'tiktok', sort: 'engagementRate', dir: 'desc', limit: 100 });
  report('directory: filter + sort by ER, first 100', page.ms, 'ms', `median, ${page.rows} rows`);
  await running.close();
}

async function main() {
  if (process.argv.includes('redemptions')) {
    // `npm run bench -- redemptions`: the shop-import figures alone
    await redemptionsBench(report);
    return;
  }
  if (process.argv.includes('kpis')) {
    // `npm run bench -- kpis`: the KPI figures alone (1,000,000 orders through the import job)
    await kpisBench(report);
    return;
  }
  if (process.argv.includes('import-publish')) {
    // `npm run bench -- import-publish`: user writes during a large shop import, old and new side by side, alone
    const only = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-bench-'));
    try {
      await importPublishBench(only, report);
    } finally {
      fs.rmSync(only, { recursive: true, force: true });
    }
    return;
  }
  if (process.argv.includes('influencer-import')) {
    // `npm run bench -- influencer-import`: the spreadsheet import's lock and the user's writes during it, alone
    const only = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-bench-'));
    try {
      await influencerImportBench(only, report);
    } finally {
      fs.rmSync(only, { recursive: true, force: true });
    }
    return;
  }
  if (process.argv.includes('migration')) {
    // `npm run bench -- migration`: the start-up that backs up and migrates 1,000,000 orders, alone
    const only = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-bench-'));
    try {
      await migrationStartupBench(only, report);
    } finally {
      fs.rmSync(only, { recursive: true, force: true });
    }
    return;
  }
  if (process.argv.includes('backups')) {
    // `npm run bench -- backups`: backups, restore, export, spreadsheet preview and start-up figures alone
    const only = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-bench-'));
    try {
      await backupsBench(only, report);
    } finally {
      fs.rmSync(only, { recursive: true, force: true });
    }
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-bench-'));
  try {
    // Open + migrate a fresh file.
    let t = performance.now();
    const db = openDatabase(path.join(dir, 'open.db'));
    report('db: create file and apply migrations', performance.now() - t, 'ms', 'fresh file');
    t = performance.now();
    const counts = resetWorkspace(db, 'demo');
    report('demo workspace: generate', performance.now() - t, 'ms', `${counts.influencers} influencers, ${counts.redemptions} redemptions`);
    db.$client.close();

    // API round trips: in-process dispatch vs HTTP.
    const running = await createCore({ dataDir: path.join(dir, 'core'), firstRun: 'demo', quietLog: true });
    const host = await startHttpHost({ dispatch: running.dispatch, events: running.core.events, log: running.core.log });
    const n = 200;
    const local: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      await running.dispatch('influencers.list', { limit: 50 });
      local.push(performance.now() - s);
    }
    report('api: influencers.list (50 rows), dispatch', median(local), 'ms', `median of ${n}`);
    const remote: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      const res = await fetch(`${host.url}/rpc/influencers.list`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ limit: 50 }),
      });
      await res.json();
      remote.push(performance.now() - s);
    }
    report('api: influencers.list (50 rows), HTTP host', median(remote), 'ms', `median of ${n}`);
    const dash: number[] = [];
    for (let i = 0; i < 50; i++) {
      const s = performance.now();
      await running.dispatch('dashboard.summary', {});
      dash.push(performance.now() - s);
    }
    report('api: dashboard.summary (demo workspace)', median(dash), 'ms', 'median of 50');
    await host.close();
    await running.close();

    await directoryBench(path.join(dir, 'directory'));
    await boardBench(path.join(dir, 'board'), report);
    await backupsBench(path.join(dir, 'backups'), report);
    await importWizardBench(path.join(dir, 'import-wizard'), report);
    report('memory: resident set size at the end', process.memoryUsage().rss / 1024 / 1024, 'MiB', 'this process');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await redemptionsBench(report);
  await kpisBench(report);
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(path.join('bench-results', 'latest.json'), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
