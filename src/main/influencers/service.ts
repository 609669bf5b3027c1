import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { engagementRateBp, tierOf, type Platform, type TierThresholds } from '../../shared/domain';
import type {
  AuthVerdict,
  ChannelDto,
  InfluencerDetail,
  InfluencerFilter,
  InfluencerRow,
  ParsedInputOf,
  Reason,
  SnapshotDto,
} from '../../shared/contract';
import { getSettings } from '../settings/service';
import { refreshAuthenticity } from './authenticity-cache';
import { fitScore, type FitTarget } from './directory/fit';
import { SALE_STATUSES } from '../insights/kpis';
import { write } from '../db/write';

/** The channel that represents an influencer in lists (`ch`): defined once in db/sql.ts. */
import { PRIMARY_CHANNEL_JOIN, PUBLISHED_REDEMPTION } from '../db/sql';
export { PRIMARY_CHANNEL_JOIN };

/** The ER as shared/domain.ts engagementRateBp computes it: a sheet's ER while no averages are known. */
const ER_SQL = `CASE WHEN ch.sheet_er_bp IS NOT NULL AND ch.avg_likes + ch.avg_comments + ch.avg_shares = 0 THEN ch.sheet_er_bp
  WHEN coalesce(ch.followers,0) > 0 THEN (ch.avg_likes + ch.avg_comments + ch.avg_shares) * 10000.0 / ch.followers END`;
const VERDICT_RANK_SQL = `(SELECT coalesce(max(CASE c4.auth_verdict WHEN 'suspicious' THEN 2 WHEN 'review' THEN 1 ELSE 0 END), 0)
  FROM channels c4 WHERE c4.influencer_id = i.id)`;
const CAMPAIGN_COUNT_SQL = '(SELECT count(*) FROM collaborations co WHERE co.influencer_id = i.id AND co.removed_at IS NULL)';
const VERDICTS: AuthVerdict[] = ['ok', 'review', 'suspicious'];

const SORT_SQL: Record<string, string> = {
  name: 'i.name COLLATE NOCASE',
  followers: 'coalesce(ch.followers, 0)',
  tier: 'coalesce(ch.followers, 0)',
  engagementRate: ER_SQL,
  country: 'i.country',
  lastContactAt: 'i.last_contact_at',
  campaignCount: CAMPAIGN_COUNT_SQL,
  fit: 'i.name COLLATE NOCASE',
};

function tierRange(tier: string, t: TierThresholds): [number, number] {
  switch (tier) {
    case 'nano':
      return [0, t.micro];
    case 'micro':
      return [t.micro, t.macro];
    case 'macro':
      return [t.macro, t.mega];
    default:
      return [t.mega, Number.MAX_SAFE_INTEGER];
  }
}

/** Turns what the user typed into an FTS5 query: every word must match as a prefix. */
export function ftsQuery(search: string): string | null {
  const words = search
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 12);
  return words.length ? words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ') : null;
}

/** WHERE clause and parameters of a directory filter (used by the list, the export and saved filters). */
export function filterSql(f: InfluencerFilter, thresholds: TierThresholds): { where: string; params: unknown[] } {
  const where: string[] = ['i.deleted_at IS NULL'];
  const params: unknown[] = [];
  const q = f.search ? ftsQuery(f.search) : null;
  if (q) {
    where.push('i.id IN (SELECT rowid FROM influencers_fts WHERE influencers_fts MATCH ?)');
    params.push(q);
  }
  if (f.platform) {
    // IN (uncorrelated) rather than EXISTS: SQLite would otherwise walk the platform index once per influencer
    where.push('i.id IN (SELECT c3.influencer_id FROM channels c3 WHERE c3.platform = ?)');
    params.push(f.platform);
  }
  if (f.niche) {
    where.push('EXISTS (SELECT 1 FROM json_each(i.niches) n WHERE lower(n.value) = lower(?))');
    params.push(f.niche);
  }
  if (f.tier) {
    const [lo, hi] = tierRange(f.tier, thresholds);
    where.push('coalesce(ch.followers, 0) >= ? AND coalesce(ch.followers, 0) < ?');
    params.push(lo, hi);
  }
  if (f.country) {
    where.push('i.country = ?');
    params.push(f.country);
  }
  if (f.language) {
    where.push('i.language = ?');
    params.push(f.language);
  }
  if (f.erMinBp !== undefined) {
    where.push(`${ER_SQL} >= ?`);
    params.push(f.erMinBp);
  }
  if (f.erMaxBp !== undefined) {
    where.push(`${ER_SQL} <= ?`);
    params.push(f.erMaxBp);
  }
  if (f.campaignId !== undefined) {
    where.push('i.id IN (SELECT c5.influencer_id FROM collaborations c5 WHERE c5.campaign_id = ? AND c5.removed_at IS NULL)');
    params.push(f.campaignId);
  }
  if (f.notInCampaignId !== undefined) {
    where.push('i.id NOT IN (SELECT c6.influencer_id FROM collaborations c6 WHERE c6.campaign_id = ? AND c6.removed_at IS NULL)');
    params.push(f.notInCampaignId);
  }
  if (f.authVerdict) {
    where.push(`${VERDICT_RANK_SQL} = ?`);
    params.push(VERDICTS.indexOf(f.authVerdict));
  }
  return { where: where.join(' AND '), params };
}

interface ListDbRow {
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

function campaignTarget(db: Db, campaignId: number): FitTarget {
  const row = db.$client.prepare('SELECT target_audience AS t FROM campaigns WHERE id = ?').get(campaignId) as { t: string | null } | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `Campaign ${campaignId} not found`, { field: 'fitCampaignId', key: 'campaigns.notFound', params: { id: campaignId } });
  return row.t ? (JSON.parse(row.t) as FitTarget) : {};
}

export function listInfluencers(db: Db, q: ParsedInputOf<'influencers.list'>): { total: number; rows: InfluencerRow[] } {
  const thresholds = getSettings(db).tierThresholds;
  const { where, params } = filterSql(q, thresholds);
  const from = `FROM influencers i ${PRIMARY_CHANNEL_JOIN} WHERE ${where}`;
  const total = (db.$client.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n;
  const byFit = q.sort === 'fit' && q.fitCampaignId !== undefined;
  const order = `${SORT_SQL[q.sort]} ${q.dir === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, i.id`;
  // Sorting by fit needs every matching row scored before the page is cut.
  const page = byFit ? '' : 'LIMIT ? OFFSET ?';
  const rows = db.$client
    .prepare(
      `SELECT i.id, i.name, i.niches, i.tags, i.country, i.language, i.audience, i.last_contact_at AS lastContactAt,
              ch.platform, ch.handle, coalesce(ch.followers,0) AS followers,
              coalesce(ch.avg_likes,0) AS likes, coalesce(ch.avg_comments,0) AS comments, coalesce(ch.avg_shares,0) AS shares,
              ch.sheet_er_bp AS sheetErBp, ${CAMPAIGN_COUNT_SQL} AS campaignCount, ${VERDICT_RANK_SQL} AS verdictRank
       ${from} ORDER BY ${order} ${page}`,
    )
    .all(...params, ...(byFit ? [] : [q.limit, q.offset])) as ListDbRow[];
  const target = q.fitCampaignId !== undefined ? campaignTarget(db, q.fitCampaignId) : null;
  let out: InfluencerRow[] = rows.map((r) => {
    const niches = JSON.parse(r.niches) as string[];
    const er = engagementRateBp(r.followers, r.likes, r.comments, r.shares, r.sheetErBp);
    return {
      id: r.id,
      name: r.name,
      platform: r.platform,
      handle: r.handle,
      followers: r.followers,
      tier: tierOf(r.followers, thresholds),
      engagementRateBp: er,
      niches,
      tags: JSON.parse(r.tags) as string[],
      country: r.country,
      language: r.language,
      campaignCount: r.campaignCount,
      lastContactAt: r.lastContactAt,
      authVerdict: VERDICTS[r.verdictRank] ?? 'ok',
      fitScore: target
        ? fitScore(
            { country: r.country, language: r.language, niches, audience: r.audience ? JSON.parse(r.audience) : null, followers: r.followers, engagementRateBp: er, platform: r.platform },
            target,
            { thresholds },
          ).score
        : null,
    };
  });
  if (byFit) {
    const sign = q.dir === 'desc' ? -1 : 1;
    out = out.sort((a, b) => sign * ((a.fitScore ?? 0) - (b.fitScore ?? 0)) || a.name.localeCompare(b.name)).slice(q.offset, q.offset + q.limit);
  }
  return { total, rows: out };
}

/** Fit of one influencer for a campaign, with its reasons (the profile and the "add people" list show them). */
export function fitFor(db: Db, influencerId: number, campaignId: number): ReturnType<typeof fitScore> {
  const d = getInfluencer(db, influencerId);
  const main = d.channels[0];
  return fitScore(
    {
      country: d.country,
      language: d.language,
      niches: d.niches,
      audience: d.audience,
      followers: main?.followers ?? 0,
      engagementRateBp: main?.engagementRateBp ?? null,
      platform: main?.platform ?? null,
    },
    campaignTarget(db, campaignId),
    { thresholds: getSettings(db).tierThresholds },
  );
}

export function getInfluencer(db: Db, id: number): InfluencerDetail {
  const i = db.$client
    .prepare(
      `SELECT id, name, email, phone, street, postal_code AS postalCode, city, country, language, niches, tags, notes,
              audience, rates, last_contact_at AS lastContactAt, created_at AS createdAt, updated_at AS updatedAt
       FROM influencers WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(id) as
    | (Omit<InfluencerDetail, 'niches' | 'tags' | 'channels' | 'collaborations' | 'audience' | 'rates' | 'authVerdict' | 'samples' | 'posts'> & {
        niches: string;
        tags: string;
        audience: string | null;
        rates: string;
      })
    | undefined;
  if (!i) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id', key: 'influencers.notFound', params: { id } });
  const thresholds = getSettings(db).tierThresholds;
  const snaps = db.$client.prepare(
    `SELECT id, taken_on AS takenOn, followers, avg_likes AS avgLikes, avg_comments AS avgComments, avg_shares AS avgShares,
            avg_views AS avgViews, source FROM channel_snapshots WHERE channel_id = ? ORDER BY taken_on`,
  );
  const channels: ChannelDto[] = (
    db.$client
      .prepare(
        `SELECT id, platform, handle, url, followers, avg_likes AS avgLikes, avg_comments AS avgComments,
                avg_shares AS avgShares, avg_views AS avgViews, sheet_er_bp AS sheetErBp, is_primary AS isPrimary, auth_verdict AS authVerdict, auth_reasons AS authReasons
         FROM channels WHERE influencer_id = ? ORDER BY is_primary DESC, followers DESC, id`,
      )
      .all(id) as Array<Omit<ChannelDto, 'engagementRateBp' | 'tier' | 'isPrimary' | 'authReasons' | 'snapshots'> & { isPrimary: number; authReasons: string }>
  ).map((c) => ({
    ...c,
    isPrimary: !!c.isPrimary,
    engagementRateBp: engagementRateBp(c.followers, c.avgLikes, c.avgComments, c.avgShares, c.sheetErBp),
    tier: tierOf(c.followers, thresholds),
    authReasons: JSON.parse(c.authReasons) as Reason[],
    snapshots: snaps.all(c.id) as SnapshotDto[],
  }));
  const sale = SALE_STATUSES.map((s) => `'${s}'`).join(',');
  const collaborations = (
    db.$client
      .prepare(
        `SELECT co.id, co.campaign_id AS campaignId, ca.name AS campaignName, s.key AS stageKey, s.name AS stageName,
                co.fee_minor AS feeMinor, co.currency,
                (SELECT group_concat(v.code, ' ') FROM voucher_codes v WHERE v.collaboration_id = co.id) AS codes,
                (SELECT count(*) FROM redemptions r WHERE r.collaboration_id = co.id AND r.status IN (${sale}) AND ${PUBLISHED_REDEMPTION}) AS orders,
                (SELECT coalesce(sum(r.total_minor - r.refunded_minor), 0) FROM redemptions r WHERE r.collaboration_id = co.id AND r.status IN (${sale}) AND ${PUBLISHED_REDEMPTION}) AS revenueMinor
         FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id JOIN stages s ON s.id = co.stage_id
         WHERE co.influencer_id = ? AND co.removed_at IS NULL ORDER BY coalesce(ca.start_date, '') DESC, co.id`,
      )
      .all(id) as Array<Omit<InfluencerDetail['collaborations'][number], 'codes'> & { codes: string | null }>
  ).map((c) => ({ ...c, codes: c.codes ? c.codes.split(' ') : [] }));
  const samples = (
    db.$client
      .prepare(
        `SELECT s.id, ca.name AS campaignName, s.items, s.value_minor AS valueMinor, s.currency, s.carrier, s.status, s.shipped_on AS shippedOn
         FROM sample_shipments s JOIN collaborations co ON co.id = s.collaboration_id JOIN campaigns ca ON ca.id = co.campaign_id
         WHERE co.influencer_id = ? ORDER BY coalesce(s.shipped_on, '') DESC`,
      )
      .all(id) as Array<Omit<InfluencerDetail['samples'][number], 'items'> & { items: string }>
  ).map((s) => ({ ...s, items: (JSON.parse(s.items) as { name: string; quantity: number }[]).map((it) => `${it.quantity}× ${it.name}`).join(', ') }));
  const posts = (
    db.$client
      .prepare(
        `SELECT p.id, ca.name AS campaignName, p.platform, p.kind, p.url, p.posted_at AS postedAt, p.reach, p.likes, p.comments,
                p.disclosure_present AS disclosurePresent
         FROM content_posts p JOIN collaborations co ON co.id = p.collaboration_id JOIN campaigns ca ON ca.id = co.campaign_id
         WHERE co.influencer_id = ? ORDER BY coalesce(p.posted_at, '') DESC`,
      )
      .all(id) as Array<Omit<InfluencerDetail['posts'][number], 'disclosurePresent'> & { disclosurePresent: number }>
  ).map((p) => ({ ...p, disclosurePresent: !!p.disclosurePresent }));
  const worst = channels.reduce((w, c) => Math.max(w, VERDICTS.indexOf(c.authVerdict)), 0);
  return {
    ...i,
    niches: JSON.parse(i.niches),
    tags: JSON.parse(i.tags),
    audience: i.audience ? JSON.parse(i.audience) : null,
    rates: JSON.parse(i.rates),
    authVerdict: VERDICTS[worst],
    channels,
    collaborations,
    samples,
    posts,
  };
}

type ChannelInput = ParsedInputOf<'influencers.create'>['channels'][number];

function assertHandlesFree(db: Db, channels: ChannelInput[], exceptInfluencer?: number): void {
  const seen = new Set<string>();
  channels.forEach((c, idx) => {
    const handle = c.handle.replace(/^@/, '');
    const key = `${c.platform}:${handle.toLowerCase()}`;
    if (seen.has(key)) throw new DomainError('CONFLICT', `${c.platform} handle ${handle} is listed twice`, {
        field: `channels.${idx}.handle`,
        key: 'influencers.handleTwice',
        params: { platform: c.platform, handle },
      });
    seen.add(key);
    const holder = db.$client
      .prepare(
        `SELECT i.id, i.name FROM channels c JOIN influencers i ON i.id = c.influencer_id
         WHERE c.platform = ? AND lower(c.handle) = lower(?) AND i.id IS NOT ?`,
      )
      .get(c.platform, handle, exceptInfluencer ?? null) as { id: number; name: string } | undefined;
    if (holder)
      throw new DomainError('CONFLICT', `${c.platform} handle ${handle} already belongs to ${holder.name}`, {
        field: `channels.${idx}.handle`,
        key: 'influencers.handleTaken',
        params: { platform: c.platform, handle, name: holder.name },
        details: { influencerId: holder.id },
      });
  });
}

/**
 * Makes the stored channels match the given list: matching ones (platform + handle) are updated in place
 * so their snapshots stay, new ones inserted, missing ones removed.
 */
function writeChannels(db: Db, influencerId: number, channels: ChannelInput[]): void {
  const existing = db.$client.prepare('SELECT id, platform, lower(handle) AS handle FROM channels WHERE influencer_id = ?').all(influencerId) as {
    id: number;
    platform: string;
    handle: string;
  }[];
  const hasPrimary = channels.some((c) => c.isPrimary);
  const keep = new Set<number>();
  const update = db.$client.prepare(
    `UPDATE channels SET handle = ?, url = ?, followers = ?, avg_likes = ?, avg_comments = ?, avg_shares = ?, avg_views = ?, is_primary = ?,
            sheet_er_bp = CASE WHEN ? THEN ? ELSE sheet_er_bp END, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
  );
  const insert = db.$client.prepare(
    `INSERT INTO channels (influencer_id, platform, handle, url, followers, avg_likes, avg_comments, avg_shares, avg_views, is_primary, sheet_er_bp)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  channels.forEach((c, idx) => {
    const handle = c.handle.replace(/^@/, '');
    const primary = c.isPrimary || (!hasPrimary && idx === 0) ? 1 : 0;
    const match = existing.find((e) => e.platform === c.platform && e.handle === handle.toLowerCase());
    const values = [c.url ?? null, c.followers, c.avgLikes, c.avgComments, c.avgShares, c.avgViews, primary];
    if (match) {
      keep.add(match.id);
      update.run(handle, ...values, c.sheetErBp === undefined ? 0 : 1, c.sheetErBp ?? null, match.id);
    } else {
      insert.run(influencerId, c.platform, handle, ...values, c.sheetErBp ?? null);
    }
  });
  for (const e of existing) if (!keep.has(e.id)) db.$client.prepare('DELETE FROM channels WHERE id = ?').run(e.id);
}

export function createInfluencer(db: Db, input: ParsedInputOf<'influencers.create'>): { id: number } {
  return write(db, () => {
    assertHandlesFree(db, input.channels);
    const info = db.$client
      .prepare(
        `INSERT INTO influencers (name, email, phone, street, postal_code, city, country, language, niches, tags, notes, audience, rates)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.name,
        input.email ?? null,
        input.phone ?? null,
        input.street ?? null,
        input.postalCode ?? null,
        input.city ?? null,
        input.country ?? null,
        input.language ?? null,
        JSON.stringify(input.niches),
        JSON.stringify(input.tags),
        input.notes,
        input.audience ? JSON.stringify(input.audience) : null,
        JSON.stringify(input.rates),
      );
    const id = Number(info.lastInsertRowid);
    writeChannels(db, id, input.channels);
    refreshAuthenticity(db, id);
    return { id };
  });
}

const COLUMN_OF: Record<string, string> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  street: 'street',
  postalCode: 'postal_code',
  city: 'city',
  country: 'country',
  language: 'language',
  notes: 'notes',
  niches: 'niches',
  tags: 'tags',
  audience: 'audience',
  rates: 'rates',
};

export function updateInfluencer(db: Db, input: ParsedInputOf<'influencers.update'>): { id: number } {
  return write(db, () => {
    const exists = db.$client.prepare('SELECT 1 FROM influencers WHERE id = ? AND deleted_at IS NULL').get(input.id);
    if (!exists) throw new DomainError('NOT_FOUND', `Influencer ${input.id} not found`, { field: 'id', key: 'influencers.notFound', params: { id: input.id } });
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [k, col] of Object.entries(COLUMN_OF)) {
      const v = (input as Record<string, unknown>)[k];
      if (v === undefined) continue;
      sets.push(`${col} = ?`);
      values.push(v !== null && typeof v === 'object' ? JSON.stringify(v) : v);
    }
    if (sets.length)
      db.$client
        .prepare(`UPDATE influencers SET ${sets.join(', ')}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`)
        .run(...values, input.id);
    if (input.channels) {
      assertHandlesFree(db, input.channels, input.id);
      writeChannels(db, input.id, input.channels);
      refreshAuthenticity(db, input.id);
    }
    return { id: input.id };
  });
}

export function setInfluencerDeleted(db: Db, id: number, deleted: boolean): { id: number } {
  const res = db.$client
    .prepare(
      `UPDATE influencers SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ','now')" : 'NULL'}
       WHERE id = ? AND deleted_at IS ${deleted ? 'NULL' : 'NOT NULL'}`,
    )
    .run(id);
  if (res.changes === 0) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id', key: 'influencers.notFound', params: { id } });
  return { id };
}

export function addSnapshot(db: Db, s: ParsedInputOf<'influencers.snapshots.add'>): { id: number } {
  return write(db, () => {
    const ch = db.$client.prepare('SELECT influencer_id AS influencerId FROM channels WHERE id = ?').get(s.channelId) as { influencerId: number } | undefined;
    if (!ch) throw new DomainError('NOT_FOUND', `Channel ${s.channelId} not found`, { field: 'channelId', key: 'influencers.channelNotFound', params: { id: s.channelId } });
    db.$client
      .prepare(
        `INSERT INTO channel_snapshots (channel_id, taken_on, followers, avg_likes, avg_comments, avg_shares, avg_views, source)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'manual')
         ON CONFLICT (channel_id, taken_on) DO UPDATE SET followers = excluded.followers, avg_likes = excluded.avg_likes,
           avg_comments = excluded.avg_comments, avg_shares = excluded.avg_shares, avg_views = excluded.avg_views, source = 'manual'`,
      )
      .run(s.channelId, s.takenOn, s.followers, s.avgLikes, s.avgComments, s.avgShares, s.avgViews);
    const id = (db.$client.prepare('SELECT id FROM channel_snapshots WHERE channel_id = ? AND taken_on = ?').get(s.channelId, s.takenOn) as { id: number }).id;
    // The newest snapshot is the channel's current numbers.
    const newest = db.$client.prepare('SELECT max(taken_on) AS d FROM channel_snapshots WHERE channel_id = ?').get(s.channelId) as { d: string };
    if (newest.d === s.takenOn)
      db.$client
        .prepare('UPDATE channels SET followers = ?, avg_likes = ?, avg_comments = ?, avg_shares = ?, avg_views = ? WHERE id = ?')
        .run(s.followers, s.avgLikes, s.avgComments, s.avgShares, s.avgViews, s.channelId);
    refreshAuthenticity(db, ch.influencerId);
    return { id };
  });
}

export function deleteSnapshot(db: Db, id: number): { id: number } {
  return write(db, () => {
    const row = db.$client
      .prepare('SELECT c.influencer_id AS influencerId FROM channel_snapshots s JOIN channels c ON c.id = s.channel_id WHERE s.id = ?')
      .get(id) as { influencerId: number } | undefined;
    if (!row) throw new DomainError('NOT_FOUND', `Snapshot ${id} not found`, { field: 'id', key: 'influencers.snapshotNotFound', params: { id } });
    db.$client.prepare('DELETE FROM channel_snapshots WHERE id = ?').run(id);
    refreshAuthenticity(db, row.influencerId);
    return { id };
  });
}

export function facets(db: Db): { countries: string[]; niches: string[]; languages: string[] } {
  const pluck = (sql: string) => (db.$client.prepare(sql).pluck().all() as string[]).filter(Boolean);
  return {
    countries: pluck('SELECT DISTINCT country FROM influencers WHERE deleted_at IS NULL AND country IS NOT NULL ORDER BY country'),
    languages: pluck('SELECT DISTINCT language FROM influencers WHERE deleted_at IS NULL AND language IS NOT NULL ORDER BY language'),
    niches: pluck(
      'SELECT DISTINCT lower(n.value) FROM influencers i, json_each(i.niches) n WHERE i.deleted_at IS NULL ORDER BY 1',
    ),
  };
}
