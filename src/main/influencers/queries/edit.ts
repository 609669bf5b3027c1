/**
 * The influencers domain's SQL, the directory's writes (edit.ts): re-exported by queries.ts. Typed rows, no casts.
 */
import type { Db } from '../../db/connection';
import { STAGED_INFLUENCER } from '../../db/sql';
import type { InfluencerDetail, SnapshotDto } from '../../../shared/contract';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

// ---- writes -----------------------------------------------------------------------------------------------

/**
 * Who else holds this platform handle (case-insensitive), people in the bin included; `staged`: 1 for a person a
 * running import staged (nobody sees them yet, db/sql.ts STAGED_INFLUENCER).
 */
export function handleHolder(db: Db, platform: string, handle: string, exceptInfluencer: number | null): { id: number; name: string; staged: number } | undefined {
  return db.$client
    .prepare<[string, string, number | null], { id: number; name: string; staged: number }>(
      `SELECT i.id, i.name, ${STAGED_INFLUENCER} AS staged FROM channels c JOIN influencers i ON i.id = c.influencer_id
       WHERE c.platform = ? AND lower(c.handle) = lower(?) AND i.id IS NOT ?`,
    )
    .get(platform, handle, exceptInfluencer);
}

export function channelKeys(db: Db, influencerId: number): { id: number; platform: string; handle: string }[] {
  return db.$client
    .prepare<[number], { id: number; platform: string; handle: string }>('SELECT id, platform, lower(handle) AS handle FROM channels WHERE influencer_id = ?')
    .all(influencerId);
}

type ChannelValues = [url: string | null, followers: number, avgLikes: number, avgComments: number, avgShares: number, avgViews: number, isPrimary: number];

/** Statements to update and insert channels (prepared once per writeChannels). */
export function channelWriters(db: Db) {
  const update = db.$client.prepare<[string, ...ChannelValues, number, number | null, number]>(
    `UPDATE channels SET handle = ?, url = ?, followers = ?, avg_likes = ?, avg_comments = ?, avg_shares = ?, avg_views = ?, is_primary = ?,
            sheet_er_bp = CASE WHEN ? THEN ? ELSE sheet_er_bp END, updated_at = ${NOW} WHERE id = ?`,
  );
  const insert = db.$client.prepare<[number, string, string, ...ChannelValues, number | null]>(
    `INSERT INTO channels (influencer_id, platform, handle, url, followers, avg_likes, avg_comments, avg_shares, avg_views, is_primary, sheet_er_bp)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    update: (id: number, handle: string, values: ChannelValues, setSheetEr: boolean, sheetErBp: number | null) =>
      update.run(handle, ...values, setSheetEr ? 1 : 0, sheetErBp, id),
    insert: (influencerId: number, platform: string, handle: string, values: ChannelValues, sheetErBp: number | null) =>
      insert.run(influencerId, platform, handle, ...values, sheetErBp),
  };
}

export function deleteChannel(db: Db, id: number): void {
  db.$client.prepare<[number]>('DELETE FROM channels WHERE id = ?').run(id);
}

/** The editable columns of an influencer as stored: the contract's detail, lists and objects as JSON text. */
export type InfluencerColumns = Pick<InfluencerDetail, 'name' | 'email' | 'phone' | 'street' | 'postalCode' | 'city' | 'country' | 'language' | 'notes'> & {
  niches: string;
  tags: string;
  audience: string | null;
  rates: string;
};

export function insertInfluencer(db: Db, v: InfluencerColumns): number {
  const info = db.$client
    .prepare<InfluencerColumns>(
      `INSERT INTO influencers (name, email, phone, street, postal_code, city, country, language, niches, tags, notes, audience, rates)
       VALUES (@name, @email, @phone, @street, @postalCode, @city, @country, @language, @niches, @tags, @notes, @audience, @rates)`,
    )
    .run(v);
  return Number(info.lastInsertRowid);
}

/** Sets the given columns (names from the caller's own fixed list) and updated_at. */
export function updateInfluencerColumns(db: Db, id: number, sets: { column: string; value: string | number | null }[]): void {
  db.$client
    .prepare<(string | number | null)[]>(`UPDATE influencers SET ${sets.map((s) => `${s.column} = ?`).join(', ')}, updated_at = ${NOW} WHERE id = ?`)
    .run(...sets.map((s) => s.value), id);
}

/** Moves to the bin or back; false when the person is not in the expected state (or does not exist). */
export function setDeleted(db: Db, id: number, deleted: boolean): boolean {
  const res = db.$client
    .prepare<[number]>(
      `UPDATE influencers SET deleted_at = ${deleted ? NOW : 'NULL'}
       WHERE id = ? AND deleted_at IS ${deleted ? 'NULL' : 'NOT NULL'}`,
    )
    .run(id);
  return res.changes > 0;
}

export function channelOwner(db: Db, channelId: number): number | undefined {
  return db.$client.prepare<[number], number>('SELECT influencer_id AS influencerId FROM channels WHERE id = ?').pluck().get(channelId);
}

export function snapshotOwner(db: Db, snapshotId: number): number | undefined {
  return db.$client
    .prepare<[number], number>('SELECT c.influencer_id AS influencerId FROM channel_snapshots s JOIN channels c ON c.id = s.channel_id WHERE s.id = ?')
    .pluck()
    .get(snapshotId);
}

/** A snapshot's figures as written (the contract's snapshot without id and source, with its channel). */
export type SnapshotNumbers = Omit<SnapshotDto, 'id' | 'source'> & { channelId: number };

/** Inserts or replaces the manual snapshot of a day; returns its id. */
export function upsertManualSnapshot(db: Db, s: SnapshotNumbers): number {
  db.$client
    .prepare<[number, string, number, number, number, number, number]>(
      `INSERT INTO channel_snapshots (channel_id, taken_on, followers, avg_likes, avg_comments, avg_shares, avg_views, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'manual')
       ON CONFLICT (channel_id, taken_on) DO UPDATE SET followers = excluded.followers, avg_likes = excluded.avg_likes,
         avg_comments = excluded.avg_comments, avg_shares = excluded.avg_shares, avg_views = excluded.avg_views, source = 'manual'`,
    )
    .run(s.channelId, s.takenOn, s.followers, s.avgLikes, s.avgComments, s.avgShares, s.avgViews);
  return db.$client.prepare<[number, string], number>('SELECT id FROM channel_snapshots WHERE channel_id = ? AND taken_on = ?').pluck().get(s.channelId, s.takenOn)!;
}

export function newestSnapshotDay(db: Db, channelId: number): string | null {
  return db.$client.prepare<[number], string | null>('SELECT max(taken_on) AS d FROM channel_snapshots WHERE channel_id = ?').pluck().get(channelId) ?? null;
}

/** The newest snapshot is the channel's current numbers. */
export function setChannelNumbers(db: Db, s: SnapshotNumbers): void {
  db.$client
    .prepare<number[]>('UPDATE channels SET followers = ?, avg_likes = ?, avg_comments = ?, avg_shares = ?, avg_views = ? WHERE id = ?')
    .run(s.followers, s.avgLikes, s.avgComments, s.avgShares, s.avgViews, s.channelId);
}

export function deleteSnapshotRow(db: Db, id: number): void {
  db.$client.prepare<[number]>('DELETE FROM channel_snapshots WHERE id = ?').run(id);
}
