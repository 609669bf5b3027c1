import { create } from 'zustand';
import { api } from '../../api/client';
import type { CampaignDetail, CampaignRow, InputOf, ResultOf } from '../../../../shared/contract';
import { onDataChanged } from '../../lib/sync';

type Board = ResultOf<'campaigns.board'>;

interface CampaignsState {
  rows: CampaignRow[];
  search: string;
  loaded: boolean;
  loading: boolean;
  error: unknown;
  setSearch(search: string): void;
  load(): Promise<void>;
  create(input: InputOf<'campaigns.create'>): Promise<number>;

  detail: CampaignDetail | null;
  board: Board | null;
  detailLoading: boolean;
  detailError: unknown;
  loadDetail(id: number): Promise<void>;
}

let seq = 0;
let detailSeq = 0;

export const useCampaignsStore = create<CampaignsState>((set, get) => ({
  rows: [],
  search: '',
  loaded: false,
  loading: false,
  error: null,
  setSearch(search) {
    set({ search });
    void get().load();
  },
  async load() {
    const my = ++seq;
    set({ loading: true, error: null });
    try {
      const rows = await api.call('campaigns.list', { search: get().search.trim() || undefined });
      if (my === seq) set({ rows, loaded: true, loading: false });
    } catch (error) {
      if (my === seq) set({ error, loaded: true, loading: false });
    }
  },
  async create(input) {
    const { id } = await api.call('campaigns.create', input);
    void get().load();
    return id;
  },

  detail: null,
  board: null,
  detailLoading: false,
  detailError: null,
  async loadDetail(id) {
    const my = ++detailSeq;
    const same = get().detail?.id === id;
    set({ detailLoading: true, detailError: null, ...(same ? {} : { detail: null, board: null }) });
    try {
      const [detail, board] = await Promise.all([api.call('campaigns.get', { id }), api.call('campaigns.board', { id })]);
      if (my === detailSeq) set({ detail, board, detailLoading: false });
    } catch (detailError) {
      if (my === detailSeq) set({ detailError, detailLoading: false });
    }
  },
}));

onDataChanged(['campaigns', 'collaborations', 'influencers', 'redemptions'], () => {
  const s = useCampaignsStore.getState();
  if (s.loaded) void s.load();
  if (s.detail) void s.loadDetail(s.detail.id);
});
