/**
 * UI state of the campaign screens that outlives a page (going to a campaign and back keeps the list's search and
 * tab). The campaigns themselves, the board and its cards are server state: queries.ts.
 */
import { create } from 'zustand';
import type { AddResult, CampaignPhase } from '../../../../shared/contract';

/** 'all' = everything not archived. */
export type PhaseTab = CampaignPhase | 'all';

interface CampaignsUiState {
  search: string;
  tab: PhaseTab;
  /** The last collaborations.add answer shown for a campaign (its limit is the Settings limit then). */
  lastAdd: (AddResult & { campaignId: number }) | null;
  setSearch(search: string): void;
  setTab(tab: PhaseTab): void;
}

export const useCampaignsUi = create<CampaignsUiState>((set) => ({
  search: '',
  tab: 'all',
  lastAdd: null,
  setSearch: (search) => set({ search }),
  setTab: (tab) => set({ tab }),
}));
