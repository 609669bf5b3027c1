/**
 * Authenticity check of one channel: does its engagement fit its size, did its followers jump without the
 * engagement following, do comments and likes fit each other. The result is a verdict and machine-readable
 * reasons (code + params) that the UI translates — never a bare score. Pure; the caller loads the channel and
 * its snapshots.
 */
import { DEFAULT_TIER_THRESHOLDS, engagementRateBp, tierOf, type Tier, type TierThresholds } from '../../../shared/domain';

/** A typical engagement-rate range (basis points of followers) for one platform and tier. */
export interface ErRange {
  minBp: number;
  maxBp: number;
}

export type BenchmarkPlatform = 'instagram' | 'tiktok' | 'youtube' | 'default';

/**
 * Typical engagement rate, (likes + comments + shares) / followers, per platform and tier (the app's tiers:
 * nano < 1k ≤ micro < 100k ≤ macro < 1M ≤ mega; see src/shared/domain.ts).
 *
 * Sources — rounded, deliberately wide envelopes around the averages and medians these reports publish; no cell is
 * a figure copied from one report, and the table is meant to be recalibrated when newer editions appear:
 * - HypeAuditor, "Instagram Engagement Rate Benchmark" (2018; ~37,000 accounts): average ER 10.6 % below 1k
 *   followers, 4.3 % at 1k–5k, 2.3 % at 5k–20k, 1.6 % at 20k–100k, 1.55 % at 100k–1M, 1.5 % above 1M (medians about
 *   1.6× higher); HypeAuditor, "State of Influencer Marketing" 2023/2024: Instagram average ≈ 1.9 %, nano
 *   (1k–10k) ≈ 2.2 %.
 * - Influencer Marketing Hub, "Influencer Marketing Benchmark Report" 2024, and the HypeAuditor/IMH TikTok data
 *   as commonly summarised for 2024–2025: TikTok ER per follower roughly 8–15 % for nano, 5–10 % for 10k–100k,
 *   3–6 % for 100k–500k, 1.5–3.5 % above 1M.
 * - Rival IQ, "Social Media Industry Benchmark Report" 2024: per-post engagement per follower on Instagram
 *   ≈ 0.4–0.7 % for brand accounts, TikTok ≈ 2.5 %, used as the lower floor for the largest tiers.
 * YouTube is measured per subscriber (not per view), which is much lower than per-view rates.
 * `default` (other platforms) uses the Instagram ranges, widened downwards.
 */
export const ER_BENCHMARKS: Record<BenchmarkPlatform, Record<Tier, ErRange>> = {
  instagram: {
    nano: { minBp: 300, maxBp: 1_500 },
    micro: { minBp: 100, maxBp: 600 },
    macro: { minBp: 70, maxBp: 350 },
    mega: { minBp: 50, maxBp: 250 },
  },
  tiktok: {
    nano: { minBp: 500, maxBp: 2_000 },
    micro: { minBp: 300, maxBp: 1_200 },
    macro: { minBp: 200, maxBp: 800 },
    mega: { minBp: 100, maxBp: 600 },
  },
  youtube: {
    nano: { minBp: 200, maxBp: 1_000 },
    micro: { minBp: 100, maxBp: 500 },
    macro: { minBp: 50, maxBp: 300 },
    mega: { minBp: 30, maxBp: 200 },
  },
  default: {
    nano: { minBp: 200, maxBp: 1_500 },
    micro: { minBp: 70, maxBp: 600 },
    macro: { minBp: 50, maxBp: 350 },
    mega: { minBp: 30, maxBp: 250 },
  },
};

/** The benchmark range for a platform (any string; unknown platforms use `default`) and follower count. */
export function erBenchmark(platform: string, followers: number, thresholds: TierThresholds = DEFAULT_TIER_THRESHOLDS): ErRange & { tier: Tier } {
  const key: BenchmarkPlatform = platform in ER_BENCHMARKS ? (platform as BenchmarkPlatform) : 'default';
  const tier = tierOf(followers, thresholds);
  return { ...ER_BENCHMARKS[key][tier], tier };
}

/**
 * Thresholds of the rules, in one place:
 * - ER outside the typical range by more than `erFarFactor` (below min ÷ 2, above max × 2) → review;
 *   by more than `erExtremeFactor` (below min ÷ 4, above max × 4) → suspicious.
 * - Follower jump between two consecutive snapshots: growth above `jumpBpPer30Days` (20 %) per 30 days — for
 *   intervals shorter than 30 days the threshold stays 20 % (a jump inside a week is not diluted) — and at least
 *   `jumpMinFollowers` new followers (small accounts swing), while interactions grew by less than half the follower
 *   growth rate → review; growth above `jumpSuspiciousBpPer30Days` (50 %) → suspicious.
 * - Comments per like below `commentRatioLowBp` (0.5 %) — likes without conversation, typical of bought likes — or
 *   above `commentRatioHighBp` (20 %) — typical of comment pods — → review; checked only from `minLikesForRatio`
 *   average likes on.
 */
export const AUTHENTICITY_THRESHOLDS = {
  erFarFactor: 2,
  erExtremeFactor: 4,
  jumpBpPer30Days: 2_000,
  jumpSuspiciousBpPer30Days: 5_000,
  jumpMinFollowers: 500,
  commentRatioLowBp: 50,
  commentRatioHighBp: 2_000,
  minLikesForRatio: 50,
} as const;

export interface ChannelNumbers {
  platform: string;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  /** An ER a sheet gave as it was; stands in for the averages while they are 0. */
  sheetErBp?: number | null;
}

export interface Snapshot {
  /** 'YYYY-MM-DD' */
  takenOn: string;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
}

export type AuthenticityCode =
  | 'no_followers'
  | 'no_engagement'
  | 'no_history'
  | 'er_far_below'
  | 'er_far_above'
  | 'follower_jump'
  | 'comment_ratio_low'
  | 'comment_ratio_high';

export type Severity = 'info' | 'review' | 'suspicious';

export interface AuthenticityReason {
  code: AuthenticityCode;
  severity: Severity;
  params: Record<string, string | number | null>;
}

export interface AuthenticityResult {
  verdict: 'ok' | 'review' | 'suspicious';
  reasons: AuthenticityReason[];
}

const DATA_GAPS = new Set<AuthenticityCode>(['no_followers', 'no_engagement', 'no_history']);
const DAY_MS = 86_400_000;
const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
const interactions = (s: { avgLikes: number; avgComments: number; avgShares: number }): number => s.avgLikes + s.avgComments + s.avgShares;
/** (b − a) / a in basis points; null when a is 0. */
const growthBp = (a: number, b: number): number | null => (a > 0 ? Math.round(((b - a) * 10_000) / a) : null);

/**
 * Checks one channel against the rules documented at AUTHENTICITY_THRESHOLDS. The channel's own numbers are the
 * current ones; `snapshots` (any order) give the history. Verdict: `suspicious` if any reason is suspicious or
 * two or more signals (ER, jump, comment ratio) ask for review; `review` if any reason does — including missing
 * followers or engagement; else `ok`. `info` reasons (no history) do not change the verdict.
 */
export function checkAuthenticity(
  channel: ChannelNumbers,
  snapshots: readonly Snapshot[],
  opts: { thresholds?: TierThresholds } = {},
): AuthenticityResult {
  const T = AUTHENTICITY_THRESHOLDS;
  const reasons: AuthenticityReason[] = [];

  if (channel.followers <= 0) {
    reasons.push({ code: 'no_followers', severity: 'review', params: {} });
  } else if (interactions(channel) <= 0 && channel.sheetErBp == null) {
    reasons.push({ code: 'no_engagement', severity: 'review', params: { followers: channel.followers } });
  } else {
    const er = engagementRateBp(channel.followers, channel.avgLikes, channel.avgComments, channel.avgShares, channel.sheetErBp ?? null)!;
    const bench = erBenchmark(channel.platform, channel.followers, opts.thresholds);
    const params = { erBp: er, typicalMinBp: bench.minBp, typicalMaxBp: bench.maxBp, tier: bench.tier, platform: channel.platform };
    // Integer comparisons: er × factor vs min (no division).
    if (er * T.erFarFactor < bench.minBp) {
      reasons.push({ code: 'er_far_below', severity: er * T.erExtremeFactor < bench.minBp ? 'suspicious' : 'review', params });
    } else if (er > bench.maxBp * T.erFarFactor) {
      reasons.push({ code: 'er_far_above', severity: er > bench.maxBp * T.erExtremeFactor ? 'suspicious' : 'review', params });
    }
  }

  // 0 average comments means "not known" (a sheet with an engagement rate but no comment column), not "none":
  // the ratio is only judged when comments were reported.
  if (channel.avgLikes >= T.minLikesForRatio && channel.avgComments > 0) {
    const ratioBp = Math.round((channel.avgComments * 10_000) / channel.avgLikes);
    if (ratioBp < T.commentRatioLowBp) {
      reasons.push({ code: 'comment_ratio_low', severity: 'review', params: { ratioBp, minBp: T.commentRatioLowBp, avgLikes: channel.avgLikes, avgComments: channel.avgComments } });
    } else if (ratioBp > T.commentRatioHighBp) {
      reasons.push({ code: 'comment_ratio_high', severity: 'review', params: { ratioBp, maxBp: T.commentRatioHighBp, avgLikes: channel.avgLikes, avgComments: channel.avgComments } });
    }
  }

  const history = [...snapshots].filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.takenOn)).sort((a, b) => a.takenOn.localeCompare(b.takenOn));
  if (history.length < 2) {
    reasons.push({ code: 'no_history', severity: 'info', params: { snapshots: history.length } });
  } else {
    for (let i = 1; i < history.length; i++) {
      const a = history[i - 1];
      const b = history[i];
      const days = Math.max(1, daysBetween(a.takenOn, b.takenOn));
      const gained = b.followers - a.followers;
      const g = growthBp(a.followers, b.followers);
      if (g == null || gained < T.jumpMinFollowers) continue;
      // Threshold scales with the interval, but never below the 30-day threshold.
      const limit = Math.max(T.jumpBpPer30Days, Math.round((T.jumpBpPer30Days * days) / 30));
      if (g <= limit) continue;
      const ia = interactions(a);
      const ib = interactions(b);
      const eg = growthBp(ia, ib);
      // Engagement "follows" when it grew by at least half the follower growth rate.
      if (eg != null && eg * 2 >= g) continue;
      const suspiciousLimit = Math.max(T.jumpSuspiciousBpPer30Days, Math.round((T.jumpSuspiciousBpPer30Days * days) / 30));
      reasons.push({
        code: 'follower_jump',
        severity: g > suspiciousLimit ? 'suspicious' : 'review',
        params: { fromDate: a.takenOn, toDate: b.takenOn, days, fromFollowers: a.followers, toFollowers: b.followers, growthBp: g, engagementGrowthBp: eg },
      });
    }
  }

  // Missing data asks for a review but is no evidence: only signals add up to "suspicious".
  const signals = reasons.filter((r) => r.severity !== 'info' && !DATA_GAPS.has(r.code));
  const verdict =
    reasons.some((r) => r.severity === 'suspicious') || signals.length >= 2
      ? 'suspicious'
      : reasons.some((r) => r.severity === 'review')
        ? 'review'
        : 'ok';
  return { verdict, reasons };
}
