import fs from 'node:fs';
import path from 'node:path';

/** File locations of the shell, relative to the built main bundle (`out/main/index.js`). */
export interface ShellPaths {
  preload: string;
  rendererDir: string;
  workerFile: string;
  migrationsDir?: string;
  nativeBinding?: string;
}

/**
 * - dev: `<projectRoot>/.electron-native/better_sqlite3.node` (built by scripts/native-electron.mjs for
 *   Electron's ABI, so node_modules keeps the Node build the tests use) when it exists;
 * - packaged: electron-builder rebuilt better-sqlite3 inside the package, so no override; migrations
 *   come from `resources/drizzle` (extraResources).
 */
export function shellPaths(opts: {
  mainDir: string;
  isPackaged: boolean;
  resourcesPath?: string;
  exists?: (file: string) => boolean;
}): ShellPaths {
  const exists = opts.exists ?? fs.existsSync;
  const projectRoot = path.resolve(opts.mainDir, '..', '..');
  const native = path.join(projectRoot, '.electron-native', 'better_sqlite3.node');
  return {
    preload: path.join(opts.mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: path.join(opts.mainDir, '..', 'renderer'),
    workerFile: path.join(opts.mainDir, 'worker.js'),
    migrationsDir: opts.isPackaged && opts.resourcesPath ? path.join(opts.resourcesPath, 'drizzle') : undefined,
    nativeBinding: !opts.isPackaged && exists(native) ? native : undefined,
  };
}
