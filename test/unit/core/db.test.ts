import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, NewerSchemaError, readJournal, defaultMigrationsDir, schemaVersion } from '../../../src/main/db/connection';
import { tempDir } from '../../helpers/tmp';

let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});
function tmp() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('database', () => {
  it('creates the file, applies every migration and sets WAL, foreign keys and a busy timeout', () => {
    const file = path.join(tmp(), 'nested', 'k.db');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(readJournal(defaultMigrationsDir()).entries.length);
    const tables = (db.$client.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((t) => t.name);
    for (const t of ['influencers', 'channels', 'channel_snapshots', 'campaigns', 'stages', 'collaborations', 'briefings', 'sample_shipments', 'voucher_codes', 'redemptions', 'import_batches', 'import_rejects', 'content_posts']) {
      expect(tables).toContain(t);
    }
    db.$client.close();
  });

  it('keeps data across reopen and does not re-run migrations', () => {
    const file = path.join(tmp(), 'k.db');
    const a = openDatabase(file);
    a.$client.prepare("INSERT INTO influencers (name) VALUES ('Jörg')").run();
    a.$client.close();
    const b = openDatabase(file);
    expect(b.$client.prepare('SELECT name FROM influencers').pluck().all()).toEqual(['Jörg']);
    expect(b.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(readJournal(defaultMigrationsDir()).entries.length);
    b.$client.close();
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(path.join(tmp(), 'k.db'));
    expect(() => db.$client.prepare("INSERT INTO channels (influencer_id, platform, handle) VALUES (999, 'instagram', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.$client.close();
  });

  it('refuses a file written by a newer schema, with a clear message, and leaves it untouched', () => {
    const file = path.join(tmp(), 'k.db');
    openDatabase(file).$client.close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 10_000_000_000);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(NewerSchemaError);
    expect(() => openDatabase(file)).toThrow(/newer version of Kollab/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('applies a migration that arrives later (a schema change is a new migration file)', () => {
    const dir = tmp();
    const migrations = path.join(dir, 'drizzle');
    fs.cpSync(defaultMigrationsDir(), migrations, { recursive: true });
    const file = path.join(dir, 'k.db');
    openDatabase(file, { migrationsDir: migrations }).$client.close();
    const journal = readJournal(migrations);
    const last = journal.entries[journal.entries.length - 1];
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_test_extra' });
    fs.writeFileSync(path.join(migrations, 'meta', '_journal.json'), JSON.stringify(journal));
    fs.writeFileSync(path.join(migrations, '9999_test_extra.sql'), 'ALTER TABLE influencers ADD COLUMN test_extra text;');
    const db = openDatabase(file, { migrationsDir: migrations });
    const cols = (db.$client.prepare('PRAGMA table_info(influencers)').all() as { name: string }[]).map((c) => c.name);
    expect(cols).toContain('test_extra');
    db.$client.close();
    // …and the build that does not know it refuses the file now.
    expect(() => openDatabase(file)).toThrow(NewerSchemaError);
  });
});
