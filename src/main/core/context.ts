import path from 'node:path';
import { applyMigrations, defaultMigrationsDir, knownMigrations, NewerSchemaError, openDatabase, optimizeDatabase, pendingMigrations, type Db } from '../db/connection';
import { EventBus } from './events';
import { createLogger, type Logger } from './log';
import { JobRunner } from '../jobs/runner';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import { startImports } from '../imports/recovery';
import { handlers } from '../api/registry';
import { isWorkspaceInitialised } from '../demo/workspace';
import { clockFromEnv, type Clock } from './clock';
import { backupBeforeMigration, cleanPartialBackups, ensureDailyBackup } from '../backups/service';
import type { BackupInfo } from '../../shared/contract/backups';
import { cleanStaged } from '../backups/restore';
import { createRecoveryDispatcher } from '../backups/recovery';
import { WorkspaceFileError, type WorkspaceFileProblem } from '../db/file-check';
import fs from 'node:fs';
import type { MessageParams } from '../../shared/envelope';
import type { RecoveryStatus } from '../../shared/contract/backups';
import { ensureRollups } from '../insights/rollups';
import { checkpointElsewhere } from '../db/checkpoint';
import { followSettings } from '../insights/follow';
import { startCalendarExport } from '../planning/ics-export';

/** What only the desktop shell can do; the browser mode leaves it out and such calls answer UNSUPPORTED. */
export interface PlatformPort {
  /** Opens a file with the system's default application. */
  openPath(file: string): Promise<boolean>;
  /**
   * Renders a renderer print route (e.g. `/print/briefing/12?lang=de&paper=a4&pdf=1`) to PDF once the page sets
   * `document.body.dataset.printReady`; `footer` as in src/main/briefings/pdf.ts (`{page}`, `{pages}`, tab).
   * Desktop: a hidden window; browser mode: the host's headless Chromium, when one is installed.
   */
  renderPdf?(route: string, opts: { paper: 'a4' | 'letter'; footer: string }): Promise<Uint8Array>;
  /** Asks the user for a folder (desktop); null when cancelled. */
  chooseFolder?(opts: { title: string }): Promise<string | null>;
  /** Shows a system notification; a click brings the window up on `route` (desktop). False when the system has none. */
  notify?(opts: { title: string; body: string; route: string }): Promise<boolean>;
}

export interface CoreOptions {
  /** Folder for the database file, logs and attachments. */
  dataDir: string;
  migrationsDir?: string;
  nativeBinding?: string;
  workerFile?: string;
  /** What a brand-new database starts with. */
  firstRun?: 'demo' | 'empty';
  appVersion?: string;
  quietLog?: boolean;
  platform?: PlatformPort;
  /** Defaults to the system clock, or the instant in KOLLAB_NOW (tests that move time). */
  clock?: Clock;
  /** Shared with a recovery state that turns into this core (openWorkspace below). */
  events?: EventBus;
  log?: Logger;
  /** Told what start-up does while the workspace is not served yet (the starting state, startWorkspace). */
  onPhase?(phase: StartPhase): void;
  /** Tests: the start-up file check (in a worker) waits this long first, to observe the 'checking' phase. */
  checkDelayMs?: number;
}

/** What a start-up is doing before the workspace is served: `securing` = the backup before a migration. */
export type StartPhase = 'opening' | 'checking' | 'securing' | 'migrating';

/** Everything a handler may use. Built once per process by createCore. */
export interface Core {
  /** The open workspace; replaced when a backup is restored (src/main/backups/restore.ts), so read it per call. */
  db: Db;
  dataDir: string;
  dbFile: string;
  /** How the workspace file is opened (again, after a restore). */
  dbOptions: { migrationsDir?: string; nativeBinding?: string };
  appVersion: string;
  events: EventBus;
  jobs: JobRunner;
  log: Logger;
  platform?: PlatformPort;
  clock: Clock;
}

export { appToday } from './today';

export interface RunningCore {
  core: Core;
  dispatch: Dispatch;
  /**
   * The daily backup start-up takes when the newest is older than a day: written by a worker while the workspace
   * is already served (null when none was due, or when it failed — that is logged).
   */
  startupBackup: Promise<BackupInfo | null>;
  close(): Promise<void>;
}

/** How long after start-up the query planner's statistics are refreshed (the window is served by then). */
const OPTIMIZE_AFTER_MS = 3000;

export const DB_FILE_NAME = 'kollab.db';

/**
 * Opens the workspace in `dataDir` and wires the API: the same core serves the Electron shell
 * (over IPC) and the loopback HTTP host (browser mode, end-to-end tests).
 */
export async function createCore(opts: CoreOptions): Promise<RunningCore> {
  const dbFile = path.join(opts.dataDir, DB_FILE_NAME);
  const log = opts.log ?? createLogger(path.join(opts.dataDir, 'logs'), { quiet: opts.quietLog });
  // What a crash in the middle of a backup or a restore left behind.
  cleanPartialBackups(opts.dataDir);
  cleanStaged(dbFile);
  const dbOptions = { migrationsDir: opts.migrationsDir, nativeBinding: opts.nativeBinding };
  // Refuses an unusable file (WorkspaceFileError, untouched; quick_check). Migrations wait for the backup below.
  // PRAGMA optimize waits until the workspace is served (below).
  const events = opts.events ?? new EventBus();
  const jobs = new JobRunner({ dbFile, dataDir: opts.dataDir, nativeBinding: opts.nativeBinding, workerFile: opts.workerFile, events, log });
  // The read-only look at the file (schema version, quick_check: ~1 s at 1M orders) runs in a worker, so this
  // thread answers `recovery.status` = starting/checking meanwhile; nothing opens the file for writing before.
  const checked = fs.existsSync(dbFile) ? await checkInWorker(jobs, dbFile, opts) : false;
  let db: Db;
  try {
    db = openDatabase(dbFile, { ...dbOptions, optimize: false, deferMigrations: true, checked });
  } catch (err) {
    await jobs.stopAll();
    throw err;
  }
  const unfollow = followSettings(events, db, (err) => log.error('KPI roll-up rebuild after a settings change failed', err));
  const core: Core = { db, dataDir: opts.dataDir, dbFile, dbOptions, appVersion: opts.appVersion ?? '0.0.0', events, jobs, log, platform: opts.platform, clock: opts.clock ?? clockFromEnv() };
  try {
    const pending = pendingMigrations(db, opts.migrationsDir);
    if (pending.applied < pending.known) {
      // An existing workspace is copied (VACUUM INTO, by a worker on its own connection, so this thread keeps
      // answering with the starting state) and migrated only once the copy is complete.
      if (pending.backup) {
        opts.onPhase?.('securing');
        await backupBeforeMigration(core, pending.applied);
      }
      opts.onPhase?.('migrating');
      applyMigrations(db, opts.migrationsDir);
    }
  } catch (err) {
    await jobs.stopAll();
    db.$client.close();
    throw err;
  }
  // The KPI roll-up follows the app time zone; rebuilt when it was built for another (or never, after a migration).
  ensureRollups(db);
  // checkpoints held back from the user's wait run in a quiet worker (db/checkpoint.ts)
  checkpointElsewhere(db, () => jobs.run('workspace.checkpoint'));
  const dispatch = createDispatcher(core, handlers);
  const imports = startImports(db, opts.dataDir, log);

  let startupBackup: Promise<BackupInfo | null> = Promise.resolve(null);
  let closed = false;
  if (!isWorkspaceInitialised(db)) {
    const jobId = jobs.start('workspace.reset', { mode: opts.firstRun ?? 'demo' });
    await jobs.wait(jobId);
  } else {
    // In a worker, while the workspace is already served. A full disk must not keep the workspace from opening:
    // the failure is logged and Settings shows the age of the newest backup.
    startupBackup = ensureDailyBackup(core).catch((err: unknown) => {
      if (!closed) log.error('Daily backup failed', err); // closing the app right away ends it (a .tmp is cleaned up)
      return null;
    });
  }
  // The planner's statistics, once the first screen is served (milliseconds with analysis_limit; see connection.ts).
  const optimizeTimer = setTimeout(() => {
    try {
      if (core.db.$client.open) optimizeDatabase(core.db.$client);
    } catch (err) {
      log.warn(`PRAGMA optimize failed: ${String(err)}`);
    }
  }, OPTIMIZE_AFTER_MS);
  optimizeTimer.unref();

  const calendar = startCalendarExport(core);

  return {
    core,
    dispatch,
    startupBackup,
    async close() {
      closed = true;
      unfollow();
      clearTimeout(optimizeTimer);
      calendar.flush();
      calendar.stop();
      imports.stop();
      await jobs.stopAll();
      if (core.db.$client.open) core.db.$client.close();
      await log.close();
    },
  };
}

/**
 * The start-up file check in a worker: true when the file passed, a WorkspaceFileError (exactly as openDatabase
 * would throw it) when not; false when the worker itself failed, so openDatabase checks on this thread as before.
 */
async function checkInWorker(jobs: JobRunner, dbFile: string, opts: CoreOptions): Promise<boolean> {
  opts.onPhase?.('checking');
  const known = knownMigrations(opts.migrationsDir ?? defaultMigrationsDir());
  let res: { problem: WorkspaceFileProblem | null; params?: MessageParams };
  try {
    res = await jobs.run('workspace.fileCheck', { known, delayMs: opts.checkDelayMs ?? 0 });
  } catch {
    return false;
  }
  if (!res.problem) return true;
  await jobs.stopAll();
  if (res.problem === 'newer') throw new NewerSchemaError(Number(res.params?.fileVersion), known.count, dbFile);
  throw new WorkspaceFileError(res.problem, dbFile, res.params ?? {});
}

/** What a transport (the Electron shell's IPC, the loopback host) serves: the full core, or the recovery state. */
export interface Workspace {
  dispatch: Dispatch;
  events: EventBus;
  log: Logger;
  /** The running core; null while starting or in the recovery state. */
  current(): RunningCore | null;
  close(): Promise<void>;
}

export interface StartingWorkspace extends Workspace {
  /**
   * Settles once the core is served or the recovery state is (rejects only on a failure that is not about the
   * workspace file, e.g. a full disk during the backup before a migration).
   */
  ready: Promise<void>;
}

/**
 * Starts opening the workspace and answers at once. Until the core is served, `recovery.status` answers
 * `{ state: 'starting', phase }` — the renderer shows "securing your workspace before the update…" while the backup
 * before a migration is written by a worker — and every other call waits for the core. When the file cannot be
 * used (WorkspaceFileError: empty, damaged, unreadable, read-only, newer schema) the recovery API is served instead,
 * and turns into the full core once a backup was restored.
 */
export function startWorkspace(opts: CoreOptions): StartingWorkspace {
  const events = opts.events ?? new EventBus();
  const log = opts.log ?? createLogger(path.join(opts.dataDir, 'logs'), { quiet: opts.quietLog });
  const clock = opts.clock ?? clockFromEnv();
  let running: RunningCore | null = null;
  let recovery: Dispatch | null = null;
  let phase: StartPhase = 'opening';
  const onPhase = (p: StartPhase) => {
    phase = p;
    opts.onPhase?.(p);
  };
  const ready = (async () => {
    try {
      running = await createCore({ ...opts, events, log, clock, onPhase });
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
  })();
  ready.catch(() => undefined); // the caller observes it
  const starting: RecoveryStatus = { state: 'starting', phase: 'opening' };
  return {
    ready,
    dispatch: async (method, input) => {
      if (running) return running.dispatch(method, input);
      if (recovery) return recovery(method, input);
      if (method === 'recovery.status') return { ok: true, value: { ...starting, phase } };
      await ready;
      return running ? (running as RunningCore).dispatch(method, input) : recovery!(method, input);
    },
    events,
    log,
    current: () => running,
    close: async () => {
      await ready.catch(() => undefined);
      if (running) await (running as RunningCore).close(); // closes the shared log too
      else await log.close();
    },
  };
}

/** Opens the workspace and resolves once the core (or the recovery state) is served; see startWorkspace. */
export async function openWorkspace(opts: CoreOptions): Promise<Workspace> {
  const w = startWorkspace(opts);
  await w.ready;
  return w;
}
