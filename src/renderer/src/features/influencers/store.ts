/**
 * UI state of the influencer directory that outlives the page: the filter, the sort and the campaign the fit is
 * scored for. The rows, facets, campaigns and saved filters are server state: queries.ts reads them keyed by this.
 */
import { create } from 'zustand';
import type { InfluencerFilter } from '../../../../shared/contract';

/** Sort keys the core knows. */
export type ServerSort = 'name' | 'followers' | 'engagementRate' | 'country' | 'lastContactAt' | 'campaignCount' | 'tier' | 'fit';
/** Columns the core cannot sort by; the directory sorts these in the renderer (all rows are loaded anyway). */
export type LocalSort = 'channel' | 'niches' | 'language' | 'authVerdict';
export type InfluencerSort = ServerSort | LocalSort;

export const SERVER_SORTS: readonly ServerSort[] = ['name', 'followers', 'engagementRate', 'country', 'lastContactAt', 'campaignCount', 'tier', 'fit'];
export const isServerSort = (s: InfluencerSort): s is ServerSort => (SERVER_SORTS as readonly string[]).includes(s);

interface DirectoryState {
  filter: InfluencerFilter;
  sort: InfluencerSort;
  dir: 'asc' | 'desc';
  fitCampaignId: number | null;
  /** Merges into the filter (undefined removes a key). */
  setFilter(patch: Partial<InfluencerFilter>): void;
  replaceFilter(filter: InfluencerFilter): void;
  clearFilters(): void;
  setSort(sort: InfluencerSort, dir: 'asc' | 'desc'): void;
  setFit(campaignId: number | null): void;
}

/** The filter without empty values (and with the search text trimmed). */
export function clean(filter: InfluencerFilter): InfluencerFilter {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter)) {
    if (v === undefined || v === null || v === '') continue;
    out[k] = typeof v === 'string' && k === 'search' ? v.trim() || undefined : v;
    if (out[k] === undefined) delete out[k];
  }
  return out as InfluencerFilter;
}

/** True when the filter narrows the directory at all. */
export function hasFilter(filter: InfluencerFilter): boolean {
  return Object.keys(clean(filter)).length > 0;
}

export const useDirectoryStore = create<DirectoryState>((set, get) => ({
  filter: {},
  sort: 'name',
  dir: 'asc',
  fitCampaignId: null,
  setFilter: (patch) => set({ filter: clean({ ...get().filter, ...patch }) }),
  replaceFilter: (filter) => set({ filter: clean(filter) }),
  clearFilters: () => set({ filter: {} }),
  setSort: (sort, dir) => set({ sort, dir }),
  setFit(campaignId) {
    if (campaignId) set({ fitCampaignId: campaignId, sort: 'fit', dir: 'desc' });
    else set({ fitCampaignId: null, ...(get().sort === 'fit' ? { sort: 'name' as const, dir: 'asc' as const } : {}) });
  },
}));
