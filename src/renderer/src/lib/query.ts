/**
 * Server state of screens through TanStack Query, in one place: a query is keyed by `[method, input]` of the
 * contract and names the data scopes it reads (`scopes`); a `data.changed` event invalidates exactly the
 * queries reading one of its scopes (src/renderer/src/lib/sync.ts). Screens use `useApiQuery`; the
 * provider is mounted once in App.tsx with `queryClient`.
 */
import { MutationObserver, QueryClient, hashKey, keepPreviousData, queryOptions, useQuery, type Mutation, type UseQueryResult } from '@tanstack/react-query';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract';
import type { DataChangedEvent } from '../../../shared/events';
import { api } from '../api/client';
import { onAppEvent } from './sync';

export type Scope = DataChangedEvent['scopes'][number];

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // data stays fresh until a data.changed event says otherwise; the core is local, so no polling
      staleTime: Infinity,
      retry: false,
      refetchOnWindowFocus: false,
    },
  },
});

export function apiQueryKey<M extends MethodName>(method: M, input: InputOf<M>): readonly [M, InputOf<M>] {
  return [method, input] as const;
}

/** The one definition of a contract read as a query (for `useApiQuery`, and for fetching it outside React). */
export function apiQueryOptions<M extends MethodName>(method: M, input: InputOf<M>, scopes: readonly Scope[]) {
  return queryOptions({
    queryKey: apiQueryKey(method, input),
    queryFn: (): Promise<ResultOf<M>> => api.call(method, input),
    meta: { scopes },
  });
}

/**
 * Reads one contract method. `scopes` are the data scopes its result depends on; previous data stays on
 * screen while a new input (a filter) loads, so charts do not flash.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  opts: { scopes: readonly Scope[]; enabled?: boolean },
): UseQueryResult<ResultOf<M>> {
  return useQuery({
    ...apiQueryOptions(method, input, opts.scopes),
    enabled: opts.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}

/** True for a running optimistic write that holds the query with this hash (see `optimisticWrite`). */
const holding = (queryHash: string) => (m: Mutation<unknown, unknown, unknown, unknown>) => m.meta?.holds === queryHash;

/**
 * An optimistic write to the data of one query: `apply` changes the cached data at once, `write` sends the change
 * to the core, and on an error the data from before comes back. While such writes run, change events leave that
 * query alone (a refetch would flash the state before them); when the last one settled it is refetched once.
 */
export async function optimisticWrite<M extends MethodName, T>(
  key: readonly [M, InputOf<M>],
  apply: (data: ResultOf<M>) => ResultOf<M>,
  write: () => Promise<T>,
): Promise<T> {
  const queryHash = hashKey(key);
  const observer = new MutationObserver<T, unknown, void, ResultOf<M> | undefined>(queryClient, {
    mutationFn: write,
    meta: { holds: queryHash },
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<ResultOf<M>>(key);
      if (before !== undefined) queryClient.setQueryData<ResultOf<M>>(key, apply(before));
      return before;
    },
    onError: (_err, _vars, before) => {
      if (before !== undefined) queryClient.setQueryData(key, before);
    },
    onSettled: () => {
      if (queryClient.isMutating({ predicate: holding(queryHash) }) <= 1) void queryClient.invalidateQueries({ queryKey: key, exact: true });
    },
  });
  return observer.mutate();
}

/** Invalidates the queries that read one of the changed scopes ('all' invalidates everything). */
export function invalidateScopes(scopes: readonly Scope[]): Promise<void> {
  const all = scopes.includes('all');
  return queryClient.invalidateQueries({
    predicate: (q) => {
      if (queryClient.isMutating({ predicate: holding(q.queryHash) }) > 0) return false;
      if (all) return true;
      const read = (q.meta?.scopes ?? []) as readonly Scope[];
      return read.includes('all') || read.some((s) => scopes.includes(s));
    },
  });
}

onAppEvent((e) => {
  if (e.type === 'data.changed') void invalidateScopes(e.scopes);
});
