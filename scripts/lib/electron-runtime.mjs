/**
 * Where the Electron executable is, found WITHOUT require('electron'): electron's index.js downloads the
 * binary when it is missing, and downloads are blocked here (ELECTRON_SKIP_BINARY_DOWNLOAD).
 * Mirrors node_modules/electron/index.js: path.txt names the executable inside dist/ (or
 * ELECTRON_OVERRIDE_DIST_PATH).
 */
import fs from 'node:fs';
import path from 'node:path';

/** @returns {{ path: string, version: string } | { path: null, version: string | null, reason: string }} */
export function findElectronBinary(projectRoot, env = process.env) {
  const dir = path.join(projectRoot, 'node_modules', 'electron');
  let version;
  try {
    version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version ?? null;
  } catch {
    return { path: null, version: null, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(dir, 'path.txt');
  const executable = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const full = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron');
    return fs.existsSync(full) ? { path: full, version } : { path: null, version, reason: `${full} does not exist` };
  }
  if (!executable) return { path: null, version, reason: 'node_modules/electron/path.txt is missing (binary never downloaded)' };
  const full = path.join(dir, 'dist', executable);
  if (!fs.existsSync(full)) return { path: null, version, reason: `${full} does not exist` };
  return { path: full, version };
}
