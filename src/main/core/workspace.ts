import path from 'node:path';
import type { Dispatch } from '../api/dispatcher';
import { WorkspaceFileError } from '../db/file-check';
import { createRecoveryDispatcher } from '../backups/recovery';
import { clockFromEnv } from './clock';
import { createCore, DB_FILE_NAME, type CoreOptions, type RunningCore } from './context';
import { EventBus } from './events';
import { createLogger, type Logger } from './log';

/** What a transport (the Electron shell's IPC, the loopback host) serves: the full core, or the recovery state. */
export interface Workspace {
  dispatch: Dispatch;
  events: EventBus;
  log: Logger;
  /** The running core; null while in the recovery state. */
  current(): RunningCore | null;
  close(): Promise<void>;
}

/**
 * Opens the workspace. When its file cannot be used (WorkspaceFileError: empty, damaged, unreadable, read-only,
 * newer schema) the result serves the recovery API instead of failing, and turns into the full core once a backup
 * was restored. Any other failure still rejects.
 */
export async function openWorkspace(opts: CoreOptions): Promise<Workspace> {
  const events = opts.events ?? new EventBus();
  const log = opts.log ?? createLogger(path.join(opts.dataDir, 'logs'), { quiet: opts.quietLog });
  const clock = opts.clock ?? clockFromEnv();
  let running: RunningCore | null = null;
  let recovery: Dispatch | null = null;
  try {
    running = await createCore({ ...opts, events, log, clock });
  } catch (err) {
    if (!(err instanceof WorkspaceFileError)) throw err;
    log.error(`The workspace could not be opened (${err.problem}): ${err.message}`);
    recovery = createRecoveryDispatcher({
      dataDir: opts.dataDir,
      dbFile: path.join(opts.dataDir, DB_FILE_NAME),
      open: { migrationsDir: opts.migrationsDir, nativeBinding: opts.nativeBinding },
      error: err,
      log,
      now: () => clock.now(),
      onRestored: async () => {
        running = await createCore({ ...opts, events, log, clock });
        recovery = null;
        events.emit({ type: 'data.changed', scopes: ['all'] });
      },
    });
  }
  return {
    dispatch: (method, input) => (running ? running.dispatch(method, input) : recovery!(method, input)),
    events,
    log,
    current: () => running,
    close: async () => {
      if (running) await running.close(); // closes the shared log too
      else await log.close();
    },
  };
}
