import { z } from 'zod';
import { method } from './define';
import { id, isoDate, currency, minor, bp, patchOf } from './common';
import { CAMPAIGN_GOALS } from '../domain';
import type { CampaignGoal, CollabType, Platform, Tier } from '../domain';

export type CampaignPhase = 'planned' | 'active' | 'finished' | 'archived';

export interface CampaignRow {
  id: number;
  name: string;
  goal: CampaignGoal;
  product: string;
  phase: CampaignPhase;
  startDate: string | null;
  endDate: string | null;
  budgetMinor: number;
  currency: string;
  collaborations: number;
  /** Fees + sample value and shipping + commission on attributed revenue. */
  costMinor: number;
  revenueMinor: number;
}

export interface StageDto {
  id: number;
  key: string | null;
  name: string | null;
  position: number;
}

export interface BoardCard {
  id: number;
  stageId: number;
  position: number;
  influencerId: number;
  influencerName: string;
  platform: Platform | null;
  handle: string | null;
  followers: number;
  tier: Tier;
  engagementRateBp: number | null;
  type: CollabType;
  feeMinor: number;
  currency: string;
  nextDueDate: string | null;
  badges: { sampleShipped: boolean; voucherCode: boolean; contentLive: boolean; disclosureMissing: boolean };
}

export interface CampaignDetail extends CampaignRow {
  disclosureText: string;
  baseUrl: string | null;
  notes: string;
  targetKpis: { engagementRateBp?: number; conversions?: number; revenueMinor?: number; roasBp?: number; reach?: number };
  targetAudience: { countries?: string[]; ageBands?: string[]; gender?: 'female' | 'male' | 'any'; niches?: string[]; followersMin?: number; followersMax?: number } | null;
  stages: StageDto[];
}

export const campaignInput = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  goal: z.enum(CAMPAIGN_GOALS),
  product: z.string().trim().max(200).default(''),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  budgetMinor: minor.default(0),
  currency: currency.default('EUR'),
  targetKpis: z
    .object({
      engagementRateBp: bp.optional(),
      conversions: z.number().int().min(0).optional(),
      revenueMinor: minor.optional(),
      roasBp: bp.optional(),
      reach: z.number().int().min(0).optional(),
    })
    .default({}),
  disclosureText: z.string().trim().max(200).default('#werbung'),
  baseUrl: z.string().url().nullable().optional(),
  notes: z.string().max(20_000).default(''),
  /** Who the campaign wants to reach; drives the influencers' fit score. */
  targetAudience: z
    .object({
      countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(30).optional(),
      ageBands: z.array(z.string().max(10)).max(10).optional(),
      gender: z.enum(['female', 'male', 'any']).optional(),
      niches: z.array(z.string().max(40)).max(20).optional(),
      /** Follower range of the main channel (either end optional). */
      followersMin: z.number().int().min(0).max(1e9).optional(),
      followersMax: z.number().int().min(0).max(1e9).optional(),
    })
    .refine((a) => a.followersMin === undefined || a.followersMax === undefined || a.followersMin <= a.followersMax, {
      message: 'the lowest follower count is above the highest',
      path: ['followersMax'],
      params: { key: 'followersRange' },
    })
    .nullable()
    .optional(),
});

/** { source, medium, campaign, content } patterns with {{kanal}} {{handle}} {{kampagne}} {{name}}; a missing or empty one = the default. */
export const utmRulesInput = z
  .object({
    source: z.string().trim().max(200).optional(),
    medium: z.string().trim().max(200).optional(),
    campaign: z.string().trim().max(200).optional(),
    content: z.string().trim().max(200).optional(),
  })
  .strict();
export type UtmRules = z.infer<typeof utmRulesInput>;

export interface UtmRulesDto {
  campaignId: number;
  /** As stored; {} = the defaults. */
  rules: UtmRules;
  /** The default patterns, shown as placeholders. */
  defaults: Required<UtmRules>;
}

/** A saved tracking link whose URL changes with the new rules. */
export interface UtmLinkChange {
  linkId: number;
  collaborationId: number;
  person: string;
  from: string;
  to: string;
}

export const campaignsContract = {
  'campaigns.list': method<CampaignRow[]>()(
    z.object({ search: z.string().max(200).optional(), includeArchived: z.boolean().default(false) }).strict(),
    'Campaigns with their phase, spend and revenue',
  ),
  'campaigns.get': method<CampaignDetail>()(z.object({ id }).strict(), 'One campaign with its stages'),
  'campaigns.create': method<{ id: number }>()(
    campaignInput
      .strict()
      .refine((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, { message: 'end date is before start date', path: ['endDate'], params: { key: 'endBeforeStart' } }),
    'Create a campaign with the default pipeline',
    { changes: ['campaigns'] },
  ),
  'campaigns.board': method<{ campaignId: number; stages: StageDto[]; cards: BoardCard[] }>()(
    z.object({ id }).strict(),
    'The kanban board: stages and cards in order',
  ),
  'campaigns.update': method<{ id: number }>()(patchOf(campaignInput).extend({ id }).strict(), 'Change a campaign', { changes: ['campaigns'] }),
  'campaigns.archive': method<{ id: number }>()(z.object({ id, archived: z.boolean() }).strict(), 'Archive or unarchive a campaign', { changes: ['campaigns'] }),
  'campaigns.duplicate': method<{ id: number }>()(
    z.object({ id, name: z.string().trim().min(1).max(200).optional() }).strict(),
    'Copy a campaign with its stages and briefing, without people',
    { changes: ['campaigns'] },
  ),
  // served by src/main/campaigns with trash/service.ts (the campaign goes to the trash)
  'campaigns.delete': method<{ id: number }>()(z.object({ id }).strict(), 'Move a campaign to the trash (restore with trash.restore)', {
    changes: ['campaigns', 'collaborations'],
  }),
  // UTM rules: the links themselves are collaborations/links.ts
  'campaigns.utmRules': method<UtmRulesDto>()(z.object({ campaignId: id }).strict(), 'A campaign’s UTM rules and the default patterns'),
  'campaigns.utmPreview': method<{ changes: UtmLinkChange[]; sample: string | null }>()(
    z.object({ campaignId: id, rules: utmRulesInput }).strict(),
    'Which saved tracking links of the campaign would change under new UTM rules (and an example link)',
  ),
  'campaigns.setUtmRules': method<{ campaignId: number; regenerated: number }>()(
    z.object({ campaignId: id, rules: utmRulesInput }).strict(),
    'Save a campaign’s UTM rules and regenerate its saved UTM links (each change noted in the card’s history)',
    { changes: ['campaigns', 'collaborations'] },
  ),
};
