import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedNavigation, isSafeExternalUrl, withCspHeader } from './policy';

/** Hands a URL to the OS (browser, mail client) only when it passes the external-URL policy. */
export function openExternalIfSafe(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch(() => {
    /* no handler for the scheme: nothing to do */
  });
}

/**
 * Guards for one webContents: no navigation away from app://kollab (links open in the browser
 * instead when safe), no redirects away, no new windows, no <webview>.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url)) return;
    event.preventDefault();
    openExternalIfSafe(url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url);
    return { action: 'deny' };
  });
}

/** Session-wide: every permission denied (camera, notifications, geolocation …), CSP on every response. */
export function hardenSession(ses: Session, csp: string): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, csp) });
  });
}

/** Applies the guards to every webContents ever created (windows, devtools, anything a bug might open). */
export function installWebContentsGuards(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
