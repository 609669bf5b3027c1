/**
 * Shared jsdom setup for renderer component tests: polyfills Mantine needs, jest-dom matchers,
 * and a fake preload bridge (`window.kollab`) so tests exercise the real API client and only
 * the transport is mocked.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { Envelope } from '../../../src/shared/envelope';
import type { AppEvent } from '../../../src/shared/events';
import { resetTransport } from '../../../src/renderer/src/api/client';

// findBy*/waitFor wait up to 5 s (default 1 s): the whole app renders in jsdom on two shared cores, where the
// first render alone can take over a second under load. What is awaited must still appear.
configure({ asyncUtilTimeout: 5000 });

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  if (!('ResizeObserver' in window)) {
    class ResizeObserver {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserver });
    Object.defineProperty(globalThis, 'ResizeObserver', { writable: true, value: ResizeObserver });
  }
  if (!window.scrollTo || String(window.scrollTo).includes('not implemented')) window.scrollTo = () => {};
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}

afterEach(() => {
  cleanup();
  delete (window as { kollab?: unknown }).kollab;
  resetTransport();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test handlers read whatever input shape the method has
export type Handler = (input: any) => Envelope<unknown> | Promise<Envelope<unknown>>;

/** Installs a fake `window.kollab`; unknown methods answer UNKNOWN_METHOD. Returns spies and an event emitter. */
export function installFakeBridge(handlers: Record<string, Handler>) {
  const listeners = new Set<(e: AppEvent) => void>();
  const call = vi.fn(async (method: string, input: unknown): Promise<Envelope<unknown>> => {
    const h = handlers[method];
    if (!h) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `no fake for ${method}` } };
    return h(input);
  });
  (window as { kollab?: unknown }).kollab = {
    call,
    onEvent(l: (e: AppEvent) => void) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  resetTransport();
  return { call, emit: (e: AppEvent) => listeners.forEach((l) => l(e)) };
}

export const ok = <T,>(value: T): Envelope<T> => ({ ok: true, value });

/** Intl uses U+00A0 / U+202F in some formats; tests compare with plain spaces. */
export const norm = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
