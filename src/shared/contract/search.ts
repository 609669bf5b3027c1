import { z } from 'zod';
import { method } from './define';

/** One hit of the global search (Ctrl/Cmd+K); the renderer turns ids into the address to open. */
export type SearchHit =
  | { kind: 'person'; influencerId: number; title: string; detail: string | null }
  | { kind: 'campaign'; campaignId: number; title: string; detail: string | null }
  | { kind: 'code'; campaignId: number; collaborationId: number; title: string; detail: string }
  | { kind: 'order'; campaignId: number | null; collaborationId: number | null; title: string; detail: string; shop: string; batchId: number | null }
  | { kind: 'briefing'; campaignId: number; collaborationId: number | null; title: string; detail: string };

export const searchContract = {
  'search.global': method<{ hits: SearchHit[] }>()(
    z.object({ q: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(20).default(6) }).strict(),
    'Search people, campaigns, codes, orders and briefings at once (a few hits per kind)',
  ),
};
