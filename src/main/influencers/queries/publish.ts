/**
 * The influencers domain's SQL for publishing a spreadsheet import's merges (import-publish.ts), re-exported by
 * queries.ts. The merges are prepared outside the write lock; the final transaction applies all of them with a
 * handful of set-based statements over a JSON parameter (`json_each`) instead of a dozen statements per person.
 */
import type { Db } from '../../db/connection';
import type { ChannelDbRow, InfluencerDbRow } from '.';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
const IDENT = /^[a-z_][a-z0-9_]*$/;

/** A person's stored columns whatever their state (live, in the bin, staged by a running import). */
export function influencerAnyState(db: Db, id: number): InfluencerDbRow | undefined {
  return db.$client
    .prepare<[number], InfluencerDbRow>(
      `SELECT id, name, email, phone, street, postal_code AS postalCode, city, country, language, niches, tags, notes,
              audience, rates, last_contact_at AS lastContactAt, created_at AS createdAt, updated_at AS updatedAt
       FROM influencers WHERE id = ?`,
    )
    .get(id);
}

function columnsOf(db: Db, table: 'influencers' | 'channels' | 'channel_snapshots', alias: string): string {
  const names = db.$client.prepare<[string], string>('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table);
  return names.filter((n) => IDENT.test(n)).map((n) => `${alias}.${n}`).join(', ');
}

/**
 * What a merge was prepared against, per person: every stored column of the person, their channels and all their
 * channels' snapshots (the authenticity check reads them all), as one text. The same statement before and in the
 * final transaction: a person whose text differs was changed meanwhile and is merged again there. 'gone' if erased.
 */
export function mergeFingerprints(db: Db, ids: readonly number[]): Map<number, string> {
  let stmt = fingerprintStatements.get(db.$client);
  if (!stmt) fingerprintStatements.set(db.$client, (stmt = fingerprintStatement(db)));
  return new Map(stmt.all(JSON.stringify(ids)).map((r) => [r.id, r.fp]));
}

/** Prepared once per connection: it is built from the tables' columns and run for every merge. */
const fingerprintStatements = new WeakMap<Db['$client'], ReturnType<typeof fingerprintStatement>>();

function fingerprintStatement(db: Db) {
  const sql = `SELECT j.value AS id,
      coalesce((SELECT json_array(${columnsOf(db, 'influencers', 'i')}) FROM influencers i WHERE i.id = j.value), 'gone')
      || coalesce((SELECT json_group_array(json_array(${columnsOf(db, 'channels', 'c')})) FROM (SELECT * FROM channels WHERE influencer_id = j.value ORDER BY id) c), '')
      || coalesce((SELECT json_group_array(json_array(${columnsOf(db, 'channel_snapshots', 's')}))
                   FROM (SELECT s.* FROM channel_snapshots s JOIN channels c ON c.id = s.channel_id WHERE c.influencer_id = j.value ORDER BY s.id) s), '') AS fp
    FROM json_each(?) j`;
  return db.$client.prepare<[string], { id: number; fp: string }>(sql);
}

/** Sets the given columns of many people at once, takes them out of the bin and stamps updated_at. */
export function applyColumns(db: Db, columns: readonly string[], people: readonly { id: number; values: Record<string, string | number | null> }[]): void {
  const sets = columns.filter((c) => IDENT.test(c)).map((c) => `${c} = CASE WHEN json_type(m.value, '$.${c}') IS NULL THEN influencers.${c} ELSE m.value ->> '$.${c}' END`);
  db.$client
    .prepare<[string]>(
      `UPDATE influencers SET ${sets.join(', ')}, deleted_at = NULL, updated_at = ${NOW}
       FROM json_each(?) m WHERE influencers.id = m.value ->> '$.id'`,
    )
    .run(JSON.stringify(people.map((p) => ({ ...p.values, id: p.id }))));
}

/** A channel's values as the import writes them (is_primary as stored). */
export type ChannelRowValues = Pick<ChannelDbRow, 'url' | 'followers' | 'avgLikes' | 'avgComments' | 'avgShares' | 'avgViews' | 'sheetErBp' | 'isPrimary'>;

/** Updates many channels in place (as channelWriters' update does, one statement). */
export function updateChannelsAtOnce(db: Db, rows: readonly (ChannelRowValues & { id: number; handle: string; setSheetEr: boolean })[]): void {
  if (!rows.length) return;
  db.$client
    .prepare<[string]>(
      `UPDATE channels SET handle = m.value ->> '$.handle', url = m.value ->> '$.url', followers = m.value ->> '$.followers',
              avg_likes = m.value ->> '$.avgLikes', avg_comments = m.value ->> '$.avgComments', avg_shares = m.value ->> '$.avgShares',
              avg_views = m.value ->> '$.avgViews', is_primary = m.value ->> '$.isPrimary',
              sheet_er_bp = CASE WHEN m.value ->> '$.setSheetEr' THEN m.value ->> '$.sheetErBp' ELSE sheet_er_bp END, updated_at = ${NOW}
       FROM json_each(?) m WHERE channels.id = m.value ->> '$.id'`,
    )
    .run(JSON.stringify(rows));
}

/** Inserts many channels (as channelWriters' insert does, one statement). */
export function insertChannelsAtOnce(db: Db, rows: readonly (ChannelRowValues & { influencerId: number; platform: string; handle: string })[]): void {
  if (!rows.length) return;
  db.$client
    .prepare<[string]>(
      `INSERT INTO channels (influencer_id, platform, handle, url, followers, avg_likes, avg_comments, avg_shares, avg_views, is_primary, sheet_er_bp)
       SELECT value ->> '$.influencerId', value ->> '$.platform', value ->> '$.handle', value ->> '$.url', value ->> '$.followers', value ->> '$.avgLikes',
              value ->> '$.avgComments', value ->> '$.avgShares', value ->> '$.avgViews', value ->> '$.isPrimary', value ->> '$.sheetErBp'
       FROM json_each(?) ORDER BY key`,
    )
    .run(JSON.stringify(rows));
}

export function deleteChannelsAtOnce(db: Db, ids: readonly number[]): void {
  if (ids.length) db.$client.prepare<[string]>('DELETE FROM channels WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
}

/** The platform handles of `wanted` that someone other than the given person holds now, with who holds them. */
export function handlesHeldByOthers(
  db: Db,
  wanted: readonly { influencerId: number; platform: string; handle: string }[],
): { influencerId: number; platform: string; handle: string; holderId: number }[] {
  if (!wanted.length) return [];
  return db.$client
    .prepare<[string], { influencerId: number; platform: string; handle: string; holderId: number }>(
      `SELECT w.value ->> '$.influencerId' AS influencerId, w.value ->> '$.platform' AS platform, w.value ->> '$.handle' AS handle, c.influencer_id AS holderId
       FROM json_each(?) w JOIN channels c ON c.platform = w.value ->> '$.platform' AND lower(c.handle) = lower(w.value ->> '$.handle')
       WHERE c.influencer_id IS NOT w.value ->> '$.influencerId'`,
    )
    .all(JSON.stringify(wanted));
}

/**
 * The numbers the sheet brought become the import day's snapshot of each channel of these people (source 'import').
 * CROSS JOIN keeps the people as the outer loop: with statistics taken while `channels` was nearly empty, SQLite
 * otherwise scans every channel for each imported person (measured: quadratic, 1 row per 40 ms chunk at 5,000 rows).
 */
export function insertImportSnapshotsOf(db: Db, influencerIds: readonly number[], day: string): void {
  db.$client
    .prepare<[string, string]>(
      `INSERT INTO channel_snapshots (channel_id, taken_on, followers, avg_likes, avg_comments, avg_shares, avg_views, source)
       SELECT c.id, ?, c.followers, c.avg_likes, c.avg_comments, c.avg_shares, c.avg_views, 'import' FROM json_each(?) j CROSS JOIN channels c ON c.influencer_id = j.value
       WHERE c.followers > 0
       ON CONFLICT (channel_id, taken_on) DO UPDATE SET followers = excluded.followers, avg_likes = excluded.avg_likes,
         avg_comments = excluded.avg_comments, avg_shares = excluded.avg_shares, avg_views = excluded.avg_views, source = 'import'`,
    )
    .run(day, JSON.stringify(influencerIds));
}

/** The undo records of many merged people at once (`before`: the MergeBefore JSON). */
export function recordMergesAtOnce(db: Db, batchId: number, rows: readonly { influencerId: number; before: string }[]): void {
  db.$client
    .prepare<[number, string]>(
      `INSERT INTO influencer_import_changes (batch_id, influencer_id, action, before)
       SELECT ?, value ->> '$.influencerId', 'merged', value ->> '$.before' FROM json_each(?) ORDER BY key`,
    )
    .run(batchId, JSON.stringify(rows));
}
