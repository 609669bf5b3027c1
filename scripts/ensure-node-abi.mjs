#!/usr/bin/env node
/**
 * Makes sure node_modules/better-sqlite3 loads in Node (tests, web host). Tools that rebuild native modules
 * in place for Electron (electron-builder's npmRebuild, electron-rebuild) leave an Electron-ABI build behind;
 * then this runs `npm rebuild better-sqlite3`. Exit 0 when Node can open an in-memory database.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// Checked in a child process: a failed native load cannot be retried within one process.
const probe = `const D = require('better-sqlite3'); new D(':memory:').close();`;
const check = () => spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });

let r = check();
if (r.status === 0) process.exit(0);
const ABI_MISMATCH = /NODE_MODULE_VERSION|compiled against a different Node\.js version|invalid ELF header|not a valid Win32 application|mach-o/i;
if (!ABI_MISMATCH.test(r.stderr)) {
  console.error(`ensure-node-abi: better-sqlite3 does not load, and not because of its ABI:\n${r.stderr}`);
  process.exit(1);
}
console.log('ensure-node-abi: better-sqlite3 is built for another runtime (Electron?) — running npm rebuild better-sqlite3 …');
const npmCli = process.env.npm_execpath;
const rebuild = npmCli
  ? spawnSync(process.execPath, [npmCli, 'rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit' })
  : spawnSync('npm', ['rebuild', 'better-sqlite3'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (rebuild.status !== 0) process.exit(rebuild.status ?? 1);
r = check();
if (r.status !== 0) {
  console.error(`ensure-node-abi: still not loadable after the rebuild:\n${r.stderr}`);
  process.exit(1);
}
console.log('ensure-node-abi: better-sqlite3 works in Node again.');
