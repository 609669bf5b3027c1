#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into .electron-native/better_sqlite3.node, WITHOUT touching
 * node_modules/better-sqlite3 (whose Node-ABI build the tests, the web host and the CLI scripts use).
 * The shell passes this file to better-sqlite3 as `nativeBinding` in development (src/main/shell/paths.ts),
 * which is why the unit tests still work after starting the desktop app.
 *
 * How: copy the package sources to a temp dir, run node-gyp there against Electron's headers, copy the result.
 * Skipped when the stamp (.electron-native/stamp.json) matches the installed Electron + better-sqlite3 versions.
 * Flags: --force (rebuild anyway), --dry-run (print what would run).
 * Needs a C/C++ toolchain and network access to https://electronjs.org/headers (once per Electron version).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '.electron-native');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');
const args = process.argv.slice(2);
const force = args.includes('--force');
const dryRun = args.includes('--dry-run');

const readVersion = (pkg) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const wanted = {
  electron: readVersion('electron'),
  betterSqlite3: readVersion('better-sqlite3'),
  platform: process.platform,
  arch: process.arch,
};

function upToDate() {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    const bsPkg = path.join(root, 'node_modules', 'better-sqlite3', 'package.json');
    return (
      fs.existsSync(outFile) &&
      Object.entries(wanted).every(([k, v]) => stamp[k] === v) &&
      fs.statSync(outFile).mtimeMs >= fs.statSync(bsPkg).mtimeMs
    );
  } catch {
    return false;
  }
}

/** node-gyp: the project's copy if any, else the one bundled with npm. */
function findNodeGyp() {
  const npmDirs = [];
  if (process.env.npm_execpath) npmDirs.push(path.resolve(path.dirname(process.env.npm_execpath), '..'));
  const nodeDir = path.dirname(process.execPath);
  npmDirs.push(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm'), path.join(nodeDir, 'node_modules', 'npm'));
  for (const paths of [[root], ...npmDirs.map((d) => [d, path.join(d, 'node_modules')])]) {
    try {
      return require.resolve('node-gyp/bin/node-gyp.js', { paths });
    } catch {
      /* next */
    }
  }
  return null;
}

if (!force && upToDate()) {
  console.log(`native-electron: better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} is up to date.`);
  process.exit(0);
}

const nodeGyp = findNodeGyp();
if (!nodeGyp) {
  console.error('native-electron: node-gyp not found (neither in node_modules nor bundled with npm).');
  process.exit(1);
}
const gypArgs = [
  nodeGyp,
  'rebuild',
  '--release',
  `--target=${wanted.electron}`,
  '--dist-url=https://electronjs.org/headers',
  '--runtime=electron',
  `--arch=${process.arch}`,
];
if (dryRun) {
  console.log(`native-electron: would run in a copy of node_modules/better-sqlite3:\n  ${process.execPath} ${gypArgs.join(' ')}`);
  process.exit(0);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-bs3-electron-'));
try {
  const src = path.join(root, 'node_modules', 'better-sqlite3');
  fs.cpSync(src, tmp, {
    recursive: true,
    filter: (p) => !/^[\\/](build|node_modules|prebuilds)$/.test(p.slice(src.length)), // top level only
  });
  console.log(`native-electron: building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (${process.platform}-${process.arch}) …`);
  const r = spawnSync(process.execPath, gypArgs, {
    cwd: tmp,
    stdio: 'inherit',
    env: { ...process.env, npm_config_runtime: 'electron', npm_config_target: wanted.electron, npm_config_disturl: 'https://electronjs.org/headers' },
  });
  if (r.status !== 0) {
    console.error('native-electron: node-gyp failed (see above). node_modules was not changed.');
    process.exit(r.status ?? 1);
  }
  const built = path.join(tmp, 'build', 'Release', 'better_sqlite3.node');
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(built, `${outFile}.tmp`);
  fs.renameSync(`${outFile}.tmp`, outFile);
  fs.writeFileSync(stampFile, JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2));
  console.log(`native-electron: wrote ${path.relative(root, outFile)}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
