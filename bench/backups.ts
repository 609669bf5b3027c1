/**
 * Issue 9: how long a consistent backup (VACUUM INTO), a restore and a workspace export take — for the demo
 * workspace and for a workspace with 1,000,000 shop orders.
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { createCore, type RunningCore } from '../src/main/core/context';
import { createBackup } from '../src/main/backups/service';
import { replaceWorkspace } from '../src/main/backups/restore';
import { exportWorkspace } from '../src/main/backups/transfer';
import { backupsDir } from '../src/main/backups/service';

type Report = (name: string, value: number, unit: string, note: string) => void;

function measure(label: string, running: RunningCore, report: Report): void {
  let t = performance.now();
  const b = createBackup(running.core, 'manual');
  report(`backups: back up ${label}`, performance.now() - t, 'ms', `${(b.sizeBytes / 1024 / 1024).toFixed(1)} MB copy`);
  t = performance.now();
  replaceWorkspace(running.core, path.join(backupsDir(running.core.dataDir), b.name), { label: b.name, reason: 'restore' });
  report(`backups: restore ${label}`, performance.now() - t, 'ms', 'check (quick_check), safety backup, stage, migrate, swap, reopen');
  t = performance.now();
  const zip = exportWorkspace(running.core);
  report(`backups: export ${label} as zip`, performance.now() - t, 'ms', `${(zip.sizeBytes / 1024 / 1024).toFixed(1)} MB zip`);
}

export async function backupsBench(dir: string, report: Report): Promise<void> {
  const demo = await createCore({ dataDir: path.join(dir, 'demo'), firstRun: 'demo', quietLog: true });
  measure('the demo workspace', demo, report);
  await demo.close();

  const big = await createCore({ dataDir: path.join(dir, 'big'), firstRun: 'empty', quietLog: true });
  const db = big.core.db.$client;
  const N = 1_000_000;
  const batch = db.prepare("INSERT INTO import_batches (kind, file_name, file_hash, file_size, format) VALUES ('redemptions', 'bench.csv', 'x', 1, 'shopify')").run().lastInsertRowid;
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
  measure('1,000,000 orders', big, report);
  await big.close();
  const t = performance.now();
  const again = await createCore({ dataDir: path.join(dir, 'big'), firstRun: 'empty', quietLog: true });
  report('backups: start-up with 1,000,000 orders', performance.now() - t, 'ms', 'read-only look + quick_check + open (backup < 1 day old)');
  await again.close();
}
