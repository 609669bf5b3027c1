import path from 'node:path';
import { openDatabase, type Db } from '../db/connection';
import { EventBus } from './events';
import { createLogger, type Logger } from './log';
import { JobRunner } from '../jobs/runner';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import { startImports } from '../imports/recovery';
import { handlers } from '../api/registry';
import { isWorkspaceInitialised } from '../demo/workspace';
import { clockFromEnv, type Clock } from './clock';
import { getSettings } from '../settings/service';
import { todayIn } from '../../shared/time';

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
}

/** Everything a handler may use. Built once per process by createCore. */
export interface Core {
  db: Db;
  dataDir: string;
  dbFile: string;
  appVersion: string;
  events: EventBus;
  jobs: JobRunner;
  log: Logger;
  platform?: PlatformPort;
  clock: Clock;
}

/** Today in the app time zone (Settings → time zone, else the system's), by the core's clock. */
export function appToday(core: Pick<Core, 'db' | 'clock'>): string {
  return todayIn(getSettings(core.db).timeZone, core.clock.now());
}

export interface RunningCore {
  core: Core;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export const DB_FILE_NAME = 'kollab.db';

/**
 * Opens the workspace in `dataDir` and wires the API: the same core serves the Electron shell
 * (over IPC) and the loopback HTTP host (browser mode, end-to-end tests).
 */
export async function createCore(opts: CoreOptions): Promise<RunningCore> {
  const dbFile = path.join(opts.dataDir, DB_FILE_NAME);
  const log = createLogger(path.join(opts.dataDir, 'logs'), { quiet: opts.quietLog });
  const db = openDatabase(dbFile, { migrationsDir: opts.migrationsDir, nativeBinding: opts.nativeBinding });
  const events = new EventBus();
  const jobs = new JobRunner({ dbFile, dataDir: opts.dataDir, nativeBinding: opts.nativeBinding, workerFile: opts.workerFile, events, log });
  const core: Core = { db, dataDir: opts.dataDir, dbFile, appVersion: opts.appVersion ?? '0.0.0', events, jobs, log, platform: opts.platform, clock: opts.clock ?? clockFromEnv() };
  const dispatch = createDispatcher(core, handlers);
  const imports = startImports(db, opts.dataDir, log);

  if (!isWorkspaceInitialised(db)) {
    const jobId = jobs.start('workspace.reset', { mode: opts.firstRun ?? 'demo' });
    await jobs.wait(jobId);
  }

  return {
    core,
    dispatch,
    async close() {
      imports.stop();
      await jobs.stopAll();
      db.$client.close();
      await log.close();
    },
  };
}
