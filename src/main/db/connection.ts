import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';
import { appliedMigrationsOf, checkDatabaseFile, WorkspaceFileError } from './file-check';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  /** Folder holding drizzle's `meta/_journal.json` and the SQL files. Defaults to the project's `drizzle/`. */
  migrationsDir?: string;
  /** Path to a better_sqlite3.node built for another ABI (the Electron shell passes Electron's build). */
  nativeBinding?: string;
  readonly?: boolean;
  /**
   * Leave pending migrations for the caller (`pendingMigrations` / `applyMigrations`): createCore first has a
   * worker back the old file up, so the thread answering the UI is not stalled by the copy.
   */
  deferMigrations?: boolean;
  /** A file Kollab itself just wrote and checked (a staged restore): the read-only look first is skipped. */
  checked?: boolean;
  /**
   * Refresh the query planner's statistics now (default). createCore passes false and calls `optimizeDatabase`
   * once the workspace is served instead.
   */
  optimize?: boolean;
}

/** A file written by a newer Kollab: refused before anything touches it. */
export class NewerSchemaError extends WorkspaceFileError {
  constructor(
    readonly fileMigrations: number,
    readonly knownMigrations: number,
    file = '',
  ) {
    super('newer', file, { fileVersion: fileMigrations, knownVersion: knownMigrations });
    this.name = 'NewerSchemaError';
  }
}

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/** Walks up from this module to the folder that holds `drizzle/meta/_journal.json` (source, build output or package). */
export function defaultMigrationsDir(): string {
  const candidates: string[] = [];
  if (typeof process !== 'undefined' && (process as { resourcesPath?: string }).resourcesPath) {
    candidates.push(path.join((process as { resourcesPath?: string }).resourcesPath!, 'drizzle'));
  }
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    candidates.push(path.join(dir, 'drizzle'));
    dir = path.dirname(dir);
  }
  const found = candidates.find((c) => fs.existsSync(path.join(c, 'meta', '_journal.json')));
  if (!found) throw new Error(`Migrations folder not found (looked in: ${candidates.join(', ')})`);
  return found;
}

export function readJournal(migrationsDir: string): Journal {
  return JSON.parse(fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** How many migrations a database file has applied, and the newest one's timestamp (0 when none). */
export const appliedMigrations = appliedMigrationsOf;

/** How many migrations this build knows, and the newest one's timestamp. */
export function knownMigrations(migrationsDir: string): { count: number; last: number } {
  const journal = readJournal(migrationsDir);
  return { count: journal.entries.length, last: journal.entries.reduce((m, e) => Math.max(m, e.when), 0) };
}

function applyPragmas(client: Database.Database, readonly: boolean): void {
  if (!readonly) client.pragma('journal_mode = WAL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  client.pragma('synchronous = NORMAL');
}

/**
 * Opens (creating if needed) the database file and applies pending migrations. An existing file is looked at
 * first through a read-only connection (src/main/db/file-check.ts): an empty, damaged, unreadable, read-only or
 * newer-schema file is refused with a WorkspaceFileError before anything writes to it (WAL mode, which rewrites
 * header bytes, is switched on only afterwards). With `deferMigrations` the caller migrates (createCore backs the
 * old file up in a worker first). Used by the main process, the HTTP host and tests; job workers open a second
 * connection instead.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const migrationsDir = opts.migrationsDir ?? defaultMigrationsDir();
  const known = knownMigrations(migrationsDir);
  const readonly = opts.readonly ?? false;
  const existed = file !== ':memory:' && fs.existsSync(file);
  if (existed && !opts.checked) {
    try {
      checkDatabaseFile(file, { known, needsWrite: !readonly, nativeBinding: opts.nativeBinding });
    } catch (err) {
      if (err instanceof WorkspaceFileError && err.problem === 'newer') {
        throw new NewerSchemaError(Number(err.params.fileVersion), known.count, file);
      }
      throw err;
    }
  }
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const client = new Database(file, {
    readonly,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  try {
    applyPragmas(client, readonly);
    const applied = appliedMigrations(client);
    if (applied.count > known.count || applied.last > known.last) throw new NewerSchemaError(applied.count, known.count, file);
    const db = drizzle({ client, schema }) as Db;
    if (!readonly && applied.count < known.count && !opts.deferMigrations) migrate(db, { migrationsFolder: migrationsDir });
    if (!readonly && opts.optimize !== false) optimizeDatabase(client);
    return db;
  } catch (err) {
    client.close();
    throw err;
  }
}

/**
 * Migrations the open file still needs: `applied` of `known`. `backup` is true for a file that holds a workspace
 * already (some migrations applied), which gets a consistent copy before it is migrated.
 */
export function pendingMigrations(db: Db, migrationsDir = defaultMigrationsDir()): { applied: number; known: number; backup: boolean } {
  const applied = appliedMigrations(db.$client).count;
  const known = knownMigrations(migrationsDir).count;
  return { applied, known, backup: applied > 0 && applied < known };
}

/** Applies the pending migrations (after `openDatabase(…, { deferMigrations: true })` and the backup). */
export function applyMigrations(db: Db, migrationsDir = defaultMigrationsDir()): void {
  migrate(db, { migrationsFolder: migrationsDir });
}

/**
 * Keeps the query planner's statistics fresh for a long-lived connection (SQLite's advice for apps:
 * `optimize=0x10002` when a connection opens). `analysis_limit` makes ANALYZE look at a sample of each index
 * (about 400 rows) instead of every row: statistics as good for the planner, in milliseconds instead of seconds
 * for a million orders.
 */
export function optimizeDatabase(client: Database.Database): void {
  client.pragma('analysis_limit = 400');
  client.pragma('optimize = 0x10002');
}

/**
 * Keeps the statements a connection prepares, by SQL text (the most recent `max`), and hands the same one out again
 * with its modes reset (pluck, expand, raw off). The query modules prepare a statement per call, which is fine for a
 * click but was the largest single cost of a spreadsheet import: a dozen statements per created person, ~40 % of
 * the import's CPU time (issue 9). Statements are only run (get/all/run), never left iterating, so sharing is safe.
 */
function cacheStatements(client: Database.Database, max = 256): void {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  const cached = (source: string): Database.Statement => {
    const hit = cache.get(source);
    if (hit) {
      cache.delete(source);
      cache.set(source, hit);
      if (hit.reader) hit.raw(false).expand(false).pluck(false);
      return hit;
    }
    const stmt = prepare(source);
    cache.set(source, stmt);
    if (cache.size > max) cache.delete(cache.keys().next().value!);
    return stmt;
  };
  Object.defineProperty(client, 'prepare', { value: cached, configurable: true, writable: true });
}

/** Opens a second connection to an already migrated file (job workers; statements kept, see cacheStatements). Never migrates. */
export function openWorkerConnection(file: string, nativeBinding?: string): Db {
  const client = new Database(file, nativeBinding ? { nativeBinding } : {});
  applyPragmas(client, false);
  cacheStatements(client);
  return drizzle({ client, schema }) as Db;
}

export function schemaVersion(db: Db): number {
  return appliedMigrations(db.$client).count;
}
