import path from 'node:path';
import fs from 'node:fs';
import { resolveAppPath } from '../shell/app-protocol-path';
import { APP_ORIGIN } from '../shell/policy';

/**
 * Maps a request path to a file under `root` with the same traversal guard the desktop app's
 * app:// protocol uses (shell/app-protocol-path.ts is pure, no Electron import). Unknown routes
 * without an extension get index.html (single-page app). Returns null when the request must be refused.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  if (!urlPath.startsWith('/')) return null;
  const file = resolveAppPath(root, `${APP_ORIGIN}${urlPath}`);
  if (!file) return null;
  // Symbolic links are never followed: the file itself must be a regular file, and its real path (any
  // linked folder on the way) must stay inside the real root.
  try {
    if (!fs.lstatSync(file).isFile()) return null;
    const realRoot = fs.realpathSync(root);
    const real = fs.realpathSync(file);
    return real === realRoot || real.startsWith(realRoot + path.sep) ? file : null;
  } catch {
    return null;
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
