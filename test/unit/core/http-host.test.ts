import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { testCore } from '../../helpers/core';
import { startHttpHost, type HttpHost } from '../../../src/main/host/http-host';
import { resolveStaticPath } from '../../../src/main/host/static-files';
import type { AppEvent } from '../../../src/shared/events';

type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
let host: HttpHost;
let staticDir: string;

beforeAll(async () => {
  t = await testCore('empty');
  staticDir = path.join(t.dir, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Kollab</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), 'top secret');
  host = await startHttpHost({ dispatch: t.dispatch, events: t.core.events, log: t.core.log, staticDir });
});
afterAll(async () => {
  await host.close();
  await t.dispose();
});

const rpc = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/rpc/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('loopback HTTP host', () => {
  it('listens on 127.0.0.1 at a random port and prints a URL with the token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.port).toBeGreaterThan(0);
    expect(host.openUrl).toBe(`${host.url}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the same dispatcher: POST /rpc/<method> returns envelopes', async () => {
    const created = await (await rpc('campaigns.create', { name: 'Herbst', goal: 'launch', startDate: '2026-10-01', endDate: '2026-12-01' })).json();
    expect(created).toMatchObject({ ok: true, value: { id: expect.any(Number) } });
    const board = await (await rpc('campaigns.board', { id: created.value.id })).json();
    expect(board.value.stages.map((s: { key: string }) => s.key)).toEqual([
      'shortlist', 'contacted', 'negotiating', 'briefed', 'sample_shipped', 'content_live', 'completed', 'declined',
    ]);
    const invalid = await (await rpc('campaigns.create', { name: 'X', goal: 'launch', startDate: '2026-12-01', endDate: '2026-10-01' })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'endDate' } });
  });

  it('lists the methods at GET /rpc', async () => {
    const res = await fetch(`${host.url}/rpc`, { headers: { Authorization: `Bearer ${host.token}` } });
    const body = await res.json();
    expect(body.ok).toBe(true);
    expect(body.value.map((m: { method: string }) => m.method)).toContain('influencers.list');
  });

  it('refuses calls without the right token', async () => {
    const none = await fetch(`${host.url}/rpc/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await rpc('app.info', {}, { Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('FORBIDDEN');
  });

  it('refuses foreign origins and host names (CSRF and DNS rebinding)', async () => {
    const origin = await rpc('app.info', {}, { Origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    const http = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, path: '/rpc', headers: { Host: 'evil.example', Authorization: `Bearer ${host.token}` } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end();
    });
    expect(status).toBe(421);
  });

  it('answers bad bodies with a clear error envelope', async () => {
    const res = await fetch(`${host.url}/rpc/app.info`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/not valid JSON/);
  });

  it('answers a bad percent-encoding with 400 and an oversized body with 413, not 500 or a reset', async () => {
    const bad = await fetch(`${host.url}/rpc/app.%E0%A4%A`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/percent-encoding/);
    const small = await startHttpHost({ dispatch: t.dispatch, events: t.core.events, log: t.core.log, maxBodyBytes: 1024 });
    try {
      const big = JSON.stringify({ name: 'x'.repeat(4000) });
      const announced = await fetch(`${small.url}/rpc/influencers.create`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${small.token}`, 'Content-Type': 'application/json' },
        body: big,
      });
      expect(announced.status).toBe(413);
      expect((await announced.json()).error.message).toMatch(/larger than/);
      // A streamed body without a length: read to its end, then refused.
      const streamed = await fetch(`${small.url}/rpc/influencers.create`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${small.token}`, 'Content-Type': 'application/json' },
        body: new Blob([big]).stream(),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('never follows a symbolic link out of the static folder', () => {
    fs.symlinkSync(path.join(t.dir, 'secret.txt'), path.join(staticDir, 'assets', 'leak.js'));
    fs.symlinkSync(t.dir, path.join(staticDir, 'linked'));
    expect(resolveStaticPath(staticDir, '/assets/leak.js')).toBeNull();
    expect(resolveStaticPath(staticDir, '/linked/secret.txt')).toBeNull();
    expect(resolveStaticPath(staticDir, '/assets/app.js')).not.toBeNull();
  });

  it('serves the renderer with a CSP and never files outside its folder', async () => {
    const index = await fetch(`${host.url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${host.url}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${host.url}/campaigns/3`)).status).toBe(200); // SPA fallback
    expect(resolveStaticPath(staticDir, '/../secret.txt')).toBeNull();
    expect(resolveStaticPath(staticDir, '/%2e%2e/secret.txt')).toBeNull();
    expect(resolveStaticPath(staticDir, '/assets/..%5csecret.txt')).toBeNull();
    expect(resolveStaticPath(staticDir, '/a%00b')).toBeNull();
    const res = await fetch(`${host.url}/%2e%2e/secret.txt`);
    expect(await res.text()).not.toContain('top secret');
  });

  it('streams events from main as server-sent events', async () => {
    const ctrl = new AbortController();
    const res = await fetch(`${host.url}/events`, { headers: { Authorization: `Bearer ${host.token}` }, signal: ctrl.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const got: AppEvent[] = [];
    const reading = (async () => {
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += new TextDecoder().decode(value);
        for (const block of buf.split('\n\n').slice(0, -1)) {
          const data = block.split('\n').find((l) => l.startsWith('data: '));
          if (data) got.push(JSON.parse(data.slice(6)));
        }
        buf = buf.slice(buf.lastIndexOf('\n\n') + 2);
        if (got.some((e) => e.type === 'data.changed')) break;
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    await rpc('settings.update', { brandName: 'GrünFit' });
    await reading;
    ctrl.abort();
    expect(got).toContainEqual({ type: 'data.changed', scopes: ['settings'] });
  });
});
