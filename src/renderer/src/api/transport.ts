import type { Envelope } from '../../../shared/envelope';
import type { AppEvent } from '../../../shared/events';
import { getBridge } from './bridge';
import { SseParser } from './sse';

/** What the client needs from a transport; the rest of the app never sees which one is in use. */
export interface Transport {
  readonly kind: 'ipc' | 'http' | 'none';
  call(method: string, input: unknown, opts?: CallOptions): Promise<Envelope<unknown>>;
  onEvent(listener: (e: AppEvent) => void): () => void;
}

export interface CallOptions {
  /** Browser mode: the request is finished by the browser even when the page unloads (fetch `keepalive`). */
  keepalive?: boolean;
}

export const TOKEN_KEY = 'kollab.token';

function failure(message: string): Envelope<unknown> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

/** (a) Electron: the preload exposes `window.kollab`. */
export function ipcTransport(win: Window = window): Transport {
  const bridge = getBridge(win)!;
  return {
    kind: 'ipc',
    async call(method, input) {
      try {
        return await bridge.call(method, input ?? {});
      } catch (e) {
        return failure(e instanceof Error ? e.message : String(e));
      }
    },
    onEvent: (listener) => bridge.onEvent(listener),
  };
}

/**
 * Reads `?token=` from the address (browser mode), keeps it in sessionStorage so reloads work,
 * and removes it from the address bar. Returns the token in effect, if any.
 */
export function takeToken(win: Window = window): string | null {
  let token: string | null = null;
  try {
    const url = new URL(win.location.href);
    const fromQuery = url.searchParams.get('token');
    if (fromQuery) {
      win.sessionStorage.setItem(TOKEN_KEY, fromQuery);
      url.searchParams.delete('token');
      win.history.replaceState(win.history.state, '', url.pathname + url.search + url.hash);
    }
    token = fromQuery || win.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    /* sessionStorage may be unavailable (opaque origins); go without */
  }
  return token;
}

type Listener = (e: AppEvent) => void;

/** (b) Browser mode: `POST /rpc/<method>` and a `GET /events` server-sent event stream read with fetch. */
export function httpTransport(token: string | null, opts: { fetch?: typeof fetch; base?: string } = {}): Transport {
  const doFetch = opts.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const base = opts.base ?? '';
  const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const listeners = new Set<Listener>();
  let abort: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;

  const emit = (e: AppEvent) => {
    for (const l of [...listeners]) {
      try {
        l(e);
      } catch (err) {
        console.error('event listener failed', err);
      }
    }
  };

  const scheduleReconnect = () => {
    if (!listeners.size) return;
    const delay = Math.min(30_000, 500 * 2 ** attempt) + Math.floor(Math.random() * 250);
    attempt = Math.min(attempt + 1, 8);
    retryTimer = setTimeout(connect, delay);
  };

  const connect = async () => {
    retryTimer = null;
    if (!listeners.size) return;
    const ctrl = new AbortController();
    abort = ctrl;
    const parser = new SseParser();
    try {
      const res = await doFetch(`${base}/events`, {
        headers: { ...auth, Accept: 'text/event-stream' },
        signal: ctrl.signal,
        cache: 'no-store',
      });
      if (!res.ok || !res.body) throw new Error(`events: HTTP ${res.status}`);
      attempt = 0;
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const data of parser.push(value)) {
          try {
            emit(JSON.parse(data) as AppEvent);
          } catch {
            /* ignore malformed event */
          }
        }
      }
    } catch {
      /* network error or aborted */
    }
    if (abort === ctrl && !ctrl.signal.aborted) {
      abort = null;
      scheduleReconnect();
    }
  };

  const disconnect = () => {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    abort?.abort();
    abort = null;
  };

  return {
    kind: 'http',
    async call(method, input, callOpts) {
      let res: Response;
      try {
        res = await doFetch(`${base}/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
          ...(callOpts?.keepalive ? { keepalive: true } : {}),
        });
      } catch (e) {
        return failure(`network error: ${e instanceof Error ? e.message : String(e)}`);
      }
      try {
        const body = (await res.json()) as Envelope<unknown>;
        if (body && typeof body === 'object' && 'ok' in body) return body;
      } catch {
        /* fall through */
      }
      return failure(`HTTP ${res.status}`);
    },
    onEvent(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && !abort && !retryTimer) void connect();
      return () => {
        listeners.delete(listener);
        if (!listeners.size) disconnect();
      };
    },
  };
}

/** No back end at all (e.g. the page opened from disk): every call fails with a clear message. */
export function noTransport(): Transport {
  return {
    kind: 'none',
    call: async () => failure('No connection to the Kollab core'),
    onEvent: () => () => {},
  };
}

/** Picks the transport once at start-up. */
export function chooseTransport(win: Window = window): Transport {
  if (getBridge(win)) return ipcTransport(win);
  const proto = win.location?.protocol;
  if (proto === 'http:' || proto === 'https:') return httpTransport(takeToken(win));
  return noTransport();
}
