/**
 * Dry run and import of a shop export, in a job worker: the file is streamed once; each order with a code
 * becomes one redemption per (shop, order id, code), compared with what is stored.
 *
 * The import runs in ONE transaction (BEGIN IMMEDIATE … COMMIT around the streamed read): assigned codes,
 * the batch row, inserts, updates with their revisions, rejects and the remembered mapping commit together or
 * not at all. While it runs, other writers wait (busy timeout); readers carry on (WAL).
 *
 * Figures (DryRunReport and the batch counts):
 * - rows: non-empty data records; orders: order groups read (rejected ones excluded).
 * - withKnownCode: orders with at least one code someone holds; withUnknownCode: orders with codes, none known.
 * - revenueMinor: total − refunded over orders with a code (known or unknown) whose status counts as a sale
 *   (SALE_STATUSES, as in the KPIs); each order once, whatever the number of codes.
 * - inserted / updated / unchanged: per redemption (order × code).
 */
import type { Db } from '../db/connection';
import type { DryRunReport, ParsedInputOf, RedemptionField, ShopFormat } from '../../shared/contract';
import { LOST_ROWS_WITHOUT_CONFIRMATION } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { SALE_STATUSES } from '../insights/kpis';
import { headerSignature } from '../influencers/transfer';
import { addCode } from '../collaborations/codes';
import { finishedUpload } from '../imports/uploads';
import { sniffFile, streamRecords } from './csv-stream';
import { detectFormat, FormatError, rowReader, type Mapping } from './formats';
import { OrderAssembler, type ParsedOrder, type RejectedRow } from './assemble';
import { classifyCode } from './values';
import { shopKey } from '../../shared/codes';
import { addDay, leaksFor, type DailyCounts } from './leaks';
import type { Progress } from '../jobs/protocol';

export type RunParams = ParsedInputOf<'redemptions.import'>;
export const REPORT_REJECTS_MAX = 200;
export const STORED_REJECTS_MAX = 10_000;
const PROGRESS_EVERY_ROWS = 50_000;

const SALE = new Set<string>(SALE_STATUSES);

interface KnownCode {
  id: number;
  collaborationId: number;
}

interface Stored {
  id: number;
  status: string;
  total: number;
  subtotal: number;
  discount: number;
  refunded: number;
  currency: string;
  orderedAt: string;
  orderedAtUtc: string;
  voucherCodeId: number | null;
  collaborationId: number | null;
  updatedBatchId: number | null;
}

export interface RunResult {
  report: DryRunReport;
  batchId: number | null;
}

function loadCodes(db: Db): Map<string, KnownCode> {
  const rows = db.$client.prepare('SELECT id, collaboration_id AS collaborationId, code_norm AS norm FROM voucher_codes').all() as (KnownCode & { norm: string })[];
  return new Map(rows.map((r) => [r.norm, { id: r.id, collaborationId: r.collaborationId }]));
}

function fileOrThrow(dataDir: string, fileId: string) {
  return finishedUpload(dataDir, fileId);
}

/** Reads, checks and (for an import) writes. `mode` decides whether anything is written. */
export async function runRedemptions(db: Db, params: RunParams, dataDir: string, progress: Progress, mode: 'dryRun' | 'import'): Promise<RunResult> {
  const upload = fileOrThrow(dataDir, params.fileId);
  const sniff = sniffFile(upload.file);
  if (upload.sizeBytes === 0 || sniff.text.trim() === '') throw new DomainError('INVALID_INPUT', `${upload.fileName} is empty.`, { field: 'fileId' });
  if (sniff.binary) throw new DomainError('INVALID_INPUT', `${upload.fileName} is not a CSV file (it contains binary data).`, { field: 'fileId' });
  // The shop's identity in the redemption key; the batch keeps the spelling the user chose.
  const shop = shopKey(params.shop);
  const shopName = params.shop.trim().replace(/\s+/g, ' ');
  const c = db.$client;

  // ---- statements -------------------------------------------------------------------------------
  const lookup = c.prepare(
    `SELECT id, status, total_minor AS total, subtotal_minor AS subtotal, discount_minor AS discount, refunded_minor AS refunded, currency,
            ordered_at AS orderedAt, ordered_at_utc AS orderedAtUtc, voucher_code_id AS voucherCodeId, collaboration_id AS collaborationId,
            updated_batch_id AS updatedBatchId
     FROM redemptions WHERE shop = ? AND order_id = ? AND code_norm = ?`,
  );
  const insert = c.prepare(
    `INSERT INTO redemptions (shop, order_id, code_norm, voucher_code_id, collaboration_id, ordered_at, ordered_at_utc, currency,
                              total_minor, subtotal_minor, discount_minor, refunded_minor, status, batch_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = c.prepare(
    `UPDATE redemptions SET voucher_code_id = ?, collaboration_id = ?, ordered_at = ?, ordered_at_utc = ?, currency = ?, total_minor = ?,
            subtotal_minor = ?, discount_minor = ?, refunded_minor = ?, status = ?, updated_batch_id = ? WHERE id = ?`,
  );
  const relink = c.prepare('UPDATE redemptions SET voucher_code_id = ?, collaboration_id = ? WHERE id = ?');
  const revision = c.prepare('INSERT INTO redemption_revisions (redemption_id, batch_id, before) VALUES (?, ?, ?)');
  const rejectStmt = c.prepare('INSERT INTO import_rejects (batch_id, row_number, reason, code, params, raw) VALUES (?, ?, ?, ?, ?, ?)');

  let began = false;
  let batchId: number | null = null;
  try {
    if (mode === 'import') {
      // The worker's own connection: a larger page cache keeps a big transaction from spilling pages early.
      c.pragma('cache_size = -65536');
      c.exec('BEGIN IMMEDIATE');
      began = true;
      for (const a of params.assign) {
        try {
          addCode(db, { collaborationId: a.collaborationId, code: a.code, discountDescription: '' });
        } catch (err) {
          if (err instanceof DomainError) throw new DomainError(err.code, `Cannot assign ${a.code}: ${err.message}`, { field: 'assign', details: err.details });
          throw err;
        }
      }
      batchId = Number(
        c
          .prepare(
            `INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, encoding, delimiter, shop, status, mapping)
             VALUES ('redemptions', ?, ?, ?, ?, ?, ?, ?, 'running', ?)`,
          )
          .run(upload.fileName, upload.sha256, upload.sizeBytes, params.format, sniff.encoding, sniff.delimiter, shopName, JSON.stringify(params.mapping ?? {}))
          .lastInsertRowid,
      );
    }
    const codes = loadCodes(db);
    const isKnown = (norm: string) => codes.has(norm);

    // ---- report state ---------------------------------------------------------------------------
    let orders = 0;
    let ordersWithCode = 0;
    let noCode = 0;
    let labelOnly = 0;
    let redemptionCount = 0;
    let ordersNew = 0;
    let ordersChanged = 0;
    let ordersUnchanged = 0;
    let withKnown = 0;
    let withUnknown = 0;
    let inserted = 0;
    let updated = 0;
    let unchanged = 0;
    let revenue = 0;
    let rejected = 0;
    let storedRejects = 0;
    let firstUtc: string | null = null;
    let firstAt: string | null = null;
    let lastUtc: string | null = null;
    let lastAt: string | null = null;
    const currencies = new Map<string, number>();
    const unknown = new Map<string, { code: string; orders: number; revenueMinor: number }>();
    const labels = new Map<string, number>();
    const rejects: DryRunReport['rejects'] = [];
    const daily: DailyCounts = new Map();

    const onReject = (r: RejectedRow) => {
      rejected++;
      if (rejects.length < REPORT_REJECTS_MAX) rejects.push({ row: r.row, line: r.row, reason: r.reason, code: r.code, params: r.params });
      if (batchId !== null && storedRejects < STORED_REJECTS_MAX) {
        rejectStmt.run(batchId, r.row, r.reason, r.code, JSON.stringify(r.params), r.raw);
        storedRejects++;
      }
    };

    const onOrder = (o: ParsedOrder) => {
      orders++;
      if (firstUtc === null || o.orderedAtUtc < firstUtc) [firstUtc, firstAt] = [o.orderedAtUtc, o.orderedAt];
      if (lastUtc === null || o.orderedAtUtc > lastUtc) [lastUtc, lastAt] = [o.orderedAtUtc, o.orderedAt];
      currencies.set(o.currency, (currencies.get(o.currency) ?? 0) + 1);
      if (o.codes.length === 0) {
        noCode++;
        return;
      }
      const norms: string[] = [];
      const seenLabels = new Set<string>();
      for (const raw of o.codes) {
        const v = classifyCode(raw, isKnown);
        if (v.kind === 'label') {
          if (!seenLabels.has(v.label)) {
            seenLabels.add(v.label);
            labels.set(v.label, (labels.get(v.label) ?? 0) + 1);
          }
        } else if (!norms.includes(v.norm)) norms.push(v.norm);
      }
      if (norms.length === 0) {
        labelOnly++;
        return;
      }
      ordersWithCode++;
      redemptionCount += norms.length;
      let orderKind: 'new' | 'changed' | 'same' = 'same';
      const net = SALE.has(o.status) ? o.totalMinor - o.refundedMinor : 0;
      revenue += net;
      const anyKnown = norms.some(isKnown);
      if (anyKnown) withKnown++;
      else withUnknown++;
      const day = o.orderedAt.slice(0, 10);
      for (const norm of norms) {
        const known = codes.get(norm);
        if (known) addDay(daily, norm, day);
        else {
          const u = unknown.get(norm) ?? { code: norm, orders: 0, revenueMinor: 0 };
          u.orders++;
          u.revenueMinor += net;
          unknown.set(norm, u);
        }
        const s = lookup.get(shop, o.orderId, norm) as Stored | undefined;
        const vId = known?.id ?? null;
        const cId = known?.collaborationId ?? null;
        if (!s) {
          inserted++;
          orderKind = 'new';
          if (batchId !== null) {
            insert.run(shop, o.orderId, norm, vId, cId, o.orderedAt, o.orderedAtUtc, o.currency, o.totalMinor, o.subtotalMinor, o.discountMinor, o.refundedMinor, o.status, batchId);
          }
          continue;
        }
        const changed =
          s.status !== o.status ||
          s.total !== o.totalMinor ||
          s.subtotal !== o.subtotalMinor ||
          s.discount !== o.discountMinor ||
          s.refunded !== o.refundedMinor ||
          s.currency !== o.currency ||
          s.orderedAtUtc !== o.orderedAtUtc;
        if (!changed) {
          unchanged++;
          // A code assigned since the last import attributes the order without counting as a change.
          if (batchId !== null && vId !== null && s.voucherCodeId !== vId) relink.run(vId, cId, s.id);
          continue;
        }
        updated++;
        if (orderKind === 'same') orderKind = 'changed';
        if (batchId !== null) {
          const before = {
            status: s.status,
            total_minor: s.total,
            subtotal_minor: s.subtotal,
            discount_minor: s.discount,
            refunded_minor: s.refunded,
            currency: s.currency,
            ordered_at: s.orderedAt,
            ordered_at_utc: s.orderedAtUtc,
            voucher_code_id: s.voucherCodeId,
            collaboration_id: s.collaborationId,
            updated_batch_id: s.updatedBatchId,
          };
          revision.run(s.id, batchId, JSON.stringify(before));
          update.run(vId ?? s.voucherCodeId, vId !== null ? cId : s.collaborationId, o.orderedAt, o.orderedAtUtc, o.currency, o.totalMinor, o.subtotalMinor, o.discountMinor, o.refundedMinor, o.status, batchId, s.id);
        }
      }
      if (orderKind === 'new') ordersNew++;
      else if (orderKind === 'changed') ordersChanged++;
      else ordersUnchanged++;
    };

    // ---- stream -----------------------------------------------------------------------------------
    let assembler: OrderAssembler | null = null;
    let headers: string[] | null = null;
    let sinceProgress = 0;
    let bytesDone = 0;
    const { bytes } = await streamRecords(upload.file, {
      encoding: sniff.encoding,
      delimiter: sniff.delimiter,
      newline: sniff.newline,
      onRecord(cells, row, error) {
        if (!assembler) {
          if (cells.every((x) => x.trim() === '')) return;
          if (error) throw new DomainError('INVALID_INPUT', `The header row (row ${row}) cannot be read: ${error.message}.`, { field: 'fileId' });
          headers = cells.map((h) => h.replace(/^\uFEFF/, '').trim());
          const detected = detectFormat(headers);
          const noCode = detected.problems.find((p) => p.code === 'no_code_column');
          const codeMissing = params.format === 'generic' ? !params.mapping?.code : detected.format === params.format;
          if (noCode && (detected.note || codeMissing)) throw new DomainError('INVALID_INPUT', noCode.message, { field: 'format' });
          try {
            assembler = new OrderAssembler(rowReader(params.format, headers, params.mapping ?? {}), sniff.delimiter, onOrder, onReject, 'EUR');
          } catch (err) {
            if (err instanceof FormatError) throw new DomainError('INVALID_INPUT', err.message, { field: 'format' });
            throw err;
          }
          return;
        }
        assembler.push(cells, row, error);
        if (++sinceProgress >= PROGRESS_EVERY_ROWS) {
          sinceProgress = 0;
          progress(bytesDone, upload.sizeBytes, mode === 'import' ? 'importing' : 'reading');
        }
      },
      onChunk(done) {
        bytesDone = done;
      },
    });
    if (!assembler || !headers) throw new DomainError('INVALID_INPUT', `${upload.fileName} contains no rows.`, { field: 'fileId' });
    (assembler as OrderAssembler).finish();
    const rows = (assembler as OrderAssembler).rows;
    if (rows === 0) throw new DomainError('INVALID_INPUT', `${upload.fileName} has a header but no orders.`, { field: 'fileId' });
    progress(bytes, upload.sizeBytes, 'finishing');

    const topCurrency = [...currencies.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const ignored = { no_code: noCode, shop_label: labelOnly, continuation: (assembler as OrderAssembler).continuation, duplicate: 0, repeated_header: 0, blank: 0 };
    const rowsIgnored = Object.values(ignored).reduce((a, b) => a + b, 0);
    const accounting = {
      rowsRead: rows,
      ordersStored: ordersWithCode,
      rowsRejected: rejected,
      rowsIgnored,
      ignored,
      lostRows: rejected,
      needsConfirmation: rejected > LOST_ROWS_WITHOUT_CONFIRMATION,
    };
    const report: DryRunReport = {
      rows,
      orders,
      ordersWithCode,
      ordersWithoutCode: orders - ordersWithCode,
      redemptions: redemptionCount,
      ordersNew,
      ordersChanged,
      ordersUnchanged,
      accounting,
      withKnownCode: withKnown,
      withUnknownCode: withUnknown,
      unknownCodes: [...unknown.values()].sort((a, b) => b.orders - a.orders || (a.code < b.code ? -1 : 1)),
      ignoredLabels: [...labels.entries()].map(([label, n]) => ({ label, orders: n })).sort((a, b) => b.orders - a.orders),
      rejected,
      rejects: rejects.sort((a, b) => a.row - b.row),
      firstOrderAt: firstAt,
      lastOrderAt: lastAt,
      currency: topCurrency,
      revenueMinor: revenue,
      inserted,
      updated,
      unchanged,
      leaks: leaksFor(db, daily),
    };

    if (batchId !== null) {
      const counts = {
        rows,
        orders,
        inserted,
        updated,
        unchanged,
        unknownCodes: unknown.size,
        rejected,
        revenueMinor: revenue,
        withKnownCode: withKnown,
        withUnknownCode: withUnknown,
        ignoredLabels: [...labels.values()].reduce((a, b) => a + b, 0),
      };
      c.prepare("UPDATE import_batches SET status = 'done', counts = ?, finished_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?").run(JSON.stringify(counts), batchId);
      const remember = c.prepare(
        `INSERT INTO header_mappings (signature, kind, format, mapping) VALUES (?, 'redemptions', ?, ?)
         ON CONFLICT (signature) DO UPDATE SET kind = excluded.kind, format = excluded.format, mapping = excluded.mapping,
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
      );
      // Per shop (the next file of this shop), and for the header alone (another shop with the same export).
      remember.run(redemptionSignature(headers, shop), params.format, JSON.stringify(params.mapping ?? {}));
      remember.run(redemptionSignature(headers), params.format, JSON.stringify(params.mapping ?? {}));
      c.exec('COMMIT');
      began = false;
    }
    return { report, batchId };
  } catch (err) {
    if (began && c.inTransaction) c.exec('ROLLBACK');
    throw err;
  }
}

/**
 * Header signature for redemption mappings (kept apart from the influencer import's by a prefix); with a shop,
 * the signature of that shop's own remembered mapping.
 */
export function redemptionSignature(headers: readonly string[], shop?: string): string {
  return shop ? `r:${shopKey(shop)}:${headerSignature(headers)}` : `r:${headerSignature(headers)}`;
}

export type { RedemptionField, ShopFormat, Mapping };
