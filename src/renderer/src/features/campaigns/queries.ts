/**
 * Server state of the campaign list and a campaign's board through TanStack Query (lib/query.ts), and the writes
 * of these screens. Queries are keyed by their contract input; a data.changed event of a scope they read refetches
 * them, so a write here only writes (and offers Undo), it does not reload anything by hand.
 */
import { useEffect, useMemo } from 'react';
import type { AddResult, CampaignRow, InputOf, ResultOf } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { getI18n } from '../../i18n';
import { showDone, showUndo } from '../../lib/notify';
import { apiQueryKey, optimisticWrite, queryClient, useApiQuery } from '../../lib/query';
import { applyMove, groupCardIds, locate } from './board/model';
import { stageLabel } from './board/stageLabel';
import { useCampaignsUi } from './store';

type Board = ResultOf<'campaigns.board'>;
const SCOPES = ['campaigns', 'collaborations', 'influencers', 'redemptions'] as const;

/** Every campaign (archived ones too: the tabs count them) matching the search. */
export function useCampaignList(search: string) {
  const q = useApiQuery('campaigns.list', { search: search.trim() || undefined, includeArchived: true }, { scopes: SCOPES });
  return { rows: q.data ?? [], loaded: !q.isPending || !!q.error, loading: q.isFetching, error: q.error, reload: () => void q.refetch() };
}

const boardKey = (campaignId: number) => apiQueryKey('campaigns.board', { id: campaignId });

/** The cards and stages of one campaign's board (shared by the page and the card drawer). */
export function useBoard(campaignId: number, enabled = true) {
  const q = useApiQuery('campaigns.board', { id: campaignId }, { scopes: SCOPES, enabled: enabled && campaignId > 0 });
  return q.data?.campaignId === campaignId ? q.data : null;
}

/** One campaign with its board; both stay on screen while a change refetches them. */
export function useCampaign(id: number) {
  const enabled = Number.isInteger(id) && id > 0;
  const detail = useApiQuery('campaigns.get', { id }, { scopes: SCOPES, enabled });
  const board = useApiQuery('campaigns.board', { id }, { scopes: SCOPES, enabled });
  return {
    detail: detail.data?.id === id ? detail.data : null,
    board: board.data?.campaignId === id ? board.data : null,
    loading: detail.isFetching || board.isFetching,
    error: detail.error ?? board.error,
    reload: () => {
      void detail.refetch();
      void board.refetch();
    },
  };
}

const NO_NICHES: string[] = [];

/** The niches the board filters by, and who on this campaign has the chosen one (a card carries no niches). */
export function useNicheFilter(campaignId: number, niche: string | null) {
  const niches = useApiQuery('influencers.facets', {}, { scopes: ['influencers'] }).data?.niches ?? NO_NICHES;
  const q = useApiQuery('influencers.list', { campaignId, niche: niche ?? undefined, limit: 20_000 }, { scopes: SCOPES, enabled: !!niche });
  const nicheIds = useMemo(() => (niche && q.data ? new Set(q.data.rows.map((r) => r.id)) : null), [niche, q.data]);
  useEffect(() => {
    if (q.error) notifyError(q.error);
  }, [q.error]);
  return { niches, nicheIds };
}

/** Optimistic move: the board changes at once, then the core; reverts and reports on error. Offers Undo. */
async function moveCard(campaignId: number, cardId: number, stageId: number, index: number, opts: { undo?: boolean } = {}): Promise<boolean> {
  const board = queryClient.getQueryData<Board>(boardKey(campaignId));
  if (!board) return false;
  const from = locate(groupCardIds(board.stages, board.cards), cardId);
  if (!from) return false;
  if (from.stageId === stageId && from.index === index) return true;
  try {
    await optimisticWrite(boardKey(campaignId), (b) => ({ ...b, cards: applyMove(b.cards, cardId, stageId, index) }), () =>
      api.call('collaborations.move', { id: cardId, stageId, index }),
    );
  } catch (err) {
    notifyError(err);
    return false;
  }
  const card = board.cards.find((c) => c.id === cardId);
  const stage = board.stages.find((s) => s.id === stageId);
  if (opts.undo !== false && card) {
    const t = getI18n().t;
    const undo = () => void moveCard(campaignId, cardId, from.stageId, from.index, { undo: false });
    if (stage && from.stageId !== stageId) showUndo(t('board.moved', { name: card.influencerName, stage: stageLabel(stage, t) }), undo);
    else showUndo(t('board.reordered', { name: card.influencerName }), undo);
  }
  return true;
}

/** Takes a card off the board at once; Undo brings it back. */
async function removeCard(campaignId: number, cardId: number): Promise<boolean> {
  const card = queryClient.getQueryData<Board>(boardKey(campaignId))?.cards.find((c) => c.id === cardId);
  const name = card?.influencerName ?? '';
  const t = getI18n().t;
  try {
    await optimisticWrite(boardKey(campaignId), (b) => ({ ...b, cards: b.cards.filter((c) => c.id !== cardId) }), () => api.call('collaborations.remove', { id: cardId }));
  } catch (err) {
    notifyError(err);
    return false;
  }
  showUndo(t('board.removed', { name }), async () => {
    try {
      await api.call('collaborations.restore', { id: cardId });
      showDone(t('board.restored', { name }));
    } catch (err) {
      notifyError(err);
    }
  });
  return true;
}

/** Puts the stages in the order of `stageIds`: the columns swap at once, the refetch confirms. */
async function reorderStages(campaignId: number, stageIds: number[]): Promise<void> {
  try {
    await optimisticWrite(boardKey(campaignId), (b) => ({ ...b, stages: b.stages.map((s) => ({ ...s, position: stageIds.indexOf(s.id) })) }), () =>
      api.call('stages.reorder', { campaignId, stageIds }),
    );
  } catch (err) {
    notifyError(err);
  }
}

async function addPeople(campaignId: number, influencerIds: number[]): Promise<AddResult> {
  const res = await api.call('collaborations.add', { campaignId, influencerIds });
  useCampaignsUi.setState({ lastAdd: { ...res, campaignId } });
  return res;
}

type Named = Pick<CampaignRow, 'id' | 'name'>;

async function archive(row: Named, archived: boolean): Promise<void> {
  const t = getI18n().t;
  try {
    await api.call('campaigns.archive', { id: row.id, archived });
    showUndo(t(archived ? 'campaigns.actions.archived' : 'campaigns.actions.unarchived', { name: row.name }), async () => {
      try {
        await api.call('campaigns.archive', { id: row.id, archived: !archived });
      } catch (err) {
        notifyError(err);
      }
    });
  } catch (err) {
    notifyError(err);
  }
}

/** Moves the campaign to the trash, with Undo; true when it went. */
async function trash(row: Named): Promise<boolean> {
  const t = getI18n().t;
  try {
    await api.call('campaigns.delete', { id: row.id });
  } catch (err) {
    notifyError(err);
    return false;
  }
  showUndo(t('trash.campaignDeleted', { name: row.name }), async () => {
    try {
      await api.call('trash.restore', { kind: 'campaign', id: row.id });
      showDone(t('trash.restored', { name: row.name }));
    } catch (err) {
      notifyError(err);
    }
  });
  return true;
}

async function duplicate(row: Named): Promise<number | null> {
  const t = getI18n().t;
  try {
    const name = t('campaigns.actions.copyName', { name: row.name });
    const { id } = await api.call('campaigns.duplicate', { id: row.id, name: name.slice(0, 200) });
    showDone(t('campaigns.actions.duplicated', { name }));
    return id;
  } catch (err) {
    notifyError(err);
    return null;
  }
}

/**
 * The writes of the campaign screens. Each announces its change scopes in the core (contract `changes`), and that
 * event refetches the list, the campaign and its board.
 */
export const campaignActions = {
  create: async (input: InputOf<'campaigns.create'>): Promise<number> => (await api.call('campaigns.create', input)).id,
  update: async (input: InputOf<'campaigns.update'>): Promise<void> => void (await api.call('campaigns.update', input)),
  archive,
  trash,
  duplicate,
  moveCard,
  removeCard,
  reorderStages,
  addPeople,
};
