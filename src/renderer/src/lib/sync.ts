import { api } from '../api/client';
import type { AppEvent, DataChangedEvent } from '../../../shared/events';

type Scope = DataChangedEvent['scopes'][number];
type Refetch = { scopes: Scope[]; refetch: () => void };

const refetchers = new Set<Refetch>();
const eventListeners = new Set<(e: AppEvent) => void>();

/** Stores call this once: their `refetch` runs when a `data.changed` event names one of `scopes` (or 'all'). */
export function onDataChanged(scopes: Scope[], refetch: () => void): () => void {
  const r = { scopes, refetch };
  refetchers.add(r);
  return () => refetchers.delete(r);
}

/** Other event consumers (jobs). */
export function onAppEvent(listener: (e: AppEvent) => void): () => void {
  eventListeners.add(listener);
  return () => eventListeners.delete(listener);
}

export function dispatchAppEvent(e: AppEvent): void {
  if (e.type === 'data.changed') {
    const all = e.scopes.includes('all');
    for (const r of [...refetchers]) {
      if (all || r.scopes.some((s) => e.scopes.includes(s))) {
        try {
          r.refetch();
        } catch (err) {
          console.error(err);
        }
      }
    }
  }
  for (const l of [...eventListeners]) l(e);
}

/** Connects the event stream of the transport to the stores; returns the unsubscribe function. */
export function startDataSync(): () => void {
  return api.onEvent(dispatchAppEvent);
}
