import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME } from './policy';
import { resolveAppPath } from './app-protocol-path';

/** Must run before `app` is ready: app:// behaves like https (standard, secure origin, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function withSecurityHeaders(res: Response, csp: string): Response {
  const headers = new Headers(res.headers);
  headers.set('Content-Security-Policy', csp);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

function plain(status: number, text: string, csp: string): Response {
  return withSecurityHeaders(new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }), csp);
}

/**
 * Serves the renderer on app://kollab/… from `rootDir` (out/renderer), with the path-traversal guard
 * of resolveAppPath and the CSP in the response headers. In `electron-vite dev` the requests are
 * proxied to the Vite dev server instead, so the origin (and thus the IPC trust check) is the same.
 */
export function handleAppProtocol(rootDir: string, opts: { csp: string; devServerUrl?: string }): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed', opts.csp);
    try {
      if (opts.devServerUrl) {
        const url = new URL(request.url);
        const upstream = await net.fetch(new URL(url.pathname + url.search, opts.devServerUrl).toString());
        return withSecurityHeaders(upstream, opts.csp);
      }
      const file = resolveAppPath(rootDir, request.url);
      if (!file) return plain(404, 'Not Found', opts.csp);
      return withSecurityHeaders(await net.fetch(pathToFileURL(file).toString()), opts.csp);
    } catch {
      return plain(404, 'Not Found', opts.csp);
    }
  });
}
