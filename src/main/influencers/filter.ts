/**
 * The directory's filter and sort as SQL over `influencers i` with its primary channel `ch`: used by the list,
 * the export and saved filters.
 */
import type { TierThresholds } from '../../shared/domain';
import type { AuthVerdict, InfluencerFilter } from '../../shared/contract';
import { LIVE_INFLUENCER } from '../db/sql';

/** The ER as shared/domain.ts engagementRateBp computes it: a sheet's ER while no averages are known. */
export const ER_SQL = `CASE WHEN ch.sheet_er_bp IS NOT NULL AND ch.avg_likes + ch.avg_comments + ch.avg_shares = 0 THEN ch.sheet_er_bp
  WHEN coalesce(ch.followers,0) > 0 THEN (ch.avg_likes + ch.avg_comments + ch.avg_shares) * 10000.0 / ch.followers END`;
export const VERDICT_RANK_SQL = `(SELECT coalesce(max(CASE c4.auth_verdict WHEN 'suspicious' THEN 2 WHEN 'review' THEN 1 ELSE 0 END), 0)
  FROM channels c4 WHERE c4.influencer_id = i.id)`;
export const CAMPAIGN_COUNT_SQL = '(SELECT count(*) FROM collaborations co WHERE co.influencer_id = i.id AND co.removed_at IS NULL)';
export const VERDICTS: AuthVerdict[] = ['ok', 'review', 'suspicious'];

export const SORT_SQL: Record<string, string> = {
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

/** SQL parameters of a filter: text or numbers. */
export type FilterParam = string | number;

/** WHERE clause and parameters of a directory filter (used by the list, the export and saved filters). */
export function filterSql(f: InfluencerFilter, thresholds: TierThresholds): { where: string; params: FilterParam[] } {
  const where: string[] = [LIVE_INFLUENCER];
  const params: FilterParam[] = [];
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
