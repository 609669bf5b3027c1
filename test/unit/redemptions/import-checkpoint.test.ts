/**
 * Issue 11: while a shop import writes its chunks, the WAL is copied back into the database file by the import
 * itself (outside the write lock), not by whichever commit finds it over 1,000 pages — that used to be the
 * import's own chunk (lock held) or the user's next write. The main connection's automatic checkpoint is held
 * for the job's run and is back afterwards, with the WAL copied. Chunk sizes follow whether the user's writes wait.
 * On a real SQLite file; the WAL's state is read from its wal-index (the -shm file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testCore } from '../../helpers/core';
import { call, fullMapping, upload } from './helpers';
import { nextChunkSize } from '../../../src/main/redemptions/run';
import type { FileInspection } from '../../../src/shared/contract';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const HEADER = 'Name,Email,Financial Status,Currency,Subtotal,Total,Discount Code,Discount Amount,Created at,Cancelled at,Refunded Amount';

function walPending(dir: string): number {
  const b = fs.readFileSync(path.join(dir, 'kollab.db-shm')).subarray(0, 136);
  return b.readUInt32LE(16) - b.readUInt32LE(96);
}

describe('shop import and the WAL checkpoint', () => {
  it('holds the main connection’s automatic checkpoint while the import runs, then copies the WAL and restores it', async () => {
    const t = await testCore('empty');
    cleanups.push(t.dispose);
    const c = t.core.db.$client;
    c.pragma('wal_autocheckpoint = 7');
    const orders = Array.from({ length: 300 }, (_, i) => `#${i + 1},c${i}@example.com,paid,EUR,30.00,30.00,CODE${i % 5},0,2026-03-${String(2 + (i % 20)).padStart(2, '0')} 10:00:00 +0100,,0.00`);
    const fileId = await upload(t, 'orders.csv', Buffer.from([HEADER, ...orders].join('\n')));
    const inspection = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
    const { jobId } = await call<{ jobId: string }>(t, 'redemptions.import', { fileId, format: inspection.format, shop: 'Shop', mapping: fullMapping(inspection.mapping), assign: [] });
    // the job is running: the user's commits on this connection do not copy the WAL meanwhile
    expect(c.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await t.core.jobs.wait(jobId);
    expect(Number(c.prepare("SELECT count(*) FROM import_batches WHERE status = 'done'").pluck().get())).toBe(1);
    await expect.poll(() => c.pragma('wal_autocheckpoint', { simple: true })).toBe(7);
    await expect.poll(() => walPending(t.dir)).toBe(0);
  });

  it('has the WAL copied back by a quiet worker while it goes on writing (a checkpoint every ~20,000 orders)', async () => {
    const t = await testCore('empty');
    cleanups.push(t.dispose);
    // each checkpoint asked of a quiet worker, and whether the import was still running then
    const duringImport: boolean[] = [];
    const run = t.core.jobs.run.bind(t.core.jobs);
    vi.spyOn(t.core.jobs, 'run').mockImplementation((kind, params) => {
      if (kind === 'workspace.checkpoint') duringImport.push(t.core.jobs.list().length > 0);
      return run(kind, params);
    });
    const orders = Array.from({ length: 45_000 }, (_, i) => `#${i + 1},c${i}@example.com,paid,EUR,30.00,30.00,CODE${i % 5},0,2026-03-${String(2 + (i % 20)).padStart(2, '0')} 10:00:00 +0100,,0.00`);
    const fileId = await upload(t, 'orders.csv', Buffer.from([HEADER, ...orders].join('\n')));
    const inspection = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
    const { jobId } = await call<{ jobId: string }>(t, 'redemptions.import', { fileId, format: inspection.format, shop: 'Shop', mapping: fullMapping(inspection.mapping), assign: [] });
    await t.core.jobs.wait(jobId);
    // asked for by the job while it ran (two at 45,000 orders, unless the first was still running), and once after it
    expect(duringImport.filter(Boolean).length).toBeGreaterThanOrEqual(1);
    await expect.poll(() => duringImport.filter((x) => !x).length).toBe(1);
    expect(Number(t.core.db.$client.prepare('SELECT count(*) FROM redemptions').pluck().get())).toBe(45_000);
    await expect.poll(() => walPending(t.dir)).toBe(0);
  });

  it('sizes chunks for the user’s waiting writes, larger while nobody waits', () => {
    // contended: about 50 ms a chunk; a chunk far too long is scaled down at once, not halved step by step
    expect(nextChunkSize(1000, 40, true)).toBe(1000);
    expect(nextChunkSize(8000, 400, true)).toBe(1000);
    expect(nextChunkSize(1000, 10, true)).toBe(2000);
    // nobody waiting: chunks grow up to about 100 ms
    expect(nextChunkSize(1000, 30, false)).toBe(2000);
    expect(nextChunkSize(4000, 80, false)).toBe(4000);
    expect(nextChunkSize(4000, 300, false)).toBe(Math.floor((4000 * 100) / 300));
  });
});
