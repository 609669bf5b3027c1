import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openWorkspace, type Workspace } from '../../../src/main/core/context';
import { openDatabase } from '../../../src/main/db/connection';
import { snapshotToFolder } from '../../../src/main/db/snapshot';
import { listBackups } from '../../../src/main/backups/service';
import type { RecoveryStatus } from '../../../src/shared/contract';
import { section } from '../../../src/renderer/src/i18n/sections/backups';
import { tempDir } from '../../helpers/tmp';
import { knownCount, sha256 } from './helpers';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

/** A data folder with a sound workspace (2 people) and one backup of it, closed again. */
function preparedFolder(): { dir: string; dbFile: string; backup: string } {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const dbFile = path.join(t.dir, 'kollab.db');
  const db = openDatabase(dbFile);
  db.$client.prepare("INSERT INTO influencers (name) VALUES ('Lena Vogel'), ('Jörg Müller')").run();
  db.$client.prepare("INSERT INTO settings (key, value) VALUES ('workspace.initialised', '\"empty\"')").run();
  const backup = snapshotToFolder(db.$client, path.join(t.dir, 'backups'), 'daily', knownCount(), new Date('2026-11-30T08:00:00Z'));
  db.$client.close();
  return { dir: t.dir, dbFile, backup };
}

async function open(dir: string): Promise<Workspace> {
  const w = await openWorkspace({ dataDir: dir, firstRun: 'empty', quietLog: true, appVersion: '9.9.9' });
  cleanups.push(() => w.close());
  return w;
}

const damage: Record<string, (file: string) => void> = {
  corrupt: (file) => {
    // Keep the header, overwrite the schema page: SQLite opens it and finds the damage.
    const buf = fs.readFileSync(file);
    buf.fill(0x5a, 100, 4096);
    fs.writeFileSync(file, buf);
  },
  empty: (file) => fs.writeFileSync(file, ''),
  readonly: (file) => fs.chmodSync(file, 0o444),
  newer: (file) => {
    const raw = new Database(file);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', Date.now() + 1e10);
    raw.close();
  },
  notDatabase: (file) => fs.writeFileSync(file, 'Name;Handle\nLena;@lena\n'.repeat(20)),
};

describe('a workspace file that cannot be used', () => {
  it.each(Object.keys(damage))('%s: recovery state with its own message; the file stays byte-for-byte unchanged', async (kind) => {
    const { dir, dbFile, backup } = preparedFolder();
    damage[kind]!(dbFile);
    const before = sha256(dbFile);
    const w = await open(dir);
    const status = await w.dispatch('recovery.status', {});
    expect(status.ok).toBe(true);
    const s = (status as { value: RecoveryStatus }).value;
    expect(s.state).toBe('recovery');
    if (s.state !== 'recovery') return;
    expect(s.problem).toBe(kind);
    expect(s.key).toBe(`workspaceFile.${kind}`);
    expect(s.file).toBe(dbFile);
    expect(s.message).toContain(dbFile);
    // The newest good backup is offered.
    expect(s.backups.map((b) => b.name)).toEqual([backup]);
    // German and English texts exist for the key and name the file.
    for (const lang of ['de', 'en'] as const) {
      const text = (section[lang].errors as { domain: { workspaceFile: Record<string, string> } }).domain.workspaceFile[kind];
      expect(text).toContain('{{file}}');
    }
    // Everything else answers that the workspace must be restored first; nothing wrote to the file.
    const other = await w.dispatch('influencers.list', {});
    expect(!other.ok && other.error.key).toBe('recovery.active');
    expect(await w.dispatch('backups.create', {})).toMatchObject({ ok: false });
    await w.close();
    expect(sha256(dbFile)).toBe(before);
    // A second start refuses it the same way (and still does not touch it).
    const again = await open(dir);
    expect(((await again.dispatch('recovery.status', {})) as { value: RecoveryStatus }).value).toMatchObject({ problem: kind });
    await again.close();
    expect(sha256(dbFile)).toBe(before);
  });

  it('each problem has its own message', async () => {
    const texts = new Set(Object.values((section.en.errors as { domain: { workspaceFile: Record<string, string> } }).domain.workspaceFile));
    expect(texts.size).toBe(7);
  });

  it('restoring the newest backup from the recovery state opens the workspace; the refused file is kept aside unchanged', async () => {
    const { dir, dbFile, backup } = preparedFolder();
    damage.corrupt!(dbFile);
    const before = sha256(dbFile);
    const w = await open(dir);
    expect(w.current()).toBeNull();
    const res = await w.dispatch('backups.restore', { name: backup });
    expect(res.ok).toBe(true);
    expect(w.current()).not.toBeNull();
    expect(await w.dispatch('recovery.status', {})).toEqual({ ok: true, value: { state: 'ok' } });
    const list = await w.dispatch('influencers.list', {});
    expect(list.ok).toBe(true);
    expect(w.current()!.core.db.$client.prepare('SELECT name FROM influencers ORDER BY id').pluck().all()).toEqual(['Lena Vogel', 'Jörg Müller']);
    const aside = fs.readdirSync(dir).filter((n) => n.startsWith('kollab-damaged-') && n.endsWith('.db'));
    expect(aside).toHaveLength(1);
    expect(sha256(path.join(dir, aside[0]!))).toBe(before);
    expect(listBackups(dir).map((b) => b.name)).toContain(backup);
  });

  it('an empty workspace file does not start as a new workspace', async () => {
    const { dir, dbFile } = preparedFolder();
    fs.writeFileSync(dbFile, '');
    const w = await open(dir);
    expect(w.current()).toBeNull();
    expect(fs.statSync(dbFile).size).toBe(0);
  });
});
