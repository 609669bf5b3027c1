#!/usr/bin/env node
/**
 * `npm start`: the desktop app when the Electron runtime is installed, else browser mode (scripts/web.mjs).
 *   npm start                 → electron-vite dev (hot reload), after building better-sqlite3 for Electron's ABI
 *   npm start -- --prod       → electron-vite build, then `electron .` on the built app
 * Never triggers Electron's binary download (see scripts/lib/electron-runtime.mjs).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from './lib/electron-runtime.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const node = process.execPath;

/** Runs a child with inherited stdio, forwards Ctrl-C/TERM, exits with its code. */
function runAndExit(file, argv, env = process.env) {
  const child = spawn(file, argv, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (err) => {
    console.error(`Kollab: could not start ${file}: ${err.message}`);
    process.exit(1);
  });
}

function runSync(file, argv) {
  const r = spawnSync(file, argv, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const electron = findElectronBinary(root);
if (!electron.path) {
  console.log('Kollab: the Electron runtime is not installed on this machine (download blocked) — starting the browser mode instead.');
  runAndExit(node, [path.join(root, 'scripts', 'web.mjs'), ...args]);
} else {
  // Electron-ABI better-sqlite3 into .electron-native/ (node_modules keeps the Node build for the tests).
  runSync(node, [path.join(root, 'scripts', 'native-electron.mjs')]);
  const electronVite = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const rest = args.filter((a) => a !== '--prod');
  if (args.includes('--prod')) {
    runSync(node, [electronVite, 'build', '--config', 'electron.config.ts']);
    runAndExit(electron.path, ['.', ...rest]);
  } else {
    runAndExit(node, [electronVite, 'dev', '--config', 'electron.config.ts', ...rest]);
  }
}
