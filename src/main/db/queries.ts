/**
 * The SQL the db layer itself runs on a raw connection (file checks, migrations state, snapshots), with typed
 * rows (statement generics, no casts). These work on a better-sqlite3 client before (or without) drizzle, so
 * they take the client, not the Db. SQL fragments shared by domains live in sql.ts.
 */
import type Database from 'better-sqlite3';

/** Reads the schema once (a connection with write access replays a hot journal or a WAL on its first read). */
export function touchSchema(client: Database.Database): void {
  client.prepare<[], number>('SELECT count(*) FROM sqlite_master').pluck().get();
}

export function hasTable(client: Database.Database, name: string): boolean {
  return client.prepare<[string], number>(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).pluck().get(name) !== undefined;
}

/** drizzle's journal in the file: how many migrations ran and the newest one's timestamp. */
export function migrationRows(client: Database.Database): { n: number; last: number | string } | undefined {
  return client.prepare<[], { n: number; last: number | string }>('SELECT count(*) AS n, coalesce(max(created_at), 0) AS last FROM __drizzle_migrations').get();
}

/** `PRAGMA quick_check(max)` or `integrity_check(max)`: 'ok' alone, or the problems found. */
export function integrityRows(client: Database.Database, depth: 'quick' | 'full', max: number): unknown[] {
  return client.prepare<[], unknown>(`PRAGMA ${depth === 'full' ? 'integrity_check' : 'quick_check'}(${max})`).pluck().all();
}

export function vacuumInto(client: Database.Database, file: string): void {
  client.prepare<[string]>('VACUUM INTO ?').run(file);
}
