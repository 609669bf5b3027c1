import { z } from 'zod';
import { method } from './define';
import { id } from './common';

/**
 * Shop order exports: the file is uploaded in chunks into the data folder (the same over IPC and HTTP, and a
 * 70 MB export never travels as one message), inspected, dry-run and imported by a worker job that streams it.
 */
export const SHOP_FORMATS = ['shopify', 'shopware5', 'woocommerce_rows', 'woocommerce_items', 'generic'] as const;
export type ShopFormat = (typeof SHOP_FORMATS)[number];

/** Fields a column can be mapped to for the generic format (the known formats map themselves). */
export const REDEMPTION_FIELDS = ['orderId', 'orderedAt', 'code', 'total', 'subtotal', 'discount', 'currency', 'status', 'refunded'] as const;
export type RedemptionField = (typeof REDEMPTION_FIELDS)[number];

export interface FileInspection {
  fileId: string;
  fileName: string;
  sizeBytes: number;
  format: ShopFormat;
  encoding: string;
  delimiter: string;
  headers: string[];
  sample: { row: number; cells: string[] }[];
  /** Pre-filled: the format's own mapping, the one remembered for this header signature, or a guess. */
  mapping: Partial<Record<RedemptionField, string>>;
  mappingSource: 'format' | 'remembered' | 'guessed';
  /** A shop name guessed from the file (domain, shop column) — the user can change it. */
  shop: string;
  /**
   * Blocking findings (e.g. no code column) with an English message that says what to do. The UI translates
   * `code` with `params` (`hint` picks the variant of the advice, e.g. which shop's export; `file` the file name).
   */
  problems: { code: 'no_code_column' | 'no_order_column' | 'no_date_column' | 'no_amount_column' | 'empty'; message: string; params?: ReasonParams }[];
}

/** Variable parts of a machine reason (order id, unreadable value …), interpolated by the UI's translation. */
export type ReasonParams = Record<string, string | number>;

/**
 * A rejected row. `reason` is English (logs, and the fallback when the UI does not know `code`); `code` is the
 * machine reason — missing_order_id, line_items_only, missing_date, bad_date, missing_total, bad_amount,
 * bad_voucher_price, bad_refund_items, bad_quotes, text_after_quote, too_many_columns, too_few_columns,
 * unreadable_row — and `params` its variable parts (order, value, field, atRow, detail).
 */
export interface RejectInfo {
  row: number;
  reason: string;
  code?: string;
  params?: ReasonParams;
}

export interface DryRunReport {
  rows: number;
  orders: number;
  /** Orders whose code belongs to a collaboration. */
  withKnownCode: number;
  withUnknownCode: number;
  unknownCodes: { code: string; orders: number; revenueMinor: number }[];
  /** Shop labels that are not codes (AUTOMATIC DISCOUNTS …), never attributed. */
  ignoredLabels: { label: string; orders: number }[];
  rejected: number;
  rejects: RejectInfo[];
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  currency: string | null;
  revenueMinor: number;
  /** Against what is stored: new orders, orders whose status or amounts changed, unchanged ones. */
  inserted: number;
  updated: number;
  unchanged: number;
  leaks: LeakFlag[];
}

export interface LeakFlag {
  code: string;
  collaborationId: number | null;
  kind: 'before_start' | 'after_end' | 'spike';
  /** Day or first day concerned, and how many orders. */
  day: string;
  orders: number;
}

export interface ImportBatchDetail {
  id: number;
  kind: string;
  fileName: string;
  fileHash: string;
  fileSize: number;
  format: string;
  encoding: string;
  delimiter: string;
  shop: string | null;
  status: string;
  counts: Record<string, number>;
  startedAt: string;
  finishedAt: string | null;
  undoneAt: string | null;
  rejects: (RejectInfo & { raw: string })[];
  leaks: LeakFlag[];
}

// partialRecord: zod 4's record over an enum requires every key
const mappingInput = z.partialRecord(z.enum(REDEMPTION_FIELDS), z.string().max(200)).optional();
const runInput = {
  fileId: z.string().regex(/^[a-f0-9-]{36}$/, 'unknown file'),
  format: z.enum(SHOP_FORMATS),
  mapping: mappingInput,
  shop: z.string().trim().min(1, 'name the shop').max(120),
};

export const redemptionsContract = {
  'uploads.begin': method<{ fileId: string; chunkBytes: number }>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        /** 1 GB at most: larger exports are refused before a byte is sent. */
        sizeBytes: z.number().int().min(1, 'the file is empty').max(1024 ** 3, 'the file is larger than 1 GB; export a shorter period'),
      })
      .strict(),
    'Start uploading a file into the data folder; returns its id and the chunk size to use',
  ),
  'uploads.chunk': method<{ received: number }>()(
    z.object({ fileId: runInput.fileId, offset: z.number().int().min(0), dataBase64: z.string().min(1).max(12_000_000) }).strict(),
    'Append one chunk (in order) to an upload',
  ),
  'uploads.finish': method<{ fileId: string; sizeBytes: number; sha256: string }>()(
    z.object({ fileId: runInput.fileId }).strict(),
    'Finish an upload; the size must match what was announced',
  ),
  'redemptions.inspect': method<FileInspection>()(
    z.object({ fileId: runInput.fileId }).strict(),
    'Detect format, encoding and delimiter; preview rows and a pre-filled mapping',
  ),
  'redemptions.dryRun': method<{ jobId: string }>()(
    z.object(runInput).strict(),
    'Read the whole file in a worker and report what an import would do (result in the job.finished event and imports.job)',
  ),
  'redemptions.import': method<{ jobId: string }>()(
    z
      .object({
        ...runInput,
        /** Unknown codes the user assigned to collaborations in the wizard (become voucher codes first). */
        assign: z.array(z.object({ code: z.string().min(1).max(80), collaborationId: id })).default([]),
      })
      .strict(),
    'Import in one transaction in a worker; idempotent per (shop, order id, code)',
  ),
  'imports.job': method<{ status: 'running' | 'done' | 'failed'; done: number; total: number; report: DryRunReport | null; batchId: number | null; message: string | null }>()(
    z.object({ jobId: z.string().min(1).max(64) }).strict(),
    'State and result of a dry run or import job',
  ),
  'imports.get': method<ImportBatchDetail>()(z.object({ id }).strict(), 'One import batch with its rejected rows'),
  'imports.undo': method<{ id: number; removed: number; restored: number }>()(
    z.object({ id }).strict(),
    'Undo a whole import batch: its new orders removed, the orders it changed restored',
    { changes: ['redemptions', 'imports', 'collaborations'] },
  ),
};
