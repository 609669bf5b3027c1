/**
 * Server state of screens through TanStack Query, in one place: a query is keyed by `[method, input]` of the
 * contract and names the data scopes it reads (`scopes`); a `data.changed` event invalidates exactly the
 * queries reading one of its scopes (src/renderer/src/lib/sync.ts). Screens use `useApiQuery`; the
 * provider is mounted once in App.tsx with `queryClient`.
 */
import { QueryClient, keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract';
import type { DataChangedEvent } from '../../../shared/events';
import { api } from '../api/client';
import { onAppEvent } from './sync';

type Scope = DataChangedEvent['scopes'][number];

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
    queryKey: apiQueryKey(method, input),
    queryFn: () => api.call(method, input),
    meta: { scopes: opts.scopes },
    enabled: opts.enabled ?? true,
    placeholderData: keepPreviousData,
  });
}

/** Invalidates the queries that read one of the changed scopes ('all' invalidates everything). */
export function invalidateScopes(scopes: readonly Scope[]): Promise<void> {
  const all = scopes.includes('all');
  return queryClient.invalidateQueries({
    predicate: (q) => {
      if (all) return true;
      const read = (q.meta?.scopes ?? []) as readonly Scope[];
      return read.includes('all') || read.some((s) => scopes.includes(s));
    },
  });
}

onAppEvent((e) => {
  if (e.type === 'data.changed') void invalidateScopes(e.scopes);
});
