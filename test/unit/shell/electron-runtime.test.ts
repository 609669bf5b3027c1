import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../scripts/lib/electron-runtime.mjs';

describe('findElectronBinary (npm start: desktop or browser mode)', () => {
  let root: string;
  const electronDir = () => path.join(root, 'node_modules', 'electron');
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-start-'));
    fs.mkdirSync(electronDir(), { recursive: true });
    fs.writeFileSync(path.join(electronDir(), 'package.json'), JSON.stringify({ version: '45.4.1' }));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports the binary missing when it was never downloaded (no path.txt)', () => {
    const r = findElectronBinary(root, {});
    expect(r.path).toBeNull();
    expect(r.version).toBe('45.4.1');
  });

  it('reports it missing when path.txt exists but dist/ does not', () => {
    fs.writeFileSync(path.join(electronDir(), 'path.txt'), 'electron');
    expect(findElectronBinary(root, {}).path).toBeNull();
  });

  it('finds dist/<path.txt>', () => {
    fs.writeFileSync(path.join(electronDir(), 'path.txt'), 'electron\n');
    fs.mkdirSync(path.join(electronDir(), 'dist'));
    fs.writeFileSync(path.join(electronDir(), 'dist', 'electron'), '');
    expect(findElectronBinary(root, {}).path).toBe(path.join(electronDir(), 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const alt = path.join(root, 'alt');
    fs.mkdirSync(alt);
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: alt }).path).toBeNull();
    fs.writeFileSync(path.join(alt, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: alt }).path).toBe(path.join(alt, 'electron'));
  });

  it('reports no electron package at all', () => {
    fs.rmSync(electronDir(), { recursive: true });
    expect(findElectronBinary(root, {})).toMatchObject({ path: null, version: null });
  });
});
