import { afterEach, describe, expect, it, inject } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { listBackups } from '../../../src/main/backups/service';
import { transfersDir } from '../../../src/main/backups/transfer';
import type { WorkspaceExport } from '../../../src/shared/contract';
import { tempDir } from '../../helpers/tmp';
import { knownCount, listTree } from './helpers';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function core(): Promise<RunningCore & { dir: string }> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const r = await createCore({ dataDir: t.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle'), appVersion: '9.9.9' });
  cleanups.push(() => r.close());
  return { ...r, dir: t.dir };
}

async function ok<T>(p: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const env = await p;
  if (!env.ok) throw new Error(`call failed: ${JSON.stringify(env.error)}`);
  return env.value as T;
}

async function upload(r: RunningCore, name: string, bytes: Uint8Array): Promise<string> {
  const up = await ok<{ fileId: string }>(r.dispatch('uploads.begin', { fileName: name, sizeBytes: bytes.length }));
  await ok(r.dispatch('uploads.chunk', { fileId: up.fileId, offset: 0, dataBase64: Buffer.from(bytes).toString('base64') }));
  await ok(r.dispatch('uploads.finish', { fileId: up.fileId }));
  return up.fileId;
}

/** The whole export through the chunked download, as the browser reads it. */
async function download(r: RunningCore, fileName: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; ; ) {
    const piece = await ok<{ dataBase64: string; offset: number; done: boolean }>(r.dispatch('workspace.exportChunk', { fileName, offset }));
    parts.push(Buffer.from(piece.dataBase64, 'base64'));
    offset = piece.offset;
    if (piece.done) break;
  }
  return Buffer.concat(parts);
}

const names = (r: RunningCore) => r.core.db.$client.prepare('SELECT name FROM influencers ORDER BY id').pluck().all();

describe('workspace export and import', () => {
  it('moves the database and the files to another data folder; the current workspace is backed up first', async () => {
    const from = await core();
    await ok(from.dispatch('influencers.create', { name: 'Lena Vogel' }));
    fs.mkdirSync(path.join(from.dir, 'attachments', '7'), { recursive: true });
    fs.writeFileSync(path.join(from.dir, 'attachments', '7', 'Vertrag.pdf'), '%PDF-1.4 Vertrag');
    fs.mkdirSync(path.join(from.dir, 'exports', 'herbst'), { recursive: true });
    fs.writeFileSync(path.join(from.dir, 'exports', 'herbst', 'lena.pdf'), '%PDF-1.4 Briefing');
    const out = await ok<WorkspaceExport>(from.dispatch('workspace.export', {}));
    const zip = await download(from, out.fileName);
    expect(zip.length).toBe(out.sizeBytes);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['attachments/7/Vertrag.pdf', 'exports/herbst/lena.pdf', 'kollab.db', 'manifest.json']);
    expect(JSON.parse(Buffer.from(entries['manifest.json']!).toString())).toMatchObject({
      format: 'kollab-workspace',
      formatVersion: 1,
      appVersion: '9.9.9',
      schemaVersion: knownCount(),
    });

    const to = await core();
    await ok(to.dispatch('influencers.create', { name: 'Wird ersetzt' }));
    fs.mkdirSync(path.join(to.dir, 'attachments', '1'), { recursive: true });
    fs.writeFileSync(path.join(to.dir, 'attachments', '1', 'alt.txt'), 'alt');
    const res = await ok<{ manifest: { appVersion: string }; safetyBackup: { reason: string } }>(
      to.dispatch('workspace.import', { fileId: await upload(to, out.fileName, zip) }),
    );
    expect(res.safetyBackup.reason).toBe('transfer');
    expect(names(to)).toEqual(['Lena Vogel']);
    expect(listTree(path.join(to.dir, 'attachments'))).toEqual(['7/Vertrag.pdf']);
    expect(fs.readFileSync(path.join(to.dir, 'exports', 'herbst', 'lena.pdf'), 'utf8')).toBe('%PDF-1.4 Briefing');
    expect(listBackups(to.dir).some((b) => b.reason === 'transfer')).toBe(true);
    // Nothing of the unpacking is left behind.
    expect(fs.readdirSync(transfersDir(to.dir)).filter((n) => n.startsWith('import-'))).toEqual([]);
  });

  it('refuses what is not a workspace export — naming the file — and changes nothing', async () => {
    const r = await core();
    await ok(r.dispatch('influencers.create', { name: 'Bleibt' }));
    const db = fs.readFileSync(r.core.dbFile);
    const manifest = (v: Record<string, unknown>) => strToU8(JSON.stringify({ format: 'kollab-workspace', formatVersion: 1, appVersion: '1.0.0', schemaVersion: 1, files: 0, ...v }));
    const cases: [string, Uint8Array, string][] = [
      ['notes.zip', strToU8('Name;Handle\n'), 'transfer.notZip'],
      ['other.zip', zipSync({ 'attachments/readme.txt': strToU8('hi') }), 'transfer.notWorkspace'],
      ['readme.zip', zipSync({ 'readme.txt': strToU8('hi') }), 'transfer.badEntry'],
      ['evil.zip', zipSync({ 'manifest.json': manifest({}), 'kollab.db': db, '../../outside.txt': strToU8('x') }), 'transfer.badEntry'],
      ['future.zip', zipSync({ 'manifest.json': manifest({ schemaVersion: 999, appVersion: '7.0.0' }), 'kollab.db': db }), 'transfer.newer'],
      ['broken.zip', zipSync({ 'manifest.json': manifest({}), 'kollab.db': strToU8('not a database at all, just text'.repeat(10)) }), 'workspaceFile.notDatabase'],
    ];
    for (const [name, bytes, key] of cases) {
      const res = await r.dispatch('workspace.import', { fileId: await upload(r, name, bytes) });
      expect(res.ok, name).toBe(false);
      if (!res.ok) {
        expect(res.error.key, name).toBe(key);
        expect(res.error.params?.file, name).toBe(name);
      }
    }
    expect(names(r)).toEqual(['Bleibt']);
    expect(fs.existsSync(path.join(r.dir, '..', 'outside.txt'))).toBe(false);
    expect(listBackups(r.dir).filter((b) => b.reason === 'transfer')).toEqual([]);
  });
});
