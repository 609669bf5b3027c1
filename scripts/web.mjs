#!/usr/bin/env node
// `npm run web [-- --data-dir DIR] [-- --empty] [-- --no-build]`: builds main, preload and renderer,
// then starts the loopback host on a real database file and prints the URL (token included).
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const hostArgs = args.filter((a) => a !== '--no-build');

if (!skipBuild) {
  process.stdout.write('Kollab: building …\n');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', 'electron.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) {
    process.stderr.write('Kollab: the build failed (see above).\n');
    process.exit(build.status ?? 1);
  }
}
const child = spawn(process.execPath, [path.join(root, 'out/main/web.js'), ...hostArgs], { cwd: root, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
