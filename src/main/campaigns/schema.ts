import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from '../db/columns';

export const campaigns = sqliteTable(
  'campaigns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** src/shared/domain.ts CAMPAIGN_GOALS */
    goal: text('goal').notNull(),
    product: text('product').notNull().default(''),
    startDate: text('start_date'),
    endDate: text('end_date'),
    budgetMinor: integer('budget_minor').notNull().default(0),
    currency: text('currency').notNull().default('EUR'),
    /** { engagementRateBp?, conversions?, revenueMinor?, roasBp?, reach? } */
    targetKpis: text('target_kpis', { mode: 'json' })
      .$type<{ engagementRateBp?: number; conversions?: number; revenueMinor?: number; roasBp?: number; reach?: number }>()
      .notNull()
      .default(sql`'{}'`),
    disclosureText: text('disclosure_text').notNull().default('#werbung'),
    /** Landing page the UTM links start from. */
    baseUrl: text('base_url'),
    /** Editable UTM rules: { source, medium, campaign, content } templates. */
    utmRules: text('utm_rules', { mode: 'json' }).$type<Record<string, string>>(),
    /** Target audience used by the fit score: { countries, ageBands, gender, niches }. */
    targetAudience: text('target_audience', { mode: 'json' }).$type<{
      countries?: string[];
      ageBands?: string[];
      gender?: 'female' | 'male' | 'any';
      niches?: string[];
    }>(),
    notes: text('notes').notNull().default(''),
    archivedAt: text('archived_at'),
    /** In the trash since (src/main/trash); null = not deleted. */
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [index('campaigns_archived_idx').on(t.archivedAt), index('campaigns_deleted_idx').on(t.deletedAt)],
);

/** The pipeline's columns, per campaign, ordered by position; key is null for stages the user added. */
export const stages = sqliteTable(
  'stages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    key: text('key'),
    /** User's own name; null = the translated default name of `key`. */
    name: text('name'),
    position: integer('position').notNull(),
  },
  (t) => [index('stages_campaign_idx').on(t.campaignId, t.position)],
);
