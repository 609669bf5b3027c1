import { z } from 'zod';
import { method } from './define';
import { id, paging, sortDir } from './common';
import { PLATFORMS, TIERS } from '../domain';
import type { Platform, Tier } from '../domain';

export interface InfluencerRow {
  id: number;
  name: string;
  platform: Platform | null;
  handle: string | null;
  followers: number;
  tier: Tier;
  /** Basis points of the main channel; null without followers. */
  engagementRateBp: number | null;
  niches: string[];
  country: string | null;
  language: string | null;
  campaignCount: number;
  lastContactAt: string | null;
}

export interface ChannelDto {
  id: number;
  platform: Platform;
  handle: string;
  url: string | null;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  avgViews: number;
  isPrimary: boolean;
  engagementRateBp: number | null;
  tier: Tier;
}

export interface InfluencerDetail {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  language: string | null;
  niches: string[];
  tags: string[];
  notes: string;
  lastContactAt: string | null;
  channels: ChannelDto[];
  collaborations: { id: number; campaignId: number; campaignName: string; stageKey: string | null; stageName: string | null; feeMinor: number; currency: string }[];
  createdAt: string;
  updatedAt: string;
}

const channelInput = z.object({
  platform: z.enum(PLATFORMS),
  handle: z.string().trim().min(1, 'handle is required').max(100),
  url: z.string().url().nullable().optional(),
  followers: z.number().int().min(0).default(0),
  avgLikes: z.number().int().min(0).default(0),
  avgComments: z.number().int().min(0).default(0),
  avgShares: z.number().int().min(0).default(0),
  avgViews: z.number().int().min(0).default(0),
  isPrimary: z.boolean().default(false),
});

export const influencerInput = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  email: z.string().trim().email('not a valid e-mail address').nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  street: z.string().trim().max(200).nullable().optional(),
  postalCode: z.string().trim().max(20).nullable().optional(),
  city: z.string().trim().max(100).nullable().optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as DE').nullable().optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as de').nullable().optional(),
  niches: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  tags: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
  notes: z.string().max(20_000).default(''),
  channels: z.array(channelInput).max(20).default([]),
});
export type InfluencerInput = z.input<typeof influencerInput>;

export const influencerListInput = z
  .object({
    search: z.string().max(200).optional(),
    platform: z.enum(PLATFORMS).optional(),
    tier: z.enum(TIERS).optional(),
    niche: z.string().max(40).optional(),
    sort: z.enum(['name', 'followers', 'engagementRate', 'country', 'lastContactAt']).default('name'),
    dir: sortDir,
    ...paging,
  })
  .strict();

export const influencersContract = {
  'influencers.list': method<{ total: number; rows: InfluencerRow[] }>()(influencerListInput, 'Directory rows, filtered and sorted'),
  'influencers.get': method<InfluencerDetail>()(z.object({ id }).strict(), 'One profile with channels and history'),
  'influencers.create': method<{ id: number }>()(influencerInput.strict(), 'Add an influencer'),
  'influencers.update': method<{ id: number }>()(
    influencerInput.partial().extend({ id }).strict(),
    'Change an influencer; given channels replace the stored ones',
  ),
  'influencers.delete': method<{ id: number }>()(z.object({ id }).strict(), 'Move an influencer to the bin (undo with restore)'),
  'influencers.restore': method<{ id: number }>()(z.object({ id }).strict(), 'Undo a delete'),
};
