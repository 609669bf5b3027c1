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
import { quietTasks, type QuietKind } from '../../../src/main/jobs/quiet-tasks';

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
  // The worker tasks run in this process (a bundle cannot start the TypeScript worker); a SIGKILL ends every
  // thread of a process alike, so what is under test — the files at any moment — is the same.
  jobs: {
    list: () => [],
    busy: () => false,
    run: (kind: QuietKind, params: Record<string, unknown>) => quietTasks[kind](params, { dataDir, dbFile }),
  },
} as unknown as Core;
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  if (mode === 'backup') {
    // Writes between backups keep the WAL busy, as in real use.
    core.db.$client.prepare("INSERT INTO influencers (name) VALUES ('Crash ' || ?)").run(i);
    await createBackup(core, 'manual');
  } else {
    await replaceWorkspace(core, i % 2 ? a : b, { label: 'source', reason: 'restore' });
  }
  process.stdout.write('step\n');
}
