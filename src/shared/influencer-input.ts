/**
 * A stored influencer as the input that would write it again (the contract's InfluencerDetail → InfluencerInput):
 * what "Undo" writes back, what the edit form starts from and what an import merges into. Shared by core and UI.
 */
import type { ChannelDto, InfluencerDetail, InfluencerInput } from './contract';

/** A stored channel as the input that would write it again. */
export function channelToInput(c: Pick<ChannelDto, 'platform' | 'handle' | 'url' | 'followers' | 'avgLikes' | 'avgComments' | 'avgShares' | 'avgViews' | 'sheetErBp' | 'isPrimary'>) {
  return {
    platform: c.platform,
    handle: c.handle,
    url: c.url,
    followers: c.followers,
    avgLikes: c.avgLikes,
    avgComments: c.avgComments,
    avgShares: c.avgShares,
    avgViews: c.avgViews,
    sheetErBp: c.sheetErBp,
    isPrimary: c.isPrimary,
  };
}

/** The stored profile as an input for create/update: what "Undo" writes back and what an import merges into. */
export function detailToInput(d: InfluencerDetail): Required<Omit<InfluencerInput, 'audience'>> & { audience: InfluencerInput['audience'] } {
  return {
    name: d.name,
    email: d.email,
    phone: d.phone,
    street: d.street,
    postalCode: d.postalCode,
    city: d.city,
    country: d.country,
    language: d.language,
    niches: d.niches,
    tags: d.tags,
    notes: d.notes,
    channels: d.channels.map(channelToInput),
    audience: d.audience,
    rates: d.rates.map((r) => ({ kind: r.kind, amountMinor: r.amountMinor, currency: r.currency })),
  };
}
