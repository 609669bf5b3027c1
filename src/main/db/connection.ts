import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenOptions {
  /** Folder holding drizzle's `meta/_journal.json` and the SQL files. Defaults to the project's `drizzle/`. */
  migrationsDir?: string;
  /** Path to a better_sqlite3.node built for another ABI (the Electron shell passes Electron's build). */
  nativeBinding?: string;
  readonly?: boolean;
}

export class NewerSchemaError extends Error {
  constructor(
    readonly fileMigrations: number,
    readonly knownMigrations: number,
  ) {
    super(
      `This data file was written by a newer version of Kollab (schema ${fileMigrations}, this version knows ${knownMigrations}). ` +
        'Update Kollab to open it; the file was not changed.',
    );
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
export function appliedMigrations(client: Database.Database): { count: number; last: number } {
  const table = client
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`)
    .get();
  if (!table) return { count: 0, last: 0 };
  const row = client.prepare('SELECT count(*) AS n, coalesce(max(created_at), 0) AS last FROM __drizzle_migrations').get() as {
    n: number;
    last: number;
  };
  return { count: row.n, last: Number(row.last) };
}

function applyPragmas(client: Database.Database, readonly: boolean): void {
  if (!readonly) client.pragma('journal_mode = WAL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  client.pragma('synchronous = NORMAL');
}

/**
 * Opens (creating if needed) the database file, refuses one written by a newer schema,
 * and applies pending migrations. Used by the main process, the HTTP host and job workers alike.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const migrationsDir = opts.migrationsDir ?? defaultMigrationsDir();
  const journal = readJournal(migrationsDir);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const client = new Database(file, {
    readonly: opts.readonly ?? false,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  try {
    applyPragmas(client, opts.readonly ?? false);
    const applied = appliedMigrations(client);
    const known = journal.entries.length;
    const newestKnown = journal.entries.reduce((m, e) => Math.max(m, e.when), 0);
    if (applied.count > known || applied.last > newestKnown) {
      throw new NewerSchemaError(applied.count, known);
    }
    const db = drizzle({ client, schema }) as Db;
    if (!opts.readonly && applied.count < known) migrate(db, { migrationsFolder: migrationsDir });
    // Keeps the query planner's statistics fresh for a long-lived connection (SQLite's advice for apps).
    if (!opts.readonly) client.pragma('optimize = 0x10002');
    return db;
  } catch (err) {
    client.close();
    throw err;
  }
}

/** Opens a second connection to an already migrated file (job workers). Never migrates. */
export function openWorkerConnection(file: string, nativeBinding?: string): Db {
  const client = new Database(file, nativeBinding ? { nativeBinding } : {});
  applyPragmas(client, false);
  return drizzle({ client, schema }) as Db;
}

export function schemaVersion(db: Db): number {
  return appliedMigrations(db.$client).count;
}
