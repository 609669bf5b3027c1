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

/** The spreadsheet imports still running (their people are staged). A handful of rows at most: evaluated once per statement. */
const RUNNING_BATCHES = `(SELECT id FROM import_batches WHERE status = 'running')`;

/**
 * Whether influencer alias `i` is staged by a spreadsheet import that is still running: the import writes its people
 * in chunks with `staged_batch_id` set, and every reader of live people leaves them out (LIVE_INFLUENCER). The
 * import's final transaction publishes all of them by marking the batch 'done' — one row, however large the sheet
 * (it used to update every staged person: 490 ms for 20,000 under load). A batch is whole or absent for the user.
 */
export const STAGED_INFLUENCER = `(i.staged_batch_id IN ${RUNNING_BATCHES})`;

/**
 * A person the user can see: not in the bin and not staged by a running import. `alias` is the table's alias
 * ('' for an unaliased `influencers`). Every reader of live people uses it.
 */
export function liveInfluencerSql(alias = 'i'): string {
  const a = alias ? `${alias}.` : '';
  return `(${a}deleted_at IS NULL AND (${a}staged_batch_id IS NULL OR ${a}staged_batch_id NOT IN ${RUNNING_BATCHES}))`;
}

/** `liveInfluencerSql('i')`, the common case. */
export const LIVE_INFLUENCER = liveInfluencerSql('i');
