import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { testCore } from '../../helpers/core';
import { contract } from '../../../src/shared/contract';
import type { AppEvent } from '../../../src/shared/events';
import { write } from '../../../src/main/db/write';
import { classifyStorageError } from '../../../src/main/db/storage-errors';

type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

/** Names that say a method changes data; each such method must declare what it changes. */
const WRITE_VERB = /\.(add|update|remove|restore|create|delete|erase|save\w*|set\w*|move|archive|duplicate|rename|reorder|apply\w*|undo|commit|logContacted)$/;

describe('the one write path', () => {
  it('every method named like a write declares the scopes it changes, and reads declare none', () => {
    const writes = Object.entries(contract).filter(([name]) => WRITE_VERB.test(name));
    expect(writes.length).toBeGreaterThan(30);
    const undeclared = writes.filter(([, def]) => !def.changes?.length).map(([name]) => name);
    expect(undeclared).toEqual([]);
    const readsDeclaring = Object.entries(contract)
      .filter(([name, def]) => /\.(get|list|board|facets|templates|document|summary|info)$/.test(name) && def.changes)
      .map(([name]) => name);
    expect(readsDeclaring).toEqual([]);
  });

  it('a write announces its declared scopes after it committed, and a failed write announces nothing', async () => {
    const seen: AppEvent[] = [];
    const off = t.core.events.subscribe((e) => seen.push(e));
    const ok = await t.dispatch('influencers.create', { name: 'Lena Vogel' });
    expect(ok.ok).toBe(true);
    expect(seen.filter((e) => e.type === 'data.changed')).toEqual([{ type: 'data.changed', scopes: ['influencers'] }]);
    seen.length = 0;
    const bad = await t.dispatch('influencers.update', { id: 999_999, name: 'Nobody' });
    expect(bad.ok).toBe(false);
    expect(seen.filter((e) => e.type === 'data.changed')).toEqual([]);
    off();
  });

  it('a write that fails half-way leaves nothing behind (the handler runs in one transaction)', async () => {
    const before = t.core.db.$client.prepare('SELECT count(*) FROM campaigns').pluck().get();
    // A campaign whose stages cannot be inserted: the campaign row must be rolled back with them.
    t.core.db.$client.exec(`CREATE TEMP TRIGGER fail_stage BEFORE INSERT ON stages BEGIN SELECT RAISE(ABORT, 'injected'); END`);
    const r = await t.dispatch('campaigns.create', { name: 'Herbst', goal: 'sales' });
    t.core.db.$client.exec('DROP TRIGGER temp.fail_stage');
    expect(r.ok).toBe(false);
    expect(t.core.db.$client.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(before);
  });

  it('takes the write lock at BEGIN, so a second writer waits instead of failing half-way', () => {
    const other = new Database(t.core.dbFile);
    other.pragma('busy_timeout = 0');
    try {
      write(t.core.db, () => {
        expect(t.core.db.$client.inTransaction).toBe(true);
        // The lock is already held: another connection cannot even begin a write.
        expect(() => other.prepare('BEGIN IMMEDIATE').run()).toThrow(/locked|busy/i);
        // A nested write joins the outer transaction (a savepoint), it does not try to begin again.
        write(t.core.db, () => t.core.db.$client.prepare("INSERT INTO settings (key, value) VALUES ('write-path-test', '1')").run());
      });
      expect(other.prepare("SELECT value FROM settings WHERE key = 'write-path-test'").pluck().get()).toBe('1');
    } finally {
      other.close();
    }
  });
});

describe('storage errors', () => {
  it('are classified by what the user can do about them', () => {
    const e = (code: string) => Object.assign(new Error(code), { code });
    expect(classifyStorageError(e('SQLITE_BUSY'))).toBe('STORAGE_BUSY');
    expect(classifyStorageError(e('SQLITE_FULL'))).toBe('STORAGE_FULL');
    expect(classifyStorageError(e('ENOSPC'))).toBe('STORAGE_FULL');
    expect(classifyStorageError(e('SQLITE_READONLY_DBMOVED'))).toBe('STORAGE_READONLY');
    expect(classifyStorageError(e('EROFS'))).toBe('STORAGE_READONLY');
    expect(classifyStorageError(e('SQLITE_CORRUPT'))).toBe('STORAGE_CORRUPT');
    expect(classifyStorageError(e('SQLITE_NOTADB'))).toBe('STORAGE_CORRUPT');
    expect(classifyStorageError(e('SQLITE_IOERR_WRITE'))).toBe('STORAGE_IO');
    expect(classifyStorageError(e('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(classifyStorageError(new Error('plain'))).toBeNull();
  });

  it('reach the caller as their own code with a message key, not as "something went wrong"', async () => {
    const other = new Database(t.core.dbFile);
    t.core.db.$client.pragma('busy_timeout = 50');
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const r = await t.dispatch('influencers.create', { name: 'Während des Imports' });
      expect(r).toMatchObject({ ok: false, error: { code: 'STORAGE_BUSY', key: 'storage.STORAGE_BUSY' } });
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
      t.core.db.$client.pragma('busy_timeout = 5000');
    }
  });
});

describe('dates', () => {
  it('an impossible date is refused before any write, with its own message key', async () => {
    for (const startDate of ['2026-02-30', '2026-13-01']) {
      const r = await t.dispatch('campaigns.create', { name: 'Frühling', goal: 'sales', startDate });
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'startDate', details: { key: 'impossibleDate' } } });
    }
    const ok = await t.dispatch('campaigns.create', { name: 'Schaltjahr', goal: 'sales', startDate: '2028-02-29' });
    expect(ok.ok).toBe(true);
  });
});
