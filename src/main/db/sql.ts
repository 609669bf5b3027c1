/**
 * SQL fragments shared by several domains, defined once (the review found the primary-channel choice copied
 * into eight strings, one without the tie-break, so the board and the drawer could pick different channels).
 */
import type { Platform } from '../../shared/domain';

/** The id of the channel that represents influencer alias `i`: the one marked primary, else the largest, else the oldest. */
export const PRIMARY_CHANNEL_ID = `(SELECT c.id FROM channels c WHERE c.influencer_id = i.id ORDER BY c.is_primary DESC, c.followers DESC, c.id LIMIT 1)`;

/**
 * Joins that channel as `ch` for influencer alias `i`. The `ch.influencer_id = i.id` term lets SQLite walk the
 * influencer's few channels by index instead of testing the subquery against every channel; INDEXED BY makes it
 * do so whatever its statistics say: statistics taken while `channels` held a row or two (a new workspace) made it
 * scan every channel per person, and during a large import every directory read took 0.1-0.6 s (issue 9).
 */
export const PRIMARY_CHANNEL_JOIN = `LEFT JOIN channels ch INDEXED BY channels_influencer_idx ON ch.influencer_id = i.id AND ch.id = ${PRIMARY_CHANNEL_ID}`;

/** Joins the channel a card (alias `co`) runs on as `ch`: its own channel, else the influencer's primary one (INDEXED BY as above). */
export const CARD_CHANNEL_JOIN = `LEFT JOIN channels ch INDEXED BY channels_influencer_idx ON ch.influencer_id = i.id AND ch.id = coalesce(co.channel_id, ${PRIMARY_CHANNEL_ID})`;

/** What a card or a list row shows of channel `ch` (platform and handle null, figures 0 without a channel). */
export interface ChannelFigures {
  platform: Platform | null;
  handle: string | null;
  followers: number;
  likes: number;
  comments: number;
  shares: number;
}

/**
 * Redemptions of alias `r` that are published. A shop import writes its rows in chunks while it runs (so the
 * user's own writes get the lock between chunks) and marks its batch 'done' in one short final transaction;
 * until then every reader leaves the batch's rows out, so a batch is whole or absent for the user (issue 9).
 * The same holds the other way for an undo: it marks the batch 'undone' in one short transaction and its rows are
 * deleted afterwards in small chunks (imports/purge.ts); from the mark on, every reader leaves them out.
 */
export const PUBLISHED_REDEMPTION = `(r.batch_id IS NULL OR r.batch_id NOT IN (SELECT id FROM import_batches WHERE status IN ('running', 'undone')))`;

/**
 * Whether influencer alias `i` is staged by a spreadsheet import that is still running: its people are written in
 * chunks with `deleted_at` set (so every reader of live people leaves them out) and taken out of the bin in the
 * import's one short final transaction. The bin and its purge leave them out too, so a batch is whole or absent.
 */
export const STAGED_INFLUENCER = `(i.id IN (SELECT c.influencer_id FROM influencer_import_changes c JOIN import_batches b ON b.id = c.batch_id WHERE b.status = 'running' AND c.action = 'created'))`;
