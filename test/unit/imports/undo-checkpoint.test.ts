/**
 * Issue 12: the undo of a shop import does not copy the WAL into the database file inside its commit (a
 * checkpoint there made the user wait for megabytes of writes after a large import); the checkpoint runs off the
 * main thread once the background delete is done, and the automatic checkpoint is on again afterwards.
 * On a real SQLite file; the WAL's state is read from its wal-index (the -shm file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { call, importFile } from '../redemptions/helpers';
import { whenPurged } from '../../../src/main/imports/purge';
import type { CampaignSummary } from '../../../src/shared/contract';
import { campaign, card } from '../insights/fixture';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const HEADER = 'Name,Email,Financial Status,Currency,Subtotal,Total,Discount Code,Discount Amount,Created at,Cancelled at,Refunded Amount';

/** WAL frames not yet copied into the database: the wal-index header's mxFrame less the checkpoint's nBackfill. */
function walPending(dir: string): number {
  const b = fs.readFileSync(path.join(dir, 'kollab.db-shm')).subarray(0, 136);
  return b.readUInt32LE(16) - b.readUInt32LE(96);
}

describe('undo of a shop import and the WAL checkpoint', () => {
  it('does not checkpoint in the undo or its delete; one checkpoint afterwards, off the main thread', async () => {
    const t = await testCore('empty');
    cleanups.push(t.dispose);
    const db = t.core.db;
    const c = db.$client;
    await call(t, 'settings.update', { timeZone: 'Europe/Berlin', kpiWindowDays: 30 });
    const k = campaign(db, { start: '2026-03-01', end: '2026-03-31' });
    const a = card(db, k);
    const orders = Array.from({ length: 40 }, (_, i) => `#${i + 1},c${i}@example.com,paid,EUR,30.00,30.00,${a.code},0,2026-03-${String(2 + (i % 20)).padStart(2, '0')} 10:00:00 +0100,,0.00`);
    const imp = await importFile(t, 'orders.csv', Buffer.from([HEADER, ...orders].join('\n')), 'redemptions.import');
    expect(imp.status).toBe('done');
    const revenue = async () => (await call<CampaignSummary>(t, 'kpis.campaign', { campaignId: k })).totals.revenueMinor;
    expect(await revenue()).toBe(40 * 3_000);

    // the import's own checkpoint runs in a quiet worker after it; a checkpoint here meanwhile would find it busy
    await expect.poll(() => walPending(t.dir)).toBe(0);
    await expect.poll(() => c.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(0);
    // every commit on this connection would checkpoint (as after a large import, whose WAL the next commit copies)
    c.pragma('wal_autocheckpoint = 1');
    c.pragma('wal_checkpoint(TRUNCATE)');
    expect(walPending(t.dir)).toBe(0);
    await call(t, 'imports.undo', { id: imp.batchId });
    // committed: the figures are back, but the undo's pages are still in the WAL only
    expect(await revenue()).toBe(0);
    expect(walPending(t.dir)).toBeGreaterThan(0);
    expect(c.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // a user's write meanwhile commits without a checkpoint either
    await call(t, 'campaigns.update', { id: k, name: 'Renamed meanwhile' });
    expect(walPending(t.dir)).toBeGreaterThan(0);

    expect(await whenPurged(db)).toBe(40);
    // after the delete: one checkpoint (in a worker) copies everything, then the setting is back
    await expect.poll(() => walPending(t.dir)).toBe(0);
    await expect.poll(() => c.pragma('wal_autocheckpoint', { simple: true })).toBe(1);
    expect(await revenue()).toBe(0);
  });
});
