import { create } from 'zustand';
import { api } from '../../api/client';
import type { CampaignPhase, ImportBatchRow } from '../../../../shared/contract';
import type { Platform } from '../../../../shared/domain';
import { onDataChanged } from '../../lib/sync';

interface ImportsState {
  rows: ImportBatchRow[] | null;
  loading: boolean;
  error: unknown;
  load(): Promise<void>;
}

let listSeq = 0;

export const useImportsStore = create<ImportsState>((set) => ({
  rows: null,
  loading: false,
  error: null,
  async load() {
    const my = ++listSeq;
    set({ loading: true, error: null });
    try {
      const rows = await api.call('imports.list', {});
      if (my === listSeq) set({ rows, loading: false });
    } catch (error) {
      if (my === listSeq) set({ error, loading: false });
    }
  },
}));

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

interface CollabState {
  items: CollabOption[] | null;
  loading: boolean;
  error: unknown;
  /** Loads the campaigns and their boards once (again with `force`). */
  load(force?: boolean): Promise<void>;
}

const PHASE_ORDER: Record<CampaignPhase, number> = { active: 0, planned: 1, finished: 2, archived: 3 };
let collabSeq = 0;

/** Every collaboration of every campaign, for the "assign to…" picker and for naming leak flags. */
export const useCollabDirectory = create<CollabState>((set, get) => ({
  items: null,
  loading: false,
  error: null,
  async load(force = false) {
    if (!force && (get().items || get().loading)) return;
    const my = ++collabSeq;
    set({ loading: true, error: null });
    try {
      const campaigns = await api.call('campaigns.list', {});
      const ordered = [...campaigns].sort((a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || a.name.localeCompare(b.name));
      const boards = await Promise.all(ordered.map((c) => api.call('campaigns.board', { id: c.id })));
      const items: CollabOption[] = [];
      ordered.forEach((c, i) => {
        const cards = [...boards[i].cards].sort((a, b) => a.influencerName.localeCompare(b.influencerName));
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
      if (my === collabSeq) set({ items, loading: false });
    } catch (error) {
      if (my === collabSeq) set({ error, loading: false });
    }
  },
}));

onDataChanged(['imports', 'redemptions'], () => {
  const s = useImportsStore.getState();
  if (s.rows || s.error) void s.load();
});

onDataChanged(['campaigns', 'collaborations'], () => {
  const s = useCollabDirectory.getState();
  if (s.items || s.error) void s.load(true);
});
