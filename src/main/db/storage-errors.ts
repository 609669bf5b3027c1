import type { ErrorCode } from '../../shared/envelope';

export type StorageErrorCode = Extract<ErrorCode, 'STORAGE_BUSY' | 'STORAGE_FULL' | 'STORAGE_READONLY' | 'STORAGE_CORRUPT' | 'STORAGE_IO'>;

/**
 * Classifies an error from SQLite (better-sqlite3's SqliteError carries `code`, e.g. `SQLITE_FULL`,
 * `SQLITE_READONLY_DBMOVED`) or from the file system (`ENOSPC`, `EROFS`, `EACCES`) into the storage error the
 * user is told about, with what to do (after Signal Desktop's SqliteErrorKind). null: not a storage error.
 */
export function classifyStorageError(err: unknown): StorageErrorCode | null {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (!code) return null;
  if (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED' || code.startsWith('SQLITE_LOCKED_')) return 'STORAGE_BUSY';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'STORAGE_FULL';
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_') || code === 'SQLITE_PERM' || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN_'))
    return 'STORAGE_READONLY';
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'STORAGE_READONLY';
  if (code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_') || code === 'SQLITE_NOTADB') return 'STORAGE_CORRUPT';
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') || code === 'EIO') return 'STORAGE_IO';
  return null;
}

/** English fallback text per storage error; the renderer shows `errors.storage.<code>` in the user's language. */
export const STORAGE_MESSAGES: Record<StorageErrorCode, string> = {
  STORAGE_BUSY: 'The workspace is busy with a long job. Try again in a moment; nothing was changed.',
  STORAGE_FULL: 'The disk is full. Free some space and try again; nothing was changed.',
  STORAGE_READONLY: 'The data folder cannot be written to (read-only or no permission). Check the folder; nothing was changed.',
  STORAGE_CORRUPT: 'The workspace file is damaged. Restore the newest backup in Settings → Backups.',
  STORAGE_IO: 'The workspace file could not be read or written (disk error). Check the disk and try again.',
};
