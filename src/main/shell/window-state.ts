import fs from 'node:fs';
import path from 'node:path';

/** Window geometry kept between runs in `<userData>/window-state.json`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where the window should open: position only when it fits a display, else let the OS center it. */
export interface InitialWindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 960, height: 600 } as const;
/** A saved window must overlap a display by at least this much to stay where it was. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Validates what was read from disk; anything malformed is null (the defaults apply). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as { bounds?: Partial<Rect>; maximized?: unknown };
  const b = r.bounds;
  if (typeof b !== 'object' || b === null) return null;
  if (![b.x, b.y, b.width, b.height].every(isFiniteNumber)) return null;
  if ((b.width as number) <= 0 || (b.height as number) <= 0) return null;
  const round = (n: number) => Math.round(n);
  return {
    bounds: { x: round(b.x!), y: round(b.y!), width: round(b.width!), height: round(b.height!) },
    maximized: r.maximized === true,
  };
}

function intersectionArea(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), Math.max(lo, hi));
}

/**
 * Fits saved bounds to the displays now attached (`workAreas`, the primary first).
 * - no saved state or no displays → default size, OS-centered (no x/y);
 * - the window mostly lies on a display → kept there, shrunk to fit and moved fully inside its work area;
 * - it lies on no display any more (monitor unplugged, resolution changed) → default-sized on the primary, centered.
 */
export function clampWindowBounds(saved: WindowState | null, workAreas: readonly Rect[]): InitialWindowBounds {
  const maximized = saved?.maximized ?? false;
  if (!saved || workAreas.length === 0) return { ...DEFAULT_SIZE, maximized };

  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const i = intersectionArea(saved.bounds, area);
    const visible = i.width >= Math.min(MIN_VISIBLE.width, saved.bounds.width) && i.height >= Math.min(MIN_VISIBLE.height, saved.bounds.height);
    if (visible && i.width * i.height > bestArea) {
      best = area;
      bestArea = i.width * i.height;
    }
  }

  if (!best) {
    const primary = workAreas[0];
    const width = Math.min(DEFAULT_SIZE.width, primary.width);
    const height = Math.min(DEFAULT_SIZE.height, primary.height);
    return {
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
      width,
      height,
      maximized,
    };
  }

  const width = Math.min(Math.max(saved.bounds.width, Math.min(MIN_SIZE.width, best.width)), best.width);
  const height = Math.min(Math.max(saved.bounds.height, Math.min(MIN_SIZE.height, best.height)), best.height);
  return {
    x: clamp(saved.bounds.x, best.x, best.x + best.width - width),
    y: clamp(saved.bounds.y, best.y, best.y + best.height - height),
    width,
    height,
    maximized,
  };
}

export function windowStateFile(userDataDir: string): string {
  return path.join(userDataDir, WINDOW_STATE_FILE);
}

/** Reads the saved state; a missing or corrupt file is simply no state. */
export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

/** Writes atomically (temp file + rename) so a crash mid-write cannot leave a torn file. Never throws. */
export function saveWindowState(file: string, state: WindowState): void {
  const valid = parseWindowState(state);
  if (!valid) return;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(valid, null, 2));
    fs.renameSync(tmp, file);
  } catch {
    /* losing the window position is not worth an error dialog */
  }
}
