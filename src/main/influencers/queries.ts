/**
 * The influencers domain's SQL, with typed rows (statement generics, no casts). JSON columns come back as
 * text here; the services parse them with the schemas in db/json-columns.ts.
 */
import type { Db } from '../db/connection';
import type { Platform } from '../../shared/domain';
import type { AuthVerdict } from '../../shared/contract';
import { PRIMARY_CHANNEL_JOIN, PUBLISHED_REDEMPTION } from '../db/sql';
import { SALE_STATUSES } from '../insights/kpis';
import { CAMPAIGN_COUNT_SQL, VERDICT_RANK_SQL, type FilterParam } from './filter';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
type Rec = Record<string, unknown>;

// ---- directory list and export --------------------------------------------------------------------------

export function countFiltered(db: Db, where: string, params: FilterParam[]): number {
  return db.$client.prepare<FilterParam[], number>(`SELECT count(*) AS n FROM influencers i ${PRIMARY_CHANNEL_JOIN} WHERE ${where}`).pluck().get(...params) ?? 0;
}

export interface ListRow {
  id: number;
  name: string;
  niches: string;
  tags: string;
  country: string | null;
  language: string | null;
  audience: string | null;
  lastContactAt: string | null;
  sheetErBp: number | null;
  platform: Platform | null;
  handle: string | null;
  followers: number;
  likes: number;
  comments: number;
  shares: number;
  campaignCount: number;
  verdictRank: number;
}

/** One page (or, with `page` null, every row) of the filtered directory in the given order. */
export function listRows(db: Db, where: string, params: FilterParam[], order: string, page: { limit: number; offset: number } | null): ListRow[] {
  return db.$client
    .prepare<FilterParam[], ListRow>(
      `SELECT i.id, i.name, i.niches, i.tags, i.country, i.language, i.audience, i.last_contact_at AS lastContactAt,
              ch.platform, ch.handle, coalesce(ch.followers,0) AS followers,
              coalesce(ch.avg_likes,0) AS likes, coalesce(ch.avg_comments,0) AS comments, coalesce(ch.avg_shares,0) AS shares,
              ch.sheet_er_bp AS sheetErBp, ${CAMPAIGN_COUNT_SQL} AS campaignCount, ${VERDICT_RANK_SQL} AS verdictRank
       FROM influencers i ${PRIMARY_CHANNEL_JOIN} WHERE ${where} ORDER BY ${order} ${page ? 'LIMIT ? OFFSET ?' : ''}`,
    )
    .all(...params, ...(page ? [page.limit, page.offset] : []));
}

export interface ExportRow {
  name: string;
  platform: Platform | null;
  handle: string | null;
  url: string | null;
  followers: number;
  likes: number;
  comments: number;
  shares: number;
  sheetErBp: number | null;
  niches: string;
  tags: string;
  country: string | null;
  language: string | null;
  email: string | null;
  phone: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  notes: string;
}

export function exportRows(db: Db, where: string, params: FilterParam[]): ExportRow[] {
  return db.$client
    .prepare<FilterParam[], ExportRow>(
      `SELECT i.name, ch.platform, ch.handle, ch.url, coalesce(ch.followers, 0) AS followers, coalesce(ch.avg_likes,0) AS likes,
              coalesce(ch.avg_comments,0) AS comments, coalesce(ch.avg_shares,0) AS shares, ch.sheet_er_bp AS sheetErBp, i.niches, i.tags, i.country, i.language,
              i.email, i.phone, i.street, i.postal_code AS postalCode, i.city, i.notes
       FROM influencers i ${PRIMARY_CHANNEL_JOIN} WHERE ${where} ORDER BY i.name COLLATE NOCASE, i.id`,
    )
    .all(...params);
}

/** A campaign's target audience (JSON text or null); undefined when there is no such campaign. */
export function campaignTargetAudience(db: Db, campaignId: number): { t: string | null } | undefined {
  return db.$client.prepare<[number], { t: string | null }>('SELECT target_audience AS t FROM campaigns WHERE id = ?').get(campaignId);
}

export function facetValues(db: Db, facet: 'countries' | 'languages' | 'niches'): string[] {
  const sql = {
    countries: 'SELECT DISTINCT country FROM influencers WHERE deleted_at IS NULL AND country IS NOT NULL ORDER BY country',
    languages: 'SELECT DISTINCT language FROM influencers WHERE deleted_at IS NULL AND language IS NOT NULL ORDER BY language',
    niches: 'SELECT DISTINCT lower(n.value) FROM influencers i, json_each(i.niches) n WHERE i.deleted_at IS NULL ORDER BY 1',
  }[facet];
  return db.$client.prepare<[], string>(sql).pluck().all();
}

// ---- one influencer ---------------------------------------------------------------------------------------

export interface InfluencerDbRow {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  language: string | null;
  niches: string;
  tags: string;
  notes: string;
  audience: string | null;
  rates: string;
  lastContactAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function liveInfluencer(db: Db, id: number): InfluencerDbRow | undefined {
  return db.$client
    .prepare<[number], InfluencerDbRow>(
      `SELECT id, name, email, phone, street, postal_code AS postalCode, city, country, language, niches, tags, notes,
              audience, rates, last_contact_at AS lastContactAt, created_at AS createdAt, updated_at AS updatedAt
       FROM influencers WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(id);
}

export function isLive(db: Db, id: number): boolean {
  return db.$client.prepare<[number], number>('SELECT 1 FROM influencers WHERE id = ? AND deleted_at IS NULL').pluck().get(id) !== undefined;
}

export interface ChannelDbRow {
  id: number;
  platform: Platform;
  handle: string;
  url: string | null;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  avgViews: number;
  sheetErBp: number | null;
  isPrimary: number;
  authVerdict: AuthVerdict;
  authReasons: string;
}

/** An influencer's channels, the primary one first. */
export function channelsOf(db: Db, influencerId: number): ChannelDbRow[] {
  return db.$client
    .prepare<[number], ChannelDbRow>(
      `SELECT id, platform, handle, url, followers, avg_likes AS avgLikes, avg_comments AS avgComments,
              avg_shares AS avgShares, avg_views AS avgViews, sheet_er_bp AS sheetErBp, is_primary AS isPrimary, auth_verdict AS authVerdict, auth_reasons AS authReasons
       FROM channels WHERE influencer_id = ? ORDER BY is_primary DESC, followers DESC, id`,
    )
    .all(influencerId);
}

export interface SnapshotRow {
  id: number;
  takenOn: string;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  avgViews: number;
  source: string;
}

/** A reader of one channel's snapshots, oldest first (prepared once, run per channel). */
export function snapshotsReader(db: Db): (channelId: number) => SnapshotRow[] {
  const stmt = db.$client.prepare<[number], SnapshotRow>(
    `SELECT id, taken_on AS takenOn, followers, avg_likes AS avgLikes, avg_comments AS avgComments, avg_shares AS avgShares,
            avg_views AS avgViews, source FROM channel_snapshots WHERE channel_id = ? ORDER BY taken_on`,
  );
  return (channelId) => stmt.all(channelId);
}

export interface CollaborationOfRow {
  id: number;
  campaignId: number;
  campaignName: string;
  stageKey: string | null;
  stageName: string | null;
  feeMinor: number;
  currency: string;
  codes: string | null;
  orders: number;
  revenueMinor: number;
}

export function collaborationsOf(db: Db, influencerId: number): CollaborationOfRow[] {
  const sale = SALE_STATUSES.map((s) => `'${s}'`).join(',');
  return db.$client
    .prepare<[number], CollaborationOfRow>(
      `SELECT co.id, co.campaign_id AS campaignId, ca.name AS campaignName, s.key AS stageKey, s.name AS stageName,
              co.fee_minor AS feeMinor, co.currency,
              (SELECT group_concat(v.code, ' ') FROM voucher_codes v WHERE v.collaboration_id = co.id) AS codes,
              (SELECT count(*) FROM redemptions r WHERE r.collaboration_id = co.id AND r.status IN (${sale}) AND ${PUBLISHED_REDEMPTION}) AS orders,
              (SELECT coalesce(sum(r.total_minor - r.refunded_minor), 0) FROM redemptions r WHERE r.collaboration_id = co.id AND r.status IN (${sale}) AND ${PUBLISHED_REDEMPTION}) AS revenueMinor
       FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id JOIN stages s ON s.id = co.stage_id
       WHERE co.influencer_id = ? AND co.removed_at IS NULL ORDER BY coalesce(ca.start_date, '') DESC, co.id`,
    )
    .all(influencerId);
}

export interface SampleOfRow {
  id: number;
  campaignName: string;
  items: string;
  valueMinor: number;
  currency: string;
  carrier: string | null;
  status: string;
  shippedOn: string | null;
}

export function samplesOf(db: Db, influencerId: number): SampleOfRow[] {
  return db.$client
    .prepare<[number], SampleOfRow>(
      `SELECT s.id, ca.name AS campaignName, s.items, s.value_minor AS valueMinor, s.currency, s.carrier, s.status, s.shipped_on AS shippedOn
       FROM sample_shipments s JOIN collaborations co ON co.id = s.collaboration_id JOIN campaigns ca ON ca.id = co.campaign_id
       WHERE co.influencer_id = ? ORDER BY coalesce(s.shipped_on, '') DESC`,
    )
    .all(influencerId);
}

export interface PostOfRow {
  id: number;
  campaignName: string;
  platform: string;
  kind: string;
  url: string | null;
  postedAt: string | null;
  reach: number;
  likes: number;
  comments: number;
  disclosurePresent: number;
}

export function postsOf(db: Db, influencerId: number): PostOfRow[] {
  return db.$client
    .prepare<[number], PostOfRow>(
      `SELECT p.id, ca.name AS campaignName, p.platform, p.kind, p.url, p.posted_at AS postedAt, p.reach, p.likes, p.comments,
              p.disclosure_present AS disclosurePresent
       FROM content_posts p JOIN collaborations co ON co.id = p.collaboration_id JOIN campaigns ca ON ca.id = co.campaign_id
       WHERE co.influencer_id = ? ORDER BY coalesce(p.posted_at, '') DESC`,
    )
    .all(influencerId);
}

// ---- writes -----------------------------------------------------------------------------------------------

/** Who else holds this platform handle (case-insensitive), people in the bin included. */
export function handleHolder(db: Db, platform: string, handle: string, exceptInfluencer: number | null): { id: number; name: string } | undefined {
  return db.$client
    .prepare<[string, string, number | null], { id: number; name: string }>(
      `SELECT i.id, i.name FROM channels c JOIN influencers i ON i.id = c.influencer_id
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

export interface InfluencerColumns {
  name: string;
  email: string | null;
  phone: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  language: string | null;
  niches: string;
  tags: string;
  notes: string;
  audience: string | null;
  rates: string;
}

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

export interface SnapshotNumbers {
  channelId: number;
  takenOn: string;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  avgViews: number;
}

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

// ---- authenticity cache -----------------------------------------------------------------------------------

export interface AuthChannelRow {
  id: number;
  platform: string;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  sheetErBp: number | null;
}

export function channelsForAuthenticity(db: Db, influencerId?: number): AuthChannelRow[] {
  const sql = `SELECT id, platform, followers, avg_likes AS avgLikes, avg_comments AS avgComments, avg_shares AS avgShares, sheet_er_bp AS sheetErBp
     FROM channels ${influencerId === undefined ? '' : 'WHERE influencer_id = ?'}`;
  return influencerId === undefined ? db.$client.prepare<[], AuthChannelRow>(sql).all() : db.$client.prepare<[number], AuthChannelRow>(sql).all(influencerId);
}

export interface AuthSnapshotRow {
  takenOn: string;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
}

export function authenticityStatements(db: Db) {
  const snaps = db.$client.prepare<[number], AuthSnapshotRow>(
    `SELECT taken_on AS takenOn, followers, avg_likes AS avgLikes, avg_comments AS avgComments, avg_shares AS avgShares
     FROM channel_snapshots WHERE channel_id = ? ORDER BY taken_on`,
  );
  const setVerdict = db.$client.prepare<[string, string, number]>('UPDATE channels SET auth_verdict = ?, auth_reasons = ? WHERE id = ?');
  return {
    snapshots: (channelId: number) => snaps.all(channelId),
    setVerdict: (channelId: number, verdict: string, reasonsJson: string) => setVerdict.run(verdict, reasonsJson, channelId),
  };
}

// ---- saved filters ----------------------------------------------------------------------------------------

export function savedFilterRows(db: Db): { id: number; name: string; query: string }[] {
  return db.$client
    .prepare<[], { id: number; name: string; query: string }>("SELECT id, name, query FROM saved_filters WHERE scope = 'influencers' ORDER BY name COLLATE NOCASE")
    .all();
}

export function savedFilterNamed(db: Db, name: string): number | undefined {
  return db.$client.prepare<[string], number>("SELECT id FROM saved_filters WHERE scope = 'influencers' AND name = ? COLLATE NOCASE").pluck().get(name);
}

export function updateSavedFilter(db: Db, id: number, queryJson: string): void {
  db.$client.prepare<[string, number]>(`UPDATE saved_filters SET query = ?, updated_at = ${NOW} WHERE id = ?`).run(queryJson, id);
}

export function insertSavedFilter(db: Db, name: string, queryJson: string): number {
  return Number(db.$client.prepare<[string, string]>("INSERT INTO saved_filters (scope, name, query) VALUES ('influencers', ?, ?)").run(name, queryJson).lastInsertRowid);
}

export function deleteSavedFilterRow(db: Db, id: number): boolean {
  return db.$client.prepare<[number]>('DELETE FROM saved_filters WHERE id = ?').run(id).changes > 0;
}

// ---- whole rows (privacy export, import undo) -------------------------------------------------------------

/** Every column of one influencer, as stored (names as in SQL). */
export function influencerRecord(db: Db, id: number): Rec | undefined {
  return db.$client.prepare<[number], Rec>('SELECT * FROM influencers WHERE id = ?').get(id);
}

export function records(db: Db, sql: string, id: number): Rec[] {
  return db.$client.prepare<[number], Rec>(sql).all(id);
}

export function recordsWithDay(db: Db, sql: string, id: number, day: string): Rec[] {
  return db.$client.prepare<[number, string], Rec>(sql).all(id, day);
}

export function pluckNumbers(db: Db, sql: string, id: number): number[] {
  return db.$client.prepare<[number], number>(sql).pluck().all(id);
}

export function pluckTexts(db: Db, sql: string, id: number): string[] {
  return db.$client.prepare<[number], string>(sql).pluck().all(id);
}

export function countOf(db: Db, sql: string, id: number): number {
  return db.$client.prepare<[number], number>(sql).pluck().get(id) ?? 0;
}

export function personForErasure(db: Db, id: number): { name: string; email: string | null; createdAt: string } | undefined {
  return db.$client.prepare<[number], { name: string; email: string | null; createdAt: string }>('SELECT name, email, created_at AS createdAt FROM influencers WHERE id = ?').get(id);
}

// ---- spreadsheet import and its undo ----------------------------------------------------------------------

export function rememberedMappingText(db: Db, signature: string): string | undefined {
  return db.$client.prepare<[string], string>("SELECT mapping FROM header_mappings WHERE signature = ? AND kind = 'influencers'").pluck().get(signature);
}

export function rememberMapping(db: Db, signature: string, format: string, mappingJson: string): void {
  db.$client
    .prepare<[string, string, string]>(
      `INSERT INTO header_mappings (signature, kind, format, mapping) VALUES (?, 'influencers', ?, ?)
       ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = ${NOW}`,
    )
    .run(signature, format, mappingJson);
}

export function allChannelHandles(db: Db): { platform: string; handle: string; influencerId: number; name: string }[] {
  return db.$client
    .prepare<[], { platform: string; handle: string; influencerId: number; name: string }>(
      `SELECT c.platform, c.handle, i.id AS influencerId, i.name FROM channels c JOIN influencers i ON i.id = c.influencer_id
       -- people in the bin too: their handles are still taken (undo can bring them back)`,
    )
    .all();
}

/** The numbers a sheet brought become a dated snapshot (source 'import'). */
export function insertImportSnapshots(db: Db, influencerId: number, day: string): void {
  db.$client
    .prepare<[string, number]>(
      `INSERT INTO channel_snapshots (channel_id, taken_on, followers, avg_likes, avg_comments, avg_shares, avg_views, source)
       SELECT id, ?, followers, avg_likes, avg_comments, avg_shares, avg_views, 'import' FROM channels WHERE influencer_id = ? AND followers > 0
       ON CONFLICT (channel_id, taken_on) DO UPDATE SET followers = excluded.followers, avg_likes = excluded.avg_likes,
         avg_comments = excluded.avg_comments, avg_shares = excluded.avg_shares, avg_views = excluded.avg_views, source = 'import'`,
    )
    .run(day, influencerId);
}

export interface BatchStart {
  fileName: string;
  fileHash: string;
  fileSize: number;
  format: string;
  encoding: string;
  delimiter: string;
  mapping: string;
}

export function startInfluencerBatch(db: Db, b: BatchStart): number {
  const info = db.$client
    .prepare<BatchStart>(
      `INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, encoding, delimiter, status, mapping)
       VALUES ('influencers', @fileName, @fileHash, @fileSize, @format, @encoding, @delimiter, 'running', @mapping)`,
    )
    .run(b);
  return Number(info.lastInsertRowid);
}

export function rejectWriter(db: Db): (batchId: number, row: number, reason: string, raw: string) => void {
  const stmt = db.$client.prepare<[number, number, string, string]>('INSERT INTO import_rejects (batch_id, row_number, reason, raw) VALUES (?, ?, ?, ?)');
  return (batchId, row, reason, raw) => void stmt.run(batchId, row, reason, raw);
}

export function undelete(db: Db, id: number): void {
  db.$client.prepare<[number]>('UPDATE influencers SET deleted_at = NULL WHERE id = ?').run(id);
}

export function finishBatch(db: Db, batchId: number, countsJson: string): void {
  db.$client.prepare<[string, number]>(`UPDATE import_batches SET status = 'done', counts = ?, finished_at = ${NOW} WHERE id = ?`).run(countsJson, batchId);
}

export function recordChange(db: Db, batchId: number, influencerId: number, action: 'created' | 'merged', beforeJson: string | null): void {
  db.$client
    .prepare<[number, number, string, string | null]>('INSERT INTO influencer_import_changes (batch_id, influencer_id, action, before) VALUES (?, ?, ?, ?)')
    .run(batchId, influencerId, action, beforeJson);
}

/** Writes a captured row back under its id (every column; the caller checks the column names). */
export function putRecord(db: Db, table: 'influencers' | 'channels' | 'channel_snapshots', cols: string[], values: unknown[]): void {
  db.$client
    .prepare<unknown[]>(
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT (id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`,
    )
    .run(...values);
}

export function deleteSnapshotsOfDay(db: Db, influencerId: number, day: string): void {
  db.$client
    .prepare<[string, number]>('DELETE FROM channel_snapshots WHERE taken_on = ? AND channel_id IN (SELECT id FROM channels WHERE influencer_id = ?)')
    .run(day, influencerId);
}

export function batchState(db: Db, id: number): { kind: string; status: string } | undefined {
  return db.$client.prepare<[number], { kind: string; status: string }>('SELECT kind, status FROM import_batches WHERE id = ?').get(id);
}

/** Later finished imports that changed people of this one. */
export function laterBatchesTouching(db: Db, id: number): number[] {
  return db.$client
    .prepare<[number, number], number>(
      `SELECT DISTINCT c.batch_id FROM influencer_import_changes c JOIN import_batches lb ON lb.id = c.batch_id
       WHERE c.batch_id > ? AND lb.status = 'done' AND c.influencer_id IN (SELECT influencer_id FROM influencer_import_changes WHERE batch_id = ?)
       ORDER BY c.batch_id`,
    )
    .pluck()
    .all(id, id);
}

export function importChanges(db: Db, batchId: number): { influencerId: number; action: string; before: string | null }[] {
  return db.$client
    .prepare<[number], { influencerId: number; action: string; before: string | null }>(
      'SELECT influencer_id AS influencerId, action, before FROM influencer_import_changes WHERE batch_id = ? ORDER BY id DESC',
    )
    .all(batchId);
}

export function inAnyCampaign(db: Db, influencerId: number): boolean {
  return db.$client.prepare<[number], number>('SELECT 1 FROM collaborations WHERE influencer_id = ? LIMIT 1').pluck().get(influencerId) !== undefined;
}

export function binIfLive(db: Db, influencerId: number): void {
  db.$client.prepare<[number]>(`UPDATE influencers SET deleted_at = coalesce(deleted_at, ${NOW}) WHERE id = ?`).run(influencerId);
}

export function deleteInfluencerRow(db: Db, influencerId: number): void {
  db.$client.prepare<[number]>('DELETE FROM influencers WHERE id = ?').run(influencerId);
}

export function markBatchUndone(db: Db, batchId: number): void {
  db.$client.prepare<[number]>(`UPDATE import_batches SET status = 'undone', undone_at = ${NOW} WHERE id = ?`).run(batchId);
}
