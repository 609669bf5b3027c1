import { z } from 'zod';
import { method } from './define';
import { id } from './common';

/** What can be in the trash (Papierkorb). */
export const TRASH_KINDS = ['influencer', 'collaboration', 'campaign'] as const;
export type TrashKind = (typeof TRASH_KINDS)[number];

export interface TrashItem {
  kind: TrashKind;
  id: number;
  /** The influencer's or campaign's name; for a card the person's name. */
  name: string;
  /** For a card: its campaign's name; else null. */
  campaignName: string | null;
  /** ISO instant it was moved to the trash. */
  deletedAt: string;
}

export interface TrashEmptied {
  influencers: number;
  collaborations: number;
  campaigns: number;
}

export const trashContract = {
  'trash.list': method<TrashItem[]>()(z.object({}).strict(), 'Everything in the trash (people, cards, campaigns), newest first'),
  'trash.restore': method<{ kind: TrashKind; id: number }>()(
    z.object({ kind: z.enum(TRASH_KINDS), id }).strict(),
    'Take one item out of the trash: a person, a card (back to its stage) or a campaign',
    { changes: ['influencers', 'collaborations', 'campaigns'] },
  ),
  'trash.empty': method<TrashEmptied>()(z.object({}).strict(), 'Delete everything in the trash for good', {
    changes: ['influencers', 'collaborations', 'campaigns', 'redemptions'],
  }),
} as const;
