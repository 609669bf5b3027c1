/**
 * The renderer's Content-Security-Policy, used by the Electron shell (app:// responses and headers)
 * and by the loopback host. Styles need 'unsafe-inline': Mantine injects <style> tags at run time;
 * scripts stay 'self' only.
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
