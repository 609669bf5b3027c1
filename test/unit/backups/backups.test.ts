import { afterEach, describe, expect, it, inject } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { fixedClock } from '../../../src/main/core/clock';
import { openDatabase } from '../../../src/main/db/connection';
import { backupsToKeep, listBackups } from '../../../src/main/backups/service';
import type { BackupInfo } from '../../../src/shared/contract';
import type { AppEvent } from '../../../src/shared/events';
import { tempDir } from '../../helpers/tmp';
import { knownCount, listTree, migrationsUpTo } from './helpers';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

function folder(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

async function core(dir: string, now?: string): Promise<RunningCore> {
  const r = await createCore({ dataDir: dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle'), appVersion: '9.9.9', ...(now ? { clock: fixedClock(now) } : {}) });
  cleanups.push(() => r.close());
  return r;
}

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const env = await p;
  if (!env.ok) throw new Error(`call failed: ${JSON.stringify(env.error)}`);
  return env.value as T;
}

const names = (r: RunningCore) => r.core.db.$client.prepare('SELECT name FROM influencers ORDER BY id').pluck().all() as string[];

describe('backups', () => {
  it('"Back up now" writes a consistent copy into backups/, with time, reason and schema version in its name — commits still in the WAL included', async () => {
    const dir = folder();
    const r = await core(dir);
    await ok(r.dispatch('influencers.create', { name: 'Lena Vogel' }));
    // A commit by another connection that has not been checkpointed into the main file yet.
    const other = new Database(r.core.dbFile);
    other.prepare("INSERT INTO influencers (name) VALUES ('Jörg Wal')").run();
    expect(fs.statSync(`${r.core.dbFile}-wal`).size).toBeGreaterThan(0);
    const info = await ok<BackupInfo>(r.dispatch('backups.create', {}));
    other.close();
    expect(info.name).toMatch(new RegExp(`^kollab-\\d{8}-\\d{9}-manual-s${knownCount()}\\.db$`));
    expect(info.reason).toBe('manual');
    const file = path.join(dir, 'backups', info.name);
    expect(fs.statSync(file).size).toBe(info.sizeBytes);
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare('SELECT name FROM influencers ORDER BY id').pluck().all()).toEqual(['Lena Vogel', 'Jörg Wal']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const list = await ok<{ backups: BackupInfo[]; retention: { daily: number; weekly: number } }>(r.dispatch('backups.list', {}));
    expect(list.backups.map((b) => b.name)).toContain(info.name);
    expect(list.retention).toEqual({ daily: 7, weekly: 8 });
  });

  it('at start-up takes a daily backup when the newest is older than a day, and none otherwise', async () => {
    const dir = folder();
    const first = await core(dir, '2026-11-20T08:00:00Z');
    expect(await first.startupBackup).toBeNull();
    expect(listBackups(dir)).toEqual([]); // a brand-new workspace has nothing to lose yet
    await first.close();
    const second = await core(dir, '2026-11-20T09:00:00Z');
    // Taken in a worker while the workspace is already served: start-up does not wait for it.
    expect(listBackups(dir)).toEqual([]);
    expect((await second.dispatch('app.info', {})).ok).toBe(true);
    expect((await second.startupBackup)?.reason).toBe('daily');
    expect(listBackups(dir).map((b) => b.reason)).toEqual(['daily']);
    await second.close();
    const third = await core(dir, '2026-11-20T20:00:00Z');
    expect(await third.startupBackup).toBeNull();
    expect(listBackups(dir)).toHaveLength(1);
    await third.close();
    await (await core(dir, '2026-11-21T09:30:00Z')).startupBackup;
    expect(listBackups(dir).map((b) => b.createdAt)).toEqual(['2026-11-21T09:30:00.000Z', '2026-11-20T09:00:00.000Z']);
  });

  it('backs up an existing file before migrating it (schema version of the old file in the name)', async () => {
    const dir = folder();
    const old = openDatabase(path.join(dir, 'kollab.db'), { migrationsDir: migrationsUpTo(1, folder()) });
    old.$client.prepare("INSERT INTO influencers (name) VALUES ('Alt')").run();
    old.$client.prepare("INSERT INTO settings (key, value) VALUES ('workspace.initialised', '\"empty\"')").run();
    old.$client.close();
    const r = await core(dir);
    const migration = listBackups(dir).find((b) => b.reason === 'migration');
    expect(migration?.schemaVersion).toBe(1);
    const copy = new Database(path.join(dir, 'backups', migration!.name), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(1);
    copy.close();
    expect(names(r)).toEqual(['Alt']);
  });

  it('keeps the newest five, the newest of each of the last 7 days and of the last 8 weeks (configurable)', () => {
    const mk = (iso: string, i: number): BackupInfo => ({ name: `b${i}`, createdAt: iso, reason: 'daily', schemaVersion: 4, sizeBytes: 1, newer: false });
    // Two backups a day for 90 days.
    const all: BackupInfo[] = [];
    for (let d = 0; d < 90; d++) {
      const day = new Date(Date.UTC(2026, 10, 30) - d * 86_400_000);
      all.push(mk(new Date(day.getTime() + 20 * 3_600_000).toISOString(), d * 2));
      all.push(mk(new Date(day.getTime() + 8 * 3_600_000).toISOString(), d * 2 + 1));
    }
    const keep = backupsToKeep(all, { daily: 7, weekly: 8 }, 'UTC');
    const kept = all.filter((b) => keep.has(b.name));
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(7);
    expect(kept.length).toBeLessThanOrEqual(5 + 7 + 8);
    expect(kept.length).toBeGreaterThanOrEqual(8 + 3); // 7 days overlap the newest weeks
    // The oldest kept one is the newest of the 8th ISO week back.
    const oldest = kept[kept.length - 1]!.createdAt;
    expect(Date.parse('2026-11-30T00:00:00Z') - Date.parse(oldest)).toBeGreaterThan(6 * 7 * 86_400_000);
    expect(Date.parse('2026-11-30T00:00:00Z') - Date.parse(oldest)).toBeLessThan(8 * 7 * 86_400_000);
    const fewer = backupsToKeep(all, { daily: 2, weekly: 2 }, 'UTC');
    // 30 Nov 2026 is a Monday: the five newest (30, 29, 28 Nov) already hold the newest of two days and two weeks.
    expect(fewer.size).toBe(5);
    expect(backupsToKeep(all, { daily: 2, weekly: 3 }, 'UTC').size).toBe(6);
  });

  it('applies a changed retention to the files in the folder at once', async () => {
    const dir = folder();
    const r = await core(dir);
    for (let i = 0; i < 7; i++) await ok(r.dispatch('backups.create', {}));
    expect(listBackups(dir)).toHaveLength(5); // same day: the newest five
    await ok(r.dispatch('backups.setRetention', { daily: 1, weekly: 1 }));
    expect(listBackups(dir)).toHaveLength(5);
    expect(await ok(r.dispatch('backups.list', {}))).toMatchObject({ retention: { daily: 1, weekly: 1 } });
    const bad = await r.dispatch('backups.setRetention', { daily: 0, weekly: 8 });
    expect(bad.ok).toBe(false);
  });

  it('emptying the workspace backs up first and removes its files (attachments, exports, uploads)', async () => {
    const dir = folder();
    const r = await core(dir);
    await ok(r.dispatch('influencers.create', { name: 'Lena Vogel' }));
    for (const f of ['attachments/12/brief.pdf', 'exports/herbst-2026-11-20/lena.pdf', 'uploads/abc.json']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), 'x');
    }
    const { jobId } = await ok<{ jobId: string }>(r.dispatch('workspace.reset', { mode: 'empty' }));
    await r.core.jobs.wait(jobId);
    expect(names(r)).toEqual([]);
    for (const f of ['attachments', 'exports', 'uploads']) expect(fs.existsSync(path.join(dir, f))).toBe(false);
    const reset = listBackups(dir).find((b) => b.reason === 'reset')!;
    const copy = new Database(path.join(dir, 'backups', reset.name), { readonly: true });
    expect(copy.prepare('SELECT name FROM influencers').pluck().all()).toEqual(['Lena Vogel']);
    copy.close();
    // calendar/kollab.ics is not a workspace file: the core rewrites it from the (now empty) workspace
    expect(listTree(dir).filter((f) => !f.startsWith('backups/') && !f.startsWith('logs/') && !f.startsWith('kollab.db') && f !== 'calendar/kollab.ics')).toEqual([]);
  });

  it('a spreadsheet import backs up before it writes', async () => {
    const dir = folder();
    const r = await core(dir);
    const csv = 'Name;Instagram\nLena Vogel;@lena.vogel\n';
    const file = { fileName: 'people.csv', dataBase64: Buffer.from(csv).toString('base64') };
    const preview = await ok<{ mapping: Record<string, unknown> }>(r.dispatch('influencers.import.preview', file));
    await ok(r.dispatch('influencers.import.commit', { ...file, mapping: preview.mapping }));
    expect(listBackups(dir).map((b) => b.reason)).toEqual(['import']);
    expect(names(r)).toEqual(['Lena Vogel']);
  });
});

describe('restore', () => {
  it('replaces the workspace with a backup: the current one is backed up first, the data changes, the stores are told', async () => {
    const dir = folder();
    const r = await core(dir);
    await ok(r.dispatch('influencers.create', { name: 'Vorher' }));
    const taken = await ok<BackupInfo>(r.dispatch('backups.create', {}));
    await ok(r.dispatch('influencers.create', { name: 'Nachher' }));
    const seen: AppEvent[] = [];
    r.core.events.subscribe((e) => seen.push(e));
    const result = await ok<{ restored: BackupInfo; safetyBackup: BackupInfo }>(r.dispatch('backups.restore', { name: taken.name }));
    expect(names(r)).toEqual(['Vorher']);
    expect(result.restored.name).toBe(taken.name);
    expect(result.safetyBackup.reason).toBe('restore');
    const safety = new Database(path.join(dir, 'backups', result.safetyBackup.name), { readonly: true });
    expect(safety.prepare('SELECT name FROM influencers ORDER BY id').pluck().all()).toEqual(['Vorher', 'Nachher']);
    safety.close();
    expect(seen).toContainEqual({ type: 'data.changed', scopes: ['all'] });
    // The reopened workspace takes writes and is sound.
    await ok(r.dispatch('influencers.create', { name: 'Danach' }));
    expect(await ok(r.dispatch('workspace.check', {}))).toMatchObject({ ok: true, problems: [], foreignKeyProblems: 0 });
    expect(r.core.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('restores an uploaded file of an older schema and migrates it', async () => {
    const dir = folder();
    const r = await core(dir);
    const oldFile = path.join(folder(), 'old.db');
    const old = openDatabase(oldFile, { migrationsDir: migrationsUpTo(2, folder()) });
    old.$client.prepare("INSERT INTO influencers (name) VALUES ('Aus alter Zeit')").run();
    old.$client.close();
    const bytes = fs.readFileSync(oldFile);
    const up = await ok<{ fileId: string }>(r.dispatch('uploads.begin', { fileName: 'old.db', sizeBytes: bytes.length }));
    await ok(r.dispatch('uploads.chunk', { fileId: up.fileId, offset: 0, dataBase64: bytes.toString('base64') }));
    await ok(r.dispatch('uploads.finish', { fileId: up.fileId }));
    await ok(r.dispatch('backups.restore', { fileId: up.fileId }));
    expect(names(r)).toEqual(['Aus alter Zeit']);
    expect(r.core.db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(knownCount());
  });

  it('refuses a file that is not a Kollab database, a damaged one and one from a newer Kollab — each with its own message — and changes nothing', async () => {
    const dir = folder();
    const r = await core(dir);
    await ok(r.dispatch('influencers.create', { name: 'Bleibt' }));
    const src = folder();
    const foreign = path.join(src, 'foreign.db');
    new Database(foreign).exec('CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES (1)');
    const newer = path.join(src, 'newer.db');
    openDatabase(newer).$client.close();
    const raw = new Database(newer);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 1e10);
    raw.close();
    const damaged = path.join(src, 'damaged.db');
    fs.copyFileSync(newer, damaged);
    const buf = fs.readFileSync(damaged);
    buf.fill(0x5a, 4096, 8192);
    fs.writeFileSync(damaged, buf);
    const text = path.join(src, 'notes.db');
    fs.writeFileSync(text, 'Name;Handle\n');
    const upload = async (file: string) => {
      const bytes = fs.readFileSync(file);
      const up = await ok<{ fileId: string }>(r.dispatch('uploads.begin', { fileName: path.basename(file), sizeBytes: bytes.length }));
      await ok(r.dispatch('uploads.chunk', { fileId: up.fileId, offset: 0, dataBase64: bytes.toString('base64') }));
      await ok(r.dispatch('uploads.finish', { fileId: up.fileId }));
      return up.fileId;
    };
    const keys: string[] = [];
    for (const f of [foreign, newer, damaged, text]) {
      const res = await r.dispatch('backups.restore', { fileId: await upload(f) });
      expect(res.ok).toBe(false);
      if (!res.ok) {
        keys.push(res.error.key!);
        expect(res.error.params?.file).toBe(path.basename(f));
      }
    }
    expect(keys).toEqual(['workspaceFile.notKollab', 'workspaceFile.newer', 'workspaceFile.corrupt', 'workspaceFile.notDatabase']);
    expect(names(r)).toEqual(['Bleibt']);
    expect(listBackups(dir).filter((b) => b.reason === 'restore')).toEqual([]); // refused before anything was done
  });

  it('refuses to restore while a background task runs', async () => {
    const dir = folder();
    const r = await core(dir);
    const taken = await ok<BackupInfo>(r.dispatch('backups.create', {}));
    const jobId = r.core.jobs.start('workspace.reset', { mode: 'demo' });
    const res = await r.dispatch('backups.restore', { name: taken.name });
    await r.core.jobs.wait(jobId).catch(() => undefined);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.key).toBe('backups.jobRunning');
  });

  it('names an unknown backup', async () => {
    const r = await core(folder());
    const res = await r.dispatch('backups.restore', { name: 'kollab-20260101-000000000-manual-s1.db' });
    expect(!res.ok && res.error.key).toBe('backups.notFound');
  });
});
