#!/usr/bin/env node
// Builds main, preload and renderer with electron-vite (the same build `npm run build` makes).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const r = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', 'electron.config.ts'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
