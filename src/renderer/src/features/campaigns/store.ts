import { create } from 'zustand';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import type { AddResult, CampaignDetail, CampaignPhase, CampaignRow, InputOf, ResultOf } from '../../../../shared/contract';
import { getI18n } from '../../i18n';
import { onDataChanged } from '../../lib/sync';
import { applyMove, groupCardIds, locate } from './board/model';
import { stageLabel } from './board/stageLabel';
import { showDone, showUndo } from '../../lib/notify';

type Board = ResultOf<'campaigns.board'>;

/** 'all' = everything not archived. */
export type PhaseTab = CampaignPhase | 'all';

interface CampaignsState {
  rows: CampaignRow[];
  search: string;
  tab: PhaseTab;
  loaded: boolean;
  loading: boolean;
  error: unknown;
  setSearch(search: string): void;
  setTab(tab: PhaseTab): void;
  load(): Promise<void>;
  create(input: InputOf<'campaigns.create'>): Promise<number>;
  update(input: InputOf<'campaigns.update'>): Promise<void>;
  archive(row: Pick<CampaignRow, 'id' | 'name'>, archived: boolean): Promise<void>;
  /** Moves the campaign to the trash, with Undo; true when it went. */
  trash(row: Pick<CampaignRow, 'id' | 'name'>): Promise<boolean>;
  duplicate(row: Pick<CampaignRow, 'id' | 'name'>): Promise<number | null>;

  detail: CampaignDetail | null;
  board: Board | null;
  detailLoading: boolean;
  detailError: unknown;
  /** The last collaborations.add answer for this campaign (its limit is the Settings limit). */
  lastAdd: (AddResult & { campaignId: number }) | null;
  loadDetail(id: number): Promise<void>;
  /** Optimistic move: the board changes at once, then the core; reverts and reports on error. */
  moveCard(cardId: number, stageId: number, index: number, opts?: { undo?: boolean }): Promise<boolean>;
  removeCard(cardId: number): Promise<boolean>;
  addPeople(campaignId: number, influencerIds: number[]): Promise<AddResult>;
  /** A card's detail changed (drawer): refetch the board quietly. */
  refreshBoard(): Promise<void>;
}

let seq = 0;
let detailSeq = 0;
/** While a move is on its way, refetches triggered by events wait (they would flash the old order). */
let pendingMoves = 0;

export const useCampaignsStore = create<CampaignsState>((set, get) => ({
  rows: [],
  search: '',
  tab: 'all',
  loaded: false,
  loading: false,
  error: null,
  setSearch(search) {
    set({ search });
    void get().load();
  },
  setTab(tab) {
    set({ tab });
  },
  async load() {
    const my = ++seq;
    set({ loading: true, error: null });
    try {
      const rows = await api.call('campaigns.list', { search: get().search.trim() || undefined, includeArchived: true });
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
  async update(input) {
    await api.call('campaigns.update', input);
    void get().load();
    if (get().detail?.id === input.id) await get().loadDetail(input.id);
  },
  async trash(row) {
    const t = getI18n().t;
    try {
      await api.call('campaigns.delete', { id: row.id });
      void get().load();
      showUndo(t('trash.campaignDeleted', { name: row.name }), async () => {
        try {
          await api.call('trash.restore', { kind: 'campaign', id: row.id });
          showDone(t('trash.restored', { name: row.name }));
          void get().load();
        } catch (err) {
          notifyError(err);
        }
      });
      return true;
    } catch (err) {
      notifyError(err);
      return false;
    }
  },
  async archive(row, archived) {
    const t = getI18n().t;
    try {
      await api.call('campaigns.archive', { id: row.id, archived });
      void get().load();
      if (get().detail?.id === row.id) void get().loadDetail(row.id);
      showUndo(t(archived ? 'campaigns.actions.archived' : 'campaigns.actions.unarchived', { name: row.name }), async () => {
        try {
          await api.call('campaigns.archive', { id: row.id, archived: !archived });
          void get().load();
          if (get().detail?.id === row.id) void get().loadDetail(row.id);
        } catch (err) {
          notifyError(err);
        }
      });
    } catch (err) {
      notifyError(err);
    }
  },
  async duplicate(row) {
    const t = getI18n().t;
    try {
      const name = t('campaigns.actions.copyName', { name: row.name });
      const { id } = await api.call('campaigns.duplicate', { id: row.id, name: name.slice(0, 200) });
      void get().load();
      showDone(t('campaigns.actions.duplicated', { name }));
      return id;
    } catch (err) {
      notifyError(err);
      return null;
    }
  },

  detail: null,
  board: null,
  detailLoading: false,
  detailError: null,
  lastAdd: null,
  async loadDetail(id) {
    const my = ++detailSeq;
    const same = get().detail?.id === id;
    set({ detailLoading: true, detailError: null, ...(same ? {} : { detail: null, board: null, lastAdd: null }) });
    try {
      const [detail, board] = await Promise.all([api.call('campaigns.get', { id }), api.call('campaigns.board', { id })]);
      if (my === detailSeq && pendingMoves === 0) set({ detail, board, detailLoading: false });
      else if (my === detailSeq) set({ detail, detailLoading: false });
    } catch (detailError) {
      if (my === detailSeq) set({ detailError, detailLoading: false });
    }
  },
  async refreshBoard() {
    const d = get().detail;
    if (d) await get().loadDetail(d.id);
  },
  async moveCard(cardId, stageId, index, opts = {}) {
    const board = get().board;
    if (!board) return false;
    const before = board;
    const cols = groupCardIds(board.stages, board.cards);
    const from = locate(cols, cardId);
    if (!from) return false;
    if (from.stageId === stageId && from.index === index) return true;
    set({ board: { ...board, cards: applyMove(board.cards, cardId, stageId, index) } });
    pendingMoves++;
    try {
      await api.call('collaborations.move', { id: cardId, stageId, index });
      pendingMoves--;
      if (opts.undo !== false) {
        const t = getI18n().t;
        const card = board.cards.find((c) => c.id === cardId);
        const stage = board.stages.find((s) => s.id === stageId);
        if (card && stage && from.stageId !== stageId) {
          showUndo(t('board.moved', { name: card.influencerName, stage: stageLabel(stage, t) }), () => {
            void get().moveCard(cardId, from.stageId, from.index, { undo: false });
          });
        } else if (card) {
          showUndo(t('board.reordered', { name: card.influencerName }), () => {
            void get().moveCard(cardId, from.stageId, from.index, { undo: false });
          });
        }
      }
      void get().refreshBoard();
      return true;
    } catch (err) {
      pendingMoves--;
      set({ board: before });
      notifyError(err);
      void get().refreshBoard();
      return false;
    }
  },
  async removeCard(cardId) {
    const board = get().board;
    const card = board?.cards.find((c) => c.id === cardId);
    const t = getI18n().t;
    try {
      if (board) set({ board: { ...board, cards: board.cards.filter((c) => c.id !== cardId) } });
      await api.call('collaborations.remove', { id: cardId });
      void get().refreshBoard();
      showUndo(t('board.removed', { name: card?.influencerName ?? '' }), async () => {
        try {
          await api.call('collaborations.restore', { id: cardId });
          showDone(t('board.restored', { name: card?.influencerName ?? '' }));
        } catch (err) {
          notifyError(err);
        }
        void get().refreshBoard();
      });
      return true;
    } catch (err) {
      if (board) set({ board });
      notifyError(err);
      return false;
    }
  },
  async addPeople(campaignId, influencerIds) {
    const res = await api.call('collaborations.add', { campaignId, influencerIds });
    set({ lastAdd: { ...res, campaignId } });
    void get().loadDetail(campaignId);
    void get().load();
    return res;
  },
}));

onDataChanged(['campaigns', 'collaborations', 'influencers', 'redemptions'], () => {
  const s = useCampaignsStore.getState();
  if (s.loaded) void s.load();
  if (s.detail && pendingMoves === 0) void s.loadDetail(s.detail.id);
});
