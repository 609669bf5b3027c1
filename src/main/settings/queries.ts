/** The settings table (one JSON value per key) and the row counts app.info shows; typed rows, no casts. */
import type { Db } from '../db/connection';

export function settingValue(db: Db, key: string): string | undefined {
  return db.$client.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(key);
}

export function putSetting(db: Db, key: string, value: string): void {
  db.$client
    .prepare<[string, string]>(
      `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
    )
    .run(key, value);
}

/** Rows of a table (name and condition from the caller's own constants). */
export function countRows(db: Db, table: string, where = ''): number {
  return db.$client.prepare<[], number>(`SELECT count(*) AS n FROM ${table} ${where}`).pluck().get() ?? 0;
}
