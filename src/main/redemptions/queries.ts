/**
 * The SQL of the shop import (run.ts), its first look (inspect.ts) and its leak check (leaks.ts), with typed
 * rows and parameters (statement generics, no casts).
 */
import type { Db } from '../db/connection';
import { parseJsonOr, redemptionMappingColumn } from '../db/json-columns';
import type { Mapping } from './formats';

/** A voucher code someone holds, by its normalised code. */
export interface CodeRow {
  id: number;
  collaborationId: number;
  norm: string;
}

/** What is stored for one (order, code) of the shop. */
export interface StoredRedemption {
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
  orderId: string;
  norm: string;
}

export interface CodeWindowRow {
  code: string;
  collaborationId: number;
  validFrom: string | null;
  validTo: string | null;
  collabStart: string | null;
  campaignStart: string | null;
  campaignEnd: string | null;
}

export function codeRows(db: Db): CodeRow[] {
  return db.$client.prepare<[], CodeRow>('SELECT id, collaboration_id AS collaborationId, code_norm AS norm FROM voucher_codes').all();
}

export function runningRedemptionBatch(db: Db): number | undefined {
  return db.$client.prepare<[], number>("SELECT id FROM import_batches WHERE kind = 'redemptions' AND status = 'running' LIMIT 1").pluck().get();
}

/** Whether any order of the shop (its key, shared/codes.ts shopKey) is stored. */
export function shopHasRedemptions(db: Db, shop: string): boolean {
  return db.$client.prepare<[string], number>('SELECT 1 FROM redemptions WHERE shop = ? LIMIT 1').pluck().get(shop) !== undefined;
}

export function insertRunningBatch(
  db: Db,
  b: { fileName: string; fileHash: string; fileSize: number; format: string; encoding: string; delimiter: string; shop: string; mapping: string },
): number {
  const info = db.$client
    .prepare<[string, string, number, string, string, string, string, string]>(
      `INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, encoding, delimiter, shop, status, mapping)
       VALUES ('redemptions', ?, ?, ?, ?, ?, ?, ?, 'running', ?)`,
    )
    .run(b.fileName, b.fileHash, b.fileSize, b.format, b.encoding, b.delimiter, b.shop, b.mapping);
  return Number(info.lastInsertRowid);
}

export function markBatchDone(db: Db, batchId: number, counts: string): void {
  db.$client.prepare<[string, number]>("UPDATE import_batches SET status = 'done', counts = ?, finished_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?").run(counts, batchId);
}

/** Remembers the mapping confirmed for a header signature (publish.ts redemptionSignature). */
export function rememberMapping(db: Db, signature: string, format: string, mapping: string): void {
  db.$client
    .prepare<[string, string, string]>(
      `INSERT INTO header_mappings (signature, kind, format, mapping) VALUES (?, 'redemptions', ?, ?)
       ON CONFLICT (signature) DO UPDATE SET kind = excluded.kind, format = excluded.format, mapping = excluded.mapping,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
    )
    .run(signature, format, mapping);
}

/**
 * The mapping remembered for a header signature and format (JSON), if any. One that no longer reads (a field an
 * older version knew) is forgotten rather than failing the file's inspection: the columns are guessed again.
 */
export function rememberedMapping(db: Db, signature: string, format: string): Mapping | undefined {
  const text = db.$client.prepare<[string, string], string>("SELECT mapping FROM header_mappings WHERE signature = ? AND kind = 'redemptions' AND format = ?").pluck().get(signature, format);
  return parseJsonOr(redemptionMappingColumn, text ?? null, undefined);
}

/** The shop of the last finished import of this format. */
export function lastShopOfFormat(db: Db, format: string): string | undefined {
  return db.$client
    .prepare<[string], string>("SELECT shop FROM import_batches WHERE kind = 'redemptions' AND format = ? AND shop IS NOT NULL AND status = 'done' ORDER BY id DESC LIMIT 1")
    .pluck()
    .get(format);
}

/** A code's dates: its own validity, its collaboration's start, its campaign's dates. */
export function codeWindowStatement(db: Db) {
  return db.$client.prepare<[string], CodeWindowRow>(
    `SELECT v.code, v.collaboration_id AS collaborationId, v.valid_from AS validFrom, v.valid_to AS validTo,
            co.start_date AS collabStart, ca.start_date AS campaignStart, ca.end_date AS campaignEnd
     FROM voucher_codes v JOIN collaborations co ON co.id = v.collaboration_id JOIN campaigns ca ON ca.id = co.campaign_id
     WHERE v.code_norm = ?`,
  );
}

/** Attributed orders a batch inserted or changed, per code and day. */
export function batchDailyRows(db: Db, batchId: number): { norm: string; day: string; n: number }[] {
  return db.$client
    .prepare<[number, number], { norm: string; day: string; n: number }>(
      `SELECT code_norm AS norm, substr(ordered_at, 1, 10) AS day, count(*) AS n FROM redemptions
       WHERE (batch_id = ? OR updated_batch_id = ?) AND voucher_code_id IS NOT NULL GROUP BY 1, 2`,
    )
    .all(batchId, batchId);
}

/** New redemptions written by one INSERT statement (run.ts): fewer statement runs for a large file. */
export const INSERT_BLOCK = 64;
const INSERT_COLUMNS = `INSERT INTO redemptions (shop, order_id, code_norm, voucher_code_id, collaboration_id, ordered_at, ordered_at_utc, currency,
                                total_minor, subtotal_minor, discount_minor, refunded_minor, status, batch_id) VALUES `;
const INSERT_ROW = '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** The import's per-row statements, prepared once per run. */
export function importStatements(db: Db) {
  const c = db.$client;
  return {
    /** INSERT_BLOCK new redemptions: their values one after the other, in one array. */
    insertBlock: c.prepare<[(string | number | null)[]]>(INSERT_COLUMNS + Array.from({ length: INSERT_BLOCK }, () => INSERT_ROW).join(', ')),
    /** What is stored for the orders in json array ?2 of shop ?1. */
    lookup: c.prepare<[string, string], StoredRedemption>(
      `SELECT id, status, total_minor AS total, subtotal_minor AS subtotal, discount_minor AS discount, refunded_minor AS refunded, currency,
              ordered_at AS orderedAt, ordered_at_utc AS orderedAtUtc, voucher_code_id AS voucherCodeId, collaboration_id AS collaborationId,
              updated_batch_id AS updatedBatchId, order_id AS orderId, code_norm AS norm
       FROM redemptions WHERE shop = ? AND order_id IN (SELECT value FROM json_each(?))`,
    ),
    /** One new redemption: its values in the order of INSERT_COLUMNS, as one array. */
    insert: c.prepare<[(string | number | null)[]]>(INSERT_COLUMNS + INSERT_ROW),
    update: c.prepare<[number | null, number | null, string, string, string, number, number, number, number, string, number, number]>(
      `UPDATE redemptions SET voucher_code_id = ?, collaboration_id = ?, ordered_at = ?, ordered_at_utc = ?, currency = ?, total_minor = ?,
              subtotal_minor = ?, discount_minor = ?, refunded_minor = ?, status = ?, updated_batch_id = ? WHERE id = ?`,
    ),
    relink: c.prepare<[number, number | null, number]>('UPDATE redemptions SET voucher_code_id = ?, collaboration_id = ? WHERE id = ?'),
    revision: c.prepare<[number, number, string]>('INSERT INTO redemption_revisions (redemption_id, batch_id, before) VALUES (?, ?, ?)'),
    reject: c.prepare<[number, number, string, string, string, string]>('INSERT INTO import_rejects (batch_id, row_number, reason, code, params, raw) VALUES (?, ?, ?, ?, ?, ?)'),
  };
}

export type ImportStatements = ReturnType<typeof importStatements>;

/**
 * Writes an import's new redemptions INSERT_BLOCK to a statement: each one's values go straight into one reused
 * array (no array per redemption: ~300,000 of them at 1,000,000 rows, and their garbage), in the order added.
 * `flush` writes the rest; call it before the chunk's transaction ends.
 */
export class RedemptionInserter {
  private readonly values: (string | number | null)[] = new Array<string | number | null>(INSERT_BLOCK * 14);
  private at = 0;
  private rows = 0;

  constructor(
    private readonly st: ImportStatements,
    private readonly shop: string,
    private readonly batchId: number,
  ) {}

  add(orderId: string, norm: string, voucherCodeId: number | null, collaborationId: number | null, orderedAt: string, orderedAtUtc: string, currency: string, total: number, subtotal: number, discount: number, refunded: number, status: string): void {
    const v = this.values;
    let k = this.at;
    v[k++] = this.shop;
    v[k++] = orderId;
    v[k++] = norm;
    v[k++] = voucherCodeId;
    v[k++] = collaborationId;
    v[k++] = orderedAt;
    v[k++] = orderedAtUtc;
    v[k++] = currency;
    v[k++] = total;
    v[k++] = subtotal;
    v[k++] = discount;
    v[k++] = refunded;
    v[k++] = status;
    v[k++] = this.batchId;
    this.at = k;
    if (++this.rows === INSERT_BLOCK) {
      this.st.insertBlock.run(v);
      this.at = 0;
      this.rows = 0;
    }
  }

  flush(): void {
    const v = this.values;
    // the last few, one statement each (their values as one array, bound in order)
    for (let r = 0; r < this.rows; r++) this.st.insert.run(v.slice(r * 14, r * 14 + 14));
    this.at = 0;
    this.rows = 0;
  }
}
