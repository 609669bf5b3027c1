import { describe, expect, it } from 'vitest';
import {
  AUTHENTICITY_THRESHOLDS,
  ER_BENCHMARKS,
  checkAuthenticity,
  erBenchmark,
  type ChannelNumbers,
  type Snapshot,
} from '../../../src/main/influencers/directory/authenticity';
import { TIERS } from '../../../src/shared/domain';

/** Instagram micro (1k–100k): typical 100–600 bp. 20 000 followers, 630 interactions = 315 bp, comments 5 % of likes. */
const healthy: ChannelNumbers = { platform: 'instagram', followers: 20_000, avgLikes: 600, avgComments: 30, avgShares: 0 };
const snap = (takenOn: string, followers: number, avgLikes = 600, avgComments = 30): Snapshot => ({ takenOn, followers, avgLikes, avgComments, avgShares: 0 });
const steady = [snap('2025-01-01', 19_000), snap('2025-02-01', 20_000)];
const codes = (r: ReturnType<typeof checkAuthenticity>) => r.reasons.map((x) => x.code);

describe('benchmarks', () => {
  it('has a sane range for every platform and tier', () => {
    for (const p of Object.keys(ER_BENCHMARKS) as (keyof typeof ER_BENCHMARKS)[]) {
      for (const t of TIERS) {
        const r = ER_BENCHMARKS[p][t];
        expect(r.minBp).toBeGreaterThan(0);
        expect(r.maxBp).toBeGreaterThan(r.minBp);
      }
      // engagement falls with size
      expect(ER_BENCHMARKS[p].nano.minBp).toBeGreaterThanOrEqual(ER_BENCHMARKS[p].mega.minBp);
    }
  });

  it('picks platform and tier, and the default for other platforms', () => {
    expect(erBenchmark('instagram', 20_000)).toEqual({ ...ER_BENCHMARKS.instagram.micro, tier: 'micro' });
    expect(erBenchmark('tiktok', 500)).toEqual({ ...ER_BENCHMARKS.tiktok.nano, tier: 'nano' });
    expect(erBenchmark('youtube', 2_000_000)).toEqual({ ...ER_BENCHMARKS.youtube.mega, tier: 'mega' });
    expect(erBenchmark('pinterest', 150_000)).toEqual({ ...ER_BENCHMARKS.default.macro, tier: 'macro' });
    expect(erBenchmark('instagram', 20_000, { micro: 1_000, macro: 10_000, mega: 1_000_000 }).tier).toBe('macro');
  });
});

describe('checkAuthenticity', () => {
  it('passes a healthy channel with steady history', () => {
    expect(checkAuthenticity(healthy, steady)).toEqual({ verdict: 'ok', reasons: [] });
  });

  describe('ER far below typical (possible fake followers)', () => {
    it('asks for review below half the minimum', () => {
      // 84 interactions / 20 000 = 42 bp < 100 / 2
      const r = checkAuthenticity({ ...healthy, avgLikes: 80, avgComments: 4 }, steady);
      expect(r.verdict).toBe('review');
      expect(r.reasons).toEqual([
        { code: 'er_far_below', severity: 'review', params: { erBp: 42, typicalMinBp: 100, typicalMaxBp: 600, tier: 'micro', platform: 'instagram' } },
      ]);
    });
    it('is suspicious below a quarter of the minimum', () => {
      const r = checkAuthenticity({ ...healthy, avgLikes: 40, avgComments: 2 }, steady); // 21 bp
      expect(r.verdict).toBe('suspicious');
      expect(r.reasons[0]).toMatchObject({ code: 'er_far_below', severity: 'suspicious' });
    });
    it('does not trigger at exactly half the minimum', () => {
      const r = checkAuthenticity({ ...healthy, avgLikes: 95, avgComments: 5 }, steady); // 50 bp
      expect(codes(r)).toEqual([]);
    });
  });

  describe('ER far above typical (possible pods or bought likes)', () => {
    it('asks for review above twice the maximum', () => {
      const r = checkAuthenticity({ ...healthy, avgLikes: 2_500, avgComments: 100 }, steady); // 1300 bp > 1200
      expect(r.verdict).toBe('review');
      expect(r.reasons).toEqual([expect.objectContaining({ code: 'er_far_above', severity: 'review', params: expect.objectContaining({ erBp: 1300, typicalMaxBp: 600 }) })]);
    });
    it('is suspicious above four times the maximum', () => {
      const r = checkAuthenticity({ ...healthy, avgLikes: 4_900, avgComments: 200 }, steady); // 2550 bp > 2400
      expect(r.reasons[0]).toMatchObject({ code: 'er_far_above', severity: 'suspicious' });
    });
    it('does not trigger at twice the maximum, nor for a platform where that ER is normal', () => {
      expect(codes(checkAuthenticity({ ...healthy, avgLikes: 2_300, avgComments: 100 }, steady))).toEqual([]); // 1200 bp
      expect(codes(checkAuthenticity({ ...healthy, platform: 'tiktok', avgLikes: 2_500, avgComments: 100 }, steady))).toEqual([]);
    });
  });

  describe('follower jump without matching engagement', () => {
    it('asks for review for > 20 % in a month while interactions stay flat', () => {
      const r = checkAuthenticity(healthy, [snap('2025-01-01', 20_000), snap('2025-02-01', 26_000, 610, 30)]);
      expect(r.verdict).toBe('review');
      expect(r.reasons).toEqual([
        {
          code: 'follower_jump',
          severity: 'review',
          params: { fromDate: '2025-01-01', toDate: '2025-02-01', days: 31, fromFollowers: 20_000, toFollowers: 26_000, growthBp: 3000, engagementGrowthBp: 159 },
        },
      ]);
    });
    it('is suspicious above 50 % in a month, and sorts the snapshots first', () => {
      const r = checkAuthenticity(healthy, [snap('2025-02-01', 32_000), snap('2025-01-01', 20_000)]);
      expect(r.reasons).toEqual([expect.objectContaining({ code: 'follower_jump', severity: 'suspicious', params: expect.objectContaining({ growthBp: 6000, engagementGrowthBp: 0 }) })]);
      expect(r.verdict).toBe('suspicious');
    });
    it('does not trigger when engagement grows along (at least half the follower growth)', () => {
      // followers +30 %, interactions 630 → 840 (+33 %)
      expect(codes(checkAuthenticity(healthy, [snap('2025-01-01', 20_000), snap('2025-02-01', 26_000, 800, 40)]))).toEqual([]);
      // followers +30 %, interactions 630 → 756 (+20 %): more than half of the follower growth is enough
      expect(codes(checkAuthenticity(healthy, [snap('2025-01-01', 20_000), snap('2025-02-01', 26_000, 720, 36)]))).toEqual([]);
      // interactions 630 → 693 (+10 %): less than half → flagged
      expect(codes(checkAuthenticity(healthy, [snap('2025-01-01', 20_000), snap('2025-02-01', 26_000, 660, 33)]))).toEqual(['follower_jump']);
    });
    it('does not trigger at 20 %, over a long interval, or for small absolute gains', () => {
      expect(codes(checkAuthenticity(healthy, [snap('2025-01-01', 20_000), snap('2025-01-31', 24_000)]))).toEqual([]);
      expect(codes(checkAuthenticity(healthy, [snap('2025-01-01', 20_000), snap('2025-04-01', 26_000)]))).toEqual([]); // 30 % in 90 days
      expect(codes(checkAuthenticity({ ...healthy, followers: 1_300, avgLikes: 60, avgComments: 3 }, [snap('2025-01-01', 1_000, 60, 3), snap('2025-01-15', 1_300, 60, 3)]))).toEqual([]);
    });
    it('checks every consecutive pair', () => {
      const r = checkAuthenticity(healthy, [snap('2025-01-01', 10_000), snap('2025-02-01', 10_500), snap('2025-03-01', 14_000), snap('2025-04-01', 14_500)]);
      expect(r.reasons.map((x) => [x.code, x.params.fromDate])).toEqual([['follower_jump', '2025-02-01']]);
    });
  });

  describe('comments-to-likes ratio', () => {
    it('flags too few comments (bought likes)', () => {
      const r = checkAuthenticity({ ...healthy, avgLikes: 600, avgComments: 2 }, steady); // 33 bp
      expect(r.reasons).toEqual([
        { code: 'comment_ratio_low', severity: 'review', params: { ratioBp: 33, minBp: AUTHENTICITY_THRESHOLDS.commentRatioLowBp, avgLikes: 600, avgComments: 2 } },
      ]);
    });
    it('flags too many comments (comment pods)', () => {
      const r = checkAuthenticity({ ...healthy, avgLikes: 400, avgComments: 100 }, steady); // 2500 bp
      expect(r.reasons).toEqual([expect.objectContaining({ code: 'comment_ratio_high', params: expect.objectContaining({ ratioBp: 2500 }) })]);
      expect(r.verdict).toBe('review');
    });
    it('does not trigger at the limits or with too few likes to judge', () => {
      expect(codes(checkAuthenticity({ ...healthy, avgLikes: 600, avgComments: 3 }, steady))).toEqual([]); // 50 bp
      expect(codes(checkAuthenticity({ ...healthy, avgLikes: 500, avgComments: 100 }, steady))).toEqual([]); // 2000 bp
      expect(codes(checkAuthenticity({ platform: 'instagram', followers: 800, avgLikes: 40, avgComments: 20, avgShares: 0 }, steady))).toEqual([]);
    });
  });

  describe('too few data', () => {
    it('asks for review without followers', () => {
      const r = checkAuthenticity({ ...healthy, followers: 0 }, []);
      expect(r.verdict).toBe('review');
      expect(codes(r)).toEqual(['no_followers', 'no_history']);
    });
    it('asks for review without engagement numbers', () => {
      const r = checkAuthenticity({ ...healthy, avgLikes: 0, avgComments: 0 }, steady);
      expect(r).toEqual({ verdict: 'review', reasons: [{ code: 'no_engagement', severity: 'review', params: { followers: 20_000 } }] });
    });
    it('notes a missing history without changing the verdict', () => {
      const r = checkAuthenticity(healthy, [snap('2025-01-01', 20_000)]);
      expect(r).toEqual({ verdict: 'ok', reasons: [{ code: 'no_history', severity: 'info', params: { snapshots: 1 } }] });
    });
  });

  it('does not judge the comment ratio when no comments were reported (a sheet with an ER only)', () => {
    const r = checkAuthenticity({ ...healthy, avgComments: 0 }, steady);
    expect(codes(r)).not.toContain('comment_ratio_low');
  });

  it('turns two review signals into suspicious', () => {
    // 400 likes and 1 comment on 200 000 followers: ER 20 bp (far below for macro) and a 0.25 % comment ratio (too low)
    const r = checkAuthenticity({ ...healthy, avgLikes: 400, avgComments: 1, avgShares: 0, followers: 200_000 }, steady);
    expect(codes(r)).toEqual(['er_far_below', 'comment_ratio_low']);
    expect(r.reasons.every((x) => x.severity === 'review')).toBe(true);
    expect(r.verdict).toBe('suspicious');
  });
});
