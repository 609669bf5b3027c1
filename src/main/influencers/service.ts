import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { engagementRateBp, tierOf, type Platform, type TierThresholds } from '../../shared/domain';
import type { ChannelDto, InfluencerDetail, InfluencerRow, ParsedInputOf } from '../../shared/contract';
import { getSettings } from '../settings/service';

/** The channel that represents an influencer in lists: the one marked primary, else the largest. */
const PRIMARY_CHANNEL = `(
  SELECT c.id FROM channels c WHERE c.influencer_id = i.id
  ORDER BY c.is_primary DESC, c.followers DESC, c.id LIMIT 1)`;

const SORT_SQL: Record<string, string> = {
  name: 'i.name COLLATE NOCASE',
  followers: 'coalesce(ch.followers, 0)',
  engagementRate:
    'CASE WHEN coalesce(ch.followers,0) > 0 THEN (ch.avg_likes + ch.avg_comments + ch.avg_shares) * 1.0 / ch.followers END',
  country: 'i.country',
  lastContactAt: 'i.last_contact_at',
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

export function listInfluencers(db: Db, q: ParsedInputOf<'influencers.list'>): { total: number; rows: InfluencerRow[] } {
  const thresholds = getSettings(db).tierThresholds;
  const where: string[] = ['i.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (q.search?.trim()) {
    const like = `%${q.search.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where.push(
      `(i.name LIKE ? ESCAPE '\\' OR i.tags LIKE ? ESCAPE '\\' OR i.niches LIKE ? ESCAPE '\\' OR i.notes LIKE ? ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM channels c2 WHERE c2.influencer_id = i.id AND c2.handle LIKE ? ESCAPE '\\'))`,
    );
    params.push(like, like, like, like, like);
  }
  if (q.platform) {
    where.push('EXISTS (SELECT 1 FROM channels c3 WHERE c3.influencer_id = i.id AND c3.platform = ?)');
    params.push(q.platform);
  }
  if (q.niche) {
    where.push('EXISTS (SELECT 1 FROM json_each(i.niches) n WHERE lower(n.value) = lower(?))');
    params.push(q.niche);
  }
  if (q.tier) {
    const [lo, hi] = tierRange(q.tier, thresholds);
    where.push('coalesce(ch.followers, 0) >= ? AND coalesce(ch.followers, 0) < ?');
    params.push(lo, hi);
  }
  const from = `FROM influencers i LEFT JOIN channels ch ON ch.id = ${PRIMARY_CHANNEL} WHERE ${where.join(' AND ')}`;
  const total = (db.$client.prepare(`SELECT count(*) AS n ${from}`).get(...params) as { n: number }).n;
  const order = `${SORT_SQL[q.sort]} ${q.dir === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, i.id`;
  const rows = db.$client
    .prepare(
      `SELECT i.id, i.name, i.niches, i.country, i.language, i.last_contact_at AS lastContactAt,
              ch.platform, ch.handle, coalesce(ch.followers,0) AS followers,
              coalesce(ch.avg_likes,0) AS likes, coalesce(ch.avg_comments,0) AS comments, coalesce(ch.avg_shares,0) AS shares,
              (SELECT count(*) FROM collaborations co WHERE co.influencer_id = i.id AND co.removed_at IS NULL) AS campaignCount
       ${from} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, q.limit, q.offset) as Array<{
    id: number;
    name: string;
    niches: string;
    country: string | null;
    language: string | null;
    lastContactAt: string | null;
    platform: Platform | null;
    handle: string | null;
    followers: number;
    likes: number;
    comments: number;
    shares: number;
    campaignCount: number;
  }>;
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      platform: r.platform,
      handle: r.handle,
      followers: r.followers,
      tier: tierOf(r.followers, thresholds),
      engagementRateBp: engagementRateBp(r.followers, r.likes, r.comments, r.shares),
      niches: JSON.parse(r.niches) as string[],
      country: r.country,
      language: r.language,
      campaignCount: r.campaignCount,
      lastContactAt: r.lastContactAt,
    })),
  };
}

export function getInfluencer(db: Db, id: number): InfluencerDetail {
  const i = db.$client
    .prepare(
      `SELECT id, name, email, phone, street, postal_code AS postalCode, city, country, language, niches, tags, notes,
              last_contact_at AS lastContactAt, created_at AS createdAt, updated_at AS updatedAt
       FROM influencers WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(id) as (Omit<InfluencerDetail, 'niches' | 'tags' | 'channels' | 'collaborations'> & { niches: string; tags: string }) | undefined;
  if (!i) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id' });
  const thresholds = getSettings(db).tierThresholds;
  const channels = (
    db.$client
      .prepare(
        `SELECT id, platform, handle, url, followers, avg_likes AS avgLikes, avg_comments AS avgComments,
                avg_shares AS avgShares, avg_views AS avgViews, is_primary AS isPrimary
         FROM channels WHERE influencer_id = ? ORDER BY is_primary DESC, followers DESC`,
      )
      .all(id) as Array<Omit<ChannelDto, 'engagementRateBp' | 'tier' | 'isPrimary'> & { isPrimary: number }>
  ).map((c) => ({
    ...c,
    isPrimary: !!c.isPrimary,
    engagementRateBp: engagementRateBp(c.followers, c.avgLikes, c.avgComments, c.avgShares),
    tier: tierOf(c.followers, thresholds),
  }));
  const collaborations = db.$client
    .prepare(
      `SELECT co.id, co.campaign_id AS campaignId, ca.name AS campaignName, s.key AS stageKey, s.name AS stageName,
              co.fee_minor AS feeMinor, co.currency
       FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id JOIN stages s ON s.id = co.stage_id
       WHERE co.influencer_id = ? AND co.removed_at IS NULL ORDER BY ca.start_date DESC, co.id`,
    )
    .all(id) as InfluencerDetail['collaborations'];
  return { ...i, niches: JSON.parse(i.niches), tags: JSON.parse(i.tags), channels, collaborations };
}

type ChannelInput = ParsedInputOf<'influencers.create'>['channels'][number];

function assertHandlesFree(db: Db, channels: ChannelInput[], exceptInfluencer?: number): void {
  const seen = new Set<string>();
  channels.forEach((c, idx) => {
    const key = `${c.platform}:${c.handle.toLowerCase()}`;
    if (seen.has(key)) throw new DomainError('CONFLICT', `${c.platform} handle ${c.handle} is listed twice`, { field: `channels.${idx}.handle` });
    seen.add(key);
    const holder = db.$client
      .prepare(
        `SELECT i.id, i.name FROM channels c JOIN influencers i ON i.id = c.influencer_id
         WHERE c.platform = ? AND lower(c.handle) = lower(?) AND i.id IS NOT ?`,
      )
      .get(c.platform, c.handle, exceptInfluencer ?? null) as { id: number; name: string } | undefined;
    if (holder)
      throw new DomainError('CONFLICT', `${c.platform} handle ${c.handle} already belongs to ${holder.name}`, {
        field: `channels.${idx}.handle`,
        details: { influencerId: holder.id },
      });
  });
}

function writeChannels(db: Db, influencerId: number, channels: ChannelInput[]): void {
  db.$client.prepare('DELETE FROM channels WHERE influencer_id = ?').run(influencerId);
  const hasPrimary = channels.some((c) => c.isPrimary);
  const insert = db.$client.prepare(
    `INSERT INTO channels (influencer_id, platform, handle, url, followers, avg_likes, avg_comments, avg_shares, avg_views, is_primary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  channels.forEach((c, idx) =>
    insert.run(
      influencerId,
      c.platform,
      c.handle.replace(/^@/, ''),
      c.url ?? null,
      c.followers,
      c.avgLikes,
      c.avgComments,
      c.avgShares,
      c.avgViews,
      c.isPrimary || (!hasPrimary && idx === 0) ? 1 : 0,
    ),
  );
}

export function createInfluencer(db: Db, input: ParsedInputOf<'influencers.create'>): { id: number } {
  return db.$client.transaction(() => {
    assertHandlesFree(db, input.channels);
    const info = db.$client
      .prepare(
        `INSERT INTO influencers (name, email, phone, street, postal_code, city, country, language, niches, tags, notes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
      );
    const id = Number(info.lastInsertRowid);
    writeChannels(db, id, input.channels);
    return { id };
  })();
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
};

export function updateInfluencer(db: Db, input: ParsedInputOf<'influencers.update'>): { id: number } {
  return db.$client.transaction(() => {
    const exists = db.$client.prepare('SELECT 1 FROM influencers WHERE id = ? AND deleted_at IS NULL').get(input.id);
    if (!exists) throw new DomainError('NOT_FOUND', `Influencer ${input.id} not found`, { field: 'id' });
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [k, col] of Object.entries(COLUMN_OF)) {
      const v = (input as Record<string, unknown>)[k];
      if (v === undefined) continue;
      sets.push(`${col} = ?`);
      values.push(Array.isArray(v) ? JSON.stringify(v) : v);
    }
    if (sets.length)
      db.$client
        .prepare(`UPDATE influencers SET ${sets.join(', ')}, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`)
        .run(...values, input.id);
    if (input.channels) {
      assertHandlesFree(db, input.channels, input.id);
      writeChannels(db, input.id, input.channels);
    }
    return { id: input.id };
  })();
}

export function setInfluencerDeleted(db: Db, id: number, deleted: boolean): { id: number } {
  const res = db.$client
    .prepare(
      `UPDATE influencers SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ','now')" : 'NULL'}
       WHERE id = ? AND deleted_at IS ${deleted ? 'NULL' : 'NOT NULL'}`,
    )
    .run(id);
  if (res.changes === 0) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id' });
  return { id };
}
