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

async function main() {
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
    report('memory: resident set size at the end', process.memoryUsage().rss / 1024 / 1024, 'MiB', 'this process');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(path.join('bench-results', 'latest.json'), JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
