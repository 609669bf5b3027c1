import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../src/main/shell/window-options';
import { DEFAULT_SIZE } from '../../../src/main/shell/window-state';

const preloadPath = path.resolve('/opt/kollab/out/preload/index.cjs');

describe('windowOptions', () => {
  it('follows the Electron security checklist', () => {
    const wp = windowOptions({ preloadPath }).webPreferences!;
    expect(wp).toMatchObject({
      preload: preloadPath,
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    });
    expect(wp).not.toHaveProperty('enableBlinkFeatures');
    expect(wp).not.toHaveProperty('additionalArguments');
  });

  it('allows DevTools only in development', () => {
    expect(windowOptions({ preloadPath }).webPreferences!.devTools).toBe(false);
    expect(windowOptions({ preloadPath, isDev: true }).webPreferences!.devTools).toBe(true);
  });

  it('needs an absolute preload path', () => {
    expect(() => windowOptions({ preloadPath: 'out/preload/index.cjs' })).toThrow(/absolute/);
  });

  it('uses the given bounds, position only when known, and starts hidden', () => {
    const o = windowOptions({ preloadPath, bounds: { x: 10, y: 20, width: 1000, height: 700, maximized: false } });
    expect(o).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    const d = windowOptions({ preloadPath, bounds: { width: 1100, height: 720, maximized: true } });
    expect(d).not.toHaveProperty('x');
    expect(d).not.toHaveProperty('y');
    expect(windowOptions({ preloadPath })).toMatchObject(DEFAULT_SIZE);
  });
});
