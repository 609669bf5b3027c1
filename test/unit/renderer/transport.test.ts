// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../src/shared/envelope';
import { api, resetTransport } from '../../../src/renderer/src/api/client';
import { chooseTransport, httpTransport, TOKEN_KEY } from '../../../src/renderer/src/api/transport';
import type { AppEvent } from '../../../src/shared/events';

afterEach(() => {
  delete (window as { kollab?: unknown }).kollab;
  sessionStorage.clear();
  resetTransport();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function sseResponse(chunks: string[]): Response {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const ch of chunks) c.enqueue(enc.encode(ch));
      c.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}

describe('transport choice', () => {
  it('uses IPC when the preload bridge exists', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: { name: 'Kollab' } }));
    (window as { kollab?: unknown }).kollab = { call, onEvent: () => () => {} };
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    expect(chooseTransport(window).kind).toBe('ipc');
    resetTransport();
    await expect(api.call('app.info', {})).resolves.toEqual({ name: 'Kollab' });
    expect(call).toHaveBeenCalledWith('app.info', {});
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('uses HTTP otherwise, takes the token from the address and hides it', async () => {
    window.history.replaceState(null, '', '/?token=XYZ#/influencers');
    const fetchSpy = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { locale: 'de' } }), { status: 200 }));
    vi.stubGlobal('fetch', fetchSpy);
    const t = chooseTransport(window);
    expect(t.kind).toBe('http');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/influencers');
    expect(sessionStorage.getItem(TOKEN_KEY)).toBe('XYZ');

    await t.call('settings.get', {});
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/rpc/settings.get');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer XYZ');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect(init.body).toBe('{}');

    // A reload (no token in the address) keeps using the stored token.
    const again = chooseTransport(window);
    await again.call('settings.get', {});
    const [, init2] = fetchSpy.mock.calls[1] as unknown as [string, RequestInit];
    expect((init2.headers as Record<string, string>).Authorization).toBe('Bearer XYZ');
  });

  it('turns error envelopes (also with HTTP 401/400) into ApiError', async () => {
    window.history.replaceState(null, '', '/?token=bad');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'bad token' } }), { status: 401 })),
    );
    resetTransport();
    const err = await api.call('settings.get', {}).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('FORBIDDEN');
  });

  it('reports network failures and non-JSON bodies as INTERNAL errors', async () => {
    const t1 = httpTransport('t', { fetch: vi.fn(async () => Promise.reject(new TypeError('offline'))) as unknown as typeof fetch });
    expect(await t1.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const t2 = httpTransport('t', { fetch: vi.fn(async () => new Response('<html>', { status: 502 })) as unknown as typeof fetch });
    expect(await t2.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'HTTP 502' } });
  });

  it('reads server-sent events with fetch, with the auth header, split across chunks', async () => {
    const fetchSpy = vi.fn(async () =>
      sseResponse(['data: {"type":"data.chan', 'ged","scopes":["all"]}\n', '\ndata: {"type":"job.finished","jobId":"j","kind":"demo.seed","ok":true}\n\n']),
    );
    const t = httpTransport('TOK', { fetch: fetchSpy as unknown as typeof fetch });
    const got: AppEvent[] = [];
    const stop = t.onEvent((e) => got.push(e));
    await vi.waitFor(() => expect(got).toHaveLength(2));
    stop();
    expect(got[0]).toEqual({ type: 'data.changed', scopes: ['all'] });
    expect(got[1]!.type).toBe('job.finished');
    const [url, init] = fetchSpy.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/events');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer TOK');
  });

  it('reconnects with backoff after the stream drops', async () => {
    vi.useFakeTimers();
    let n = 0;
    const fetchSpy = vi.fn(async () => {
      n++;
      if (n === 1) throw new TypeError('connection refused');
      return sseResponse([`data: {"type":"data.changed","scopes":["influencers"]}\n\n`]);
    });
    const t = httpTransport('TOK', { fetch: fetchSpy as unknown as typeof fetch });
    const got: AppEvent[] = [];
    const stop = t.onEvent((e) => got.push(e));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
    await vi.waitFor(() => expect(got).toHaveLength(1));
    stop();
  });
});
