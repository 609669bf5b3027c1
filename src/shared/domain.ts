/**
 * Domain vocabulary shared by main and renderer.
 *
 * Storage rules (one rule each, used everywhere):
 * - Money: integer minor units (cents) in fields ending `Minor`, with an ISO-4217 `currency` on the owning row.
 * - Ratios and percentages: integer basis points in fields ending `Bp` (1 % = 100 bp, 12.5 % = 1250).
 * - Calendar dates: ISO `YYYY-MM-DD` text. Instants: ISO-8601 text with an explicit offset; the app writes UTC
 *   (`…Z`); imported instants keep the offset the source gave and carry a normalised UTC twin for sorting.
 * - Counts (followers, likes, reach): integers.
 */
export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'twitch', 'pinterest', 'facebook', 'x', 'linkedin', 'blog'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const NICHES = ['fashion', 'beauty', 'fitness', 'food', 'vegan', 'gaming', 'sustainability', 'travel', 'parenting', 'tech', 'home', 'pets'] as const;
export type Niche = (typeof NICHES)[number];

export const CAMPAIGN_GOALS = ['awareness', 'launch', 'ugc', 'sales', 'community'] as const;
export type CampaignGoal = (typeof CAMPAIGN_GOALS)[number];

export const COLLAB_TYPES = ['product_test', 'challenge', 'takeover', 'giveaway', 'co_creation', 'sponsored_post', 'affiliate'] as const;
export type CollabType = (typeof COLLAB_TYPES)[number];

/** Keys of the default pipeline; a stage with a null key is one the user added. */
export const DEFAULT_STAGES = ['shortlist', 'contacted', 'negotiating', 'briefed', 'sample_shipped', 'content_live', 'completed', 'declined'] as const;
export type StageKey = (typeof DEFAULT_STAGES)[number];

export const DELIVERABLE_KINDS = ['post', 'reel', 'story', 'video', 'short', 'live', 'blog'] as const;
export type DeliverableKind = (typeof DELIVERABLE_KINDS)[number];

/**
 * Payment status of a card's fee. 'proposed' (a new card's status): proposed or under negotiation, not yet agreed —
 * not a cost in the KPIs; from 'agreed' on it is (src/main/insights/rules.ts, rule `cost`).
 */
export const PAYMENT_STATUSES = ['proposed', 'agreed', 'invoiced', 'paid'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const REDEMPTION_STATUSES = ['paid', 'pending', 'authorized', 'partially_paid', 'partially_refunded', 'refunded', 'cancelled', 'voided', 'unknown'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

export const SHIPMENT_STATUSES = ['planned', 'shipped', 'delivered', 'returned'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const TIERS = ['nano', 'micro', 'macro', 'mega'] as const;
export type Tier = (typeof TIERS)[number];

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Follower thresholds between tiers (upper bounds, exclusive): nano < 1k ≤ micro < 100k ≤ macro < 1M ≤ mega. */
export interface TierThresholds {
  micro: number;
  macro: number;
  mega: number;
}
export const DEFAULT_TIER_THRESHOLDS: TierThresholds = { micro: 1_000, macro: 100_000, mega: 1_000_000 };

export function tierOf(followers: number, t: TierThresholds = DEFAULT_TIER_THRESHOLDS): Tier {
  if (followers >= t.mega) return 'mega';
  if (followers >= t.macro) return 'macro';
  if (followers >= t.micro) return 'micro';
  return 'nano';
}

/**
 * Engagement rate in basis points: (avg likes + comments + shares) / followers; null without followers.
 * `sheetErBp`: an ER a spreadsheet gave as it was (channels.sheet_er_bp); it is the ER while no averages are known.
 */
/** True when a channel's ER is the one a spreadsheet gave (no averages known), not computed from likes. */
export function erIsFromSheet(c: { sheetErBp?: number | null; avgLikes: number; avgComments: number; avgShares: number }): boolean {
  return c.sheetErBp != null && c.avgLikes + c.avgComments + c.avgShares === 0;
}

export function engagementRateBp(
  followers: number,
  avgLikes: number,
  avgComments: number,
  avgShares: number,
  sheetErBp: number | null = null,
): number | null {
  if (sheetErBp !== null && avgLikes + avgComments + avgShares === 0) return sheetErBp;
  if (!followers || followers <= 0) return null;
  return Math.round(((avgLikes + avgComments + avgShares) / followers) * 10_000);
}
