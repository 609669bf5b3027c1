import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  clampWindowBounds,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  windowStateFile,
  type Rect,
} from '../../../src/main/shell/window-state';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };
const state = (bounds: Rect, maximized = false) => ({ bounds, maximized });

describe('clampWindowBounds', () => {
  it('uses the default size, OS-centered, without saved state', () => {
    expect(clampWindowBounds(null, [primary])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('keeps bounds that fit a display', () => {
    expect(clampWindowBounds(state({ x: 100, y: 50, width: 1200, height: 800 }), [primary])).toEqual({
      x: 100, y: 50, width: 1200, height: 800, maximized: false,
    });
    expect(clampWindowBounds(state({ x: 2000, y: 100, width: 1500, height: 900 }, true), [primary, right])).toEqual({
      x: 2000, y: 100, width: 1500, height: 900, maximized: true,
    });
  });

  it('moves a window hanging off the edge fully back onto its display', () => {
    const r = clampWindowBounds(state({ x: 1500, y: 700, width: 1200, height: 800 }), [primary]);
    expect(r).toEqual({ x: 720, y: 240, width: 1200, height: 800, maximized: false });
  });

  it('moves a window above/left of the display back inside', () => {
    const r = clampWindowBounds(state({ x: -300, y: -200, width: 1200, height: 800 }), [primary]);
    expect(r.x).toBe(0);
    expect(r.y).toBe(0);
  });

  it('centers on the primary display when the saved monitor is gone', () => {
    const r = clampWindowBounds(state({ x: 2200, y: 100, width: 1400, height: 900 }, true), [primary]);
    expect(r).toEqual({
      x: (1920 - DEFAULT_SIZE.width) / 2,
      y: (1040 - DEFAULT_SIZE.height) / 2,
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      maximized: true,
    });
  });

  it('treats a sliver of overlap as not visible', () => {
    const r = clampWindowBounds(state({ x: 1910, y: 100, width: 1200, height: 800 }), [primary]);
    expect(r.x).toBe((1920 - DEFAULT_SIZE.width) / 2);
  });

  it('shrinks a window larger than the display, and never below the minimum unless the display is smaller', () => {
    const small: Rect = { x: 0, y: 0, width: 1366, height: 728 };
    expect(clampWindowBounds(state({ x: 0, y: 0, width: 3000, height: 2000 }), [small])).toEqual({
      x: 0, y: 0, width: 1366, height: 728, maximized: false,
    });
    const tiny = clampWindowBounds(state({ x: 10, y: 10, width: 300, height: 200 }), [primary]);
    expect(tiny.width).toBe(MIN_SIZE.width);
    expect(tiny.height).toBe(MIN_SIZE.height);
    const netbook: Rect = { x: 0, y: 0, width: 800, height: 560 };
    const r = clampWindowBounds(state({ x: 0, y: 0, width: 1200, height: 800 }), [netbook]);
    expect(r).toEqual({ x: 0, y: 0, width: 800, height: 560, maximized: false });
  });

  it('picks the display holding most of the window', () => {
    const r = clampWindowBounds(state({ x: 1700, y: 100, width: 1200, height: 800 }), [primary, right]);
    expect(r.x).toBe(1920); // mostly on the right display → moved fully onto it
  });

  it('handles displays with negative coordinates', () => {
    const left: Rect = { x: -1280, y: 0, width: 1280, height: 984 };
    const r = clampWindowBounds(state({ x: -1200, y: 20, width: 1000, height: 700 }), [primary, left]);
    expect(r).toEqual({ x: -1200, y: 20, width: 1000, height: 700, maximized: false });
  });

  it('falls back to defaults when no displays are reported', () => {
    expect(clampWindowBounds(state({ x: 1, y: 2, width: 1000, height: 700 }), [])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });
});

describe('parseWindowState', () => {
  it.each([null, 1, 'x', {}, { bounds: null }, { bounds: { x: 0, y: 0, width: 0, height: 10 } },
    { bounds: { x: 0, y: 0, width: 'wide', height: 10 } }, { bounds: { x: NaN, y: 0, width: 10, height: 10 } },
    { bounds: { x: 0, y: 0, width: Infinity, height: 10 } }])('rejects %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });

  it('accepts and rounds a valid state; maximized must be literally true', () => {
    expect(parseWindowState({ bounds: { x: 1.4, y: 2.6, width: 1000, height: 700 }, maximized: 'yes' })).toEqual({
      bounds: { x: 1, y: 3, width: 1000, height: 700 },
      maximized: false,
    });
  });
});

describe('load/save', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips through the file and tolerates corruption', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-ws-'));
    const file = windowStateFile(path.join(dir, 'nested'));
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, { bounds: { x: 5, y: 6, width: 1100, height: 750 }, maximized: true });
    expect(loadWindowState(file)).toEqual({ bounds: { x: 5, y: 6, width: 1100, height: 750 }, maximized: true });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
    fs.writeFileSync(file, '{not json');
    expect(loadWindowState(file)).toBeNull();
  });
});
