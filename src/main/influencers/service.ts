/** The directory's reads: the list, one person's profile, the fit for a campaign, the filter facets. */
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { engagementRateBp, erIsFromSheet, tierOf, type TierThresholds } from '../../shared/domain';
import type { ChannelDto, InfluencerDetail, InfluencerRow, ParsedInputOf } from '../../shared/contract';
import { getSettings } from '../settings/service';
import { fitScore, type FitInfluencer, type FitTarget } from './directory/fit';
import { audienceColumn, parseJson, parseJsonOrNull, ratesColumn, reasonsColumn, sampleItemsColumn, stringList, targetAudienceColumn } from '../db/json-columns';
import { filterSql, SORT_SQL, VERDICTS } from './filter';
import * as q from './queries';

/** The channel that represents an influencer in lists (`ch`): defined once in db/sql.ts. */
export { PRIMARY_CHANNEL_JOIN } from '../db/sql';
export { filterSql, ftsQuery } from './filter';
export { addSnapshot, createInfluencer, deleteSnapshot, setInfluencerDeleted, updateInfluencer } from './edit';

function campaignTarget(db: Db, campaignId: number): FitTarget {
  const row = q.campaignTargetAudience(db, campaignId);
  if (!row) throw new DomainError('NOT_FOUND', `Campaign ${campaignId} not found`, { field: 'fitCampaignId', key: 'campaigns.notFound', params: { id: campaignId } });
  return parseJsonOrNull(targetAudienceColumn, row.t) ?? {};
}

/** Score and reasons of a row for the campaign's target; both null without one. */
function fitOf(target: FitTarget | null, influencer: () => FitInfluencer, thresholds: TierThresholds): Pick<InfluencerRow, 'fitScore' | 'fitReasons'> {
  if (!target) return { fitScore: null, fitReasons: null };
  const fit = fitScore(influencer(), target, { thresholds });
  return { fitScore: fit.score, fitReasons: fit.reasons };
}

export function listInfluencers(db: Db, input: ParsedInputOf<'influencers.list'>): { total: number; rows: InfluencerRow[] } {
  const thresholds = getSettings(db).tierThresholds;
  const { where, params } = filterSql(input, thresholds);
  const total = q.countFiltered(db, where, params);
  const byFit = input.sort === 'fit' && input.fitCampaignId !== undefined;
  const order = `${SORT_SQL[input.sort]} ${input.dir === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, i.id`;
  // Sorting by fit needs every matching row scored before the page is cut.
  const rows = q.listRows(db, where, params, order, byFit ? null : { limit: input.limit, offset: input.offset });
  const target = input.fitCampaignId !== undefined ? campaignTarget(db, input.fitCampaignId) : null;
  let out: InfluencerRow[] = rows.map((r) => {
    const niches = parseJson(stringList, r.niches);
    const er = engagementRateBp(r.followers, r.likes, r.comments, r.shares, r.sheetErBp);
    return {
      id: r.id,
      name: r.name,
      platform: r.platform,
      handle: r.handle,
      followers: r.followers,
      tier: tierOf(r.followers, thresholds),
      engagementRateBp: er,
      erFromSheet: erIsFromSheet({ sheetErBp: r.sheetErBp, avgLikes: r.likes, avgComments: r.comments, avgShares: r.shares }),
      niches,
      tags: parseJson(stringList, r.tags),
      country: r.country,
      language: r.language,
      campaignCount: r.campaignCount,
      lastContactAt: r.lastContactAt,
      authVerdict: VERDICTS[r.verdictRank] ?? 'ok',
      ...fitOf(target, () => ({ country: r.country, language: r.language, niches, audience: parseJsonOrNull(audienceColumn, r.audience), followers: r.followers, engagementRateBp: er, platform: r.platform }), thresholds),
    };
  });
  if (byFit) {
    const sign = input.dir === 'desc' ? -1 : 1;
    out = out.sort((a, b) => sign * ((a.fitScore ?? 0) - (b.fitScore ?? 0)) || a.name.localeCompare(b.name)).slice(input.offset, input.offset + input.limit);
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
  const i = q.liveInfluencer(db, id);
  if (!i) throw new DomainError('NOT_FOUND', `Influencer ${id} not found`, { field: 'id', key: 'influencers.notFound', params: { id } });
  const thresholds = getSettings(db).tierThresholds;
  const snapshots = q.snapshotsReader(db);
  const channels: ChannelDto[] = q.channelsOf(db, id).map((c) => ({
    ...c,
    isPrimary: !!c.isPrimary,
    engagementRateBp: engagementRateBp(c.followers, c.avgLikes, c.avgComments, c.avgShares, c.sheetErBp),
    tier: tierOf(c.followers, thresholds),
    authReasons: parseJson(reasonsColumn, c.authReasons),
    snapshots: snapshots(c.id),
  }));
  const collaborations = q.collaborationsOf(db, id).map((c) => ({ ...c, codes: c.codes ? c.codes.split(' ') : [] }));
  const samples = q
    .samplesOf(db, id)
    .map((s) => ({ ...s, items: parseJson(sampleItemsColumn, s.items).map((it) => `${it.quantity}× ${it.name}`).join(', ') }));
  const posts = q.postsOf(db, id).map((p) => ({ ...p, disclosurePresent: !!p.disclosurePresent }));
  const worst = channels.reduce((w, c) => Math.max(w, VERDICTS.indexOf(c.authVerdict)), 0);
  return {
    ...i,
    niches: parseJson(stringList, i.niches),
    tags: parseJson(stringList, i.tags),
    audience: parseJsonOrNull(audienceColumn, i.audience),
    rates: parseJson(ratesColumn, i.rates),
    authVerdict: VERDICTS[worst],
    channels,
    collaborations,
    samples,
    posts,
  };
}

export function facets(db: Db): { countries: string[]; niches: string[]; languages: string[] } {
  const values = (facet: 'countries' | 'languages' | 'niches') => q.facetValues(db, facet).filter(Boolean);
  return { countries: values('countries'), languages: values('languages'), niches: values('niches') };
}
