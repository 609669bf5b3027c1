/**
 * Scratch: where the wall time of imports.undo goes (bench/kpis-undo.ts measures it; this one looks inside). Same
 * loop as the bench (a fresh 100,000-order batch imported through the job, then undone, alternating before/now), and
 * for each undo a timeline: dispatcher entry, each transaction's BEGIN IMMEDIATE (asked → lock held → body done →
 * committed), every statement over 3 ms, the change announcement, the answer — each with the main thread's CPU time
 * (/proc/self/task/<pid>/stat, 10 ms ticks) beside the wall time; and the CPU of every other thread meanwhile.
 * `OUT=dir BASE=workspace node --import tsx bench/kpis-undo-trace.ts` (OUT is removed first).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type RunningCore } from '../src/main/core/context';
import { REDEMPTION_FIELDS } from '../src/shared/contract';
import { undoBatch } from '../src/main/imports/batches';
import { undoneRowsLeft, whenPurged } from '../src/main/imports/purge';
import { generate, job, uploadFile } from './redemptions';

const BATCH = 100_000;
const TICK_MS = 10;

/** utime+stime of one thread, ms. */
function threadCpu(tid: string | number): number {
  try {
    const s = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return 0;
  }
}
/** The main thread's time on a CPU and waiting for one (run queue), ms, from schedstat (ns). */
function sched(): { cpu: number; queue: number } {
  const [run, delay] = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
  return { cpu: run / 1e6, queue: delay / 1e6 };
}
const mainCpu = () => sched().cpu;
function threads(): Map<string, { name: string; cpu: number }> {
  const out = new Map<string, { name: string; cpu: number }>();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    let name = '?';
    try {
      name = fs.readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
    } catch {
      /* gone */
    }
    out.set(tid, { name, cpu: threadCpu(tid) });
  }
  return out;
}
const ioWritten = () => Number(/write_bytes: (\d+)/.exec(fs.readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);

let t0 = 0;
let c0 = 0;
let q0 = 0;
let tracing = false;
const lines: string[] = [];
function mark(what: string, wallMs?: number, cpuMs?: number) {
  if (!tracing) return;
  const at = performance.now() - t0;
  const extra = wallMs === undefined ? '' : `  [${wallMs.toFixed(1)} ms wall, ${cpuMs!.toFixed(0)} ms cpu]`;
  const now = sched();
  lines.push(`  +${at.toFixed(1).padStart(7)} ms  cpu ${(now.cpu - c0).toFixed(0).padStart(5)} runq ${(now.queue - q0).toFixed(0).padStart(5)}  ${what}${extra}`);
}

function instrument(running: RunningCore) {
  const c = running.core.db.$client as unknown as Record<string, (...a: unknown[]) => unknown>;
  const prep = c.prepare.bind(c);
  c.prepare = (sql: unknown) => {
    const st = prep(sql) as Record<string, (...a: unknown[]) => unknown>;
    for (const m of ['run', 'all', 'get', 'iterate']) {
      const f = st[m].bind(st);
      st[m] = (...a: unknown[]) => {
        if (!tracing) return f(...a);
        const s = performance.now();
        const u = mainCpu();
        const r = f(...a);
        const ms = performance.now() - s;
        if (ms > 3) mark(`${m} ${String(sql).replace(/\s+/g, ' ').slice(0, 100)}`, ms, mainCpu() - u);
        return r;
      };
    }
    return st;
  };
  const pragma = c.pragma.bind(c);
  c.pragma = (...a: unknown[]) => {
    const s = performance.now();
    const r = pragma(...a);
    if (tracing) mark(`pragma ${String(a[0])}`, performance.now() - s, 0);
    return r;
  };
  const tx = c.transaction.bind(c);
  c.transaction = (fn: unknown) => {
    let began = 0;
    const body = (...a: unknown[]) => {
      const wait = performance.now() - began;
      mark(`lock held (BEGIN … waited)`, wait, 0);
      const r = (fn as (...x: unknown[]) => unknown)(...a);
      mark('body done, COMMIT');
      return r;
    };
    const t = tx(body) as Record<string, (...a: unknown[]) => unknown> & ((...a: unknown[]) => unknown);
    const wrapped = (kind: string, f: (...a: unknown[]) => unknown) => (...a: unknown[]) => {
      began = performance.now();
      mark(`BEGIN ${kind} asked`);
      const r = f(...a);
      mark(`committed (${kind})`, performance.now() - began, 0);
      return r;
    };
    const out = wrapped('nested', t) as unknown as Record<string, unknown>;
    for (const k of ['immediate', 'deferred', 'exclusive']) out[k] = wrapped(k, t[k].bind(t));
    return out;
  };
  const emit = running.core.events.emit.bind(running.core.events);
  running.core.events.emit = (e) => {
    const s = performance.now();
    const u = mainCpu();
    emit(e);
    if (e.type === 'data.changed') mark(`emit data.changed ${e.scopes.join(',')}`, performance.now() - s, mainCpu() - u);
  };
}

async function main() {
  const base = process.env.BASE ?? '/tmp/kpi-prof/core';
  const out = process.env.OUT ?? '/tmp/kpi-prof/undo-trace';
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.copyFileSync(path.join(base, 'kollab.db'), path.join(out, 'kollab.db'));
  const running = await createCore({ dataDir: out, firstRun: 'empty', quietLog: true });
  instrument(running);
  const db = running.core.db;
  const c = db.$client;
  const codes = c.prepare('SELECT code_norm FROM voucher_codes').pluck().all() as string[];
  const mapping = Object.fromEntries(REDEMPTION_FIELDS.map((f) => [f, '']));
  const campaignId = c.prepare('SELECT min(id) FROM campaigns').pluck().get() as number;
  const campaignName = c.prepare('SELECT name FROM campaigns WHERE id = ?').pluck().get(campaignId) as string;
  const reps = Number(process.env.REPS ?? 3);
  const only = process.env.ONLY;
  for (let i = 0; i < reps * 2; i++) {
    const kind = only ?? (i % 2 === 0 ? 'before' : 'now');
    const file = path.join(out, `undo_${i}.csv`);
    generate(file, BATCH, codes, { oneOrderPerRow: true, codeShare: 0.9, twoCodeShare: 0.03, firstOrder: 5_000_000 + i * 200_000, startMs: Date.UTC(2025, 2, 1), seed: 11 + i });
    const fileId = await uploadFile(running, file);
    const imp = await job(running, 'redemptions.import', { fileId, format: 'shopify', shop: 'Bench shop', mapping });
    fs.rmSync(file);
    const id = c.prepare("SELECT max(id) FROM import_batches WHERE kind = 'redemptions' AND status = 'done'").pluck().get() as number;
    const walMb = fs.statSync(path.join(out, 'kollab.db-wal')).size / 1e6;
    lines.length = 0;
    const th0 = threads();
    const io0 = ioWritten();
    const u = process.cpuUsage();
    t0 = performance.now();
    c0 = mainCpu();
    q0 = sched().queue;
    tracing = true;
    mark(`${kind} undo of batch ${id} (import took ${imp.ms.toFixed(0)} ms; WAL ${walMb.toFixed(0)} MB; jobs busy: ${running.core.jobs.busy()})`);
    if (kind === 'now') {
      const r = await running.dispatch('imports.undo', { id });
      if (!r.ok) throw new Error(r.error.message);
    } else undoBatch(db, id, { holdCheckpoints: false, purgeLater: false });
    mark('answer');
    tracing = false;
    const ms = performance.now() - t0;
    const d = process.cpuUsage(u);
    const th1 = threads();
    const others = [...th1]
      .map(([tid, v]) => ({ tid, name: v.name, cpu: v.cpu - (th0.get(tid)?.cpu ?? 0) }))
      .filter((x) => x.cpu > 0)
      .map((x) => `${x.name}(${x.tid})=${x.cpu}`)
      .join(' ');
    console.log(lines.join('\n'));
    console.log(
      `== ${kind} #${i}: wall ${ms.toFixed(0)} ms, main-thread CPU ${(mainCpu() - c0).toFixed(0)} ms, run queue ${(sched().queue - q0).toFixed(0)} ms, load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}, process CPU ${((d.user + d.system) / 1000).toFixed(0)} ms, ` +
        `written ${((ioWritten() - io0) / 1e6).toFixed(1)} MB; threads' CPU: ${others}`,
    );
    const purge = whenPurged(db);
    while (undoneRowsLeft(db)) {
      await running.dispatch('campaigns.update', { id: campaignId, name: campaignName });
      await new Promise((r) => setTimeout(r, 25));
    }
    await purge;
  }
  await running.close();
}
void main();
