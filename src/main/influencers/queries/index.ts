/**
 * The influencers domain's SQL, with typed rows (statement generics, no casts). JSON columns come back as
 * text here; the services parse them with the schemas in db/json-columns.ts.
 */
import type { Db } from '../../db/connection';
import type { ChannelDto, InfluencerDetail, SnapshotDto } from '../../../shared/contract';
import { LIVE_INFLUENCER, liveInfluencerSql, PRIMARY_CHANNEL_JOIN, PUBLISHED_REDEMPTION, type ChannelFigures } from '../../db/sql';
import { SALE_STATUSES } from '../../insights/kpis';
import { CAMPAIGN_COUNT_SQL, VERDICT_RANK_SQL, type FilterParam } from '../filter';
import type { InfluencerColumns } from './edit';


// ---- directory list and export --------------------------------------------------------------------------

export function countFiltered(db: Db, where: string, params: FilterParam[]): number {
  return db.$client.prepare<FilterParam[], number>(`SELECT count(*) AS n FROM influencers i ${PRIMARY_CHANNEL_JOIN} WHERE ${where}`).pluck().get(...params) ?? 0;
}

/** A directory row: the person's columns (lists and audience as JSON text) and their primary channel's figures. */
export type ListRow = Pick<InfluencerDbRow, 'id' | 'name' | 'niches' | 'tags' | 'country' | 'language' | 'audience' | 'lastContactAt'> &
  ChannelFigures & { sheetErBp: number | null; campaignCount: number; verdictRank: number };

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

/** A row of the directory's export: the person's editable columns but audience and rates, and their primary channel. */
export type ExportRow = Omit<InfluencerColumns, 'audience' | 'rates'> & ChannelFigures & { url: string | null; sheetErBp: number | null };

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
    countries: `SELECT DISTINCT country FROM influencers WHERE ${liveInfluencerSql('')} AND country IS NOT NULL ORDER BY country`,
    languages: `SELECT DISTINCT language FROM influencers WHERE ${liveInfluencerSql('')} AND language IS NOT NULL ORDER BY language`,
    niches: `SELECT DISTINCT lower(n.value) FROM influencers i, json_each(i.niches) n WHERE ${LIVE_INFLUENCER} ORDER BY 1`,
  }[facet];
  return db.$client.prepare<[], string>(sql).pluck().all();
}

// ---- one influencer ---------------------------------------------------------------------------------------

/** A stored influencer: the editable columns (queries/edit.ts) and what the app keeps itself. */
export interface InfluencerDbRow extends InfluencerColumns {
  id: number;
  lastContactAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function liveInfluencer(db: Db, id: number): InfluencerDbRow | undefined {
  return db.$client
    .prepare<[number], InfluencerDbRow>(
      `SELECT id, name, email, phone, street, postal_code AS postalCode, city, country, language, niches, tags, notes,
              audience, rates, last_contact_at AS lastContactAt, created_at AS createdAt, updated_at AS updatedAt
       FROM influencers WHERE id = ? AND ${liveInfluencerSql('')}`,
    )
    .get(id);
}

export function isLive(db: Db, id: number): boolean {
  return db.$client.prepare<[number], number>(`SELECT 1 FROM influencers WHERE id = ? AND ${liveInfluencerSql('')}`).pluck().get(id) !== undefined;
}

/** A stored channel: the contract's channel without what is computed, the flag as 0/1 and the reasons as JSON text. */
export type ChannelDbRow = Omit<ChannelDto, 'isPrimary' | 'engagementRateBp' | 'tier' | 'authReasons' | 'snapshots'> & {
  isPrimary: number;
  authReasons: string;
};

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

/** A reader of one channel's snapshots, oldest first (prepared once, run per channel). */
export function snapshotsReader(db: Db): (channelId: number) => SnapshotDto[] {
  const stmt = db.$client.prepare<[number], SnapshotDto>(
    `SELECT id, taken_on AS takenOn, followers, avg_likes AS avgLikes, avg_comments AS avgComments, avg_shares AS avgShares,
            avg_views AS avgViews, source FROM channel_snapshots WHERE channel_id = ? ORDER BY taken_on`,
  );
  return (channelId) => stmt.all(channelId);
}

/** A card of the person's detail as stored: the codes as one space-separated string. */
export type CollaborationOfRow = Omit<InfluencerDetail['collaborations'][number], 'codes'> & { codes: string | null };

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

export type SampleOfRow = InfluencerDetail['samples'][number];

export function samplesOf(db: Db, influencerId: number): SampleOfRow[] {
  return db.$client
    .prepare<[number], SampleOfRow>(
      `SELECT s.id, ca.name AS campaignName, s.items, s.value_minor AS valueMinor, s.currency, s.carrier, s.status, s.shipped_on AS shippedOn
       FROM sample_shipments s JOIN collaborations co ON co.id = s.collaboration_id JOIN campaigns ca ON ca.id = co.campaign_id
       WHERE co.influencer_id = ? ORDER BY coalesce(s.shipped_on, '') DESC`,
    )
    .all(influencerId);
}

/** A post of the person's detail as stored: the disclosure flag as 0/1. */
export type PostOfRow = Omit<InfluencerDetail['posts'][number], 'disclosurePresent'> & { disclosurePresent: number };

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

/** Channels for the authenticity check: all, one influencer's, or those of a list of influencers. */
export function channelsForAuthenticity(db: Db, influencerId?: number | readonly number[]): AuthChannelRow[] {
  const cols = 'id, platform, followers, avg_likes AS avgLikes, avg_comments AS avgComments, avg_shares AS avgShares, sheet_er_bp AS sheetErBp FROM channels';
  if (influencerId === undefined) return db.$client.prepare<[], AuthChannelRow>(`SELECT ${cols}`).all();
  if (typeof influencerId === 'number') return db.$client.prepare<[number], AuthChannelRow>(`SELECT ${cols} WHERE influencer_id = ?`).all(influencerId);
  return db.$client.prepare<[string], AuthChannelRow>(`SELECT ${cols} WHERE influencer_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(influencerId));
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

// The directory's writes (queries/edit.ts) and the saved filters, whole rows and spreadsheet import
// (queries/import.ts) live in this folder so no file passes 400 lines; re-exported: the domain has one module to import.
// The erasure statements (queries/erasure.ts) too; the backup worker (privacy-backups.ts) imports that file alone,
// since it must load nothing but the driver.
export * from './edit';
export * from './import';
export * from './publish';
export * from './erasure';
