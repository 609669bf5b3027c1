import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { collaborations } from '../collaborations/schema';
import { nowIso } from '../db/columns';

/**
 * KPI roll-up: attributed sales per collaboration × day (app time zone) × currency × included flag, kept by
 * `refreshRollups` (rollups.ts) wherever attribution changes. It holds BOTH attribution modes, so switching the
 * setting needs no refresh. Only orders whose status counts as a sale are rolled up (rules.ts SALE_STATUSES).
 * `included` = 1 for orders the user included although they lie outside the campaign window.
 */
export const kpiRollups = sqliteTable(
  'kpi_rollups',
  {
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    currency: text('currency').notNull(),
    included: integer('included').notNull().default(0),
    /** Equal split: each order gives 1/n (n = attributed codes on the order). */
    ordersEq: real('orders_eq').notNull().default(0),
    /** First code wins: 1 for the order's first attributed code, else 0. */
    ordersFirst: integer('orders_first').notNull().default(0),
    /** Net revenue (total − refunded), split equally in whole minor units (the remainder goes to the first code). */
    revenueEq: integer('revenue_eq').notNull().default(0),
    revenueFirst: integer('revenue_first').notNull().default(0),
    /** Orders carrying this collaboration's code, not split (for leak counts). */
    ordersAll: integer('orders_all').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.collaborationId, t.day, t.currency, t.included] }), index('kpi_rollups_day_idx').on(t.day)],
);

/** Exchange rates the user enters: 1 unit of `currency` = rate_micros / 1e6 workspace-currency units in `month`. */
export const exchangeRates = sqliteTable(
  'exchange_rates',
  {
    currency: text('currency').notNull(),
    month: text('month').notNull(),
    rateMicros: integer('rate_micros').notNull(),
    updatedAt: text('updated_at').notNull().default(nowIso),
  },
  (t) => [primaryKey({ columns: [t.currency, t.month] })],
);

/** Orders outside their campaign window that the user included one by one (keyed like a redemption). */
export const kpiLeakDecisions = sqliteTable(
  'kpi_leak_decisions',
  {
    shop: text('shop').notNull(),
    orderId: text('order_id').notNull(),
    codeNorm: text('code_norm').notNull(),
    includedAt: text('included_at').notNull().default(nowIso),
  },
  (t) => [primaryKey({ columns: [t.shop, t.orderId, t.codeNorm] })],
);

const salesMeasures = {
  ordersEq: real('orders_eq').notNull().default(0),
  ordersFirst: integer('orders_first').notNull().default(0),
  revenueEq: integer('revenue_eq').notNull().default(0),
  revenueFirst: integer('revenue_first').notNull().default(0),
  ordersAll: integer('orders_all').notNull().default(0),
};

/**
 * Maintained totals over kpi_rollups (totals.ts), what the dashboards read when no date range is set: per
 * collaboration × currency × month × in_window (1 = inside the campaign window or included, 0 = leak). Depends on
 * the roll-up, the campaign dates and the window setting; refreshed wherever one of them changes.
 */
export const kpiSalesTotals = sqliteTable(
  'kpi_sales_totals',
  {
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    currency: text('currency').notNull(),
    month: text('month').notNull(),
    inWindow: integer('in_window').notNull(),
    ...salesMeasures,
  },
  (t) => [primaryKey({ columns: [t.collaborationId, t.currency, t.month, t.inWindow] })],
);

/** In-window sales per collaboration × ISO week (its Monday) × currency × month: the charts without a date range. */
export const kpiSalesWeeks = sqliteTable(
  'kpi_sales_weeks',
  {
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    week: text('week').notNull(),
    currency: text('currency').notNull(),
    month: text('month').notNull(),
    ...salesMeasures,
  },
  (t) => [primaryKey({ columns: [t.collaborationId, t.week, t.currency, t.month] })],
);

/**
 * The week rows of every card summed (kpi_sales_weeks without the card): kept by triggers on kpi_sales_weeks
 * (migration 0014), so every insert, update, delete or cascade there moves it. The portfolio chart without filters
 * reads it minus the few cards out of scope (declined, removed, in a deleted campaign) instead of grouping every
 * card's weeks (~60,000 rows at 1,000,000 orders).
 */
export const kpiSalesWeeksAll = sqliteTable(
  'kpi_sales_weeks_all',
  {
    week: text('week').notNull(),
    currency: text('currency').notNull(),
    month: text('month').notNull(),
    ...salesMeasures,
  },
  (t) => [primaryKey({ columns: [t.week, t.currency, t.month] })],
);

/**
 * One row (id 1) whose `n` moves whenever a commit changes what the KPI roll-up and its totals are computed from,
 * on every connection (job workers included): triggers (migration 0017) on the attributed orders' columns the roll-up
 * reads (update; delete of a published one), the shop import batches' status (publish, undo) and their deletion,
 * the leak decisions, each card's campaign and deletion, the campaigns' dates, and the settings of the time zone
 * and the window (and the roll-up's own zone/window keys). An import prepares its roll-up outside the write lock
 * and swaps it in only when `n` has not moved since (rollup-publish.ts): the user's other writes meanwhile (a
 * person added, a card moved, a post's figures — read with the figures, not by the roll-up) leave it valid.
 * No trigger on inserting orders: only a shop import inserts them, under its 'running' batch, invisible until the
 * batch's status changes (counted); a trigger there cost ~40 % of the insert time per row (measured at 300,000).
 */
export const kpiInputsVersion = sqliteTable('kpi_inputs_version', {
  id: integer('id').primaryKey(),
  n: integer('n').notNull().default(0),
});
