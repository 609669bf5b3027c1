import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps } from '../db/columns';

/** A person. Personal data (contact, address) lives only here, so export and erasure touch one row. */
export const influencers = sqliteTable(
  'influencers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    /** ISO 3166-1 alpha-2 of residence. */
    country: text('country'),
    /** ISO 639-1 content language. */
    language: text('language'),
    /** JSON array of niche keys (src/shared/domain.ts NICHES) or free tags. */
    niches: text('niches', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** As the influencer reports it: { topCountries: [{country, shareBp}], ageBands: {"18-24": bp}, gender: {female, male, other} in bp }. */
    audience: text('audience', { mode: 'json' })
      .$type<{ topCountries: { country: string; shareBp: number }[]; ageBands: Record<string, number>; gender: { female: number; male: number; other: number } }>(),
    /** Rates per deliverable: [{ kind, amountMinor, currency }]. */
    rates: text('rates', { mode: 'json' }).$type<{ kind: string; amountMinor: number; currency: string }[]>().notNull().default(sql`'[]'`),
    notes: text('notes').notNull().default(''),
    lastContactAt: text('last_contact_at'),
    /** Soft delete for undo; erased for good by the privacy erasure. */
    deletedAt: text('deleted_at'),
    /**
     * The spreadsheet import that created this person (import_batches.id). While that batch is 'running' the person
     * is staged: nobody sees them (db/sql.ts LIVE_INFLUENCER); the batch turning 'done' publishes all of them at once.
     */
    stagedBatchId: integer('staged_batch_id'),
    ...timestamps,
  },
  (t) => [index('influencers_name_idx').on(t.name), index('influencers_deleted_idx').on(t.deletedAt)],
);

export const channels = sqliteTable(
  'channels',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    influencerId: integer('influencer_id')
      .notNull()
      .references(() => influencers.id, { onDelete: 'cascade' }),
    platform: text('platform').notNull(),
    handle: text('handle').notNull(),
    url: text('url'),
    followers: integer('followers').notNull().default(0),
    avgLikes: integer('avg_likes').notNull().default(0),
    avgComments: integer('avg_comments').notNull().default(0),
    avgShares: integer('avg_shares').notNull().default(0),
    avgViews: integer('avg_views').notNull().default(0),
    /**
     * The engagement rate (basis points) as a spreadsheet gave it, kept as it was instead of being turned into
     * invented average likes; it is the channel's ER while no averages are known (shared/domain.ts channelEngagement).
     */
    sheetErBp: integer('sheet_er_bp'),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull().default(false),
    /**
     * Cached result of the authenticity check (influencers/directory/authenticity.ts), recomputed whenever
     * the channel or its snapshots change, so the directory can filter and sort on it in SQL.
     */
    authVerdict: text('auth_verdict').notNull().default('ok'),
    authReasons: text('auth_reasons', { mode: 'json' }).$type<{ code: string; params: Record<string, number | string> }[]>().notNull().default(sql`'[]'`),
    ...timestamps,
  },
  (t) => [
    index('channels_influencer_idx').on(t.influencerId),
    uniqueIndex('channels_platform_handle_uq').on(t.platform, sql`lower(${t.handle})`),
  ],
);

/** Dated numbers of one channel, typed in or imported: the follower-growth chart and the authenticity check. */
export const channelSnapshots = sqliteTable(
  'channel_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channelId: integer('channel_id')
      .notNull()
      .references(() => channels.id, { onDelete: 'cascade' }),
    takenOn: text('taken_on').notNull(),
    followers: integer('followers').notNull(),
    avgLikes: integer('avg_likes').notNull().default(0),
    avgComments: integer('avg_comments').notNull().default(0),
    avgShares: integer('avg_shares').notNull().default(0),
    avgViews: integer('avg_views').notNull().default(0),
    source: text('source').notNull().default('manual'),
  },
  (t) => [uniqueIndex('channel_snapshots_day_uq').on(t.channelId, t.takenOn)],
);

/** Named directory filters ("Vegan fitness DE, ER ≥ 4 %"). */
export const savedFilters = sqliteTable('saved_filters', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  scope: text('scope').notNull().default('influencers'),
  name: text('name').notNull(),
  query: text('query', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  ...timestamps,
});

/**
 * What one influencer import did to each person, so the import can be undone like a shop import: `created`
 * people are removed again, `merged` ones get back their record (`before`: the input as it was, whether they
 * were in the bin, and the snapshots of the import day the merge overwrote).
 */
export const influencerImportChanges = sqliteTable(
  'influencer_import_changes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id').notNull(),
    influencerId: integer('influencer_id').notNull(),
    /** 'created' | 'merged' */
    action: text('action').notNull(),
    before: text('before', { mode: 'json' }).$type<unknown>(),
  },
  (t) => [index('influencer_import_changes_batch_idx').on(t.batchId)],
);
