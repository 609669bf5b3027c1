/**
 * Security policy of the Electron shell, as pure functions (no `electron` import) so they can be unit-tested
 * and reused (e.g. the CSP by the browser-mode host).
 */

/** The renderer's own origin: `app://kollab`. The scheme is registered as standard + secure. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kollab';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** First page the window loads. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Strict Content-Security-Policy for everything the renderer loads.
 * `style-src 'unsafe-inline'` is needed because the component library (Mantine, via its CSS-variables
 * resolver and emotion-free style tags) injects `<style>` elements at runtime; scripts stay 'self' only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Development-only relaxation (`electron-vite dev`, never packaged): the React-refresh preamble that
 * @vitejs/plugin-react injects is an inline script, and Vite's HMR client talks to the dev server over
 * a websocket on localhost.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
).replace("connect-src 'self'", "connect-src 'self' ws://localhost:* http://localhost:*");

/** Response headers with any existing CSP header (any spelling) replaced by `csp`. */
export function withCspHeader(
  headers: Record<string, string | string[]> | undefined,
  csp: string = CONTENT_SECURITY_POLICY,
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    out[name] = Array.isArray(value) ? value : [value];
  }
  out['Content-Security-Policy'] = [csp];
  return out;
}

/** Whitespace, ASCII control characters and the like: never in a URL we hand to the OS. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/;
const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);
/** mailto parameters some mail clients honour that would attach local files. */
const DANGEROUS_MAILTO_PARAMS = new Set(['attach', 'attachment', 'attachments']);

/**
 * May this URL be handed to `shell.openExternal` (the user's browser / mail client)?
 * Only http(s) with a host and no credentials, or mailto without attachment parameters.
 */
export function isSafeExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > 16_384) return false;
  if (UNSAFE_CHARS.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'mailto:') {
    if (parsed.host !== '' || parsed.pathname.startsWith('/')) return false;
    for (const key of parsed.searchParams.keys()) {
      if (DANGEROUS_MAILTO_PARAMS.has(key.toLowerCase())) return false;
    }
    return true;
  }
  return parsed.hostname !== '';
}

function parseAppUrl(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url.length === 0 || UNSAFE_CHARS.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return null;
  if (parsed.host.toLowerCase() !== APP_HOST) return null; // host includes the port: `kollab:1` fails
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (!parsed.pathname.startsWith('/')) return null;
  return parsed;
}

/** Is this the URL of a frame of our own app (`app://kollab/...`)? Only such frames may call the API. */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  return parseAppUrl(frameUrl) !== null;
}

/** May a webContents navigate to this URL in place? Only within the app's own origin. */
export function isAllowedNavigation(url: string | undefined | null): boolean {
  return parseAppUrl(url) !== null;
}
