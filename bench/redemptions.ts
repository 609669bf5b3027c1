/**
 * Issue 5: importing a large Shopify orders export. Generates 1,000,000 Shopify-style rows (79-column header as
 * in the 2025 export, multi-line-item orders, ~30 % of orders with a code, quoted addresses), then compares:
 * - the sqlite3 shell's `.import --csv` of the same file into a bare table (the reference), and
 * - Kollab's import job (worker thread, streaming parse, one transaction) on a demo workspace,
 * plus the dry run, the upload through the API, the import again without the simulated user's writes (a second
 * shop, as many new orders), a second (idempotent) import and the peak RSS.
 */
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type RunningCore } from '../src/main/core/context';
import { REDEMPTION_FIELDS } from '../src/shared/contract';
import { builtWorker } from './built-worker';
import type { PhaseFigures } from '../src/main/redemptions/run';

/** Where an import job's time went, in one note: read, write (in the lock), waiting for the reader, publish, checkpoints. */
export function phaseNote(p: PhaseFigures | undefined): string {
  if (!p) return 'phases not reported';
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `in the job ${s(p.totalMs)}: file read by ${s(p.readMs)}, writing ${s(p.writeMs)}, waiting for the reader ${s(p.waitReadMs)}, publish ${s(p.publishMs)}, checkpoints ${s(p.checkpointMs)}`;
}

type Report = (name: string, value: number, unit: string, note: string) => void;

const HEADER =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References';

const COLS = HEADER.split(',');
const COL: Record<string, number> = Object.fromEntries(COLS.map((c, i) => [c, i]));

const money = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
const pad = (n: number) => String(n).padStart(2, '0');

/** Writes `rows` records; returns orders, coded orders and the codes used. */
export function generate(
  file: string,
  rows: number,
  knownCodes: string[],
  opts: {
    oneOrderPerRow?: boolean;
    /** Share of orders with a code (default 0.3). */
    codeShare?: number;
    /** Share of coded orders carrying a second code ("A, B"). */
    twoCodeShare?: number;
    /** Order numbers start after this one (default 100000): a second file with new orders. */
    firstOrder?: number;
    /** First order's instant (ms, default 2025-01-01 UTC). */
    startMs?: number;
    unknownCodes?: number;
    seed?: number;
  } = {},
): { orders: number; coded: number } {
  let seed = opts.seed ?? 7;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const codes = [...knownCodes, ...Array.from({ length: opts.unknownCodes ?? 60 }, (_, i) => `UNKNOWN${i}`)];
  const fd = fs.openSync(file, 'w');
  let buf: string[] = [HEADER];
  let written = 0;
  let orders = 0;
  let coded = 0;
  let t = opts.startMs ?? Date.UTC(2025, 0, 1);
  const statuses = ['paid', 'paid', 'paid', 'paid', 'paid', 'paid', 'paid', 'refunded', 'partially_refunded', 'pending'];
  while (written < rows) {
    orders++;
    const items = opts.oneOrderPerRow ? 1 : Math.min(rows - written, 1 + Math.floor(rnd() * 4));
    t += Math.floor(rnd() * 60_000);
    const d = new Date(t);
    const created = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0100`;
    const name = `#${(opts.firstOrder ?? 100000) + orders}`;
    const hasCode = rnd() < (opts.codeShare ?? 0.3);
    if (hasCode) coded++;
    let code = hasCode ? codes[Math.floor(rnd() * codes.length)] : '';
    if (hasCode && opts.twoCodeShare && rnd() < opts.twoCodeShare) {
      const second = codes[Math.floor(rnd() * codes.length)];
      if (second !== code) code = `"${code}, ${second}"`;
    }
    const subtotal = 1500 + Math.floor(rnd() * 20000);
    const discount = hasCode ? Math.floor(subtotal / 10) : 0;
    const total = subtotal - discount + 495;
    const status = statuses[Math.floor(rnd() * statuses.length)];
    const refunded = status === 'refunded' ? total : status === 'partially_refunded' ? Math.floor(total / 3) : 0;
    const email = `customer-${orders.toString(16)}@example.com`;
    for (let i = 0; i < items; i++) {
      const price = money(500 + Math.floor(rnd() * 5000));
      // Cells by header name (79 columns), most of them empty as in real exports; only the first row of an
      // order carries the financial fields and the code.
      const cells = new Array<string>(COLS.length).fill('');
      cells[COL.Name] = name;
      cells[COL['Lineitem quantity']] = '1';
      cells[COL['Lineitem name']] = i === 0 ? '"Hoodie, organic - M"' : `Socks ${i}`;
      cells[COL['Lineitem price']] = price;
      if (i === 0) {
        cells[COL.Email] = email;
        cells[COL['Financial Status']] = status;
        cells[COL.Currency] = 'EUR';
        cells[COL.Subtotal] = money(subtotal);
        cells[COL.Shipping] = '4.95';
        cells[COL.Total] = money(total);
        cells[COL['Discount Code']] = code;
        cells[COL['Discount Amount']] = money(discount);
        cells[COL['Created at']] = created;
        cells[COL['Billing Street']] = `"Str. ${orders % 997}, 1"`;
        cells[COL['Billing City']] = 'Berlin';
        cells[COL['Billing Country']] = 'DE';
        cells[COL['Refunded Amount']] = money(refunded);
      }
      buf.push(cells.join(','));
      written++;
    }
    if (buf.length >= 20_000) {
      fs.writeSync(fd, buf.join('\n') + '\n');
      buf = [];
    }
  }
  if (buf.length) fs.writeSync(fd, buf.join('\n') + '\n');
  fs.closeSync(fd);
  return { orders, coded };
}

export async function uploadFile(running: RunningCore, file: string): Promise<string> {
  const size = fs.statSync(file).size;
  const begin = await running.dispatch('uploads.begin', { fileName: path.basename(file), sizeBytes: size });
  if (!begin.ok) throw new Error(begin.error.message);
  const { fileId, chunkBytes } = begin.value as { fileId: string; chunkBytes: number };
  const fd = fs.openSync(file, 'r');
  const chunk = Buffer.alloc(chunkBytes);
  for (let off = 0; off < size; ) {
    const n = fs.readSync(fd, chunk, 0, chunkBytes, off);
    const r = await running.dispatch('uploads.chunk', { fileId, offset: off, dataBase64: chunk.subarray(0, n).toString('base64') });
    if (!r.ok) throw new Error(r.error.message);
    off += n;
  }
  fs.closeSync(fd);
  const fin = await running.dispatch('uploads.finish', { fileId });
  if (!fin.ok) throw new Error(fin.error.message);
  return fileId;
}

/** The wizard's first look at an uploaded file (format, columns), before its dry run or import. */
export async function inspected(running: RunningCore, fileId: string): Promise<void> {
  const r = await running.dispatch('redemptions.inspect', { fileId });
  if (!r.ok) throw new Error(r.error.message);
}

export async function job(running: RunningCore, method: 'redemptions.dryRun' | 'redemptions.import', input: Record<string, unknown>) {
  const s = performance.now();
  const cpu = process.cpuUsage();
  const r = await running.dispatch(method, input);
  if (!r.ok) throw new Error(r.error.message);
  // The call returns once the job runs: for an import, after the backup taken before it.
  const startedMs = performance.now() - s;
  const { jobId } = r.value as { jobId: string };
  const result = (await running.core.jobs.wait(jobId)) as { phases?: PhaseFigures };
  const ms = performance.now() - s;
  const used = process.cpuUsage(cpu);
  // CPU of the whole process: main thread, job worker (and its parse thread), backup worker.
  const cpuMs = (used.user + used.system) / 1000;
  const j = await running.dispatch('imports.job', { jobId });
  if (!j.ok) throw new Error(j.error.message);
  return { ms, startedMs, cpuMs, value: j.value as { report: { orders: number; inserted: number; updated: number; unchanged: number; rows: number; rejected: number } }, phases: result.phases };
}

/** The user's own writes (an influencer every 25 ms through the dispatcher) until `until()`: each one's latency. */
async function userWrites(running: RunningCore, until: (writes: number) => boolean, tag: string): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; !until(i); i++) {
    const s = performance.now();
    const r = await running.dispatch('influencers.create', { name: `Bench writer ${tag} ${i}` });
    latencies.push(performance.now() - s);
    if (!r.ok) throw new Error(`a user write failed: ${r.error.message}`);
    await new Promise((res) => setTimeout(res, 25));
  }
  return latencies;
}

function quantiles(xs: number[]): { p50: number; p95: number; max: number; n: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { p50: q(0.5), p95: q(0.95), max: sorted.at(-1) ?? 0, n: sorted.length };
}

/** Peak RSS while `p` runs (sampled every 20 ms). */
async function peakRss<T>(p: Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    return { value: await p, peak: Math.max(peak, process.memoryUsage.rss()) };
  } finally {
    clearInterval(timer);
  }
}

export async function redemptionsBench(report: Report): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-bench-redemptions-'));
  try {
    // The job worker as built for the app (from source, each worker would first compile its modules through tsx).
    const workerFile = await builtWorker();
    const running = await createCore({ dataDir: path.join(dir, 'core'), firstRun: 'demo', quietLog: true, workerFile });
    const known = (running.core.db.$client.prepare('SELECT code FROM voucher_codes ORDER BY id LIMIT 40').pluck().all() as string[]) ?? [];
    const file = path.join(dir, 'orders_export_1.csv');
    let t = performance.now();
    // BENCH_REDEMPTION_ROWS: a smaller file on a loaded machine (the ratio and the memory trend).
    const rows = Number(process.env.BENCH_REDEMPTION_ROWS ?? 1_000_000);
    const gen = generate(file, rows, known, { oneOrderPerRow: true });
    const size = fs.statSync(file).size;
    report(`redemptions: generate ${rows.toLocaleString('en')} Shopify rows`, performance.now() - t, 'ms', `${(size / 1024 / 1024).toFixed(1)} MiB, 79 columns, one order per row, ${gen.coded} with a code`);

    // Reference: the sqlite3 shell importing the same file into a bare table.
    const refDb = path.join(dir, 'reference.db');
    t = performance.now();
    // Through /usr/bin/time for its CPU time: on a loaded machine wall times say little, CPU times compare.
    const timed = fs.existsSync('/usr/bin/time');
    const sh = timed
      ? spawnSync('/usr/bin/time', ['-f', '%U %S', '/usr/bin/sqlite3', refDb, '.mode csv', `.import ${file} orders`], { encoding: 'utf8' })
      : spawnSync('/usr/bin/sqlite3', [refDb, '.mode csv', `.import ${file} orders`], { encoding: 'utf8' });
    const shellMs = performance.now() - t;
    if (sh.status !== 0) throw new Error(`sqlite3 .import failed: ${sh.stderr}`);
    const [user, sys] = timed ? sh.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) : [NaN, NaN];
    const shellCpuMs = (user + sys) * 1000;
    report('redemptions: sqlite3 shell .import (reference)', shellMs, 'ms', `bare table, all 79 columns as text; CPU ${shellCpuMs.toFixed(0)} ms`);

    t = performance.now();
    const fileId = await uploadFile(running, file);
    report('redemptions: upload through the API (4 MiB chunks)', performance.now() - t, 'ms', 'base64 chunks, SHA-256 computed while uploading');

    const mapping = Object.fromEntries(REDEMPTION_FIELDS.map((f) => [f, '']));
    const input = { fileId, format: 'shopify', shop: 'Bench shop', mapping };
    await inspected(running, fileId);
    const rssBefore = process.memoryUsage.rss();
    const dry = await peakRss(job(running, 'redemptions.dryRun', input));
    report('redemptions: dry run job', dry.value.ms, 'ms', `${dry.value.value.report.orders} orders, ${dry.value.value.report.inserted} would be new; CPU ${dry.value.cpuMs.toFixed(0)} ms`);
    report('redemptions: dry run / sqlite3 .import', dry.value.ms / shellMs, 'x', '');

    // The same user writes with no import running: the latency the user is used to (at least 1.5 s and 30 writes).
    const quietUntil = performance.now() + 1500;
    const idle = quantiles(await userWrites(running, (writes) => performance.now() > quietUntil && writes >= 30, 'idle'));

    // The import, while the user writes (an influencer every 25 ms) through the dispatcher.
    let done = false;
    const imported = job(running, 'redemptions.import', input).finally(() => (done = true));
    const during = quantiles(await userWrites(running, () => done, 'import'));
    const imp = await peakRss(imported);
    const v = imp.value;
    report('redemptions: import job (worker, chunked publish)', v.ms, 'ms', `${v.value.report.inserted} redemptions inserted, ${v.value.report.rejected} rejected; CPU ${v.cpuMs.toFixed(0)} ms`);
    report('redemptions: import, backup before it', v.startedMs, 'ms', 'until the job starts (part of the import job)');
    report('redemptions: import, phases', v.ms, 'ms', phaseNote(v.phases));
    report('redemptions: import / sqlite3 .import', v.ms / shellMs, 'x', 'target ≤ 0.5');
    report('redemptions: import / sqlite3 .import, CPU', v.cpuMs / shellCpuMs, 'x', 'whole process (the user writes during the import included)');
    report('redemptions: peak RSS during dry run', dry.peak / 1048576, 'MiB', `before the jobs ${(rssBefore / 1048576).toFixed(0)} MiB`);
    report('redemptions: peak RSS during import', imp.peak / 1048576, 'MiB', 'flat in file size: compare with BENCH_REDEMPTION_ROWS=200000');
    report('redemptions: user write, no import, p50', idle.p50, 'ms', `${idle.n} writes (influencers.create)`);
    report('redemptions: user write during import, p50', during.p50, 'ms', `${during.n} writes (influencers.create)`);
    report('redemptions: user write, no import, p95', idle.p95, 'ms', '');
    report('redemptions: user write during import, p95', during.p95, 'ms', 'target ≤ 200');
    report('redemptions: user write, no import, max', idle.max, 'ms', '');
    report('redemptions: user write during import, max', during.max, 'ms', 'target ≤ 200');

    // The same import without the simulated user (same file, a second shop: as many new orders, no lock hand-over).
    const aloneFileId = await uploadFile(running, file);
    // As the wizard does it: the file inspected and dry-run before it is imported.
    await inspected(running, aloneFileId);
    await job(running, 'redemptions.dryRun', { ...input, fileId: aloneFileId, shop: 'Bench shop alone' });
    const alone = await job(running, 'redemptions.import', { ...input, fileId: aloneFileId, shop: 'Bench shop alone' });
    report('redemptions: import job alone (no user writes)', alone.ms, 'ms', `${alone.value.report.inserted} redemptions inserted (a second shop); CPU ${alone.cpuMs.toFixed(0)} ms; backup before it ${alone.startedMs.toFixed(0)} ms`);
    report('redemptions: import job alone, phases', alone.ms, 'ms', phaseNote(alone.phases));
    report('redemptions: import job alone / sqlite3 .import', alone.ms / shellMs, 'x', 'target ≤ 0.5');
    report('redemptions: import job alone / sqlite3 .import, CPU', alone.cpuMs / shellCpuMs, 'x', 'whole process');

    t = performance.now();
    const again = await uploadFile(running, file);
    const fin = await running.dispatch('uploads.finish', { fileId: again });
    const known2 = fin.ok ? (fin.value as { alreadyImported: { batchId: number } | null }).alreadyImported : null;
    report('redemptions: upload + same file recognised', performance.now() - t, 'ms', known2 ? `imported before as batch #${known2.batchId}, no parsing` : 'NOT recognised');
    await inspected(running, again);
    const second = await job(running, 'redemptions.import', { ...input, fileId: again });
    report('redemptions: same file again (idempotent)', second.ms, 'ms', `${second.value.report.inserted} inserted, ${second.value.report.unchanged} unchanged`);
    report('redemptions: peak RSS of the process', process.resourceUsage().maxRSS / 1024, 'MiB', 'main + worker threads, whole bench (file generation included)');
    await running.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
