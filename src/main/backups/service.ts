import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core/context';
import { defaultMigrationsDir, knownMigrations, schemaVersion } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { parseBackupFileName, reserveBackupName, type BackupReason } from '../db/snapshot';
import { dayIn, isoWeekOf } from '../../shared/time';
import { getSettings } from '../settings/service';
import type { BackupInfo, BackupRetention } from '../../shared/contract/backups';
import { readRetention } from './queries';

/** The newest backups are kept whatever the retention says (several imports on one day each keep theirs). */
export const KEEP_NEWEST = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** The schema version (migrations) this build knows: backups above it come from a newer Kollab. */
export function knownSchema(migrationsDir?: string): number {
  return knownMigrations(migrationsDir ?? defaultMigrationsDir()).count;
}

/** Backups in the folder, newest first (files that do not carry a backup's name are ignored). */
export function listBackups(dataDir: string, known = knownSchema()): BackupInfo[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const name of names) {
    const meta = parseBackupFileName(name);
    if (!meta) continue;
    try {
      out.push({ name, ...meta, sizeBytes: fs.statSync(path.join(dir, name)).size, newer: meta.schemaVersion > known });
    } catch {
      // removed meanwhile
    }
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.name.localeCompare(a.name)));
}

/** Removes what a crash in the middle of a backup left behind (`*.tmp`). */
export function cleanPartialBackups(dataDir: string): void {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) if (n.endsWith('.tmp')) fs.rmSync(path.join(dir, n), { force: true });
}

/**
 * Which backups to keep: the KEEP_NEWEST newest, the newest of each of the last `daily` days that have one and
 * the newest of each of the last `weekly` ISO weeks that have one (days and weeks in the app time zone).
 */
export function backupsToKeep(backups: BackupInfo[], retention: BackupRetention, timeZone: string | null): Set<string> {
  const sorted = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const keep = new Set(sorted.slice(0, KEEP_NEWEST).map((b) => b.name));
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const b of sorted) {
    const day = dayIn(timeZone, new Date(b.createdAt));
    const week = isoWeekOf(day).key;
    if (!days.has(day) && days.size < retention.daily) {
      days.add(day);
      keep.add(b.name);
    }
    if (!weeks.has(week) && weeks.size < retention.weekly) {
      weeks.add(week);
      keep.add(b.name);
    }
  }
  return keep;
}

export function pruneBackups(core: Pick<Core, 'db' | 'dataDir'>): string[] {
  const all = listBackups(core.dataDir);
  const keep = backupsToKeep(all, readRetention(core.db), getSettings(core.db).timeZone);
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.name)) continue;
    fs.rmSync(path.join(backupsDir(core.dataDir), b.name), { force: true });
    removed.push(b.name);
  }
  return removed;
}

function infoOf(dataDir: string, name: string): BackupInfo {
  const meta = parseBackupFileName(name)!;
  return { name, ...meta, sizeBytes: fs.statSync(path.join(backupsDir(dataDir), name)).size, newer: false };
}

/**
 * A backup of a newer schema (a newer Kollab wrote it, e.g. before the user went back to this version) is refused
 * by its name before anything is done — no safety backup, no staging; the file check would refuse it too.
 */
export function refuseNewerBackup(backup: BackupInfo, known: number): void {
  if (backup.schemaVersion <= known) return;
  throw new DomainError('INVALID_INPUT', `The backup ${backup.name} was written by a newer version of Kollab (schema ${backup.schemaVersion}, this version knows ${known}). Update Kollab to restore it.`, {
    field: 'name',
    key: 'backups.newerSchema',
    params: { name: backup.name, fileVersion: backup.schemaVersion, knownVersion: known },
  });
}

type BackupCore = Pick<Core, 'db' | 'dataDir' | 'clock' | 'log' | 'jobs'>;

/**
 * Takes a consistent backup of the open workspace now and applies the retention. The copy (VACUUM INTO, about a
 * second for a million orders) is written by a worker thread on its own connection, so the thread answering the UI
 * keeps answering meanwhile; WAL lets the worker read a consistent state while the UI's connection writes.
 */
export async function createBackup(core: BackupCore, reason: BackupReason): Promise<BackupInfo> {
  const started = Date.now();
  const dir = backupsDir(core.dataDir);
  const { name, release } = reserveBackupName(dir, reason, schemaVersion(core.db), core.clock.now());
  try {
    await core.jobs.run('backups.snapshot', { target: path.join(dir, name) });
  } finally {
    release();
  }
  const info = infoOf(core.dataDir, name);
  core.log.info(`Backup ${name} (${reason}, ${info.sizeBytes} bytes) in ${Date.now() - started} ms`);
  pruneBackups(core);
  return info;
}

/**
 * A backup before something that replaces or adds a lot of data (a shop import, a spreadsheet import, emptying the
 * workspace, a restore). Call it outside a transaction, before the work starts.
 */
export function backupBefore(core: BackupCore, reason: 'import' | 'reset' | 'restore' | 'transfer'): Promise<BackupInfo> {
  return createBackup(core, reason);
}

/**
 * At start-up, before migrating an existing workspace: a consistent copy of the file as it is (schema `applied` in
 * the name), written by a worker on its own connection (the caller awaits it, then migrates). Not pruned here: the
 * settings that hold the retention are read only once the file is migrated.
 */
export async function backupBeforeMigration(core: Pick<Core, 'dataDir' | 'clock' | 'log' | 'jobs'>, applied: number): Promise<BackupInfo> {
  const started = Date.now();
  const dir = backupsDir(core.dataDir);
  const { name, release } = reserveBackupName(dir, 'migration', applied, core.clock.now());
  try {
    await core.jobs.run('backups.snapshot', { target: path.join(dir, name) });
  } finally {
    release();
  }
  const info = infoOf(core.dataDir, name);
  core.log.info(`Backup ${name} before migrating schema ${applied} (${info.sizeBytes} bytes) in ${Date.now() - started} ms`);
  return info;
}

/** At start-up: a backup when the newest one is older than a day (or there is none). */
export async function ensureDailyBackup(core: BackupCore): Promise<BackupInfo | null> {
  const newest = listBackups(core.dataDir)[0];
  const now = core.clock.now().getTime();
  if (newest && now - Date.parse(newest.createdAt) < DAY_MS && Date.parse(newest.createdAt) <= now) return null;
  return createBackup(core, 'daily');
}
