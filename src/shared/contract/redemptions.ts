import { z } from 'zod';
import { method } from './define';
import { id } from './common';
import { uploadFileId, type AlreadyImported } from './imports';
import { CODE_MAX, IMPORTED_CODE_MAX, isCodeSpelling } from '../codes';

/**
 * Shop order exports (src/main/redemptions): the file is uploaded in chunks into the data folder (`uploads.*` in
 * imports.ts: the same over IPC and HTTP, and a 70 MB export never travels as one message), inspected, dry-run and
 * imported by a worker job that streams it; the batch it becomes is read and undone with `imports.*` (imports.ts).
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
  /** This very file (same SHA-256) was imported before: when, as which batch — “imported on 24.11.2026 — import again?”. */
  alreadyImported?: AlreadyImported | null;
  /**
   * Blocking findings (e.g. no code column) with an English message that says what to do. The UI translates
   * `code` with `params` (`hint` picks the variant of the advice, e.g. which shop's export; `file` the file name).
   */
  problems: { code: 'no_code_column' | 'no_order_column' | 'no_date_column' | 'no_amount_column' | 'empty'; message: string; params?: ReasonParams }[];
}

/** A shop imports were made for: `key` is the identity (case and spaces folded), `name` the spelling last used. */
export interface KnownShop {
  key: string;
  name: string;
  /** Distinct orders stored for this shop. */
  orders: number;
  lastImportAt: string | null;
}

/** More rejected rows than this block the import until the user confirms the number (confirmLostRows). */
export const LOST_ROWS_WITHOUT_CONFIRMATION = 3;

/**
 * Why a row was read but deliberately not stored (never a loss): no_code (an order without any code),
 * shop_label (only shop labels such as AUTOMATIC DISCOUNTS in the code column), continuation (further line
 * items / order lines of an order already counted), duplicate (the same order again later in the file),
 * repeated_header (a header line again, e.g. two exports concatenated), blank (an empty line or empty cells).
 */
export const IGNORED_WHY = ['no_code', 'shop_label', 'continuation', 'duplicate', 'repeated_header', 'blank'] as const;
export type IgnoredWhy = (typeof IGNORED_WHY)[number];

/**
 * Where every row of the file went: rowsRead = ordersStored + rowsRejected + rowsIgnored (always).
 * A row is one CSV record after the header (a record spans several lines when a quoted cell holds a line break).
 */
export interface RowAccounting {
  rowsRead: number;
  /** Rows that are (dry run: would be) stored orders — the first row of each order with a code. */
  ordersStored: number;
  rowsRejected: number;
  rowsIgnored: number;
  /** Every IGNORED_WHY key, 0 when none. */
  ignored: Record<IgnoredWhy, number>;
  /** Rows whose data would be lost (the rejected ones). */
  lostRows: number;
  /** lostRows > LOST_ROWS_WITHOUT_CONFIRMATION: the import needs `confirmLostRows` ≥ lostRows. */
  needsConfirmation: boolean;
}

/** Variable parts of a machine reason (order id, unreadable value …), interpolated by the UI's translation. */
export type ReasonParams = Record<string, string | number>;

/**
 * A rejected row. `reason` is English (logs, and the fallback when the UI does not know `code`); `code` is the
 * machine reason — missing_order_id, line_items_only, missing_date, bad_date, missing_total, bad_amount,
 * bad_voucher_price, bad_refund_items, unclosed_quote (a quote never closed: the damaged record is rejected and
 * reading resumes at the next line that is a valid record), text_after_quote, too_many_columns, too_few_columns
 * (params expected, found), cut_off (the last row ends early: the download was interrupted), nul_bytes,
 * unreadable_row — and `params` its variable parts (order, value, field, atRow, detail, expected, found).
 * `row` and `line` are both the file's line number where the record starts (line 1 = the file's first line).
 */
export interface RejectInfo {
  row: number;
  /** Always set by the core (optional only for reports stored before lines were counted). */
  line?: number;
  reason: string;
  code?: string;
  params?: ReasonParams;
  /**
   * What the user needs to fix it, and no more: the cells of the columns the import reads (order, date, status,
   * amounts, code …) joined by the delimiter, other cells (names, addresses) left empty; at most 500 characters.
   */
  raw?: string;
}

export interface DryRunReport {
  /** Same as accounting.rowsRead. */
  rows: number;
  /** Orders read (rejected ones excluded), with or without a code. */
  orders: number;
  /** Orders with at least one code (known or unknown, shop labels excluded); an order with two codes is ONE order. */
  ordersWithCode: number;
  ordersWithoutCode: number;
  /** Order × code pairs: an order with two codes is two redemptions. */
  redemptions: number;
  /** Orders with a code by what the import does to them: new to the workspace, changed (status/amounts), already stored as is. */
  ordersNew: number;
  ordersChanged: number;
  ordersUnchanged: number;
  accounting: RowAccounting;
  /** Orders whose code belongs to a collaboration. */
  withKnownCode: number;
  withUnknownCode: number;
  /** firstOrderAt / lastOrderAt: the code's earliest and latest order, as in the file (with its offset). */
  unknownCodes: { code: string; orders: number; revenueMinor: number; firstOrderAt: string; lastOrderAt: string }[];
  /** Shop labels that are not codes (AUTOMATIC DISCOUNTS …), never attributed. */
  ignoredLabels: { label: string; orders: number }[];
  rejected: number;
  rejects: RejectInfo[];
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  currency: string | null;
  revenueMinor: number;
  /** Against what is stored, per redemption (order × code): new, changed (status or amounts), unchanged. */
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

// partialRecord: zod 4's record over an enum requires every key
const mappingInput = z.partialRecord(z.enum(REDEMPTION_FIELDS), z.string().max(200)).optional();
const runInput = {
  fileId: uploadFileId,
  format: z.enum(SHOP_FORMATS),
  mapping: mappingInput,
  shop: z.string().trim().min(1, 'name the shop').max(120),
};

/** The one code rule (src/shared/codes.ts) for codes typed on a card; imported codes may be longer. */
export const codeInput = (max: number = CODE_MAX) =>
  z
    .string()
    .trim()
    .min(3, 'a code has at least 3 characters')
    .max(max)
    .refine(isCodeSpelling, { message: 'a code has no spaces and only printable characters', params: { key: 'codeSpelling' } });

export const redemptionsContract = {
  'redemptions.inspect': method<FileInspection>()(
    z
      .object({
        fileId: runInput.fileId,
        /** The shop the user chose: its remembered mapping for this header wins over others. */
        shop: z.string().trim().max(120).optional(),
      })
      .strict(),
    'Detect format, encoding and delimiter; preview rows and a pre-filled mapping (remembered per shop)',
  ),
  'redemptions.shops': method<{ shops: KnownShop[] }>()(z.object({}).strict(), 'Shops imported before, for choosing the shop of an import'),
  'redemptions.dryRun': method<{ jobId: string }>()(
    z.object(runInput).strict(),
    'Read the whole file in a worker and report what an import would do (result in the job.finished event and imports.job)',
  ),
  'redemptions.import': method<{ jobId: string }>()(
    z
      .object({
        ...runInput,
        /** Unknown codes the user assigned to collaborations in the wizard (become voucher codes first). */
        assign: z.array(z.object({ code: codeInput(IMPORTED_CODE_MAX), collaborationId: id })).default([]),
        /**
         * The number of lost (rejected) rows the user agreed to after the dry run. Without it, or when the file
         * loses more rows than confirmed, an import losing more than LOST_ROWS_WITHOUT_CONFIRMATION rows fails
         * with key imports.lostRowsUnconfirmed {rows} and stores nothing.
         */
        confirmLostRows: z.number().int().min(0).optional(),
      })
      .strict(),
    'Import in a worker: rows are published in short transactions (the user keeps working), the batch becomes visible as a whole at the end; idempotent per (shop, order id, code)',
  ),
};
