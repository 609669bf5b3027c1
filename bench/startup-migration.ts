/**
 * Issue 9: a start-up that owes a migration backs the old file up first. Before, the copy (VACUUM INTO) ran on the
 * thread that serves the window, before anything was served; now a worker writes it while the workspace answers
 * with the starting state. Measured on a workspace with 1,000,000 orders at the previous schema version: the
 * longest event-loop stall while the backup is written (old: the copy on the main thread; now: from the 'securing'
 * phase to the 'migrating' one), how soon the first call is answered, and the whole start-up.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME, startWorkspace } from '../src/main/core/context';
import { defaultMigrationsDir, openDatabase, readJournal } from '../src/main/db/connection';
import { snapshotToFolder } from '../src/main/db/snapshot';
import { stallDuring, type Report } from './backups';

/** A copy of drizzle/ that knows only the first `k` migrations. */
function migrationsUpTo(k: number, into: string): string {
  const dir = path.join(into, `drizzle-${k}`);
  fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
  const journal = readJournal(dir);
  journal.entries = journal.entries.slice(0, k);
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify(journal));
  return dir;
}

function oldWorkspace(dataDir: string, orders: number): { schema: number; file: string } {
  const schema = readJournal(defaultMigrationsDir()).entries.length - 1;
  const file = path.join(dataDir, DB_FILE_NAME);
  const db = openDatabase(file, { migrationsDir: migrationsUpTo(schema, path.dirname(dataDir)) }).$client;
  const batch = db.prepare("INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, status) VALUES ('redemptions', 'bench.csv', 'x', 1, 'shopify', 'done')").run().lastInsertRowid;
  const ins = db.prepare(
    `INSERT INTO redemptions (shop, order_id, code_norm, ordered_at, ordered_at_utc, currency, total_minor, subtotal_minor, status, batch_id)
     VALUES ('bench-shop', ?, ?, ?, ?, 'EUR', ?, ?, 'paid', ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < orders; i++) {
      const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      ins.run(`#${100000 + i}`, `CODE${i % 500}`, `${day}T10:00:00+01:00`, `${day}T09:00:00Z`, 1000 + (i % 9000), 900 + (i % 9000), batch);
    }
  })();
  db.prepare("INSERT INTO settings (key, value) VALUES ('workspace.initialised', '\"empty\"') ON CONFLICT(key) DO NOTHING").run();
  db.close();
  return { schema, file };
}

export async function migrationStartupBench(dir: string, report: Report, orders = 1_000_000): Promise<void> {
  const dataDir = path.join(dir, 'migration', 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  const { schema, file } = oldWorkspace(dataDir, orders);
  const label = `${orders.toLocaleString('en')} orders, schema ${schema}`;
  const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(0);

  // Before: the copy on the thread that serves the window (openDatabase called snapshotToFolder).
  const Database = (await import('better-sqlite3')).default;
  const client = new Database(file);
  const before = await stallDuring(() => snapshotToFolder(client, path.join(dataDir, 'backups'), 'migration', schema));
  client.close();
  for (const n of fs.readdirSync(path.join(dataDir, 'backups'))) fs.rmSync(path.join(dataDir, 'backups', n));
  report(`start-up migration (${label}): backup on the main thread (old)`, before.ms, 'ms', `${mb} MB; longest event-loop stall ${before.stallMs.toFixed(0)} ms, nothing served meanwhile`);

  // Now: a worker writes it; the stall is measured from the 'securing' phase to the 'migrating' one.
  const h = monitorEventLoopDelay({ resolution: 5 });
  let securingMs = 0;
  let stallMs = 0;
  let securingAt = 0;
  const t = performance.now();
  const w = startWorkspace({
    dataDir,
    firstRun: 'empty',
    quietLog: true,
    onPhase: (p) => {
      if (p === 'securing') {
        securingAt = performance.now();
        h.enable();
      } else if (p === 'migrating' && securingAt) {
        h.disable();
        securingMs = performance.now() - securingAt;
        stallMs = h.max / 1e6;
      }
    },
  });
  const status = await w.dispatch('recovery.status', {});
  const firstAnswer = performance.now() - t;
  await w.ready;
  const total = performance.now() - t;
  await w.close();
  const phase = status.ok ? JSON.stringify(status.value) : status.error.code;
  report(`start-up migration (${label}): backup in a worker (now)`, securingMs, 'ms', `longest event-loop stall ${stallMs.toFixed(0)} ms (was ${before.stallMs.toFixed(0)} ms)`);
  report(`start-up migration (${label}): first call answered`, firstAnswer, 'ms', `${phase}; quick_check + open before it`);
  report(`start-up migration (${label}): served, migrated`, total, 'ms', 'backup, migration, KPI roll-up rebuild');
}
