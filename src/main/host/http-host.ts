import http from 'node:http';
import fs from 'node:fs';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../api/dispatcher';
import { describeMethods } from '../api/dispatcher';
import type { EventBus } from '../core/events';
import type { Logger } from '../core/log';
import type { Envelope } from '../../shared/envelope';
import { CONTENT_SECURITY_POLICY } from '../shell/policy';
import { contentTypeOf, resolveStaticPath } from './static-files';

export interface HttpHostOptions {
  dispatch: Dispatch;
  events: EventBus;
  log: Logger;
  /** Built renderer (out/renderer); omit to serve the API only. */
  staticDir?: string;
  /** 0 = a random free port. */
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
}

export interface HttpHost {
  url: string;
  /** URL to open in a browser: includes the token, which the renderer moves to sessionStorage. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Only requests addressed to this loopback host (DNS-rebinding guard) from this origin (CSRF guard). */
export function isAllowedHostHeader(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
export function hasToken(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice(7));
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(data);
}

function fail(res: http.ServerResponse, status: number, code: 'FORBIDDEN' | 'INVALID_INPUT' | 'UNKNOWN_METHOD', message: string): void {
  const env: Envelope<never> = { ok: false, error: { code, message } };
  sendJson(res, status, env);
}

class BodyTooLarge extends Error {}

/**
 * Reads a JSON body of at most `limit` bytes. A larger one is refused without buffering it: announced
 * sizes at once, streamed ones by reading on to the end without keeping it (so the client gets its 413
 * instead of a reset connection), and cut off only past four times the limit.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      return reject(new BodyTooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit * 4) req.destroy();
      else if (size <= limit) chunks.push(c);
    });
    req.on('end', () => (size > limit ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/**
 * Loopback HTTP host for the browser mode and end-to-end tests: the same dispatcher the Electron shell
 * serves over IPC, at `POST /rpc/<method>`, with `GET /rpc` listing the methods and `GET /events`
 * streaming AppEvents as server-sent events. Binds 127.0.0.1 only; every API request needs the
 * per-run bearer token. Never started by the packaged desktop app.
 */
export function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const limit = opts.maxBodyBytes ?? 32 * 1024 * 1024;
  let port = 0;
  const sseClients = new Set<http.ServerResponse>();

  const server = http.createServer(async (req, res) => {
    try {
      if (!isAllowedHostHeader(req.headers.host, port)) return fail(res, 421, 'FORBIDDEN', 'Wrong host');
      if (!isAllowedOrigin(req.headers.origin, port)) return fail(res, 403, 'FORBIDDEN', 'Cross-origin requests are refused');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const p = url.pathname;

      if (p === '/rpc' || p.startsWith('/rpc/') || p === '/events') {
        if (!hasToken(req.headers.authorization, token)) return fail(res, 401, 'FORBIDDEN', 'Missing or wrong token');
        if (p === '/rpc' && req.method === 'GET') return sendJson(res, 200, { ok: true, value: describeMethods() });
        if (p === '/events' && req.method === 'GET') {
          res.writeHead(200, {
            ...SECURITY_HEADERS,
            'Content-Type': 'text/event-stream; charset=utf-8',
            'Cache-Control': 'no-store',
            Connection: 'keep-alive',
          });
          res.write(': connected\n\n');
          sseClients.add(res);
          const unsubscribe = opts.events.subscribe((e) => res.write(`data: ${JSON.stringify(e)}\n\n`));
          const beat = setInterval(() => res.write(': ping\n\n'), 15_000);
          req.on('close', () => {
            clearInterval(beat);
            unsubscribe();
            sseClients.delete(res);
          });
          return;
        }
        if (p.startsWith('/rpc/') && req.method === 'POST') {
          let method: string;
          try {
            method = decodeURIComponent(p.slice(5));
          } catch {
            return fail(res, 400, 'UNKNOWN_METHOD', 'The method name in the URL is not valid percent-encoding');
          }
          if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
            return fail(res, 415, 'INVALID_INPUT', 'Send the input as application/json');
          let raw: string;
          try {
            raw = await readBody(req, limit);
          } catch (err) {
            if (!(err instanceof BodyTooLarge)) throw err;
            res.setHeader('Connection', 'close');
            return fail(res, 413, 'INVALID_INPUT', `The request is larger than ${Math.round(limit / 1024 / 1024)} MB`);
          }
          let input: unknown = {};
          if (raw.trim()) {
            try {
              input = JSON.parse(raw);
            } catch {
              return fail(res, 400, 'INVALID_INPUT', 'The request body is not valid JSON');
            }
          }
          const envelope = await opts.dispatch(method, input);
          return sendJson(res, 200, envelope);
        }
        return fail(res, 405, 'UNKNOWN_METHOD', 'Use GET /rpc, GET /events or POST /rpc/<method>');
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'FORBIDDEN', 'Method not allowed');
      const file = opts.staticDir ? resolveStaticPath(opts.staticDir, p) : null;
      if (!file || !fs.existsSync(file)) {
        res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('Not found');
      }
      const isHtml = file.endsWith('.html');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': contentTypeOf(file),
        'Cache-Control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
        ...(isHtml ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
      });
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    } catch (err) {
      opts.log.error('HTTP host error', err);
      if (!res.headersSent) fail(res, 500, 'FORBIDDEN', 'Internal error');
      else res.end();
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      const base = `http://127.0.0.1:${port}`;
      resolve({
        url: base,
        openUrl: `${base}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            for (const c of sseClients) c.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
