import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './policy';

/** Raw-request patterns refused before any decoding: dot-dot (plain or encoded), backslashes, NUL. */
const RAW_REJECT = [/(^|[/\\])\.\.?([/\\?#]|$)/, /%2e/i, /\\|%5c/i, /%00|\0/, /%2f/i];
/** Rejected after one round of decoding: leftovers of double encoding, separators, NUL. */
const DECODED_REJECT = /[\\\0]|%(2e|2f|5c|00)/i;

/**
 * Maps a request to the `app://kollab/...` protocol onto a file below `rootDir` (the built renderer).
 * Returns null for anything suspicious: other hosts, `..` (also percent-encoded), backslashes, NUL bytes,
 * empty or hidden segments, absolute or drive-letter paths, malformed escapes.
 * Paths whose last segment has no file extension are SPA routes and get `index.html`.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > 4096) return null;
  const prefix = `${APP_SCHEME}://${APP_HOST}`;
  if (requestUrl.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  const rest = requestUrl.slice(prefix.length);
  if (rest !== '' && !/^[/?#]/.test(rest)) return null; // `app://kollab.evil/`, `app://kollab:80/`, `app://kollab@x/`
  const rawPath = rest.split(/[?#]/, 1)[0] ?? '';
  if (RAW_REJECT.some((re) => re.test(rawPath))) return null;

  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (DECODED_REJECT.test(decoded)) return null;
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return null;

  const segments = decoded.slice(1).split('/');
  if (segments[segments.length - 1] === '') segments.pop(); // trailing slash: `/campaigns/`
  if (segments.length === 0) segments.push('index.html');
  for (const seg of segments) {
    if (seg === '' || seg.startsWith('.')) return null; // `//`, `.`, `..`, hidden files
    if (/^[a-zA-Z]:/.test(seg)) return null; // drive letters
  }
  const last = segments[segments.length - 1];
  const relative = path.extname(last) === '' ? 'index.html' : segments.join('/');

  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...relative.split('/'));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (file === root) return null;
  return file;
}
