/**
 * Issue 9: where the time of a start-up with 1,000,000 orders goes — each step of createCore on its own, on the
 * same file, then createCore as a whole (the daily backup not due, and due).
 */
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore, DB_FILE_NAME, startWorkspace } from '../src/main/core/context';
import { defaultMigrationsDir, knownMigrations, openDatabase, optimizeDatabase } from '../src/main/db/connection';
import { checkDatabaseFile } from '../src/main/db/file-check';
import { ensureRollups } from '../src/main/insights/rollups';
import { startImports } from '../src/main/imports/recovery';
import { listBackups } from '../src/main/backups/service';
import { stallDuring, type Report } from './backups';

const quiet = { info() {}, warn() {}, error() {}, fault: null, close: async () => {} } as unknown as Parameters<typeof startImports>[2];

export async function startupBench(dataDir: string, label: string, report: Report): Promise<void> {
  const file = path.join(dataDir, DB_FILE_NAME);
  const time = <T>(fn: () => T): [T, number] => {
    const t = performance.now();
    const v = fn();
    return [v, performance.now() - t];
  };
  const known = knownMigrations(defaultMigrationsDir());
  const [, check] = time(() => checkDatabaseFile(file, { known, needsWrite: true }));
  report(`start-up ${label}: read-only look + quick_check`, check, 'ms', 'required by the issue');
  const [db, open] = time(() => openDatabase(file, { checked: true, optimize: false }));
  report(`start-up ${label}: open, pragmas, migrations`, open, 'ms', 'WAL, foreign keys, schema version');
  const [, rollups] = time(() => ensureRollups(db));
  report(`start-up ${label}: KPI roll-up check`, rollups, 'ms', 'rebuilt only when the time zone changed');
  const [imports, importsMs] = time(() => startImports(db, dataDir, quiet));
  imports.stop();
  report(`start-up ${label}: unfinished imports, uploads`, importsMs, 'ms', '');
  const [, list] = time(() => listBackups(dataDir));
  report(`start-up ${label}: newest backup`, list, 'ms', 'no daily backup (the newest is < 1 day old)');
  db.$client.close();
  // PRAGMA optimize as it ran at every open, on statistics from when the orders table was small (as after an
  // import of a million orders): the old one (no analysis_limit) analyses every row once.
  const optimize = (limit: boolean) => {
    const stale = new Database(file);
    stale.prepare("UPDATE sqlite_stat1 SET stat = '10' || CASE WHEN instr(stat, ' ') > 0 THEN substr(stat, instr(stat, ' ')) ELSE '' END WHERE tbl = 'redemptions'").run();
    stale.close();
    const c = new Database(file); // loads the stale statistics, as a start-up after the import would
    try {
      return time(() => (limit ? optimizeDatabase(c) : c.pragma('optimize = 0x10002')))[1];
    } finally {
      c.close();
    }
  };
  const old = optimize(false);
  report(`start-up ${label}: PRAGMA optimize=0x10002 (old, at open)`, old, 'ms', 'statistics stale after a large import: ANALYZE of every row');
  const limited = optimize(true);
  report(`start-up ${label}: PRAGMA optimize, analysis_limit 400 (now)`, limited, 'ms', '3 s after start-up, once the window is served');
  report(`start-up ${label}: createCore (old, sum of the steps)`, check + open + old, 'ms', 'quick_check + open + optimize at open');
  let t = performance.now();
  let running = await createCore({ dataDir, firstRun: 'empty', quietLog: true });
  report(`start-up ${label}: createCore (now)`, performance.now() - t, 'ms', 'quick_check + open; optimize after');
  await running.close();
  // The longest event-loop stall of a start-up: before, the quick_check ran on the thread that serves the window,
  // before anything was served; now a worker runs it and the window gets starting/checking meanwhile.
  const oldStall = await stallDuring(() => checkDatabaseFile(file, { known, needsWrite: true }));
  let firstAnswer = 0;
  const nowStall = await stallDuring(async () => {
    const t0 = performance.now();
    const w = startWorkspace({ dataDir, firstRun: 'empty', quietLog: true });
    const status = await w.dispatch('recovery.status', {});
    firstAnswer = performance.now() - t0;
    await w.ready;
    await w.close();
    return status;
  });
  const phase = nowStall.value.ok ? JSON.stringify(nowStall.value.value) : nowStall.value.error.code;
  report(`start-up ${label}: longest event-loop stall, quick_check on the main thread (old)`, oldStall.stallMs, 'ms', `the check alone took ${oldStall.ms.toFixed(0)} ms, nothing served meanwhile`);
  report(`start-up ${label}: longest event-loop stall, quick_check in a worker (now)`, nowStall.stallMs, 'ms', `whole start-up until served (${nowStall.ms.toFixed(0)} ms); first call answered after ${firstAnswer.toFixed(0)} ms: ${phase}`);
  // A start-up that owes the daily backup: before, createCore waited for it (~1 s on the main thread).
  for (const b of listBackups(dataDir)) fs.rmSync(path.join(dataDir, 'backups', b.name));
  t = performance.now();
  running = await createCore({ dataDir, firstRun: 'empty', quietLog: true });
  const served = performance.now() - t;
  const backup = await running.startupBackup;
  report(`start-up ${label}: createCore with a daily backup due (now)`, served, 'ms', `served; the backup (${backup?.reason}) was done ${(performance.now() - t).toFixed(0)} ms after start, in a worker`);
  await running.close();
}
