import Database from 'better-sqlite3';
import fs from 'node:fs';
import type { MessageParams } from '../../shared/envelope';
import { hasTable, integrityRows, migrationRows, touchSchema } from './queries';

/**
 * Why a workspace file cannot be used. Each reason has its own message (key `workspaceFile.<reason>` under
 * `errors.domain.` in the renderer, DE and EN) and the file is never written to: the checks below read it through
 * a read-only connection before anything else opens it (WAL mode is only switched on afterwards).
 */
export type WorkspaceFileProblem = 'empty' | 'notDatabase' | 'corrupt' | 'unreadable' | 'readonly' | 'newer' | 'notKollab';

const MESSAGES: Record<WorkspaceFileProblem, string> = {
  empty: 'The workspace file {file} is empty (0 bytes). It was left as it is; restore a backup to continue.',
  notDatabase: 'The workspace file {file} is not a database (it may have been overwritten). It was left as it is; restore a backup to continue.',
  corrupt: 'The workspace file {file} is damaged ({detail}). It was left as it is; restore the newest good backup to continue.',
  unreadable: 'The workspace file {file} cannot be read (no permission or disk error). Check the file or restore a backup.',
  readonly: 'The workspace file {file} is read-only, so Kollab cannot save changes. Make it writable again or restore a backup.',
  newer: 'The workspace file {file} was written by a newer version of Kollab (schema {fileVersion}, this version knows {knownVersion}). Update Kollab to open it; the file was not changed.',
  notKollab: 'The file {file} is a database, but not a Kollab workspace. It was left as it is.',
};

export class WorkspaceFileError extends Error {
  constructor(
    readonly problem: WorkspaceFileProblem,
    readonly file: string,
    readonly params: MessageParams = {},
  ) {
    const all: MessageParams = { file, ...params };
    super(MESSAGES[problem].replace(/\{(\w+)\}/g, (_m, k: string) => String(all[k] ?? '')));
    this.name = 'WorkspaceFileError';
  }
  get key(): string {
    return `workspaceFile.${this.problem}`;
  }
  get messageParams(): MessageParams {
    return { file: this.file, ...this.params };
  }
}

/** What the read-only look at an existing file found. */
export interface FileFacts {
  /** Migrations applied and the newest one's timestamp. */
  applied: { count: number; last: number };
  /** Whether it holds Kollab's own tables (a database from another app does not). */
  isKollab: boolean;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function errCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
}

/** The user (or the system) took every write permission away; root ignores the bits, so they are read as such. */
function isReadOnlyFile(file: string, stat: fs.Stats): boolean {
  if ((stat.mode & 0o222) === 0) return true;
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * A process killed in the middle of a write leaves a hot rollback journal (or a WAL without its index); a
 * read-only connection cannot replay it and would call the file unreadable. SQLite's own crash recovery
 * runs on the first read of a read-write connection, so let it run once before looking at the file. A file
 * without such leftovers is not opened here at all.
 */
function recoverAfterCrash(file: string, nativeBinding?: string): void {
  const size = (f: string) => {
    try {
      return fs.statSync(f).size;
    } catch {
      return -1;
    }
  };
  const hotJournal = size(`${file}-journal`) > 0;
  const walWithoutIndex = size(`${file}-wal`) >= 0 && size(`${file}-shm`) < 0;
  if (!hotJournal && !walWithoutIndex) return;
  try {
    const rw = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      touchSchema(rw);
    } finally {
      rw.close();
    }
  } catch {
    /* the checks below say what is wrong with the file */
  }
}

export function appliedMigrationsOf(client: Database.Database): { count: number; last: number } {
  const row = hasTable(client, '__drizzle_migrations') ? migrationRows(client) : undefined;
  return row ? { count: row.n, last: Number(row.last) } : { count: 0, last: 0 };
}

export interface CheckOptions {
  /** Migrations this build knows and the newest one's timestamp. */
  known: { count: number; last: number };
  /** 'quick' (start-up) or 'full' (integrity_check: restore candidates, the Settings check). */
  depth?: 'quick' | 'full';
  /** Refuse a file without write permission (the live workspace); a restore source only needs reading. */
  needsWrite?: boolean;
  nativeBinding?: string;
}

/**
 * Looks at an existing database file without changing a byte of it: size, header, a read-only connection for
 * the schema version (before anything else) and `quick_check` / `integrity_check`. Throws WorkspaceFileError.
 */
export function checkDatabaseFile(file: string, opts: CheckOptions): FileFacts {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new WorkspaceFileError('unreadable', file);
  }
  if (stat.size === 0) throw new WorkspaceFileError('empty', file);
  if ((stat.mode & 0o444) === 0) throw new WorkspaceFileError('unreadable', file);
  let header: Buffer;
  try {
    header = readHeader(file);
  } catch {
    throw new WorkspaceFileError('unreadable', file);
  }
  if (header.length < 100 || !header.subarray(0, 16).equals(SQLITE_HEADER)) throw new WorkspaceFileError('notDatabase', file);

  recoverAfterCrash(file, opts.nativeBinding);
  let client: Database.Database;
  try {
    client = new Database(file, { readonly: true, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  } catch (err) {
    const code = errCode(err);
    if (code === 'SQLITE_NOTADB') throw new WorkspaceFileError('notDatabase', file);
    throw new WorkspaceFileError('unreadable', file);
  }
  try {
    let facts: FileFacts;
    try {
      const applied = appliedMigrationsOf(client);
      const isKollab = hasTable(client, 'settings');
      facts = { applied, isKollab };
    } catch (err) {
      const code = errCode(err);
      if (code === 'SQLITE_NOTADB') throw new WorkspaceFileError('notDatabase', file);
      if (code.startsWith('SQLITE_CORRUPT')) throw new WorkspaceFileError('corrupt', file, { detail: 'unreadable schema' });
      throw new WorkspaceFileError('unreadable', file);
    }
    // The version first: a newer file is refused before any other judgement (its tables may differ).
    if (facts.applied.count > opts.known.count || facts.applied.last > opts.known.last) {
      throw new WorkspaceFileError('newer', file, { fileVersion: facts.applied.count, knownVersion: opts.known.count });
    }
    const problems = integrityProblems(client, opts.depth ?? 'quick');
    if (problems.length) throw new WorkspaceFileError('corrupt', file, { detail: problems[0]!.slice(0, 160) });
    if (opts.needsWrite && isReadOnlyFile(file, stat)) throw new WorkspaceFileError('readonly', file);
    return facts;
  } finally {
    client.close();
  }
}

/** `PRAGMA quick_check` / `integrity_check`: [] when the file is sound, else the first problems SQLite reports. */
export function integrityProblems(client: Database.Database, depth: 'quick' | 'full', max = 20): string[] {
  try {
    const rows = integrityRows(client, depth, max);
    return rows.length === 1 && rows[0] === 'ok' ? [] : rows.map(String);
  } catch (err) {
    return [err instanceof Error ? err.message : String(err)];
  }
}
