/** The edit drawer's form state: a profile as the fields hold it, and back into the update input. */
import type { InfluencerDetail } from '../../../../shared/contract';
import { detailToInput } from '../../../../shared/influencer-input';
import { type Platform } from '../../../../shared/domain';

/** Counts, basis points and minor units as the number fields give them (null = empty, NaN = unreadable text). */
type Num = number | null;
const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45+'];
const n = (x: Num) => x ?? 0;
const bp = (b: Num) => b ?? 0;
const pct = (b: number | undefined) => b ?? null;
const opt = (s: string) => (s.trim() ? s.trim() : null);

export type ChannelForm = {
  platform: Platform;
  handle: string;
  url: string;
  followers: Num;
  avgLikes: Num;
  avgComments: Num;
  avgShares: Num;
  avgViews: Num;
  isPrimary: boolean;
};
export type FormState = {
  name: string;
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  language: string;
  niches: string[];
  tags: string[];
  notes: string;
  channels: ChannelForm[];
  hasAudience: boolean;
  topCountries: { country: string; share: Num }[];
  ageBands: Record<string, Num>;
  female: Num;
  male: Num;
  other: Num;
  rates: { kind: string; amount: Num; currency: string }[];
};

export { detailToInput };

export function toForm(d: InfluencerDetail): FormState {
  const a = d.audience;
  return {
    name: d.name,
    email: d.email ?? '',
    phone: d.phone ?? '',
    street: d.street ?? '',
    postalCode: d.postalCode ?? '',
    city: d.city ?? '',
    country: d.country ?? '',
    language: d.language ?? '',
    niches: d.niches,
    tags: d.tags,
    notes: d.notes,
    channels: d.channels.map((c) => ({
      platform: c.platform,
      handle: c.handle,
      url: c.url ?? '',
      followers: c.followers,
      avgLikes: c.avgLikes,
      avgComments: c.avgComments,
      avgShares: c.avgShares,
      avgViews: c.avgViews,
      isPrimary: c.isPrimary,
    })),
    hasAudience: !!a,
    topCountries: (a?.topCountries ?? []).map((c) => ({ country: c.country, share: pct(c.shareBp) })),
    ageBands: Object.fromEntries([...new Set([...AGE_BANDS, ...Object.keys(a?.ageBands ?? {})])].map((k) => [k, pct(a?.ageBands[k])])),
    female: pct(a?.gender.female),
    male: pct(a?.gender.male),
    other: pct(a?.gender.other),
    rates: d.rates.map((r) => ({ kind: r.kind, amount: r.amountMinor as Num, currency: r.currency })),
  };
}

export function toInput(v: FormState): ReturnType<typeof detailToInput> {
  return {
    name: v.name.trim(),
    email: opt(v.email),
    phone: opt(v.phone),
    street: opt(v.street),
    postalCode: opt(v.postalCode),
    city: opt(v.city),
    country: opt(v.country.toUpperCase()),
    language: opt(v.language.toLowerCase()),
    niches: v.niches,
    tags: v.tags,
    notes: v.notes,
    channels: v.channels.map((c) => ({
      platform: c.platform,
      handle: c.handle.trim().replace(/^@/, ''),
      url: opt(c.url),
      followers: n(c.followers),
      avgLikes: n(c.avgLikes),
      avgComments: n(c.avgComments),
      avgShares: n(c.avgShares),
      avgViews: n(c.avgViews),
      isPrimary: c.isPrimary,
    })),
    audience: v.hasAudience
      ? {
          topCountries: v.topCountries.filter((c) => c.country.trim()).map((c) => ({ country: c.country.trim().toUpperCase(), shareBp: bp(c.share) })),
          ageBands: Object.fromEntries(Object.entries(v.ageBands).filter(([, x]) => x != null).map(([k, x]) => [k, bp(x)])),
          gender: { female: bp(v.female), male: bp(v.male), other: bp(v.other) },
        }
      : null,
    rates: v.rates.filter((r) => r.kind).map((r) => ({ kind: r.kind, amountMinor: n(r.amount), currency: (r.currency || 'EUR').toUpperCase() })),
  };
}
