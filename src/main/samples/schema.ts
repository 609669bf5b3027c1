import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { timestamps } from '../db/columns';
import { collaborations } from '../collaborations/schema';

/** Product samples sent to an influencer. */
export const sampleShipments = sqliteTable(
  'sample_shipments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    /** [{ name, sku?, quantity, valueMinor }] */
    items: text('items', { mode: 'json' })
      .$type<{ name: string; sku?: string; quantity: number; valueMinor: number }[]>()
      .notNull()
      .default(sql`'[]'`),
    valueMinor: integer('value_minor').notNull().default(0),
    shippingCostMinor: integer('shipping_cost_minor').notNull().default(0),
    currency: text('currency').notNull().default('EUR'),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    /** src/shared/domain.ts SHIPMENT_STATUSES */
    status: text('status').notNull().default('planned'),
    shippedOn: text('shipped_on'),
    deliveredOn: text('delivered_on'),
    returnedOn: text('returned_on'),
    notes: text('notes').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('sample_shipments_collab_idx').on(t.collaborationId)],
);
