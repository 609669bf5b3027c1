import { z } from 'zod';
import { method } from './define';
import { empty } from './common';

/**
 * Backups of the workspace (consistent SQLite copies in `<data folder>/backups/`), restore, the integrity check,
 * the workspace as one file (export / import of a zip), and the recovery state a start-up ends in when the
 * workspace file cannot be used.
 */
export const BACKUP_REASON_VALUES = ['daily', 'manual', 'migration', 'import', 'reset', 'restore', 'transfer'] as const;

export interface BackupInfo {
  /** File name inside the backups folder (the id used to restore it). */
  name: string;
  createdAt: string;
  reason: (typeof BACKUP_REASON_VALUES)[number];
  schemaVersion: number;
  sizeBytes: number;
  /** Written by a newer Kollab (schema above this version's): listed, but it cannot be restored here. */
  newer: boolean;
}

export interface BackupRetention {
  /** How many days keep their newest backup. */
  daily: number;
  /** How many ISO weeks keep their newest backup. */
  weekly: number;
}
export const DEFAULT_RETENTION: BackupRetention = { daily: 7, weekly: 8 };

export interface BackupsOverview {
  backups: BackupInfo[];
  folder: string;
  retention: BackupRetention;
}

export interface IntegrityReport {
  ok: boolean;
  /** The first problems SQLite reported (empty when ok). */
  problems: string[];
  /** Rows that point at rows that no longer exist. */
  foreignKeyProblems: number;
  checkedAt: string;
}

/** Why the workspace could not be opened (see src/main/db/file-check.ts). */
export const WORKSPACE_FILE_PROBLEMS = ['empty', 'notDatabase', 'corrupt', 'unreadable', 'readonly', 'newer', 'notKollab'] as const;
export type WorkspaceFileProblemName = (typeof WORKSPACE_FILE_PROBLEMS)[number];

export type RecoveryStatus =
  | { state: 'ok' }
  /** Start-up is not done yet: `securing` = a backup before an update's migration is being written. */
  | { state: 'starting'; phase: 'opening' | 'checking' | 'securing' | 'migrating' }
  | {
      state: 'recovery';
      problem: WorkspaceFileProblemName;
      /** The file that was refused; it is left byte-for-byte as it was. */
      file: string;
      /** English text; the renderer shows `errors.domain.<key>` with params in the user's language. */
      message: string;
      key: string;
      params: Record<string, string | number>;
      backups: BackupInfo[];
    };

export interface WorkspaceExport {
  fileName: string;
  sizeBytes: number;
}

export interface WorkspaceManifest {
  format: 'kollab-workspace';
  formatVersion: 1;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  files: number;
}

const backupName = z.string().regex(/^kollab-[0-9-]+-[a-z]+-s\d+\.db$/, 'not a backup of this workspace');
const fileId = z.string().regex(/^[a-f0-9-]{36}$/);
const exportName = z.string().regex(/^kollab-workspace-[0-9-]+\.zip$/, 'not a workspace export');
const retentionCount = z.number().int().min(1).max(60);

export const backupsContract = {
  'backups.list': method<BackupsOverview>()(empty, 'Backups of the workspace, newest first, and the retention'),
  'backups.create': method<BackupInfo>()(empty, 'Take a backup now', { changes: ['backups'] }),
  'backups.restore': method<{ restored: BackupInfo | null; safetyBackup: BackupInfo | null }>()(
    z.union([z.object({ name: backupName }).strict(), z.object({ fileId }).strict()]),
    'Replace the workspace with a backup (by name) or an uploaded database file: checks it, backs up the current workspace, migrates and reopens',
    { changes: ['all'] },
  ),
  'backups.setRetention': method<BackupRetention>()(
    z.object({ daily: retentionCount, weekly: retentionCount }).strict(),
    'How many daily and weekly backups to keep',
    { changes: ['backups'] },
  ),
  'backups.openFolder': method<{ opened: boolean }>()(empty, 'Show the backups folder in the file manager (desktop app)'),
  'workspace.check': method<IntegrityReport>()(empty, 'Full integrity check of the workspace file'),
  'workspace.export': method<WorkspaceExport>()(empty, 'Write the workspace (database copy, files, manifest) into one zip file'),
  'workspace.exportChunk': method<{ dataBase64: string; offset: number; sizeBytes: number; done: boolean }>()(
    z.object({ fileName: exportName, offset: z.number().int().min(0) }).strict(),
    'Read a written workspace export in pieces of 4 MiB (browser download)',
  ),
  'workspace.import': method<{ manifest: WorkspaceManifest; safetyBackup: BackupInfo | null }>()(
    z.object({ fileId }).strict(),
    'Replace the workspace with an uploaded workspace zip: validates it, backs up the current workspace, migrates and reopens',
    { changes: ['all'] },
  ),
  'recovery.status': method<RecoveryStatus>()(empty, 'Whether the workspace opened, or why not and which backups can replace it'),
};
