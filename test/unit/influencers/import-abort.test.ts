/**
 * Issue 9: a spreadsheet import that fails or is killed half-way leaves nothing of itself — not one staged person,
 * channel, rejected row or change record — and the workspace starts as before. (Its chunks were committed: the
 * import publishes its people only in its final transaction, and a running batch is discarded at start-up.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it, inject } from 'vitest';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { openWorkerConnection } from '../../../src/main/db/connection';
import { commitImport } from '../../../src/main/influencers/import-commit';
import { previewImport } from '../../../src/main/influencers/transfer';
import { tempDir } from '../../helpers/tmp';
import { integrityOf } from '../../helpers/crash';
import { bigSheet } from './big-sheet';

let cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

const n = (r: RunningCore, sql: string) => r.core.db.$client.prepare(sql).pluck().get() as number;

/** What an import could leave behind, and the people the user has. */
function state(r: RunningCore) {
  return {
    integrity: integrityOf(r.core.dbFile),
    people: n(r, 'SELECT count(*) FROM influencers'),
    channels: n(r, 'SELECT count(*) FROM channels'),
    snapshots: n(r, 'SELECT count(*) FROM channel_snapshots'),
    batches: n(r, "SELECT count(*) FROM import_batches WHERE kind = 'influencers'"),
    rejects: n(r, 'SELECT count(*) FROM import_rejects'),
    changes: n(r, 'SELECT count(*) FROM influencer_import_changes'),
  };
}

async function workspaceWithOnePerson(dir: string): Promise<RunningCore> {
  const r = await createCore({ dataDir: dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle') });
  const env = await r.dispatch('influencers.create', { name: 'Bestand', channels: [{ platform: 'tiktok', handle: 'bestand', followers: 5000 }] });
  expect(env.ok).toBe(true);
  return r;
}

describe('an influencer import that does not finish', () => {
  it('failing after some chunks were committed: nothing of it is left', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const r = await workspaceWithOnePerson(t.dir);
    cleanups.push(() => r.close());
    const before = state(r);
    const bytes = new Uint8Array(bigSheet(3_000));
    const db = openWorkerConnection(r.core.dbFile);
    cleanups.push(() => void db.$client.close());
    const file = { fileName: 'creators.csv', bytes };
    const { mapping } = await previewImport(db, file, { locale: 'auto' });
    let chunks = 0;
    let stagedSeen = 0;
    await expect(
      commitImport(db, file, { mapping, locale: 'auto', duplicates: [], acceptHeld: false }, {
        afterChunk: () => {
          stagedSeen = n(r, 'SELECT count(*) FROM influencers WHERE staged_batch_id IS NOT NULL'); // committed, seen by the UI's connection
          if (++chunks === 3) throw new Error('disk unplugged');
        },
      }),
    ).rejects.toThrow('disk unplugged');
    expect(stagedSeen).toBeGreaterThan(0);
    expect(state(r)).toEqual(before);
  }, 120_000);

  it('killed (SIGKILL) after its first chunks: the next start-up discards it', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const r = await workspaceWithOnePerson(t.dir);
    const before = state(r);
    await r.close();
    const sheet = path.join(t.dir, 'sheet.csv');
    fs.writeFileSync(sheet, bigSheet(3_000));
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(__dirname, '../../helpers/influencer-import-child.ts'), t.dir, sheet], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d) => String(d).includes('staged') && child.kill('SIGKILL'));
      child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`child ended with ${code}: ${err.slice(0, 500)}`))));
    });
    // What the kill left: a running batch with committed, staged people.
    const left = openWorkerConnection(path.join(t.dir, 'kollab.db'));
    expect(left.$client.prepare("SELECT count(*) FROM import_batches WHERE kind = 'influencers' AND status = 'running'").pluck().get()).toBe(1);
    expect(left.$client.prepare('SELECT count(*) FROM influencers WHERE staged_batch_id IS NOT NULL').pluck().get()).toBeGreaterThan(0);
    left.$client.close();

    const again = await createCore({ dataDir: t.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle') });
    cleanups.push(() => again.close());
    expect(state(again)).toEqual(before);
    const list = await again.dispatch('influencers.list', { limit: 5 });
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  }, 120_000);
});
