import type { ReactNode } from "react";
import { create } from "zustand";
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import type { InfluencerDetail, InfluencerInput, InfluencerRow } from '../../../../shared/contract';
import type { Platform, Tier } from '../../../../shared/domain';
import { getI18n } from '../../i18n';
import { onDataChanged } from '../../lib/sync';

export type InfluencerSort = 'name' | 'followers' | 'engagementRate' | 'country' | 'lastContactAt';

export interface InfluencerQuery {
  search: string;
  platform: Platform | null;
  tier: Tier | null;
  sort: InfluencerSort;
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export const DEFAULT_QUERY: InfluencerQuery = { search: '', platform: null, tier: null, sort: 'name', dir: 'asc', limit: 25, offset: 0 };

interface InfluencersState {
  query: InfluencerQuery;
  rows: InfluencerRow[];
  total: number;
  loaded: boolean;
  loading: boolean;
  error: unknown;
  /** Merges into the query (a filter change resets to the first page) and reloads. */
  setQuery(patch: Partial<InfluencerQuery>): void;
  load(): Promise<void>;
  create(input: InfluencerInput): Promise<number>;
  remove(id: number, name: string): Promise<void>;
  restore(id: number, name: string): Promise<void>;

  detail: InfluencerDetail | null;
  detailLoading: boolean;
  detailError: unknown;
  loadDetail(id: number): Promise<void>;
}

let seq = 0;
let detailSeq = 0;

export const useInfluencersStore = create<InfluencersState>((set, get) => ({
  query: DEFAULT_QUERY,
  rows: [],
  total: 0,
  loaded: false,
  loading: false,
  error: null,
  setQuery(patch) {
    const resetsPage = Object.keys(patch).some((k) => k !== 'offset');
    set({ query: { ...get().query, ...(resetsPage ? { offset: 0 } : {}), ...patch } });
    void get().load();
  },
  async load() {
    const my = ++seq;
    const q = get().query;
    set({ loading: true, error: null });
    try {
      const res = await api.call('influencers.list', {
        search: q.search.trim() || undefined,
        platform: q.platform ?? undefined,
        tier: q.tier ?? undefined,
        sort: q.sort,
        dir: q.dir,
        limit: q.limit,
        offset: q.offset,
      });
      if (my !== seq) return;
      // Deleting the last row of the last page: step back a page.
      if (res.rows.length === 0 && res.total > 0 && q.offset > 0) {
        set({ query: { ...q, offset: Math.max(0, Math.floor((res.total - 1) / q.limit) * q.limit) } });
        return get().load();
      }
      set({ rows: res.rows, total: res.total, loaded: true, loading: false });
    } catch (error) {
      if (my === seq) set({ error, loading: false, loaded: true });
    }
  },
  async create(input) {
    const { id } = await api.call('influencers.create', input);
    void get().load();
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
    const nid = `deleted-${id}-${Date.now()}`;
    notifications.show({
      id: nid,
      color: 'gray',
      title: t('influencers.deleted', { name }),
      message: undoButton(t('common.undo'), () => {
        notifications.hide(nid);
        void get().restore(id, name);
      }),
      autoClose: 8000,
    });
  },
  async restore(id, name) {
    try {
      await api.call('influencers.restore', { id });
      notifications.show({ color: 'teal', title: getI18n().t('influencers.restored', { name }), message: '' });
      void get().load();
    } catch (err) {
      notifyError(err);
    }
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

// Set by the UI layer so the store can render a button inside a notification without importing JSX here.
let undoButton: (label: string, onClick: () => void) => ReactNode = (label) => label;
export function setUndoRenderer(r: typeof undoButton) {
  undoButton = r;
}

onDataChanged(['influencers', 'collaborations', 'settings'], () => {
  const s = useInfluencersStore.getState();
  if (s.loaded) void s.load();
  if (s.detail) void s.loadDetail(s.detail.id);
});
