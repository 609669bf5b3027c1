import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const out = path.join(process.cwd(), 'out');
const read = (p: string) => fs.readFileSync(path.join(out, p), 'utf8');
function allJs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? allJs(p) : p.endsWith('.js') || p.endsWith('.cjs') ? [p] : [];
  });
}

test.describe('electron-vite build output', () => {
  test('has the shell, web host, worker, preload and renderer entries', () => {
    for (const f of ['main/index.js', 'main/web.js', 'main/worker.js', 'preload/index.cjs', 'renderer/index.html']) {
      expect(fs.existsSync(path.join(out, f)), `${f} exists`).toBe(true);
    }
  });

  test('keeps better-sqlite3 out of the main bundle (loaded from node_modules at run time)', () => {
    const main = allJs(path.join(out, 'main')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    expect(main).toMatch(/from ["']better-sqlite3["']|require\(["']better-sqlite3["']\)/);
    // The library's own source (its Database wrapper) must not have been inlined.
    expect(main).not.toContain('function Database(filenameGiven');
    expect(main).not.toContain('function SqliteError(');
    expect(main).not.toMatch(/require\(["']bindings["']\)/);
  });

  test('the preload is CommonJS and exposes only the bridge', () => {
    const preload = read('preload/index.cjs');
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).not.toMatch(/^import /m);
  });

  test('the renderer ships no inline scripts (CSP script-src self)', () => {
    const html = read('renderer/index.html');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain('Content-Security-Policy');
  });
});
