#!/usr/bin/env node
/**
 * `npm run package [-- <electron-builder args, e.g. --win --x64>]`:
 *   1. electron-vite build (out/main, out/preload, out/renderer)
 *   2. electron-builder (config: electron-builder.yml → dist/). With npmRebuild it rebuilds better-sqlite3
 *      IN PLACE in node_modules for Electron's ABI …
 *   3. … so scripts/ensure-node-abi.mjs restores the Node build afterwards (always, even if packaging failed),
 *      and `npm test` keeps working.
 * Needs the Electron runtime/headers and network for electron-builder's downloads; not runnable on this machine.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const node = process.execPath;
const run = (argv) => spawnSync(node, argv, { cwd: root, stdio: 'inherit' }).status ?? 1;

let status = run([path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--config', 'electron.config.ts']);
if (status === 0) {
  status = run([path.join(root, 'node_modules', 'electron-builder', 'cli.js'), '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
}
const restore = run([path.join(root, 'scripts', 'ensure-node-abi.mjs')]);
process.exit(status !== 0 ? status : restore);
