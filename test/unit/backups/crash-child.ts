/**
 * Child process of crash.test.ts (bundled with esbuild so it starts fast): takes backups or restores in a loop
 * until the parent SIGKILLs it at a random moment. Prints `ready` once the workspace is open.
 *   node crash-child.mjs backup|restore <dataDir> <migrationsDir> [<sourceA> <sourceB>]
 */
import path from 'node:path';
import { openDatabase } from '../../../src/main/db/connection';
import { createBackup } from '../../../src/main/backups/service';
import { replaceWorkspace } from '../../../src/main/backups/restore';
import type { Core } from '../../../src/main/core/context';

const [mode, dataDir, migrationsDir, a, b] = process.argv.slice(2) as [string, string, string, string, string];
const dbFile = path.join(dataDir, 'kollab.db');
const quiet = { info() {}, warn() {}, error() {}, fault: null, close: async () => {} };
const core = {
  db: openDatabase(dbFile, { migrationsDir }),
  dataDir,
  dbFile,
  dbOptions: { migrationsDir },
  clock: { now: () => new Date() },
  log: quiet,
  jobs: { list: () => [] },
} as unknown as Core;
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  if (mode === 'backup') {
    // Writes between backups keep the WAL busy, as in real use.
    core.db.$client.prepare("INSERT INTO influencers (name) VALUES ('Crash ' || ?)").run(i);
    createBackup(core, 'manual');
  } else {
    replaceWorkspace(core, i % 2 ? a : b, { label: 'source', reason: 'restore' });
  }
  process.stdout.write('step\n');
}
