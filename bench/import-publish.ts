/**
 * Issue 9: the user's writes during a large shop import, old and new side by side in one run — the import's final
 * transaction used to refresh the KPI roll-up inside the write lock whenever ANY other connection had committed
 * since the roll-up was prepared (the user's person added every 25 ms was enough), seconds at 1,000,000 orders.
 * "old" is the source of a git ref (KOLLAB_BENCH_BASE, default `main`) taken out with `git archive` into a temporary
 * folder; "new" is this checkout. Per round (KOLLAB_BENCH_PUBLISH_ROUNDS, default 1: old then new) and source: a demo
 * workspace, a generated Shopify export of KOLLAB_BENCH_PUBLISH_ROWS rows (default 300,000, one order per row, 30 %
 * coded), imported through the dispatcher into its worker while the user adds a person every 25 ms; printed: the
 * user's write latency p50 / p95 / max, the import's wall time, and (new only: old does not report it) how the final
 * transaction went — the roll-up prepared outside the lock or refreshed inside, preparations, lock held.
 * The load average is printed with every figure (the machine is shared). `npm run bench -- import-publish`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { REDEMPTION_FIELDS } from '../src/shared/contract';
import type { Report } from './backups';
import { builtWorker } from './built-worker';
import { generate, uploadFile } from './redemptions';

type Context = typeof import('../src/main/core/context');
type RunningCore = Awaited<ReturnType<Context['createCore']>>;

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIMIT_MS = 200;

interface Source {
  label: string;
  workerFile: string;
  context: Context;
}

/** The source of `ref` in a temporary folder (git archive; the repository is only read), node_modules linked. */
function extract(ref: string, into: string): string {
  fs.mkdirSync(into, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', ref, 'src', 'drizzle', 'package.json', 'tsconfig.json'], { cwd: repo, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', into], { input: tar });
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(into, 'node_modules'));
  return into;
}

async function loadSource(label: string, root: string): Promise<Source> {
  const context = (await import(pathToFileURL(path.join(root, 'src/main/core/context.ts')).href)) as Context;
  return { label, workerFile: await builtWorker(root), context };
}

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const load = () => `load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`;

interface PublishFigures {
  rollup: 'prepared' | 'refreshed';
  attempts: number;
  lockMs: number;
  waitMs: number;
}

async function once(src: Source, dir: string, rows: number, report: Report): Promise<number> {
  const running: RunningCore = await src.context.createCore({ dataDir: path.join(dir, 'core'), firstRun: 'demo', quietLog: true, workerFile: src.workerFile });
  try {
    const known = running.core.db.$client.prepare('SELECT code FROM voucher_codes ORDER BY id LIMIT 40').pluck().all() as string[];
    const file = path.join(dir, 'orders_export_1.csv');
    generate(file, rows, known, { oneOrderPerRow: true });
    const fileId = await uploadFile(running, file);
    fs.rmSync(file);
    const mapping = Object.fromEntries(REDEMPTION_FIELDS.map((f) => [f, '']));
    const started = performance.now();
    const r = await running.dispatch('redemptions.import', { fileId, format: 'shopify', shop: 'Bench shop', mapping });
    if (!r.ok) throw new Error(r.error.message);
    let done = false;
    const result = running.core.jobs.wait((r.value as { jobId: string }).jobId).finally(() => (done = true));
    const latencies: number[] = [];
    /** When the slowest write began, after the import's start. */
    let slowestAt = 0;
    for (let i = 0; !done; i++) {
      const s = performance.now();
      const w = await running.dispatch('influencers.create', { name: `Bench writer ${i}` });
      const ms = performance.now() - s;
      if (ms > Math.max(0, ...latencies)) slowestAt = s - started;
      latencies.push(ms);
      if (!w.ok) throw new Error(`a user write failed: ${w.error.message}`);
      await new Promise((res) => setTimeout(res, 25));
    }
    const value = (await result) as { publish?: PublishFigures | null };
    const wall = performance.now() - started;
    const sorted = [...latencies].sort((a, b) => a - b);
    const tag = `${src.label} ${rows.toLocaleString('en')}`;
    report(`import-publish ${tag}: user write p50`, quantile(sorted, 0.5), 'ms', `${sorted.length} writes; ${load()}`);
    report(`import-publish ${tag}: user write p95`, quantile(sorted, 0.95), 'ms', load());
    report(`import-publish ${tag}: import wall`, wall, 'ms', load());
    report(`import-publish ${tag}: user write max`, sorted.at(-1) ?? 0, 'ms', `began ${(slowestAt / 1000).toFixed(1)} s into the import; limit ${LIMIT_MS}; ${load()}`);
    const p = value.publish;
    if (p) report(`import-publish ${tag}: final transaction`, p.lockMs, 'ms', `roll-up ${p.rollup}, ${p.attempts} preparation(s), waited ${p.waitMs.toFixed(0)} ms for the lock`);
    else report(`import-publish ${tag}: final transaction`, NaN, 'ms', 'not reported by this source');
    return sorted.at(-1) ?? 0;
  } finally {
    await running.close();
  }
}

export async function importPublishBench(dir: string, report: Report): Promise<void> {
  const rows = Number(process.env.KOLLAB_BENCH_PUBLISH_ROWS ?? 300_000);
  const rounds = Number(process.env.KOLLAB_BENCH_PUBLISH_ROUNDS ?? 1);
  const base = process.env.KOLLAB_BENCH_BASE ?? 'main';
  const old = await loadSource(`old (${base})`, extract(base, path.join(dir, 'old-src')));
  const cur = await loadSource('new', repo);
  for (let round = 0; round < rounds; round++) {
    for (const src of [old, cur]) {
      const runDir = path.join(dir, `${src.label.replace(/\W+/g, '-')}-${round}`);
      await once(src, runDir, rows, report);
      fs.rmSync(runDir, { recursive: true, force: true });
    }
  }
}
