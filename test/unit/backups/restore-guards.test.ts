import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';
import { listBackups } from '../../../src/main/backups/service';
import { transfersDir } from '../../../src/main/backups/transfer';
import { uploadsDir } from '../../../src/main/imports/uploads';
import type { BackupInfo } from '../../../src/shared/contract';
import { testCore } from '../../helpers/core';
import { knownCount, listTree, sha256 } from './helpers';

/**
 * What a restore must refuse or clean up: a backup of a newer schema is marked in the list and refused by name
 * before anything is done; an uploaded database is deleted once used (restored or refused); a workspace zip that
 * unpacks to far more than it could hold (a zip bomb) is refused and nothing of it stays.
 */
let r: Awaited<ReturnType<typeof testCore>>;
beforeAll(async () => {
  r = await testCore();
  await ok(r.dispatch('influencers.create', { name: 'Bleibt' }));
}, 60_000);
afterAll(() => r.dispose());

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const env = await p;
  if (!env.ok) throw new Error(`call failed: ${JSON.stringify(env.error)}`);
  return env.value as T;
}
async function upload(name: string, bytes: Uint8Array): Promise<string> {
  const up = await ok<{ fileId: string; chunkBytes: number }>(r.dispatch('uploads.begin', { fileName: name, sizeBytes: bytes.length }));
  for (let off = 0; off < bytes.length; off += up.chunkBytes) {
    await ok(r.dispatch('uploads.chunk', { fileId: up.fileId, offset: off, dataBase64: Buffer.from(bytes.subarray(off, off + up.chunkBytes)).toString('base64') }));
  }
  await ok(r.dispatch('uploads.finish', { fileId: up.fileId }));
  return up.fileId;
}
const names = () => r.core.db.$client.prepare('SELECT name FROM influencers ORDER BY id').pluck().all();
/** Every file of the data folder but the log and the database's own WAL index (they change with any read). */
const tree = () => listTree(r.dir).filter((f) => !f.startsWith('logs/') && !f.endsWith('-shm') && !f.endsWith('-wal'));

describe('restore guards', () => {
  it('marks a backup of a newer schema in the list and refuses to restore it, with its message — nothing is touched', async () => {
    const taken = await ok<BackupInfo>(r.dispatch('backups.create', {}));
    // What a newer Kollab would have left: one more migration inside, and its schema version in the name.
    const newerName = taken.name.replace(/-manual-s\d+\.db$/, `-manual-s${knownCount() + 1}.db`).replace(/^kollab-(\d{8})-/, 'kollab-20991231-');
    const newerFile = path.join(r.dir, 'backups', newerName);
    fs.copyFileSync(path.join(r.dir, 'backups', taken.name), newerFile);
    const raw = new Database(newerFile);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 1e10);
    raw.close();

    const list = await ok<{ backups: BackupInfo[] }>(r.dispatch('backups.list', {}));
    expect(list.backups.find((b) => b.name === newerName)).toMatchObject({ newer: true, schemaVersion: knownCount() + 1 });
    expect(list.backups.find((b) => b.name === taken.name)).toMatchObject({ newer: false });

    const before = { tree: tree(), hash: sha256(newerFile) };
    const res = await r.dispatch('backups.restore', { name: newerName });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error).toMatchObject({ key: 'backups.newerSchema', params: { name: newerName, fileVersion: knownCount() + 1, knownVersion: knownCount() } });
    }
    expect(tree()).toEqual(before.tree); // no safety backup, nothing staged
    expect(sha256(newerFile)).toBe(before.hash);
    expect(names()).toEqual(['Bleibt']);
    fs.rmSync(newerFile);
  });

  it('deletes an uploaded database file once it was used for a restore — after a success and after a refusal', async () => {
    const taken = await ok<BackupInfo>(r.dispatch('backups.create', {}));
    const good = await upload('kopie.db', fs.readFileSync(path.join(r.dir, 'backups', taken.name)));
    expect(fs.readdirSync(uploadsDir(r.dir)).some((f) => f.startsWith(good))).toBe(true);
    await ok(r.dispatch('backups.restore', { fileId: good }));
    expect(names()).toEqual(['Bleibt']);
    expect(fs.readdirSync(uploadsDir(r.dir)).filter((f) => f.startsWith(good))).toEqual([]);

    const bad = await upload('notizen.db', strToU8('Name;Handle\nnot a database at all, just text\n'));
    const res = await r.dispatch('backups.restore', { fileId: bad });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.key).toBe('workspaceFile.notDatabase');
    expect(fs.readdirSync(uploadsDir(r.dir)).filter((f) => f.startsWith(bad))).toEqual([]);
  });

  it('refuses a workspace zip that unpacks to far more than it holds (zip bomb) — keyed message, nothing written', async () => {
    const zeros = new Uint8Array(100 * 1024 * 1024); // 100 MB of zeros deflate to ~100 kB
    const manifest = strToU8(JSON.stringify({ format: 'kollab-workspace', formatVersion: 1, appVersion: '9.9.9', schemaVersion: 1, createdAt: '2026-01-01T00:00:00Z', files: 0 }));
    // The sizes honestly in the headers: refused before a byte is written.
    const honest = zipSync({ 'manifest.json': manifest, 'kollab.db': zeros }, { level: 1 });
    // Streamed, with the sizes only after the data (as a crafted file can claim anything): counted while inflating.
    const parts: Uint8Array[] = [];
    const zip = new Zip((err, chunk) => {
      if (err) throw err;
      parts.push(chunk);
    });
    const m = new ZipDeflate('manifest.json');
    zip.add(m);
    m.push(manifest, true);
    const db = new ZipDeflate('kollab.db', { level: 1 });
    zip.add(db);
    for (let i = 0; i < 10; i++) db.push(zeros.subarray(i * 10 * 1024 * 1024, (i + 1) * 10 * 1024 * 1024), i === 9);
    zip.end();
    const streamed = Buffer.concat(parts);
    expect(honest.length).toBeLessThan(1024 * 1024);
    expect(streamed.length).toBeLessThan(1024 * 1024);

    for (const [name, bytes] of [['bombe.zip', honest], ['bombe-2.zip', streamed]] as const) {
      const fileId = await upload(name, bytes);
      const before = tree().filter((f) => !f.startsWith('uploads/'));
      const hash = sha256(r.core.dbFile);
      const res = await r.dispatch('workspace.import', { fileId });
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error).toMatchObject({ code: 'INVALID_INPUT', key: 'transfer.tooLarge', params: { file: name, mb: 64 } });
      expect(tree().filter((f) => !f.startsWith('uploads/'))).toEqual(before); // no backup, nothing unpacked left
      expect(fs.existsSync(transfersDir(r.dir)) ? fs.readdirSync(transfersDir(r.dir)) : []).toEqual([]);
      expect(sha256(r.core.dbFile)).toBe(hash);
      expect(names()).toEqual(['Bleibt']);
    }
    expect(listBackups(r.dir).filter((b) => b.reason === 'transfer')).toEqual([]);
  }, 120_000);
});
