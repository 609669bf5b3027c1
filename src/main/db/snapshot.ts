import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_REASON_VALUES } from '../../shared/contract/backups';
import { vacuumInto } from './queries';

/**
 * Consistent copies of the live database (`VACUUM INTO`: one read transaction, so every commit — also those still
 * in the WAL — is in it, and none half). Never a file copy. The copy is written under a temporary name, flushed to
 * disk and renamed, so a crash leaves either no backup or a whole one (plus a `.tmp` that start-up removes).
 */
export const BACKUP_REASONS = BACKUP_REASON_VALUES;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const NAME_RE = /^kollab-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})-([a-z]+)-s(\d+)\.db$/;

/** `kollab-20261201-073000123-manual-s4.db`: when (UTC), why, and the schema version inside. */
export function backupFileName(reason: BackupReason, schemaVersion: number, at: Date): string {
  const iso = at.toISOString(); // 2026-12-01T07:30:00.123Z
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}${iso.slice(20, 23)}`;
  return `kollab-${stamp}-${reason}-s${schemaVersion}.db`;
}

export function parseBackupFileName(name: string): { createdAt: string; reason: BackupReason; schemaVersion: number } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const reason = m[8] as BackupReason;
  if (!BACKUP_REASONS.includes(reason)) return null;
  const createdAt = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason, schemaVersion: Number(m[9]) };
}

function fsyncPath(p: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, 'r');
    fs.fsyncSync(fd);
  } catch {
    // directories cannot be fsynced everywhere (Windows); the rename is still atomic
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes a consistent copy of the connection's database to `target` (atomically: temp file, fsync, rename). */
export function snapshotInto(client: Database.Database, target: string): void {
  if (client.inTransaction) throw new Error('A backup cannot be taken inside a transaction');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp`;
  fs.rmSync(tmp, { force: true });
  try {
    vacuumInto(client, tmp);
    fsyncPath(tmp);
    fs.renameSync(tmp, target);
    fsyncPath(path.dirname(target));
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** Names being written right now (backups run in worker threads, so two may be under way at once). */
const pending = new Set<string>();

/**
 * A file name in `dir` no other backup has or is about to get; call `release` once the backup is written (or failed).
 * Two backups in the same millisecond (tests, a double click) must not overwrite each other.
 */
export function reserveBackupName(dir: string, reason: BackupReason, schemaVersion: number, at = new Date()): { name: string; release(): void } {
  let name = backupFileName(reason, schemaVersion, at);
  const taken = (n: string) => pending.has(path.join(dir, n)) || fs.existsSync(path.join(dir, n));
  for (let bump = 1; taken(name); bump++) name = backupFileName(reason, schemaVersion, new Date(at.getTime() + bump));
  const key = path.join(dir, name);
  pending.add(key);
  return { name, release: () => pending.delete(key) };
}

/** Takes a backup into `dir` on this connection (start-up, before a migration) and returns its file name. */
export function snapshotToFolder(client: Database.Database, dir: string, reason: BackupReason, schemaVersion: number, at = new Date()): string {
  const { name, release } = reserveBackupName(dir, reason, schemaVersion, at);
  try {
    snapshotInto(client, path.join(dir, name));
  } finally {
    release();
  }
  return name;
}
