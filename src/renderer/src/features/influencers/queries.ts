/**
 * Server state of the influencer directory and profiles through TanStack Query (lib/query.ts), and their writes.
 * The list is keyed by the filter and the server sort (local sorts reuse it); a data.changed event of a scope a
 * query reads refetches it, so the writes here only write and offer Undo.
 */
import { notifications } from '@mantine/notifications';
import type { InfluencerInput, InfluencerFilter, InputOf, ResultOf } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { getI18n } from '../../i18n';
import { apiQueryKey, queryClient, useApiQuery } from '../../lib/query';
import { offerUndo } from '../../lib/undo';
import { clean, isServerSort, useDirectoryStore } from './store';

/** Every row matching the filter is loaded at once; the table virtualises them. */
export const DIRECTORY_LIMIT = 20_000;

export interface Facets {
  countries: string[];
  niches: string[];
  languages: string[];
}

const SCOPES = ['influencers', 'collaborations', 'settings'] as const;
const NO_FACETS: Facets = { countries: [], niches: [], languages: [] };

/** The list input for the directory's filter and sort (a local sort asks the core for the name order). */
function listInput(s: Pick<ReturnType<typeof useDirectoryStore.getState>, 'filter' | 'sort' | 'dir' | 'fitCampaignId'>): InputOf<'influencers.list'> {
  const serverSort = isServerSort(s.sort) && (s.sort !== 'fit' || s.fitCampaignId) ? s.sort : 'name';
  return {
    ...clean(s.filter),
    sort: serverSort,
    dir: isServerSort(s.sort) ? s.dir : 'asc',
    ...(s.fitCampaignId ? { fitCampaignId: s.fitCampaignId } : {}),
    limit: DIRECTORY_LIMIT,
    offset: 0,
  };
}

/** The rows of the directory for the current filter and sort; the previous rows stay while new ones load. */
export function useDirectory() {
  const { filter, sort, dir, fitCampaignId } = useDirectoryStore();
  const q = useApiQuery('influencers.list', listInput({ filter, sort, dir, fitCampaignId }), { scopes: SCOPES });
  return { rows: q.data?.rows ?? [], total: q.data?.total ?? 0, loaded: !q.isPending || !!q.error, loading: q.isFetching, error: q.error, reload: () => void q.refetch() };
}

/** What the filter bar offers: facets, running campaigns, saved filters. */
export function useDirectoryMeta() {
  const facets = useApiQuery('influencers.facets', {}, { scopes: SCOPES }).data ?? NO_FACETS;
  const campaigns = useApiQuery('campaigns.list', { includeArchived: false }, { scopes: ['campaigns', ...SCOPES] }).data;
  const savedFilters = useApiQuery('savedFilters.list', {}, { scopes: SCOPES }).data ?? [];
  return { facets, campaigns: (campaigns ?? []).map((c) => ({ id: c.id, name: c.name })), savedFilters };
}

/** One influencer's profile. */
export function useInfluencer(id: number) {
  const q = useApiQuery('influencers.get', { id }, { scopes: SCOPES, enabled: Number.isInteger(id) && id > 0 });
  return { detail: q.data?.id === id ? q.data : null, loading: q.isFetching, error: q.error, reload: () => void q.refetch() };
}

/** Forget a profile that is gone for good (erased): nothing shows it again. */
export function forgetInfluencer(id: number): void {
  queryClient.removeQueries({ queryKey: apiQueryKey('influencers.get', { id }) });
}

type List = ResultOf<'influencers.list'>;

async function restore(id: number, name: string): Promise<void> {
  try {
    await api.call('influencers.restore', { id });
    notifications.show({ color: 'teal', title: getI18n().t('influencers.restored', { name }), message: '' });
  } catch (err) {
    notifyError(err);
  }
}

/** Moves an influencer to the bin (the row leaves the directory at once) and offers Undo. */
async function remove(id: number, name: string): Promise<void> {
  try {
    await api.call('influencers.delete', { id });
  } catch (err) {
    notifyError(err);
    return;
  }
  queryClient.setQueriesData<List>({ queryKey: ['influencers.list'] }, (old) =>
    old && old.rows.some((r) => r.id === id) ? { rows: old.rows.filter((r) => r.id !== id), total: Math.max(0, old.total - 1) } : old,
  );
  offerUndo(getI18n().t('influencers.deleted', { name }), () => restore(id, name), { autoClose: 10_000 });
}

/** Saves a change and offers "Undo" (which writes `previous` back). */
async function update(id: number, patch: Partial<InfluencerInput>, previous: Partial<InfluencerInput>, name: string): Promise<void> {
  const t = getI18n().t;
  await api.call('influencers.update', { id, ...patch });
  offerUndo(
    t('influencers.edit.saved', { name }),
    async () => {
      try {
        await api.call('influencers.update', { id, ...previous });
        notifications.show({ color: 'gray', title: t('influencers.edit.undone'), message: '' });
      } catch (err) {
        notifyError(err);
      }
    },
    { color: 'teal', autoClose: 10_000 },
  );
}

/** Deletes a saved filter; it leaves the menu at once. */
async function deleteFilter(id: number): Promise<void> {
  await api.call('savedFilters.delete', { id });
  queryClient.setQueryData<ResultOf<'savedFilters.list'>>(apiQueryKey('savedFilters.list', {}), (old) => old?.filter((f) => f.id !== id));
}

/**
 * The writes of the directory and profile. Each announces its change scopes in the core (contract `changes`),
 * and that event refetches the directory, the profile and the saved filters.
 */
export const influencerActions = {
  create: async (input: InfluencerInput): Promise<number> => (await api.call('influencers.create', input)).id,
  update,
  remove,
  restore,
  saveFilter: async (name: string, filter: InfluencerFilter): Promise<void> => void (await api.call('savedFilters.save', { name, query: clean(filter) })),
  deleteFilter,
};
