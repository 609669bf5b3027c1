import { describe, expect, it } from 'vitest';
import { FIT_WEIGHTS, UNKNOWN_CREDIT, fitScore, type Audience, type FitInfluencer } from '../../../src/main/influencers/directory/fit';

const audience = (over: Partial<Audience> = {}): Audience => ({
  topCountries: [{ country: 'DE', shareBp: 8_000 }, { country: 'AT', shareBp: 1_200 }],
  ageBands: { '18-24': 3_000, '25-34': 4_000, '35-44': 2_000 },
  gender: { female: 7_000, male: 2_800, other: 200 },
  ...over,
});

const veganFitnessDe: FitInfluencer = {
  country: 'DE', language: 'de', niches: ['vegan', 'fitness'], audience: audience(), followers: 20_000, engagementRateBp: 350, platform: 'instagram',
};
const unrelated: FitInfluencer = {
  country: 'AT', language: 'de', niches: ['gaming'],
  audience: audience({ topCountries: [{ country: 'AT', shareBp: 7_000 }, { country: 'DE', shareBp: 500 }] }),
  followers: 20_000, engagementRateBp: 350, platform: 'instagram',
};
const target = { countries: ['DE'], niches: ['vegan', 'fitness'] };
const reason = (r: ReturnType<typeof fitScore>, code: string) => r.reasons.find((x) => x.code === code);

describe('fitScore', () => {
  it('ranks a DE vegan fitness influencer above an unrelated one for a DE vegan target', () => {
    const a = fitScore(veganFitnessDe, target);
    const b = fitScore(unrelated, target);
    expect(a.score).toBe(100); // 30 + 30 + 10 of 70
    expect(b.score).toBe(17); // (30 × 500/8000 + 0 + 10) / 70 = 16.96
    expect(a.score).toBeGreaterThan(b.score);
  });

  it('explains the score with codes and points', () => {
    const r = fitScore(unrelated, target);
    expect(r.reasons).toEqual([
      { code: 'audience_country_share', params: { shareBp: 500, countries: ['DE'], points: 1.9, maxPoints: 30 } },
      { code: 'niche_overlap', params: { matched: [], missing: ['vegan', 'fitness'], points: 0, maxPoints: 30 } },
      { code: 'er_in_range', params: { erBp: 350, typicalMinBp: 100, typicalMaxBp: 600, tier: 'micro', points: 10, maxPoints: 10 } },
    ]);
  });

  it('gives partial niche credit in proportion, case-insensitively', () => {
    const r = fitScore({ ...veganFitnessDe, niches: ['Vegan', 'food'] }, target);
    expect(reason(r, 'niche_overlap')?.params).toMatchObject({ matched: ['vegan'], missing: ['fitness'], points: 15 });
    expect(r.score).toBe(79); // (30 + 15 + 10) / 70
  });

  it('saturates the country share at 80 % and sums several target countries', () => {
    const dach = fitScore(veganFitnessDe, { countries: ['DE', 'AT', 'CH'] });
    expect(reason(dach, 'audience_country_share')?.params).toMatchObject({ shareBp: 9_200, points: 30 });
    const half = fitScore({ ...veganFitnessDe, audience: audience({ topCountries: [{ country: 'DE', shareBp: 4_000 }] }) }, { countries: ['de'] });
    expect(reason(half, 'audience_country_share')?.params.points).toBe(15);
  });

  it('falls back to residence, then language, then unknown, without audience data', () => {
    const noAudience = { ...veganFitnessDe, audience: null };
    expect(reason(fitScore(noAudience, { countries: ['DE'] }), 'residence_in_target')?.params.points).toBe(18);
    expect(reason(fitScore({ ...noAudience, country: 'FR' }, { countries: ['DE'] }), 'residence_outside_target')?.params.points).toBe(0);
    expect(reason(fitScore({ ...noAudience, country: null }, { countries: ['AT'] }), 'language_matches_target')?.params.points).toBe(12);
    expect(reason(fitScore({ ...noAudience, country: null, language: null }, { countries: ['AT'] }), 'country_unknown')?.params.points).toBe(30 * UNKNOWN_CREDIT);
  });

  it('scores the age band share, full from 60 %', () => {
    const r = fitScore(veganFitnessDe, { ageBands: ['25-34', '35-44'] }); // 60 %
    expect(reason(r, 'age_share')?.params).toMatchObject({ shareBp: 6_000, points: 20 });
    const young = fitScore(veganFitnessDe, { ageBands: ['18-24'] }); // 30 % → half
    expect(reason(young, 'age_share')?.params.points).toBe(10);
    expect(reason(fitScore({ ...veganFitnessDe, audience: null }, { ageBands: ['18-24'] }), 'age_unknown')?.params.points).toBe(6);
  });

  it('scores the gender share, full from 70 %, and ignores gender "any"', () => {
    expect(reason(fitScore(veganFitnessDe, { gender: 'female' }), 'gender_share')?.params).toMatchObject({ shareBp: 7_000, points: 10 });
    expect(reason(fitScore(veganFitnessDe, { gender: 'male' }), 'gender_share')?.params.points).toBe(4);
    const any = fitScore(veganFitnessDe, { gender: 'any' });
    expect(any.reasons.map((x) => x.code)).toEqual(['er_in_range']);
    expect(any.score).toBe(100);
  });

  it('rewards typical ER, rates low ER in proportion and implausibly high ER down', () => {
    const er = (bp: number | null) => fitScore({ ...veganFitnessDe, engagementRateBp: bp }, {});
    expect(er(350)).toMatchObject({ score: 100, reasons: [expect.objectContaining({ code: 'er_in_range' })] });
    expect(er(1_000)).toMatchObject({ score: 100, reasons: [expect.objectContaining({ code: 'er_above_range' })] });
    expect(er(50)).toMatchObject({ score: 50, reasons: [expect.objectContaining({ code: 'er_below_range' })] });
    expect(er(1_500)).toMatchObject({ score: 30, reasons: [expect.objectContaining({ code: 'er_implausibly_high' })] });
    expect(er(null)).toMatchObject({ score: 30, reasons: [expect.objectContaining({ code: 'er_unknown' })] });
  });

  it('weights the components as documented', () => {
    expect(FIT_WEIGHTS).toEqual({ country: 30, age: 20, gender: 10, niches: 30, er: 10, followers: 10 });
    // all components: country 30 + age (7000 of 6000 → 20) + gender female 10 + niches 15 + ER 10 = 85 of 100
    const r = fitScore({ ...veganFitnessDe, niches: ['vegan'] }, { countries: ['DE'], ageBands: ['18-24', '25-34'], gender: 'female', niches: ['vegan', 'food'] });
    expect(r.score).toBe(85);
  });

  it('counts a follower range only when the target names one; inside full points, outside none', () => {
    const range = { ...target, followersMin: 10_000, followersMax: 50_000 };
    const inside = fitScore(veganFitnessDe, range);
    expect(reason(inside, 'followers_in_range')).toEqual({ code: 'followers_in_range', params: { followers: 20_000, min: 10_000, max: 50_000, points: 10, maxPoints: 10 } });
    expect(inside.score).toBe(100);
    const big = fitScore({ ...veganFitnessDe, followers: 80_000 }, range);
    expect(reason(big, 'followers_outside')?.params.points).toBe(0);
    expect(big.score).toBe(88); // 70 of 80 (ER of a mid-tier account still in range)
    expect(reason(fitScore(veganFitnessDe, { ...target, followersMax: 15_000 }), 'followers_outside')?.params).toMatchObject({ min: null, max: 15_000 });
    expect(reason(fitScore(veganFitnessDe, target), 'followers_in_range')).toBeUndefined();
  });

  it('stays within 0..100', () => {
    const worst = fitScore({ country: 'US', language: 'en', niches: [], audience: audience({ topCountries: [{ country: 'US', shareBp: 10_000 }], ageBands: { '55+': 10_000 }, gender: { female: 0, male: 10_000, other: 0 } }), followers: 20_000, engagementRateBp: 0, platform: 'instagram' },
      { countries: ['DE'], ageBands: ['18-24'], gender: 'female', niches: ['vegan'] });
    expect(worst.score).toBe(0);
  });
});
