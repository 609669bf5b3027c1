/**
 * Scratch profile of the shop import's stages on a generated Shopify export (ROWS env, default 200,000), in the
 * main thread so that `node --cpu-prof` sees it: record layer only, + order assembly, dry run, import; and the
 * sqlite3 shell's `.import` of the same file for the ratio. Not part of `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../src/main/core/context';
import { REDEMPTION_FIELDS } from '../src/shared/contract';
import { readRecords, sniffFile } from '../src/main/redemptions/csv-stream';
import { rowReader } from '../src/main/redemptions/formats';
import { OrderAssembler } from '../src/main/redemptions/assemble';
import { runRedemptions } from '../src/main/redemptions/run';
import { finishedUpload } from '../src/main/imports/uploads';
import { generate, uploadFile } from './redemptions';

async function main() {
  const rows = Number(process.env.ROWS ?? 200_000);
  const only = process.env.ONLY ?? 'all';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-prof-redemptions-'));
  let cpu0 = process.cpuUsage();
  const line = (name: string, ms: number, note = '') => {
    const c = process.cpuUsage(cpu0);
    process.stdout.write(`${name.padEnd(36)} ${ms.toFixed(0).padStart(7)} ms wall ${((c.user + c.system) / 1000).toFixed(0).padStart(7)} ms cpu  ${note}\n`);
  };
  const mark = () => {
    cpu0 = process.cpuUsage();
    return performance.now();
  };
  try {
    const running = await createCore({ dataDir: path.join(dir, 'core'), firstRun: 'demo', quietLog: true });
    const db = running.core.db;
    const known = db.$client.prepare('SELECT code FROM voucher_codes ORDER BY id LIMIT 40').pluck().all() as string[];
    const file = path.join(dir, 'orders_export_1.csv');
    generate(file, rows, known, { oneOrderPerRow: true });
    const fileId = await uploadFile(running, file);
    const up = finishedUpload(running.core.dataDir, fileId);
    const sniff = sniffFile(up.file);
    let t: number;
    if (only === 'all' || only === 'sqlite') {
      t = mark();
      const sh = spawnSync('/usr/bin/time', ['-f', '%U %S', '/usr/bin/sqlite3', path.join(dir, 'ref.db'), '.mode csv', `.import ${file} orders`], { encoding: 'utf8' });
      const [u, sy] = sh.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      process.stdout.write(`sqlite3 cpu ${((u + sy) * 1000).toFixed(0)} ms\n`);
      line('sqlite3 .import', performance.now() - t, `${(fs.statSync(file).size / 1048576).toFixed(1)} MiB`);
    }
    if (only === 'all' || only === 'read') {
      t = mark();
      let n = 0;
      await readRecords(up.file, { encoding: sniff.encoding, delimiter: sniff.delimiter, sink: { header() {}, record() { n++; }, damaged() {}, blank() {} } });
      line('records only (records.ts)', performance.now() - t, `${n} records`);
    }
    if (only === 'all' || only === 'assemble') {
      t = mark();
      let orders = 0;
      let asm: OrderAssembler | null = null;
      await readRecords(up.file, {
        encoding: sniff.encoding,
        delimiter: sniff.delimiter,
        sink: {
          header(cells) {
            const reader = rowReader('shopify', cells, {});
            asm = new OrderAssembler(reader, ',', () => orders++, () => {}, 'EUR');
            return process.env.ALLCELLS ? undefined : reader.columns;
          },
          record(r) {
            asm!.push(r.cells, r.line, null, r.shared === true);
          },
          damaged() {},
          blank() {},
        },
      });
      (asm as unknown as OrderAssembler).finish();
      line('records + assemble', performance.now() - t, `${orders} orders`);
    }
    const mapping = Object.fromEntries(REDEMPTION_FIELDS.map((f) => [f, '']));
    const params = { fileId, format: 'shopify' as const, shop: 'Bench shop', mapping, assign: [] };
    const progress = () => {};
    if (only === 'all' || only === 'dry') {
      t = mark();
      const r = await runRedemptions(db, params, running.core.dataDir, progress, 'dryRun');
      line('dry run (main thread)', performance.now() - t, `${r.report.redemptions} redemptions`);
    }
    if (only === 'all' || only === 'import') {
      t = mark();
      const r = await runRedemptions(db, params, running.core.dataDir, progress, 'import');
      line('import (main thread)', performance.now() - t, `${r.report.inserted} inserted`);
    }
    line('peak RSS', process.resourceUsage().maxRSS / 1024, 'MiB (not ms)');
    await running.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
void main();
