/**
 * Issue 9: how long a consistent backup (VACUUM INTO), a restore and a workspace export take — for the demo
 * workspace and for a workspace with 1,000,000 shop orders — and how long the thread answering the UI stalls
 * meanwhile (the longest event-loop delay), with the copy on that thread (before) and in a worker (now).
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import path from 'node:path';
import { createCore, type RunningCore } from '../src/main/core/context';
import { backupsDir, createBackup } from '../src/main/backups/service';
import { replaceWorkspace } from '../src/main/backups/restore';
import { exportWorkspace } from '../src/main/backups/transfer';
import { snapshotToFolder } from '../src/main/db/snapshot';
import { schemaVersion } from '../src/main/db/connection';
import { startupBench } from './startup';
import { migrationStartupBench } from './startup-migration';
import { influencerImportBench } from './influencer-import';
import { previewImport, sheetFile } from '../src/main/influencers/transfer';
import { appendChunk, beginUpload, finishUpload } from '../src/main/imports/uploads';

export type Report = (name: string, value: number, unit: string, note: string) => void;

/** Runs `fn` and returns the longest event-loop stall (ms) while it ran, with its own duration. */
export async function stallDuring<T>(fn: () => Promise<T> | T): Promise<{ stallMs: number; ms: number; value: T }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  await new Promise((r) => setTimeout(r, 20)); // let the monitor take its first samples
  const t = performance.now();
  // Started from a timer, like a request arriving: a synchronous stall then shows as a late monitor tick.
  const value = await new Promise<T>((resolve, reject) => setTimeout(() => Promise.resolve().then(fn).then(resolve, reject), 0));
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 20));
  h.disable();
  return { stallMs: h.max / 1e6, ms, value };
}

async function measure(label: string, running: RunningCore, report: Report): Promise<void> {
  const { core } = running;
  // Side by side: the copy on the UI's thread (as before) and in a worker thread (now).
  const before = await stallDuring(() => snapshotToFolder(core.db.$client, backupsDir(core.dataDir), 'manual', schemaVersion(core.db), new Date(Date.now() - 1000)));
  report(`backups: back up ${label}, on the main thread (old)`, before.ms, 'ms', `longest event-loop stall ${before.stallMs.toFixed(0)} ms`);
  const after = await stallDuring(() => createBackup(core, 'manual'));
  const b = after.value;
  report(`backups: back up ${label}, in a worker (now)`, after.ms, 'ms', `longest event-loop stall ${after.stallMs.toFixed(0)} ms; ${(b.sizeBytes / 1024 / 1024).toFixed(1)} MB copy`);
  report(`backups: event-loop stall during a backup of ${label}`, after.stallMs, 'ms', `was ${before.stallMs.toFixed(0)} ms on the main thread`);
  const check = await stallDuring(() => running.dispatch('workspace.check', {}));
  report(`backups: integrity check of ${label} (worker)`, check.ms, 'ms', `longest event-loop stall ${check.stallMs.toFixed(0)} ms`);
  const restore = await stallDuring(() => replaceWorkspace(core, path.join(backupsDir(core.dataDir), b.name), { label: b.name, reason: 'restore' }));
  report(`backups: restore ${label}`, restore.ms, 'ms', `check, safety backup, stage, migrate (workers), swap, reopen; stall ${restore.stallMs.toFixed(0)} ms`);
  const zip = await stallDuring(() => exportWorkspace(core));
  report(`backups: export ${label} as zip`, zip.ms, 'ms', `${(zip.value.sizeBytes / 1024 / 1024).toFixed(1)} MB zip (worker); stall ${zip.stallMs.toFixed(0)} ms`);
}

/** Issue 9: a 16 MB influencer sheet (uploaded, as the wizard sends it) previewed — on the main thread (before) and in a worker (now). */
async function previewBench(running: RunningCore, report: Report): Promise<void> {
  const notes = 'Kooperation 2025 lief gut, Rabattcode funktionierte, Story-Reichweite über Schnitt; wieder anfragen für Herbst. '.repeat(2);
  const lines = ['Name,Instagram,TikTok,Follower,E-Mail,Telefon,Straße,PLZ,Stadt,Land,Nischen,Tags,Notizen'];
  let size = 0;
  for (let i = 0; size < 16 * 1024 * 1024; i++) {
    const line = `Creator ${i} Müller,@creator.${i},@tt.creator.${i},${1000 + i},creator${i}@example.com,+49 170 ${1000000 + i},Hauptstraße ${i % 200},${10000 + (i % 89999)},Köln,DE,"Fitness, Food",vegan,"${notes}"`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const bytes = Buffer.from(lines.join('\n'), 'utf8');
  const mb = (bytes.length / 1024 / 1024).toFixed(1);
  const { fileId } = beginUpload(running.core.dataDir, { fileName: 'creators.csv', sizeBytes: bytes.length });
  for (let off = 0; off < bytes.length; off += 4 * 1024 * 1024) {
    appendChunk(running.core.dataDir, { fileId, offset: off, dataBase64: bytes.subarray(off, off + 4 * 1024 * 1024).toString('base64') });
  }
  await finishUpload(running.core.dataDir, fileId);
  const input = { fileId, locale: 'auto' as const };
  const before = await stallDuring(() => previewImport(running.core.db, sheetFile(running.core.dataDir, input), input));
  const rows = `${before.value.totalRows} rows`;
  report(`influencers: preview a ${mb} MB sheet, main thread (old)`, before.ms, 'ms', `${rows}; longest event-loop stall ${before.stallMs.toFixed(0)} ms`);
  const after = await stallDuring(() => running.dispatch('influencers.import.preview', input));
  if (!after.value.ok) throw new Error(JSON.stringify(after.value.error));
  report(`influencers: preview a ${mb} MB sheet, worker (now)`, after.ms, 'ms', `${rows}; longest event-loop stall ${after.stallMs.toFixed(0)} ms (was ${before.stallMs.toFixed(0)})`);
}

export async function backupsBench(dir: string, report: Report): Promise<void> {
  const demo = await createCore({ dataDir: path.join(dir, 'demo'), firstRun: 'demo', quietLog: true });
  await measure('the demo workspace', demo, report);
  await previewBench(demo, report);
  await demo.close();

  const big = await createCore({ dataDir: path.join(dir, 'big'), firstRun: 'empty', quietLog: true });
  const db = big.core.db.$client;
  const N = 1_000_000;
  const batch = db.prepare("INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, status) VALUES ('redemptions', 'bench.csv', 'x', 1, 'shopify', 'done')").run().lastInsertRowid;
  const ins = db.prepare(
    `INSERT INTO redemptions (shop, order_id, code_norm, ordered_at, ordered_at_utc, currency, total_minor, subtotal_minor, status, batch_id)
     VALUES ('bench-shop', ?, ?, ?, ?, 'EUR', ?, ?, 'paid', ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < N; i++) {
      const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      ins.run(`#${100000 + i}`, `CODE${i % 500}`, `${day}T10:00:00+01:00`, `${day}T09:00:00Z`, 1000 + (i % 9000), 900 + (i % 9000), batch);
    }
  })();
  await measure('1,000,000 orders', big, report);
  await big.close();
  await startupBench(path.join(dir, 'big'), '1,000,000 orders', report);
  await migrationStartupBench(dir, report);
  await influencerImportBench(dir, report);
}
