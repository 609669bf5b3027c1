import { z } from 'zod';
import type { Db } from '../db/connection';
import { DEFAULT_RETENTION, type BackupRetention } from '../../shared/contract/backups';
import { integrityProblems } from '../db/file-check';
import { putSetting, settingValue } from '../settings/queries';

/** The backups domain's rows: its retention in the settings table (kept with the workspace). */
const RETENTION_KEY = 'backups.retention';

const retentionRow = z.object({ daily: z.number().int().min(1).max(60), weekly: z.number().int().min(1).max(60) });

export function readRetention(db: Db): BackupRetention {
  const value = settingValue(db, RETENTION_KEY);
  if (value === undefined) return { ...DEFAULT_RETENTION };
  try {
    const parsed = retentionRow.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : { ...DEFAULT_RETENTION };
  } catch {
    return { ...DEFAULT_RETENTION };
  }
}

export function writeRetention(db: Db, retention: BackupRetention): BackupRetention {
  const value = retentionRow.parse(retention);
  putSetting(db, RETENTION_KEY, JSON.stringify(value));
  return value;
}

/** Full `integrity_check` and `foreign_key_check` of the open workspace. */
export function checkIntegrity(db: Db): { problems: string[]; foreignKeyProblems: number } {
  const problems = integrityProblems(db.$client, 'full');
  const fk = db.$client.prepare('PRAGMA foreign_key_check').all().length;
  return { problems, foreignKeyProblems: fk };
}
