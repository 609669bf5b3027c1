import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { nowIso } from '../db/columns';

/** One file imported (shop redemptions or an influencer spreadsheet), kept for the report and for undo. */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'redemptions' | 'influencers' */
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    fileHash: text('file_hash').notNull(),
    fileSize: integer('file_size').notNull(),
    /** Detected format: shopify, shopware5, woocommerce_webtoffee, woocommerce_aoe, generic, spreadsheet … */
    format: text('format').notNull(),
    encoding: text('encoding').notNull().default('utf-8'),
    delimiter: text('delimiter').notNull().default(','),
    /** Shop identity used in the redemption key (shop, order id, code). */
    shop: text('shop'),
    /** 'running' | 'done' | 'failed' | 'undone' */
    status: text('status').notNull().default('running'),
    /** { rows, orders, inserted, updated, unchanged, unknownCodes, rejected, revenueMinor, … } */
    counts: text('counts', { mode: 'json' }).$type<Record<string, number>>().notNull().default(sql`'{}'`),
    mapping: text('mapping', { mode: 'json' }).$type<Record<string, string>>(),
    startedAt: text('started_at').notNull().default(nowIso),
    finishedAt: text('finished_at'),
    undoneAt: text('undone_at'),
  },
  (t) => [index('import_batches_kind_idx').on(t.kind, t.startedAt)],
);

export const importRejects = sqliteTable(
  'import_rejects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    /** English reason, for logs and as the fallback when the UI does not know `code`. */
    reason: text('reason').notNull(),
    /** Machine reason (bad_date, missing_order_id, bad_quotes …) the UI translates; null for older rows. */
    code: text('code'),
    /** The variable parts of the reason for `code` (order id, value …), JSON. */
    params: text('params', { mode: 'json' }).$type<Record<string, string | number>>(),
    raw: text('raw').notNull().default(''),
  },
  (t) => [index('import_rejects_batch_idx').on(t.batchId)],
);

/** Column mapping remembered per header signature, so the next file of the same shop needs no clicks. */
export const headerMappings = sqliteTable('header_mappings', {
  signature: text('signature').primaryKey(),
  kind: text('kind').notNull(),
  format: text('format').notNull(),
  mapping: text('mapping', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  updatedAt: text('updated_at').notNull().default(nowIso),
});
