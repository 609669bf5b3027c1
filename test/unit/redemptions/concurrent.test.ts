/**
 * Issue 9: a large import runs in the worker while the user keeps writing through the dispatcher. Every user
 * write must succeed; the measured latencies are printed (the 200 ms limit is checked in bench/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { generate } from '../../../bench/redemptions';
import { call, count, upload, type T } from './helpers';

let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

const ROWS = Number(process.env.KOLLAB_CONCURRENT_ROWS ?? 200_000);

describe('user writes during a large import', () => {
  it(`succeed while ${ROWS} rows are imported, and the batch is whole`, async () => {
    const file = path.join(t.dir, 'big.csv');
    const gen = generate(file, ROWS, ['LISA10', 'MAX15'], { oneOrderPerRow: true });
    const fileId = await upload(t, 'big.csv', fs.readFileSync(file));
    fs.rmSync(file);
    const { jobId } = await call<{ jobId: string }>(t, 'redemptions.import', {
      fileId,
      format: 'shopify',
      shop: 'Big',
      mapping: { orderId: '', orderedAt: '', code: '', total: '', subtotal: '', discount: '', currency: '', status: '', refunded: '' },
    });
    let done = false;
    const finished = t.core.jobs.wait(jobId).finally(() => (done = true));
    const latencies: number[] = [];
    let i = 0;
    while (!done) {
      const s = performance.now();
      const r = await t.dispatch('influencers.create', { name: `During import ${i++}` });
      latencies.push(performance.now() - s);
      expect(r.ok).toBe(true);
      await new Promise((res) => setTimeout(res, 25)); // the user's pace, not a wait for a result
    }
    await finished;
    const sorted = [...latencies].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]?.toFixed(1);
    console.log(`user writes during import of ${ROWS} rows: n=${sorted.length} p50=${q(0.5)} ms p95=${q(0.95)} ms max=${sorted.at(-1)?.toFixed(1)} ms`);
    expect(latencies.length).toBeGreaterThan(3);
    expect(count(t, "SELECT count(*) FROM influencers WHERE name LIKE 'During import %'")).toBe(latencies.length);
    expect(count(t, "SELECT count(*) FROM redemptions WHERE shop = 'big'")).toBe(gen.coded);
    expect(count(t, "SELECT count(*) FROM import_batches WHERE status = 'done'")).toBe(1);
  }, 600_000);
});
