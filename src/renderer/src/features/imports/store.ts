/**
 * Server state of the imports screens through TanStack Query (lib/query.ts): the list of batches and the
 * directory of collaborations a code can be given to. A data.changed event of a scope they read refetches
 * them; nothing here is loaded or guarded by hand.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CampaignPhase, ImportBatchRow } from '../../../../shared/contract';
import type { Platform } from '../../../../shared/domain';
import { useApiQuery } from '../../lib/query';

/** Every import batch, newest first. */
export function useImportBatches(): { rows: ImportBatchRow[] | null; error: unknown; reload(): void } {
  const q = useApiQuery('imports.list', {}, { scopes: ['imports', 'redemptions'] });
  return { rows: q.data ?? null, error: q.error, reload: () => void q.refetch() };
}

/** One collaboration (a card on a campaign board) that a voucher code can be given to. */
export interface CollabOption {
  collaborationId: number;
  campaignId: number;
  campaignName: string;
  phase: CampaignPhase;
  influencerName: string;
  handle: string | null;
  platform: Platform | null;
}

const PHASE_ORDER: Record<CampaignPhase, number> = { active: 0, planned: 1, finished: 2, archived: 3 };

async function loadCollabDirectory(): Promise<CollabOption[]> {
  const campaigns = await api.call('campaigns.list', {});
  const ordered = [...campaigns].sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.name.localeCompare(b.name));
  const boards = await Promise.all(ordered.map((c) => api.call('campaigns.board', { id: c.id })));
  const items: CollabOption[] = [];
  ordered.forEach((c, i) => {
    const cards = [...boards[i]!.cards].sort((a, b) => a.influencerName.localeCompare(b.influencerName));
    for (const card of cards) {
      items.push({
        collaborationId: card.id,
        campaignId: c.id,
        campaignName: c.name,
        phase: c.phase,
        influencerName: card.influencerName,
        handle: card.handle,
        platform: card.platform,
      });
    }
  });
  return items;
}

/** Every collaboration of every campaign, for the "assign to…" picker and for naming leak flags. */
export function useCollabDirectory(): { items: CollabOption[] | null; loading: boolean; error: unknown } {
  const q = useQuery({
    queryKey: ['imports.collabDirectory'],
    queryFn: loadCollabDirectory,
    meta: { scopes: ['campaigns', 'collaborations'] },
  });
  return { items: q.data ?? null, loading: q.isFetching, error: q.error };
}
