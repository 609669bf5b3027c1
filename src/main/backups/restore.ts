import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core/context';
import { defaultMigrationsDir, knownMigrations, openDatabase } from '../db/connection';
import { checkDatabaseFile, WorkspaceFileError, type FileFacts } from '../db/file-check';
import { snapshotInto } from '../db/snapshot';
import { DomainError } from '../../shared/envelope';
import type { BackupInfo } from '../../shared/contract/backups';
import { backupBefore } from './service';

/**
 * Replacing the workspace file (restore of a backup, import of a workspace zip, recovery). The order makes a
 * crash at any moment leave either the old file or the complete new one in place:
 *   1. the candidate is checked (a Kollab database, schema not newer, quick_check) through a read-only
 *      connection, so a bad candidate is never changed;
 *   2. the current workspace is backed up (not in recovery: that file is set aside unchanged instead);
 *   3. a consistent copy of the candidate is staged next to the workspace (`kollab.db.restoring`) and migrated;
 *   4. the live connection is closed (WAL checkpointed) and the staged file renamed over the workspace file;
 *   5. the workspace is reopened.
 * Start-up removes a staged file a crash left behind (cleanStaged).
 */
export interface OpenParams {
  migrationsDir?: string;
  nativeBinding?: string;
}

const SIDECARS = ['-wal', '-shm', '-journal'];

export function stagedFile(dbFile: string): string {
  return `${dbFile}.restoring`;
}

function rmWithSidecars(file: string): void {
  for (const s of ['', ...SIDECARS]) fs.rmSync(`${file}${s}`, { force: true });
}

export function cleanStaged(dbFile: string): void {
  rmWithSidecars(stagedFile(dbFile));
}

function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported everywhere
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A WorkspaceFileError about a candidate as the user-facing error (key `workspaceFile.<problem>`). */
export function candidateError(err: unknown): unknown {
  if (err instanceof WorkspaceFileError) {
    return new DomainError('INVALID_INPUT', err.message, { key: `workspaceFile.${err.problem}`, params: err.messageParams });
  }
  return err;
}

/** Checks that `file` can replace the workspace: a sound Kollab database of this or an older schema. */
export function checkCandidate(file: string, open: OpenParams, label = path.basename(file)): FileFacts {
  const known = knownMigrations(open.migrationsDir ?? defaultMigrationsDir());
  let facts: FileFacts;
  try {
    // quick_check: every page and row readable, in O(pages) — a full integrity_check of a large file takes minutes.
    facts = checkDatabaseFile(file, { known, depth: 'quick', nativeBinding: open.nativeBinding });
  } catch (err) {
    // Name the file as the user knows it (the uploaded name, the backup's name), not the temp path.
    if (err instanceof WorkspaceFileError) throw candidateError(new WorkspaceFileError(err.problem, label, err.params));
    throw err;
  }
  if (!facts.isKollab || facts.applied.count === 0) throw candidateError(new WorkspaceFileError('notKollab', label));
  return facts;
}

/** Step 3: a consistent, migrated copy of the candidate next to the workspace file. */
export function stageCandidate(source: string, dbFile: string, open: OpenParams): string {
  const staged = stagedFile(dbFile);
  rmWithSidecars(staged);
  const src = new Database(source, { readonly: true, fileMustExist: true, ...(open.nativeBinding ? { nativeBinding: open.nativeBinding } : {}) });
  try {
    snapshotInto(src, staged);
  } finally {
    src.close();
  }
  const db = openDatabase(staged, { migrationsDir: open.migrationsDir, nativeBinding: open.nativeBinding, checked: true });
  db.$client.pragma('journal_mode = DELETE'); // one self-contained file before it is moved into place
  db.$client.close();
  return staged;
}

/** Step 4: the staged file takes the workspace file's place (atomic rename). The live connection must be closed. */
export function swapIn(staged: string, dbFile: string): void {
  for (const s of SIDECARS) fs.rmSync(`${dbFile}${s}`, { force: true });
  fs.renameSync(staged, dbFile);
  fsyncDir(path.dirname(dbFile));
}

/** Check and stage in one go (the `backups.stage` worker task): a staged, migrated copy of a sound candidate. */
export function checkAndStage(source: string, dbFile: string, open: OpenParams, label: string): string {
  checkCandidate(source, open, label);
  return stageCandidate(source, dbFile, open);
}

/**
 * Replaces the running core's workspace with `source` and reopens it. The slow parts — checking the candidate
 * (quick_check), copying and migrating it, the safety backup of the current workspace — run in worker threads;
 * only closing, the rename and reopening happen on the thread that answers the UI.
 */
export async function replaceWorkspace(core: Core, source: string, opts: { label: string; reason: 'restore' | 'transfer' }): Promise<{ safetyBackup: BackupInfo }> {
  if (core.jobs.busy()) {
    throw new DomainError('CONFLICT', 'A background task is still running; restore when it has finished.', { key: 'backups.jobRunning' });
  }
  const { staged } = await core.jobs.run<{ staged: string }>('backups.stage', { source, label: opts.label, migrationsDir: core.dbOptions.migrationsDir ?? null });
  let safetyBackup: BackupInfo;
  try {
    safetyBackup = await backupBefore(core, opts.reason);
  } catch (err) {
    cleanStaged(core.dbFile);
    throw err;
  }
  core.db.$client.close();
  try {
    swapIn(staged, core.dbFile);
  } finally {
    // Whatever happened, the core gets a connection again (to the new file, or to the old one if the rename failed).
    core.db = openDatabase(core.dbFile, { ...core.dbOptions, checked: true });
  }
  core.log.info(`Workspace replaced from ${opts.label} (safety backup ${safetyBackup.name})`);
  return { safetyBackup };
}

/**
 * Recovery: the workspace file could not be opened. It is set aside unchanged (renamed, with its WAL) as
 * `kollab-damaged-<time>.db` and the candidate takes its place.
 */
export function replaceUnusableWorkspace(dbFile: string, source: string, open: OpenParams, label: string, now: Date): { setAside: string | null } {
  checkCandidate(source, open, label);
  const staged = stageCandidate(source, dbFile, open);
  let setAside: string | null = null;
  if (fs.existsSync(dbFile)) {
    setAside = path.join(path.dirname(dbFile), `kollab-damaged-${now.toISOString().replace(/[:.]/g, '-')}.db`);
    for (const s of SIDECARS) if (fs.existsSync(`${dbFile}${s}`)) fs.renameSync(`${dbFile}${s}`, `${setAside}${s}`);
    fs.renameSync(dbFile, setAside);
  }
  swapIn(staged, dbFile);
  return { setAside };
}
