import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { collaborations, voucherCodes } from '../collaborations/schema';
import { importBatches } from '../imports/schema';

/** An order that used a voucher code; identified by (shop, order id, code). */
export const redemptions = sqliteTable(
  'redemptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    shop: text('shop').notNull(),
    orderId: text('order_id').notNull(),
    /** Upper-cased code; matched case-insensitively against voucher_codes.code_norm. */
    codeNorm: text('code_norm').notNull(),
    voucherCodeId: integer('voucher_code_id').references(() => voucherCodes.id, { onDelete: 'set null' }),
    collaborationId: integer('collaboration_id').references(() => collaborations.id, { onDelete: 'set null' }),
    /** As in the file, with its offset. */
    orderedAt: text('ordered_at').notNull(),
    /** The same instant in UTC, for sorting and ranges. */
    orderedAtUtc: text('ordered_at_utc').notNull(),
    currency: text('currency').notNull(),
    /** Order total paid (after discounts). */
    totalMinor: integer('total_minor').notNull(),
    /** Merchandise subtotal after discounts, before shipping and tax where the shop gives it. */
    subtotalMinor: integer('subtotal_minor').notNull().default(0),
    discountMinor: integer('discount_minor').notNull().default(0),
    refundedMinor: integer('refunded_minor').notNull().default(0),
    /** src/shared/domain.ts REDEMPTION_STATUSES */
    status: text('status').notNull(),
    batchId: integer('batch_id').references(() => importBatches.id, { onDelete: 'set null' }),
    updatedBatchId: integer('updated_batch_id').references(() => importBatches.id, { onDelete: 'set null' }),
  },
  // The two partial indexes (migration 0018) hold each row once between them: orders of a code nobody holds by code
  // (linked when someone gets the code: collaborations/queries relink), attributed ones by card and time (the KPIs).
  // Every index costs an import ~1–2 µs per order; with both whole, a row was in both (issue 11, bench/redemptions.ts).
  (t) => [
    uniqueIndex('redemptions_key_uq').on(t.shop, t.orderId, t.codeNorm),
    index('redemptions_code_idx').on(t.codeNorm).where(sql`${t.voucherCodeId} IS NULL`),
    index('redemptions_collab_idx').on(t.collaborationId, t.orderedAtUtc).where(sql`${t.collaborationId} IS NOT NULL`),
    index('redemptions_batch_idx').on(t.batchId),
  ],
);

/** What an import changed on an existing redemption, so undoing the batch can restore it. */
export const redemptionRevisions = sqliteTable(
  'redemption_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    redemptionId: integer('redemption_id')
      .notNull()
      .references(() => redemptions.id, { onDelete: 'cascade' }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    before: text('before', { mode: 'json' }).$type<Record<string, string | number | null>>().notNull(),
  },
  (t) => [index('redemption_revisions_batch_idx').on(t.batchId)],
);
