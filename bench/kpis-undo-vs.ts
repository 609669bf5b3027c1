/**
 * Issue 12: the undo of a 100,000-order shop import through the dispatcher, old (another checkout's source, by
 * default /work/main) against new (this tree), side by side in ONE process and run: two cores, each on its own copy
 * of the profile workspace, undos alternating (old/new, then new/old, …) so both see the same load.
 * Per undo: wall and CPU time (the process; and the main thread's own, from /proc schedstat, with the time it waited
 * for a CPU in the run queue — on a loaded machine that is where the wall time goes), MB written, load average; the
 * figures after the undo must equal those before the batch.
 * `OLD=/work/main BASE=/tmp/kpi-prof/core OUT=/tmp/kpi-prof/undo-vs REPS=3 node --import tsx bench/kpis-undo-vs.ts`
 * (OUT is removed first; BASE is copied, not changed; bench/kpis-profile.ts builds it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore as createNewCore, type RunningCore } from '../src/main/core/context';
import { REDEMPTION_FIELDS, type PortfolioSummary } from '../src/shared/contract';
import { generate, job, uploadFile } from './redemptions';

const BATCH = 100_000;

/** The main thread's time on a CPU and waiting in the run queue, ms (/proc schedstat, ns). */
function sched(): { cpu: number; queue: number } {
  const [run, delay] = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
  return { cpu: run! / 1e6, queue: delay! / 1e6 };
}
const load = () => Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

async function value<V>(running: RunningCore, method: string, input: unknown): Promise<V> {
  const r = await running.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
}

interface Run {
  ms: number;
  cpu: number;
  mainCpu: number;
  runQueue: number;
  writtenMb: number;
  load: number;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};
const fmt = (xs: number[], digits = 0) => {
  const s = stats(xs);
  return `${s.min.toFixed(digits)}/${s.median.toFixed(digits)}/${s.max.toFixed(digits)}`;
};

interface Side {
  name: 'old' | 'new';
  running: RunningCore;
  codes: string[];
  runs: Run[];
}

async function open(name: Side['name'], create: typeof createNewCore, base: string, out: string): Promise<Side> {
  const dir = path.join(out, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(base, 'kollab.db'), path.join(dir, 'kollab.db'));
  const running = await create({ dataDir: dir, firstRun: 'empty', quietLog: true });
  await running.startupBackup;
  const codes = running.core.db.$client.prepare('SELECT code_norm FROM voucher_codes').pluck().all() as string[];
  return { name, running, codes, runs: [] };
}

/** One batch imported through the job and undone through the dispatcher; the background delete awaited after. */
async function undoOnce(side: Side, i: number, dir: string, checks: string[]): Promise<void> {
  const { running } = side;
  const c = running.core.db.$client;
  const mapping = Object.fromEntries(REDEMPTION_FIELDS.map((f) => [f, '']));
  const before = await value<PortfolioSummary>(running, 'kpis.portfolio', {});
  const file = path.join(dir, `undo_${side.name}_${i}.csv`);
  generate(file, BATCH, side.codes, { oneOrderPerRow: true, codeShare: 0.9, twoCodeShare: 0.03, firstOrder: 5_000_000 + i * 200_000, startMs: Date.UTC(2025, 2, 1), seed: 11 + i });
  const fileId = await uploadFile(running, file);
  await job(running, 'redemptions.import', { fileId, format: 'shopify', shop: 'Bench shop', mapping });
  fs.rmSync(file);
  const id = c.prepare("SELECT max(id) FROM import_batches WHERE kind = 'redemptions' AND status = 'done'").pluck().get() as number;

  const l = load();
  const s0 = sched();
  const u = process.cpuUsage();
  const io = process.resourceUsage().fsWrite;
  const t = performance.now();
  await value(running, 'imports.undo', { id });
  const ms = performance.now() - t;
  const d = process.cpuUsage(u);
  const s1 = sched();
  const writtenMb = ((process.resourceUsage().fsWrite - io) * 512) / 1e6;
  side.runs.push({ ms, cpu: (d.user + d.system) / 1000, mainCpu: s1.cpu - s0.cpu, runQueue: s1.queue - s0.queue, writtenMb, load: l });
  console.log(
    `${side.name} #${i}: wall ${ms.toFixed(0)} ms, CPU ${((d.user + d.system) / 1000).toFixed(0)} ms (main thread ${(s1.cpu - s0.cpu).toFixed(0)}, ` +
      `its run-queue wait ${(s1.queue - s0.queue).toFixed(0)}), written ${writtenMb.toFixed(1)} MB, load ${l.toFixed(2)}`,
  );
  const after = await value<PortfolioSummary>(running, 'kpis.portfolio', {});
  if (after.totals.revenueMinor !== before.totals.revenueMinor) checks.push(`${side.name} #${i}: revenue ${after.totals.revenueMinor} ≠ ${before.totals.revenueMinor}`);
  if (Math.abs(after.totals.conversions - before.totals.conversions) > 0.01) checks.push(`${side.name} #${i}: orders differ after the undo`);
  // the background delete of the batch's rows runs until no undone row is left (both versions delete after the undo)
  const undone = c.prepare("SELECT EXISTS (SELECT 1 FROM redemptions WHERE batch_id IN (SELECT id FROM import_batches WHERE status = 'undone'))").pluck();
  while (undone.get() === 1) await new Promise((r) => setTimeout(r, 100));
}

async function main() {
  const base = process.env.BASE ?? '/tmp/kpi-prof/core';
  const out = process.env.OUT ?? '/tmp/kpi-prof/undo-vs';
  const oldRoot = process.env.OLD ?? '/work/main';
  const reps = Number(process.env.REPS ?? 3);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const { createCore: createOldCore } = (await import(path.join(oldRoot, 'src/main/core/context.ts'))) as { createCore: typeof createNewCore };
  const sides = [await open('old', createOldCore, base, out), await open('new', createNewCore, base, out)];
  const checks: string[] = [];
  for (let r = 0; r < reps; r++) {
    const order = r % 2 === 0 ? sides : [...sides].reverse();
    for (const side of order) await undoOnce(side, r, out, checks);
  }
  console.log(`\nundo of 100,000 orders through the dispatcher, min/median/max of ${reps} each (old = ${oldRoot}):`);
  for (const s of sides) {
    const r = s.runs;
    console.log(
      `${s.name}: wall ${fmt(r.map((x) => x.ms))} ms | CPU ${fmt(r.map((x) => x.cpu))} ms | main thread CPU ${fmt(r.map((x) => x.mainCpu))} ms, ` +
        `run-queue wait ${fmt(r.map((x) => x.runQueue))} ms | written ${fmt(r.map((x) => x.writtenMb), 1)} MB | load ${fmt(r.map((x) => x.load), 2)}` +
        (s.name === 'new' ? ` | ≤ 2000 ms: ${stats(r.map((x) => x.ms)).max <= 2000 ? 'holds' : stats(r.map((x) => x.ms)).median <= 2000 ? 'at the median' : 'MISSED'}` : ''),
    );
  }
  console.log(checks.length ? checks.join('\n') : 'figures after every undo: equal to those before the batch');
  for (const s of sides) await s.running.close();
}
void main();
