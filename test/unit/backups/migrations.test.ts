import { shopKey } from '../../../src/shared/codes';
import { afterEach, describe, expect, it, inject } from 'vitest';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { defaultMigrationsDir, openDatabase, readJournal } from '../../../src/main/db/connection';
import { listBackups } from '../../../src/main/backups/service';
import { createCore } from '../../../src/main/core/context';
import { tempDir } from '../../helpers/tmp';
import { knownCount, migrationsUpTo } from './helpers';

let cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

/** Ordinary tables (no FTS shadow tables, no drizzle bookkeeping), parents before children. */
function tablesInOrder(db: Database.Database): string[] {
  const names = (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name <> '__drizzle_migrations'`,
      )
      .pluck()
      .all() as string[]
  ).sort();
  const deps = new Map(names.map((n) => [n, (db.prepare(`PRAGMA foreign_key_list(${n})`).all() as { table: string }[]).map((f) => f.table).filter((t) => t !== n)]));
  const out: string[] = [];
  const visit = (n: string) => {
    if (out.includes(n)) return;
    for (const d of deps.get(n) ?? []) visit(d);
    out.push(n);
  };
  names.forEach(visit);
  return out;
}

/** One or two rows in every table, values by column type; foreign keys point at the parents' first rows. */
function fillEveryTable(db: Database.Database, version: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of tablesInOrder(db)) {
    const cols = db.prepare(`PRAGMA table_info(${table})`).all() as Column[];
    const fks = new Map((db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { from: string; table: string; to: string | null }[]).map((f) => [f.from, f]));
    for (let row = 1; row <= 2; row++) {
      const values: Record<string, unknown> = {};
      for (const c of cols) {
        if (c.pk && /INT/i.test(c.type) && cols.filter((x) => x.pk).length === 1) continue; // rowid (not a part of a composite key)
        const fk = fks.get(c.name);
        if (fk) {
          values[c.name] = db.prepare(`SELECT ${fk.to ?? 'rowid'} FROM ${fk.table} ORDER BY rowid LIMIT 1`).pluck().get();
          continue;
        }
        if (/INT/i.test(c.type)) values[c.name] = 1000 * version + row;
        else if (/REAL|FLOA|DOUB/i.test(c.type)) values[c.name] = version + row / 4;
        else values[c.name] = `${table}.${c.name} v${version} #${row} – Grüße`;
      }
      const names = Object.keys(values);
      try {
        db.prepare(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => values[n]));
      } catch (err) {
        // A unique column cannot take the same value twice; one row is enough for such a table.
        if (row === 2 && /UNIQUE/.test(String(err))) break;
        throw new Error(`filling ${table} at schema ${version}: ${String(err)}`, { cause: err });
      }
      counts[table] = row;
    }
  }
  return counts;
}

/**
 * Changes a migration makes to stored values on purpose, by migration tag (a new one is added here with its
 * migration): the row must still be there, with exactly this value.
 */
const DECLARED_CHANGES: { tag: string; table: string; column: string; to: (v: unknown) => unknown }[] = [
  // 0005 and the start-up fix-up after it (imports/shop-identity.ts): shop identity ignores case and spaces,
  // folded the Unicode way; the fix-up runs at every start-up, so it applies from every version ('*').
  { tag: '*', table: 'redemptions', column: 'shop', to: (v) => shopKey(String(v)) },
];

function expectedAfter(k: number, table: string, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const tags = readJournal(defaultMigrationsDir()).entries.slice(k).map((e) => e.tag);
  const changes = DECLARED_CHANGES.filter((c) => c.table === table && (c.tag === '*' || tags.includes(c.tag)));
  return rows.map((r) => {
    const out = { ...r };
    for (const c of changes) out[c.column] = c.to(out[c.column]);
    return out;
  });
}

function snapshot(db: Database.Database, tables: string[]): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT rowid AS _rowid, * FROM ${t} ORDER BY rowid`).all() as Record<string, unknown>[]]));
}

describe('upgrading a workspace from every earlier schema version', () => {
  const n = knownCount();
  it('has earlier versions to test', () => {
    expect(n).toBeGreaterThan(1);
  });

  for (let k = 1; k < n; k++) {
    it(`schema ${k} → ${n}: every row of every table is intact, and a backup of the old file was taken first`, async () => {
      const t = tempDir();
      cleanups.push(t.cleanup);
      const file = path.join(t.dir, 'kollab.db');
      const old = openDatabase(file, { migrationsDir: migrationsUpTo(k, t.dir) });
      const counts = fillEveryTable(old.$client, k);
      old.$client.prepare("INSERT INTO settings (key, value) VALUES ('workspace.initialised', '\"empty\"') ON CONFLICT(key) DO NOTHING").run();
      // kpi_rollups and the kpi_sales_* totals are caches of the redemptions that the core rebuilds (at start-up,
      // after a migration): compared as source data, not here. kpi_inputs_version is a change counter that
      // triggers move when start-up writes its bookkeeping settings (the roll-up's zone): not stored data either.
      const tables = Object.keys(counts).filter((t) => t !== 'kpi_rollups' && !t.startsWith('kpi_sales_') && t !== 'kpi_inputs_version');
      expect(tables.length).toBeGreaterThan(15);
      const before = snapshot(old.$client, tables);
      old.$client.close();

      const running = await createCore({ dataDir: t.dir, quietLog: true, workerFile: inject('workerBundle'), firstRun: 'empty' });
      cleanups.push(() => running.close());
      const db = running.core.db.$client;
      expect(db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(n);
      const after = snapshot(db, tables);
      for (const table of tables) {
        // The app may add its own bookkeeping keys to settings at start-up (e.g. the KPI roll-up's time zone);
        // every key that was there must still be there, unchanged.
        const rows = table === 'settings' ? after[table]!.filter((r) => before[table]!.some((b) => b.key === r.key)) : after[table]!;
        expect(rows.length, table).toBe(before[table]!.length);
        // Every value that was there is still there (migrations may add columns, never change what was stored).
        const kept = rows.map((r) => Object.fromEntries(Object.keys(before[table]![0]!).map((c) => [c, r[c]])));
        expect(kept, table).toEqual(expectedAfter(k, table, before[table]!));
      }
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(listBackups(t.dir).map((b) => [b.reason, b.schemaVersion])).toContainEqual(['migration', k]);
    });
  }
});
