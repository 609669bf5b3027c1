import { offerUndo } from '../../lib/undo';
import { create } from 'zustand';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import type { InfluencerDetail, InfluencerFilter, InfluencerInput, InfluencerRow, SavedFilter } from '../../../../shared/contract';
import { getI18n } from '../../i18n';
import { onDataChanged } from '../../lib/sync';

/** Sort keys the core knows. */
export type ServerSort = 'name' | 'followers' | 'engagementRate' | 'country' | 'lastContactAt' | 'campaignCount' | 'tier' | 'fit';
/** Columns the core cannot sort by; the directory sorts these in the renderer (all rows are loaded anyway). */
export type LocalSort = 'channel' | 'niches' | 'language' | 'authVerdict';
export type InfluencerSort = ServerSort | LocalSort;

export const SERVER_SORTS: readonly ServerSort[] = ['name', 'followers', 'engagementRate', 'country', 'lastContactAt', 'campaignCount', 'tier', 'fit'];
export const isServerSort = (s: InfluencerSort): s is ServerSort => (SERVER_SORTS as readonly string[]).includes(s);

/** Every row matching the filter is loaded at once; the table virtualises them. */
export const DIRECTORY_LIMIT = 20_000;

export interface Facets {
  countries: string[];
  niches: string[];
  languages: string[];
}

interface InfluencersState {
  filter: InfluencerFilter;
  sort: InfluencerSort;
  dir: 'asc' | 'desc';
  fitCampaignId: number | null;
  rows: InfluencerRow[];
  total: number;
  loaded: boolean;
  loading: boolean;
  error: unknown;
  /** Merges into the filter (undefined removes a key) and reloads. */
  setFilter(patch: Partial<InfluencerFilter>): void;
  replaceFilter(filter: InfluencerFilter): void;
  clearFilters(): void;
  setSort(sort: InfluencerSort, dir: 'asc' | 'desc'): void;
  setFit(campaignId: number | null): void;
  load(): Promise<void>;

  facets: Facets;
  campaigns: { id: number; name: string }[];
  savedFilters: SavedFilter[];
  loadMeta(): Promise<void>;
  saveFilter(name: string): Promise<void>;
  deleteFilter(id: number): Promise<void>;

  create(input: InfluencerInput): Promise<number>;
  remove(id: number, name: string): Promise<void>;
  restore(id: number, name: string): Promise<void>;
  /** Saves a change and offers "Undo" (which writes `previous` back). */
  update(id: number, patch: Partial<InfluencerInput>, previous: Partial<InfluencerInput>, name: string): Promise<void>;

  detail: InfluencerDetail | null;
  detailLoading: boolean;
  detailError: unknown;
  loadDetail(id: number): Promise<void>;
}

let seq = 0;
let detailSeq = 0;

function clean(filter: InfluencerFilter): InfluencerFilter {
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

export const useInfluencersStore = create<InfluencersState>((set, get) => ({
  filter: {},
  sort: 'name',
  dir: 'asc',
  fitCampaignId: null,
  rows: [],
  total: 0,
  loaded: false,
  loading: false,
  error: null,
  setFilter(patch) {
    set({ filter: clean({ ...get().filter, ...patch }) });
    void get().load();
  },
  replaceFilter(filter) {
    set({ filter: clean(filter) });
    void get().load();
  },
  clearFilters() {
    set({ filter: {} });
    void get().load();
  },
  setSort(sort, dir) {
    const serverChanged = isServerSort(sort) || isServerSort(get().sort);
    set({ sort, dir });
    if (serverChanged) void get().load();
  },
  setFit(campaignId) {
    if (campaignId) set({ fitCampaignId: campaignId, sort: 'fit', dir: 'desc' });
    else set({ fitCampaignId: null, ...(get().sort === 'fit' ? { sort: 'name' as const, dir: 'asc' as const } : {}) });
    void get().load();
  },
  async load() {
    const my = ++seq;
    const { filter, sort, dir, fitCampaignId } = get();
    set({ loading: true, error: null });
    try {
      const serverSort = isServerSort(sort) && (sort !== 'fit' || fitCampaignId) ? sort : 'name';
      const res = await api.call('influencers.list', {
        ...clean(filter),
        sort: serverSort,
        dir: isServerSort(sort) ? dir : 'asc',
        ...(fitCampaignId ? { fitCampaignId } : {}),
        limit: DIRECTORY_LIMIT,
        offset: 0,
      });
      if (my !== seq) return;
      set({ rows: res.rows, total: res.total, loaded: true, loading: false });
    } catch (error) {
      if (my === seq) set({ error, loading: false, loaded: true });
    }
  },

  facets: { countries: [], niches: [], languages: [] },
  campaigns: [],
  savedFilters: [],
  async loadMeta() {
    const [facets, campaigns, saved] = await Promise.allSettled([
      api.call('influencers.facets', {}),
      api.call('campaigns.list', { includeArchived: false }),
      api.call('savedFilters.list', {}),
    ]);
    set({
      ...(facets.status === 'fulfilled' ? { facets: facets.value } : {}),
      ...(campaigns.status === 'fulfilled' ? { campaigns: campaigns.value.map((c) => ({ id: c.id, name: c.name })) } : {}),
      ...(saved.status === 'fulfilled' ? { savedFilters: saved.value } : {}),
    });
  },
  async saveFilter(name) {
    await api.call('savedFilters.save', { name, query: clean(get().filter) });
    const savedFilters = await api.call('savedFilters.list', {});
    set({ savedFilters });
  },
  async deleteFilter(id) {
    await api.call('savedFilters.delete', { id });
    set({ savedFilters: get().savedFilters.filter((f) => f.id !== id) });
  },

  async create(input) {
    const { id } = await api.call('influencers.create', input);
    void get().load();
    void get().loadMeta();
    return id;
  },
  async remove(id, name) {
    const t = getI18n().t;
    try {
      await api.call('influencers.delete', { id });
    } catch (err) {
      notifyError(err);
      return;
    }
    set({ rows: get().rows.filter((r) => r.id !== id), total: Math.max(0, get().total - 1) });
    void get().load();
    offerUndo(t('influencers.deleted', { name }), () => get().restore(id, name), { autoClose: 10_000 });
  },
  async restore(id, name) {
    try {
      await api.call('influencers.restore', { id });
      notifications.show({ color: 'teal', title: getI18n().t('influencers.restored', { name }), message: '' });
      void get().load();
      if (get().detail?.id === id) void get().loadDetail(id);
    } catch (err) {
      notifyError(err);
    }
  },
  async update(id, patch, previous, name) {
    const t = getI18n().t;
    await api.call('influencers.update', { id, ...patch });
    void get().loadDetail(id);
    void get().load();
    offerUndo(
      t('influencers.edit.saved', { name }),
      async () => {
        try {
          await api.call('influencers.update', { id, ...previous });
          notifications.show({ color: 'gray', title: t('influencers.edit.undone'), message: '' });
          void get().loadDetail(id);
          void get().load();
        } catch (err) {
          notifyError(err);
        }
      },
      { color: 'teal', autoClose: 10_000 },
    );
  },

  detail: null,
  detailLoading: false,
  detailError: null,
  async loadDetail(id) {
    const my = ++detailSeq;
    set({ detailLoading: true, detailError: null, ...(get().detail?.id === id ? {} : { detail: null }) });
    try {
      const detail = await api.call('influencers.get', { id });
      if (my === detailSeq) set({ detail, detailLoading: false });
    } catch (detailError) {
      if (my === detailSeq) set({ detailError, detailLoading: false });
    }
  },
}));

onDataChanged(['influencers', 'collaborations', 'settings'], () => {
  const s = useInfluencersStore.getState();
  if (s.loaded) {
    void s.load();
    void s.loadMeta();
  }
  if (s.detail) void s.loadDetail(s.detail.id);
});
