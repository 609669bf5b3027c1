import { z } from 'zod';
import { method } from './define';
import { currency, id, isoDate, minor } from './common';
import { DELIVERABLE_KINDS, PLATFORMS, SHIPMENT_STATUSES } from '../domain';
import type { DeliverableKind, Platform, ShipmentStatus } from '../domain';
import type { DisclosureRules, DisclosureVerdict } from '../disclosure';

export interface SampleDto {
  id: number;
  collaborationId: number;
  items: { name: string; sku?: string; quantity: number; valueMinor: number }[];
  /** Sum of the items' value × quantity. */
  valueMinor: number;
  shippingCostMinor: number;
  currency: string;
  carrier: string | null;
  trackingNumber: string | null;
  status: ShipmentStatus;
  shippedOn: string | null;
  deliveredOn: string | null;
  returnedOn: string | null;
  notes: string;
}

export interface PostDto {
  id: number;
  collaborationId: number;
  platform: Platform;
  kind: DeliverableKind;
  url: string | null;
  postedAt: string | null;
  caption: string;
  /** What counts (board badge, KPIs): the manual override when set, else `disclosure.ok`. */
  disclosurePresent: boolean;
  /** The caption check with its reason (key + params), under today's rules. */
  disclosure: DisclosureVerdict;
  /** Set by hand; null = the check decides. */
  disclosureOverride: boolean | null;
  disclosureNote: string;
  reach: number;
  impressions: number;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  clicks: number;
  /** (likes + comments + shares + saves) / reach, basis points; null without reach. */
  engagementRateBp: number | null;
}

const count = z.number().int().min(0).max(10_000_000_000).default(0);

export const contentContract = {
  'samples.list': method<SampleDto[]>()(z.object({ collaborationId: id }).strict(), 'Product samples sent to one collaboration'),
  'samples.save': method<{ id: number }>()(
    z
      .object({
        id: id.optional(),
        collaborationId: id,
        items: z
          .array(z.object({ name: z.string().trim().min(1, 'name the item').max(200), sku: z.string().max(80).optional(), quantity: z.number().int().min(1).max(1000), valueMinor: minor }).strict())
          .min(1, 'add at least one item')
          .max(50),
        shippingCostMinor: minor.default(0),
        currency: currency.default('EUR'),
        carrier: z.string().trim().max(60).nullable().optional(),
        trackingNumber: z.string().trim().max(80).nullable().optional(),
        status: z.enum(SHIPMENT_STATUSES).default('planned'),
        shippedOn: isoDate.nullable().optional(),
        deliveredOn: isoDate.nullable().optional(),
        returnedOn: isoDate.nullable().optional(),
        notes: z.string().max(5000).default(''),
      })
      .strict()
      .refine((s) => !s.shippedOn || !s.deliveredOn || s.shippedOn <= s.deliveredOn, { message: 'delivered before it was shipped', path: ['deliveredOn'], params: { key: 'deliveredBeforeShipped' } }),
    'Record (or change) a sample shipment',
    { changes: ['collaborations'] },
  ),
  'samples.remove': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a sample shipment', { changes: ['collaborations'] }),
  'posts.list': method<PostDto[]>()(z.object({ collaborationId: id }).strict(), 'Published content of one collaboration'),
  'posts.save': method<{ id: number; disclosurePresent: boolean }>()(
    z
      .object({
        id: id.optional(),
        collaborationId: id,
        platform: z.enum(PLATFORMS),
        kind: z.enum(DELIVERABLE_KINDS),
        url: z.string().url().nullable().optional(),
        postedAt: isoDate.nullable().optional(),
        caption: z.string().max(10_000).default(''),
        /** Omit to let the caption check decide (src/shared/disclosure.ts); set it to override, with a note why. */
        disclosurePresent: z.boolean().optional(),
        disclosureNote: z.string().trim().max(1000).optional(),
        reach: count,
        impressions: count,
        views: count,
        likes: count,
        comments: count,
        shares: count,
        saves: count,
        clicks: count,
      })
      .strict()
      .refine((p) => p.disclosurePresent === undefined || !!p.disclosureNote, {
        message: 'say why you override the disclosure check',
        path: ['disclosureNote'],
        params: { key: 'disclosureNoteRequired' },
      }),
    'Record (or change) a post and its numbers',
    { changes: ['collaborations'] },
  ),
  'posts.disclosureRules': method<Required<DisclosureRules>>()(
    z.object({ collaborationId: id }).strict(),
    "The rules a caption of this collaboration is checked by: the campaign's label, the audience (person's language) and the position",
  ),
  'posts.remove': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a post', { changes: ['collaborations'] }),
};
