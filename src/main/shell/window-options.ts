import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_SIZE, MIN_SIZE, type InitialWindowBounds } from './window-state';

export interface WindowOptionsInput {
  /** Absolute path of the built preload (`out/preload/index.cjs`). */
  preloadPath: string;
  bounds?: InitialWindowBounds;
  /** Development build: DevTools allowed. */
  isDev?: boolean;
  title?: string;
}

/**
 * Options for the main window, following Electron's security checklist: isolated, sandboxed renderer
 * without Node, web security on, no webview, no experimental or insecure features.
 */
export function windowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  if (!path.isAbsolute(input.preloadPath)) throw new Error(`preload path must be absolute: ${input.preloadPath}`);
  const b = input.bounds;
  return {
    ...(b && b.x !== undefined && b.y !== undefined ? { x: b.x, y: b.y } : {}),
    width: b?.width ?? DEFAULT_SIZE.width,
    height: b?.height ?? DEFAULT_SIZE.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false, // shown on 'ready-to-show' to avoid a white flash
    title: input.title ?? 'Kollab',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click ("auxclick") on links would ask for a new window; denied anyway, but switched off at the source.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
      devTools: input.isDev === true,
    },
  };
}
