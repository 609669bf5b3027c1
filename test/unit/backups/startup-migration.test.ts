/**
 * Issue 9: the backup taken before a start-up migration is written by a worker, not on the thread that answers the
 * UI. While it is written the workspace already answers `recovery.status` with the starting state ("securing your
 * workspace before the update…"); other calls wait and are answered by the migrated core. The copy is complete and
 * consistent (the old schema, every row) before the file is migrated.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { listBackups } from '../../../src/main/backups/service';
import { startWorkspace, type StartPhase } from '../../../src/main/core/context';
import { tempDir } from '../../helpers/tmp';
import { knownCount, migrationsUpTo } from './helpers';

let cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const PEOPLE = 20_000;

function oldWorkspace(dir: string, schema: number): void {
  const old = openDatabase(path.join(dir, 'kollab.db'), { migrationsDir: migrationsUpTo(schema, dir) });
  const ins = old.$client.prepare('INSERT INTO influencers (name, notes) VALUES (?, ?)');
  old.$client.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) ins.run(`Person ${i}`, 'Notiz '.repeat(20));
  })();
  old.$client.prepare("INSERT INTO settings (key, value) VALUES ('workspace.initialised', '\"empty\"')").run();
  old.$client.close();
}

describe('start-up with a migration due', () => {
  it('answers with the starting state while a worker backs the old file up, then migrates', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const schema = knownCount() - 1;
    oldWorkspace(t.dir, schema);

    const phases: StartPhase[] = [];
    let securing!: () => void;
    const securingStarted = new Promise<void>((r) => (securing = r));
    const w = startWorkspace({
      dataDir: t.dir,
      quietLog: true,
      firstRun: 'empty',
      onPhase: (p) => {
        phases.push(p);
        if (p === 'securing') securing();
      },
    });
    cleanups.push(() => w.close());
    // First the file is checked (in a worker), then copied.
    expect(await w.dispatch('recovery.status', {})).toEqual({ ok: true, value: { state: 'starting', phase: 'checking' } });
    await securingStarted;
    // The thread is free while the copy is written: the status is answered before the backup exists.
    const status = await w.dispatch('recovery.status', {});
    expect(status).toEqual({ ok: true, value: { state: 'starting', phase: 'securing' } });
    expect(listBackups(t.dir).filter((b) => b.reason === 'migration')).toEqual([]);
    expect(w.current()).toBeNull();
    // A call made meanwhile waits for the migrated core.
    const list = w.dispatch('influencers.list', { limit: 1 });

    await w.ready;
    expect(phases).toEqual(['checking', 'securing', 'migrating']);
    expect(await w.dispatch('recovery.status', {})).toEqual({ ok: true, value: { state: 'ok' } });
    expect(await list).toMatchObject({ ok: true, value: { total: PEOPLE } });

    const backups = listBackups(t.dir).filter((b) => b.reason === 'migration');
    expect(backups.map((b) => b.schemaVersion)).toEqual([schema]);
    const copy = new Database(path.join(t.dir, 'backups', backups[0]!.name), { readonly: true });
    cleanups.push(() => void copy.close());
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(schema);
    expect(copy.prepare('SELECT count(*) FROM influencers').pluck().get()).toBe(PEOPLE);
    expect(w.current()!.core.db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(knownCount());
  }, 60_000);

  it('does not migrate when the backup fails (the file stays at its old schema)', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const schema = knownCount() - 1;
    oldWorkspace(t.dir, schema);
    // A file where the backups folder should be: the copy cannot be written.
    (await import('node:fs')).writeFileSync(path.join(t.dir, 'backups'), 'not a folder');
    const w = startWorkspace({ dataDir: t.dir, quietLog: true, firstRun: 'empty' });
    await expect(w.ready).rejects.toThrow();
    const db = new Database(path.join(t.dir, 'kollab.db'), { readonly: true });
    cleanups.push(() => void db.close());
    expect(db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(schema);
  }, 60_000);
});
