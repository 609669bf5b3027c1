/**
 * Dry run and import of a shop export, in a job worker: the file is streamed once through the record layer
 * (records.ts); each order with a code becomes one redemption per (shop, order id, code), compared with what is
 * stored. Every row is accounted for (RowAccounting): stored order, rejected (line, reason, redacted cells) or
 * ignored (why).
 *
 * Writing (issue 9): the import never holds the write lock for the whole file. The batch row is created as
 * 'running'; new redemptions, revisions and rejects are written in chunks (sized to take about 25 ms each while
 * the user's writes wait, 100 ms while nobody waits, nextChunkSize), each in its own short `write()` transaction,
 * while the file is read — so the user's own writes get the lock between chunks — and no reader sees them while the batch runs (db/sql.ts PUBLISHED_REDEMPTION). The final short
 * transaction applies the changes to orders stored earlier, adds the assigned codes (which link the batch's
 * orders), marks the batch 'done' and remembers the mapping. A batch that fails (or a lost-rows import the user did not confirm) is
 * discarded at once; one left 'running' by a crash is discarded at the next start-up (imports/recovery.ts), so a
 * batch is whole or absent. Undo works on 'done' batches as before.
 *
 * Figures (DryRunReport and the batch counts):
 * - orders: order groups read (rejected ones excluded); ordersWithCode: orders with at least one code (an order
 *   with two codes is one order); redemptions: order × code pairs.
 * - withKnownCode: orders with at least one code someone holds (or the wizard assigns); withUnknownCode: the rest.
 * - revenueMinor: total − refunded over orders with a code whose status counts as a sale (SALE_STATUSES).
 * - inserted / updated / unchanged: per redemption; ordersNew / ordersChanged / ordersUnchanged: per order.
 *
 * Over 400 lines because the read → account → write pipeline shares one set of counters; the statements live in
 * queries.ts, the per-redemption comparison in compare.ts, the final transaction in publish.ts, the reading in
 * parse-source.ts (and the record layer below it).
 */
import type { Db } from '../db/connection';
import type { DryRunReport, ParsedInputOf, RedemptionField, RowAccounting, ShopFormat } from '../../shared/contract';
import { LOST_ROWS_WITHOUT_CONFIRMATION } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { SALE_STATUSES } from '../insights/kpis';
import { finishedUpload } from '../imports/uploads';
import { sniffFile } from './csv-stream';
import type { Mapping } from './formats';
import type { ParsedOrder, RejectedRow } from './assemble';
import { parseShopFile, type ParseBatch, type ParseInput, type PeriodEnd } from './parse-source';
import { parseInThread } from './parse-thread';
import { jobChunk, write, writesWaiting } from '../db/write';
import { passGate } from '../jobs/gate';
import { accountingToCounts, discardUnfinishedBatch } from '../imports/batches';
import { discardUpload } from '../imports/uploads';
import { classifyCode, parseInstant, type CodeVerdict } from './values';
import { codeKey, shopKey } from '../../shared/codes';
import { addDay, leaksFor, type DailyCounts } from './leaks';
import { compareAndWrite, insertNew, type DeferredChange, type KnownCode } from './compare';
import { SeenIds } from './seen-ids';
import { publishBatch, type PublishFigures } from './publish';
import { codeRows, importStatements, insertRunningBatch, RedemptionInserter, runningRedemptionBatch, shopHasRedemptions, type StoredRedemption } from './queries';
import type { Progress } from '../jobs/protocol';

export type RunParams = ParsedInputOf<'redemptions.import'>;
export const REPORT_REJECTS_MAX = 200;
export const STORED_REJECTS_MAX = 10_000;
/** Redemptions in the first write transaction; later chunks are sized by time (nextChunkSize). */
export const PUBLISH_CHUNK = 500;
/**
 * A chunk's writing should take about this long: short while the user's writes wait for the lock (each waits for
 * at most one chunk), longer while nobody waits, to amortise the commit (each rewrites the index pages it touched).
 * 50 ms, not 25: at 1,000,000 rows with a write every 25 ms the import took 5.1 s instead of 5.7 s, the user's
 * writes p95 48 / max 66 ms instead of 32 / 42 ms — far inside the 200 ms a write may take (bench/redemptions.ts).
 */
const CHUNK_TARGET_MS = 50;
const CHUNK_TARGET_UNCONTENDED_MS = 100;
/**
 * Redemptions written between two WAL checkpoints of an import. SQLite copies the WAL back into the database file
 * (and syncs it) inside the commit that finds it over 1,000 pages: for an import every few chunks, with the write
 * lock held. During an import a PASSIVE checkpoint outside the lock is asked for about every 20 MiB of WAL (in a job
 * it runs in a quiet worker, jobs/runner.ts, and the import goes on writing meanwhile); the rest is copied once the
 * job ended (the main connection's automatic checkpoint is held meanwhile, redemptions/handlers.ts).
 */
const IMPORT_CHECKPOINT_EVERY = 20_000;
/** A user's write seen waiting this recently keeps the chunks at CHUNK_TARGET_MS (someone is typing). */
const CONTENDED_MS = 1000;
const CHUNK_MIN = 250;
const CHUNK_MAX = 32_000;

/**
 * The next chunk's size from how long the last one's writing took and whether a user's write waited for the lock
 * meanwhile (`contended`): the code and card indexes are touched all over, so fewer, larger chunks cost less — as
 * long as one stays around the target on this machine now. A chunk that took far too long for a waiting write is
 * scaled down at once to the target (not halved step by step), so the user's next write does not wait twice.
 */
export function nextChunkSize(size: number, tookMs: number, contended = true): number {
  const target = contended ? CHUNK_TARGET_MS : CHUNK_TARGET_UNCONTENDED_MS;
  if (tookMs < target / 2) return Math.min(CHUNK_MAX, size * 2);
  if (tookMs > target * 1.5) return Math.max(CHUNK_MIN, Math.floor((size * target) / tookMs));
  return size;
}

const SALE = new Set<string>(SALE_STATUSES);

/** An unknown code while reading: its orders, revenue and the earliest and latest order (compared in UTC). */
interface UnknownTally {
  code: string;
  orders: number;
  revenueMinor: number;
  first: Pick<ParsedOrder, 'orderedAt' | 'orderedAtUtc'>;
  last: Pick<ParsedOrder, 'orderedAt' | 'orderedAtUtc'>;
}

/** Where an import's time went (ms from the call; bench/redemptions.ts prints them). */
export interface PhaseFigures {
  /** Until the last batch of the file was read. */
  readMs: number;
  /** Writing the chunks (inside the lock), in all. */
  writeMs: number;
  /** Waiting for the reader's next batch. */
  waitReadMs: number;
  /** Preparing the KPI roll-up and the final transaction. */
  publishMs: number;
  /** Copying the WAL back into the database file (outside the lock); in a job only asking a quiet worker for it. */
  checkpointMs: number;
  totalMs: number;
}

export interface RunResult {
  report: DryRunReport;
  batchId: number | null;
  /** An import's final transaction (null for a dry run). */
  publish: PublishFigures | null;
  phases: PhaseFigures;
}

function loadCodes(db: Db): Map<string, KnownCode> {
  return new Map(codeRows(db).map((r) => [r.norm, { id: r.id, collaborationId: r.collaborationId }]));
}

function fileOrThrow(dataDir: string, fileId: string) {
  return finishedUpload(dataDir, fileId);
}

/** Reads, checks and (for an import) writes. `mode` decides whether anything is written. */
/**
 * Files from this size on are read in a thread of their own when the caller names the worker entry
 * (`workerFile`); smaller ones are read before a thread would have started. KOLLAB_PARSE_THREAD_MIN_BYTES sets
 * another size (tests run small files through the thread with 0).
 */
export function parseThreadMinBytes(): number {
  const set = process.env.KOLLAB_PARSE_THREAD_MIN_BYTES;
  return set ? Number(set) : 8 * 1024 * 1024;
}

export async function runRedemptions(
  db: Db,
  params: RunParams,
  dataDir: string,
  progress: Progress,
  mode: 'dryRun' | 'import',
  /** onPrepared (tests): called before each attempt at the final transaction, after the roll-up was prepared for it. */
  /** gate: the import writes nothing before it is open (jobs/gate.ts). requestCheckpoint: a checkpoint on another thread (a job's TaskContext). */
  opts: { workerFile?: string; onPrepared?: (attempt: number) => void; gate?: Int32Array; requestCheckpoint?: () => void } = {},
): Promise<RunResult> {
  const upload = fileOrThrow(dataDir, params.fileId);
  const sniff = sniffFile(upload.file);
  if (upload.sizeBytes === 0 || sniff.text.trim() === '') throw new DomainError('INVALID_INPUT', `${upload.fileName} is empty.`, { field: 'fileId', key: 'imports.empty', params: { file: upload.fileName } });
  if (sniff.binary) throw new DomainError('INVALID_INPUT', `${upload.fileName} is not a CSV file (it contains binary data).`, { field: 'fileId', key: 'imports.binary', params: { file: upload.fileName } });
  // The shop's identity in the redemption key; the batch keeps the spelling the user chose.
  const shop = shopKey(params.shop);
  const shopName = params.shop.trim().replace(/\s+/g, ' ');
  const st = importStatements(db);
  const codes = loadCodes(db);
  const assigned = new Set(params.assign.map((a) => codeKey(a.code)));
  const isKnown = (norm: string) => codes.has(norm) || assigned.has(norm);

  const t0 = performance.now();
  const phases: PhaseFigures = { readMs: 0, writeMs: 0, waitReadMs: 0, publishMs: 0, checkpointMs: 0, totalMs: 0 };
  const checkpoint = () => {
    const s = performance.now();
    // in a job: by a quiet worker, without waiting for it (jobs/runner.ts); else on this connection
    if (opts.requestCheckpoint) opts.requestCheckpoint();
    else db.$client.pragma('wal_checkpoint(PASSIVE)');
    phases.checkpointMs += performance.now() - s;
  };
  let batchId: number | null = null;
  let publishFigures: PublishFigures | null = null;
  let freshShop = false;
  const autoCheckpoint = mode === 'import' ? Number(db.$client.pragma('wal_autocheckpoint', { simple: true })) : 0;
  if (mode === 'import') db.$client.pragma('wal_autocheckpoint = 0');
  let sinceCheckpoint = 0;
  try {
    /**
     * An import's batch row, created before its first write: after the gate (jobs/gate.ts — the backup before the
     * import is done; the file is read meanwhile).
     */
    const begin = async () => {
      await passGate(opts.gate);
      batchId = write(db, () => {
        if (runningRedemptionBatch(db) !== undefined) throw new DomainError('CONFLICT', 'Another import is still running.', { key: 'imports.alreadyRunning' });
        // Only a running import writes redemptions, one at a time: a shop without any when this one starts has
        // none to compare with until it ends, so its chunks skip the lookup of stored orders.
        freshShop = !shopHasRedemptions(db, shop);
        return insertRunningBatch(db, {
          fileName: upload.fileName,
          fileHash: upload.sha256,
          fileSize: upload.sizeBytes,
          format: params.format,
          encoding: sniff.encoding,
          delimiter: sniff.delimiter,
          shop: shopName,
          mapping: JSON.stringify(params.mapping ?? {}),
        });
      });
    };
    if (mode === 'dryRun') freshShop = !shopHasRedemptions(db, shop);

    // ---- report state ---------------------------------------------------------------------------
    const n = { orders: 0, withCode: 0, noCode: 0, labelOnly: 0, duplicate: 0, redemptions: 0, withKnown: 0, withUnknown: 0 };
    const per = { inserted: 0, updated: 0, unchanged: 0, ordersNew: 0, ordersChanged: 0, ordersUnchanged: 0 };
    const rows = { read: 0, rejected: 0, blank: 0, repeatedHeader: 0 };
    let revenue = 0;
    let storedRejects = 0;
    // The file's period (parse-source.ts): `at` is the order's text as the report shows it; for an order without
    // a code it is made from `raw` here.
    const periodText = (p: PeriodEnd) => (p.at ?? (p.raw ? (parseInstant(p.raw)?.local ?? null) : null));
    const unknown = new Map<string, UnknownTally>();
    const labels = new Map<string, number>();
    const rejects: DryRunReport['rejects'] = [];
    const daily: DailyCounts = new Map();
    /** Orders with a code seen in this file: the same order again later is a duplicate row. */
    const seenOrders = new SeenIds();
    /** Whether an order carries two codes held on cards or more (its revenue is split between them): the publish's roll-up needs the split. */
    let splitOrders = false;

    // ---- chunked publishing ---------------------------------------------------------------------
    let pending: { o: ParsedOrder; norms: string[] }[] = [];
    let pendingRedemptions = 0;
    let chunkSize = PUBLISH_CHUNK;
    /** When a user's write was last seen waiting for the lock: chunks stay short for a second after (CONTENDED_MS). */
    let waitedAt = -Infinity;
    const contended = () => {
      if (writesWaiting()) waitedAt = performance.now();
      return performance.now() - waitedAt < CONTENDED_MS;
    };
    let pendingRejects: RejectedRow[] = [];
    /** Changes to stored orders, applied in the final transaction: until then readers see the old values. */
    const deferred: DeferredChange[] = [];
    const apply = () => {
      // What is stored for the chunk's orders: one query per chunk instead of one per redemption.
      const stored = new Map<string, StoredRedemption>();
      if (pending.length && !freshShop) {
        const found = st.lookup.all(shop, JSON.stringify(pending.map((p) => p.o.orderId)));
        for (const r of found) stored.set(`${r.orderId}\u0000${r.norm}`, r);
      }
      const inserter = batchId !== null ? new RedemptionInserter(st, shop, batchId) : null;
      for (const { o, norms } of pending) {
        if (freshShop) {
          // Nothing of this shop was stored when the import began (and only it writes orders): every one is new.
          if (inserter) for (const norm of norms) insertNew(inserter, o, norm, codes.get(norm));
          per.inserted += norms.length;
          per.ordersNew++;
          continue;
        }
        let kind: 'new' | 'changed' | 'same' = 'same';
        for (const norm of norms) {
          const k = compareAndWrite(st, batchId, o, norm, stored.get(`${o.orderId}\u0000${norm}`), codes.get(norm), deferred, inserter);
          per[k === 'new' ? 'inserted' : k === 'changed' ? 'updated' : 'unchanged']++;
          if (k === 'new') kind = 'new';
          else if (k === 'changed' && kind === 'same') kind = 'changed';
        }
        per[kind === 'new' ? 'ordersNew' : kind === 'changed' ? 'ordersChanged' : 'ordersUnchanged']++;
      }
      // The chunk's new redemptions not yet written (the inserter writes INSERT_BLOCK a statement, in the order read)
      inserter?.flush();
      if (batchId !== null) {
        for (const r of pendingRejects) {
          if (storedRejects++ < STORED_REJECTS_MAX) st.reject.run(batchId, r.row, r.reason, r.code, JSON.stringify(r.params), r.raw);
        }
      }
      pending = [];
      pendingRedemptions = 0;
      pendingRejects = [];
    };
    const publish = () => {
      if (pending.length === 0 && pendingRejects.length === 0) return;
      const timed = () => {
        const started = performance.now();
        apply();
        const took = performance.now() - started;
        phases.writeMs += took;
        chunkSize = nextChunkSize(chunkSize, took, contended());
      };
      if (batchId === null) return timed(); // dry run: reads only
      // A user's write waiting for the lock goes first (db/write.ts jobChunk), then this chunk takes it for a few ms.
      contended();
      sinceCheckpoint += pendingRedemptions;
      jobChunk(db, timed);
      if (sinceCheckpoint >= IMPORT_CHECKPOINT_EVERY) {
        sinceCheckpoint = 0;
        checkpoint();
      }
    };

    const onReject = (r: RejectedRow) => {
      rows.rejected++;
      if (rejects.length < REPORT_REJECTS_MAX) rejects.push({ row: r.row, line: r.row, reason: r.reason, code: r.code, params: r.params, raw: r.raw });
      pendingRejects.push(r);
    };

    /** classifyCode per distinct cell value: a file repeats its few codes on every coded order. */
    const verdicts = new Map<string, CodeVerdict>();
    const classify = (raw: string): CodeVerdict => {
      let v = verdicts.get(raw);
      if (v === undefined) {
        v = classifyCode(raw, isKnown);
        if (verdicts.size < 100_000) verdicts.set(raw, v);
      }
      return v;
    };

    /** An order with a code (orders and their period and currencies are counted in parse-source.ts). */
    const onOrder = (o: ParsedOrder) => {
      const norms: string[] = [];
      let seenLabels: string[] | null = null;
      for (const raw of o.codes) {
        const v = classify(raw);
        if (v.kind === 'label') {
          if (!seenLabels?.includes(v.label)) {
            (seenLabels ??= []).push(v.label);
            labels.set(v.label, (labels.get(v.label) ?? 0) + 1);
          }
        } else if (!norms.includes(v.norm)) norms.push(v.norm);
      }
      if (o.codes.length === 0) return void n.noCode++;
      if (norms.length === 0) return void n.labelOnly++;
      if (!seenOrders.addIfNew(o.orderId)) return void n.duplicate++;
      if (!splitOrders && norms.length > 1) splitOrders = norms.filter((x) => codes.has(x)).length > 1;
      n.withCode++;
      n.redemptions += norms.length;
      const net = SALE.has(o.status) ? o.totalMinor - o.refundedMinor : 0;
      revenue += net;
      if (norms.some(isKnown)) n.withKnown++;
      else n.withUnknown++;
      const day = o.orderedAt.slice(0, 10);
      for (const norm of norms) {
        if (codes.has(norm)) addDay(daily, norm, day);
        else if (!assigned.has(norm)) {
          const u = unknown.get(norm) ?? { code: norm, orders: 0, revenueMinor: 0, first: o, last: o };
          u.orders++;
          u.revenueMinor += net;
          if (o.orderedAtUtc < u.first.orderedAtUtc) u.first = o;
          if (o.orderedAtUtc > u.last.orderedAtUtc) u.last = o;
          unknown.set(norm, u);
        }
      }
      pending.push({ o, norms });
      pendingRedemptions += norms.length;
      if (pendingRedemptions >= chunkSize) publish();
    };

    // ---- read (parse-source.ts), in a thread of its own for a large file ---------------------------
    const input: ParseInput = { file: upload.file, fileName: upload.fileName, encoding: sniff.encoding, delimiter: sniff.delimiter, format: params.format, mapping: params.mapping ?? {} };
    let waitingSince = performance.now();
    const onBatch = async (b: ParseBatch) => {
      phases.waitReadMs += performance.now() - waitingSince;
      if (mode === 'import' && batchId === null) {
        // Read while the backup before the import is written (jobs/gate.ts): how far, before waiting for it.
        progress(b.bytes, upload.sizeBytes, 'reading');
        await begin();
      }
      for (const r of b.rejects) onReject(r);
      for (const o of b.orders) onOrder(o);
      progress(b.bytes, upload.sizeBytes, mode === 'import' ? 'importing' : 'reading');
      // Let the event loop breathe (progress messages) between chunks of the file.
      if (batchId !== null) await new Promise((r) => setImmediate(r));
      waitingSince = performance.now();
    };
    const threadFile = upload.sizeBytes >= parseThreadMinBytes() ? opts.workerFile : undefined;
    const end = threadFile ? await parseInThread(threadFile, input, onBatch) : await parseShopFile(input, onBatch);
    const { bytes, headers } = end;
    phases.readMs = performance.now() - t0;
    n.orders = end.orders;
    n.noCode += end.plain;
    rows.read = end.rowsRead;
    rows.blank = end.blank;
    rows.repeatedHeader = end.repeatedHeader;
    publish();
    progress(bytes, upload.sizeBytes, 'finishing');

    const ignored = {
      no_code: n.noCode,
      shop_label: n.labelOnly,
      continuation: end.continuation,
      duplicate: n.duplicate,
      repeated_header: rows.repeatedHeader,
      blank: rows.blank,
    };
    const rowsIgnored = Object.values(ignored).reduce((a, b) => a + b, 0);
    const accounting: RowAccounting = {
      rowsRead: rows.read,
      ordersStored: n.withCode,
      rowsRejected: rows.rejected,
      rowsIgnored,
      ignored,
      lostRows: rows.rejected,
      needsConfirmation: rows.rejected > LOST_ROWS_WITHOUT_CONFIRMATION,
    };
    if (accounting.rowsRead !== accounting.ordersStored + accounting.rowsRejected + accounting.rowsIgnored) {
      throw new Error(`row accounting does not add up: ${JSON.stringify(accounting)}`);
    }
    const topCurrency = [...end.currencies].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const report: DryRunReport = {
      rows: rows.read,
      orders: n.orders,
      ordersWithCode: n.withCode,
      ordersWithoutCode: n.orders - n.withCode,
      redemptions: n.redemptions,
      ordersNew: per.ordersNew,
      ordersChanged: per.ordersChanged,
      ordersUnchanged: per.ordersUnchanged,
      accounting,
      withKnownCode: n.withKnown,
      withUnknownCode: n.withUnknown,
      unknownCodes: [...unknown.values()]
        .sort((a, b) => b.orders - a.orders || (a.code < b.code ? -1 : 1))
        .map((u) => ({ code: u.code, orders: u.orders, revenueMinor: u.revenueMinor, firstOrderAt: u.first.orderedAt, lastOrderAt: u.last.orderedAt })),
      ignoredLabels: [...labels.entries()].map(([label, k]) => ({ label, orders: k })).sort((a, b) => b.orders - a.orders),
      rejected: rows.rejected,
      rejects: rejects.sort((a, b) => a.row - b.row),
      firstOrderAt: periodText(end.first),
      lastOrderAt: periodText(end.last),
      currency: topCurrency,
      revenueMinor: revenue,
      inserted: per.inserted,
      updated: per.updated,
      unchanged: per.unchanged,
      leaks: leaksFor(db, daily),
    };

    if (batchId !== null) {
      const allowed = Math.max(LOST_ROWS_WITHOUT_CONFIRMATION, params.confirmLostRows ?? 0);
      if (accounting.lostRows > allowed) {
        throw new DomainError('INVALID_INPUT', `This file would lose ${accounting.lostRows} rows that cannot be read; confirm to import the rest.`, {
          field: 'confirmLostRows',
          key: 'imports.lostRowsUnconfirmed',
          params: { rows: accounting.lostRows },
        });
      }
      const counts = {
        rows: rows.read,
        orders: n.orders,
        ordersWithCode: n.withCode,
        redemptions: n.redemptions,
        ...per,
        unknownCodes: unknown.size,
        rejected: rows.rejected,
        revenueMinor: revenue,
        withKnownCode: n.withKnown,
        withUnknownCode: n.withUnknown,
        ignoredLabels: [...labels.values()].reduce((a, b) => a + b, 0),
        ...accountingToCounts(accounting),
      };
      const publishStarted = performance.now();
      publishFigures = publishBatch(db, { batchId, params, deferred, ownOrders: freshShop, splitOrders, counts, headers, shop, st, onPrepared: opts.onPrepared });
      phases.publishMs = performance.now() - publishStarted;
      // The batch's last pages are copied back into the database file after the job (redemptions/handlers.ts):
      // the orders are stored and published once committed, and the user need not wait for the copy.
      // Privacy: the export (customers' names and addresses) is not kept once its import is done.
      discardUpload(dataDir, params.fileId);
    }
    phases.totalMs = performance.now() - t0;
    return { report, batchId, publish: publishFigures, phases };
  } catch (err) {
    if (batchId !== null) discardUnfinishedBatch(db, batchId);
    throw err;
  } finally {
    if (mode === 'import') db.$client.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  }
}

export type { RedemptionField, ShopFormat, Mapping };
// The final transaction's figures and the signature of remembered mappings live in publish.ts.
export { PREPARE_ATTEMPTS, redemptionSignature, type PublishFigures } from './publish';
