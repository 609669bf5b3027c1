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
    /** Link clicks (a story's link sticker counts here: src/main/insights/rules.ts "stories"). */
    clicks: integer('clicks').notNull().default(0),
    /** Story metrics (per story; with frames, the frames' sums — see story_frames). */
    tapsForward: integer('taps_forward').notNull().default(0),
    tapsBack: integer('taps_back').notNull().default(0),
    replies: integer('replies').notNull().default(0),
    stickerTaps: integer('sticker_taps').notNull().default(0),
    ...timestamps,
  },
  (t) => [index('content_posts_collab_idx').on(t.collaborationId)],
);

/**
 * A story's metrics per frame (optional). When a story has frames, the post's own figures are derived from them
 * by the content service: views, taps, link clicks, replies and sticker taps summed; reach the largest frame reach
 * (the same people watch several frames of one story).
 */
export const storyFrames = sqliteTable(
  'story_frames',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => contentPosts.id, { onDelete: 'cascade' }),
    /** 0-based order of the frame in the story. */
    position: integer('position').notNull(),
    views: integer('views').notNull().default(0),
    reach: integer('reach').notNull().default(0),
    tapsForward: integer('taps_forward').notNull().default(0),
    tapsBack: integer('taps_back').notNull().default(0),
    linkClicks: integer('link_clicks').notNull().default(0),
    replies: integer('replies').notNull().default(0),
    stickerTaps: integer('sticker_taps').notNull().default(0),
  },
  (t) => [index('story_frames_post_idx').on(t.postId, t.position)],
);

/**
 * Evidence of a post: screenshots stored under <data>/attachments/posts/<post id>/ (the file and its thumbnail,
 * made once by the renderer when it was added). A removed screenshot keeps its file until the undo time is over
 * (`deleted_at`); erasing the person removes the post's whole folder.
 */
export const postMedia = sqliteTable(
  'post_media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => contentPosts.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /** Relative to <data>/attachments, e.g. posts/12/<uuid>.png */
    storedName: text('stored_name').notNull(),
    /** The thumbnail next to it; null when none was sent (the file itself is shown). */
    thumbName: text('thumb_name'),
    mime: text('mime').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    width: integer('width'),
    height: integer('height'),
    /** Which frame of a story it shows (0-based); null = the whole post. */
    frame: integer('frame'),
    deletedAt: text('deleted_at'),
    ...timestamps,
  },
  (t) => [index('post_media_post_idx').on(t.postId)],
);
