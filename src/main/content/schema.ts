import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from '../db/columns';
import { collaborations } from '../collaborations/schema';
import { channels } from '../influencers/schema';

/** A published piece of content with its metrics (typed in or imported). */
export const contentPosts = sqliteTable(
  'content_posts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id, { onDelete: 'cascade' }),
    channelId: integer('channel_id').references(() => channels.id, { onDelete: 'set null' }),
    platform: text('platform').notNull(),
    /** src/shared/domain.ts DELIVERABLE_KINDS */
    kind: text('kind').notNull(),
    url: text('url'),
    postedAt: text('posted_at'),
    caption: text('caption').notNull().default(''),
    /** The verdict that counts: the manual override when there is one, else the caption check (src/shared/disclosure.ts). */
    disclosurePresent: integer('disclosure_present', { mode: 'boolean' }).notNull().default(false),
    /** Set by hand (true/false) against or beside the caption check; null = the check decides. */
    disclosureOverride: integer('disclosure_override', { mode: 'boolean' }),
    /** Why the override was set (required with one), e.g. "label shown in the video, checked 12.03." */
    disclosureNote: text('disclosure_note').notNull().default(''),
    reach: integer('reach').notNull().default(0),
    impressions: integer('impressions').notNull().default(0),
    views: integer('views').notNull().default(0),
    likes: integer('likes').notNull().default(0),
    comments: integer('comments').notNull().default(0),
    shares: integer('shares').notNull().default(0),
    saves: integer('saves').notNull().default(0),
    clicks: integer('clicks').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('content_posts_collab_idx').on(t.collaborationId)],
);
