/**
 * How well an influencer fits a campaign target: a score 0–100 with the reasons that make it up (codes + params
 * for the UI to translate). Pure.
 */
import { DEFAULT_TIER_THRESHOLDS, type TierThresholds } from '../../../shared/domain';
import { erBenchmark } from './authenticity';

/** As stored in influencers.audience (src/main/influencers/schema.ts); shares in basis points. */
export interface Audience {
  topCountries: { country: string; shareBp: number }[];
  ageBands: Record<string, number>;
  gender: { female: number; male: number; other: number };
}

export interface FitInfluencer {
  country: string | null;
  language: string | null;
  niches: readonly string[];
  audience: Audience | null;
  followers: number;
  engagementRateBp: number | null;
  /** Platform of the main channel, for the ER benchmark; unknown → the default benchmark. */
  platform?: string | null;
}

export interface FitTarget {
  countries?: string[];
  ageBands?: string[];
  gender?: 'female' | 'male' | 'any';
  niches?: string[];
  /** Follower range of the main channel; either end may be missing. */
  followersMin?: number;
  followersMax?: number;
}

export type FitCode =
  | 'audience_country_share'
  | 'residence_in_target'
  | 'residence_outside_target'
  | 'language_matches_target'
  | 'country_unknown'
  | 'age_share'
  | 'age_unknown'
  | 'gender_share'
  | 'gender_unknown'
  | 'niche_overlap'
  | 'er_in_range'
  | 'er_above_range'
  | 'er_implausibly_high'
  | 'er_below_range'
  | 'er_unknown'
  | 'followers_in_range'
  | 'followers_outside';

export interface FitReason {
  code: FitCode;
  /** Always `points` and `maxPoints` (one decimal), plus what the code needs. */
  params: Record<string, string | number | string[] | null>;
}

/**
 * Weights (points of 100). A component counts only when the target asks for it (countries, age bands, a
 * gender other than `any`, niches); the ER quality always counts. The score is the points reached divided by the
 * points possible among the counted components, × 100, rounded.
 * - country 30: audience share in the target countries, full points from 80 % on; without audience data, the
 *   residence in a target country gives 60 %, a matching content language (de → DE/AT/CH, …) 40 %;
 * - age 20: audience share in the target age bands, full points from 60 % on;
 * - gender 10: audience share of the target gender, full points from 70 % on;
 * - niches 30: the share of the target niches the influencer covers;
 * - followers 10 (when the target names a range): inside it full points, outside none;
 * - ER 10: within or up to twice above the typical range of its platform and tier (see ER_BENCHMARKS) full
 *   points, below the range in proportion (ER ÷ min), far above it (> 2 × max, implausible) 30 %.
 * Unknown data gives `UNKNOWN_CREDIT` (30 %) of a component: less than a good match, more than a known mismatch.
 */
export const FIT_WEIGHTS = { country: 30, age: 20, gender: 10, niches: 30, er: 10, followers: 10 } as const;
export const FIT_SATURATION = { countryBp: 8_000, ageBp: 6_000, genderBp: 7_000 } as const;
export const UNKNOWN_CREDIT = 0.3;

/** Main content languages to the countries where they are spoken (for the residence fallback). */
const LANGUAGE_COUNTRIES: Record<string, string[]> = {
  de: ['DE', 'AT', 'CH', 'LI', 'LU'],
  fr: ['FR', 'BE', 'CH', 'LU'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
  en: ['GB', 'IE', 'US'],
  es: ['ES'],
  pl: ['PL'],
};

const round1 = (n: number): number => Math.round(n * 10) / 10;
const clamp01 = (n: number): number => Math.max(0, Math.min(1, n));

export function fitScore(
  influencer: FitInfluencer,
  target: FitTarget,
  opts: { thresholds?: TierThresholds } = {},
): { score: number; reasons: FitReason[] } {
  const reasons: FitReason[] = [];
  let reached = 0;
  let possible = 0;
  const add = (weight: number, fraction: number, code: FitCode, params: FitReason['params'] = {}): void => {
    const points = weight * clamp01(fraction);
    reached += points;
    possible += weight;
    reasons.push({ code, params: { ...params, points: round1(points), maxPoints: weight } });
  };

  // Country
  const countries = (target.countries ?? []).map((c) => c.toUpperCase());
  if (countries.length > 0) {
    const top = influencer.audience?.topCountries ?? [];
    if (top.length > 0) {
      const share = Math.min(10_000, top.filter((t) => countries.includes(t.country.toUpperCase())).reduce((s, t) => s + t.shareBp, 0));
      add(FIT_WEIGHTS.country, share / FIT_SATURATION.countryBp, 'audience_country_share', { shareBp: share, countries });
    } else if (influencer.country) {
      const inTarget = countries.includes(influencer.country.toUpperCase());
      add(FIT_WEIGHTS.country, inTarget ? 0.6 : 0, inTarget ? 'residence_in_target' : 'residence_outside_target', { country: influencer.country });
    } else if (influencer.language && (LANGUAGE_COUNTRIES[influencer.language] ?? []).some((c) => countries.includes(c))) {
      add(FIT_WEIGHTS.country, 0.4, 'language_matches_target', { language: influencer.language });
    } else {
      add(FIT_WEIGHTS.country, UNKNOWN_CREDIT, 'country_unknown');
    }
  }

  // Age
  const bands = target.ageBands ?? [];
  if (bands.length > 0) {
    const ages = influencer.audience?.ageBands ?? {};
    if (Object.keys(ages).length > 0) {
      const share = Math.min(10_000, bands.reduce((s, b) => s + (ages[b] ?? 0), 0));
      add(FIT_WEIGHTS.age, share / FIT_SATURATION.ageBp, 'age_share', { shareBp: share, ageBands: bands });
    } else {
      add(FIT_WEIGHTS.age, UNKNOWN_CREDIT, 'age_unknown');
    }
  }

  // Gender
  if (target.gender === 'female' || target.gender === 'male') {
    const g = influencer.audience?.gender;
    if (g && g.female + g.male + g.other > 0) {
      const share = g[target.gender];
      add(FIT_WEIGHTS.gender, share / FIT_SATURATION.genderBp, 'gender_share', { shareBp: share, gender: target.gender });
    } else {
      add(FIT_WEIGHTS.gender, UNKNOWN_CREDIT, 'gender_unknown', { gender: target.gender });
    }
  }

  // Niches
  const wanted = [...new Set((target.niches ?? []).map((n) => n.toLowerCase()))];
  if (wanted.length > 0) {
    const has = new Set(influencer.niches.map((n) => n.toLowerCase()));
    const matched = wanted.filter((n) => has.has(n));
    add(FIT_WEIGHTS.niches, matched.length / wanted.length, 'niche_overlap', { matched, missing: wanted.filter((n) => !has.has(n)) });
  }

  // Follower range
  const min = target.followersMin ?? null;
  const max = target.followersMax ?? null;
  if (min !== null || max !== null) {
    const inside = (min === null || influencer.followers >= min) && (max === null || influencer.followers <= max);
    add(FIT_WEIGHTS.followers, inside ? 1 : 0, inside ? 'followers_in_range' : 'followers_outside', { followers: influencer.followers, min, max });
  }

  // ER quality
  const er = influencer.engagementRateBp;
  if (er == null || influencer.followers <= 0) {
    add(FIT_WEIGHTS.er, UNKNOWN_CREDIT, 'er_unknown');
  } else {
    const b = erBenchmark(influencer.platform ?? 'default', influencer.followers, opts.thresholds ?? DEFAULT_TIER_THRESHOLDS);
    const params = { erBp: er, typicalMinBp: b.minBp, typicalMaxBp: b.maxBp, tier: b.tier };
    if (er > b.maxBp * 2) add(FIT_WEIGHTS.er, UNKNOWN_CREDIT, 'er_implausibly_high', params);
    else if (er > b.maxBp) add(FIT_WEIGHTS.er, 1, 'er_above_range', params);
    else if (er >= b.minBp) add(FIT_WEIGHTS.er, 1, 'er_in_range', params);
    else add(FIT_WEIGHTS.er, er / b.minBp, 'er_below_range', params);
  }

  return { score: possible > 0 ? Math.round((reached / possible) * 100) : 0, reasons };
}
