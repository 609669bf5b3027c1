/**
 * Publishing an import with the roll-up prepared outside the write lock (insights/rollup-publish.ts): the prepared
 * rows equal a recompute after the publish, and a commit by another connection in between (the user's write while
 * the job waited for the lock) makes the apply step refuse, so the caller recomputes. Real SQLite file, two
 * connections like the import worker and the main thread.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/connection';
import { openWorkerConnection } from '../../../src/main/db/connection';
import { refreshRollups } from '../../../src/main/insights/rollups';
import { applyPublish, preparePublish } from '../../../src/main/insights/rollup-publish';
import { updateSettings } from '../../../src/main/settings/service';
import { campaign, card, kpiDb, order } from './fixture';

let db: Db;
let worker: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = kpiDb());
  updateSettings(db, { timeZone: 'Europe/Berlin', kpiWindowDays: 30 });
  worker = openWorkerConnection(db.$client.name);
});
afterEach(() => {
  worker.$client.close();
  cleanup();
});

const TABLES = ['kpi_rollups', 'kpi_sales_totals', 'kpi_sales_weeks', 'kpi_sales_weeks_all'];
function snapshot(d: Db): string[][] {
  return TABLES.map((table) =>
    d.$client
      .prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4`)
      .all()
      .map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v))),
  );
}

/** Two cards with orders, then a running batch adding orders to both (one shared with a stored order). */
function workspace(cards = 2) {
  const k = campaign(db);
  const all = Array.from({ length: cards }, () => card(db, k));
  const [a, b] = all;
  order(db, { orderId: '#1', code: a.code, collaborationId: a.collaborationId, at: '2026-03-05T10:00:00Z', total: 3_000 });
  order(db, { orderId: '#2', code: b.code, collaborationId: b.collaborationId, at: '2026-03-31T22:30:00Z', total: 4_000 });
  refreshRollups(db);
  const batch = Number(
    db.$client
      .prepare("INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, shop, status) VALUES ('redemptions', 'f.csv', 'h', 1, 'shopify', 'shop', 'running')")
      .run().lastInsertRowid,
  );
  const add = (orderId: string, code: string, cid: number, at: string, total: number) =>
    db.$client
      .prepare(
        `INSERT INTO redemptions (shop, order_id, code_norm, collaboration_id, ordered_at, ordered_at_utc, currency, total_minor, refunded_minor, status, batch_id)
         VALUES ('shop', ?, ?, ?, ?, ?, 'EUR', ?, 0, 'paid', ?)`,
      )
      .run(orderId, code, cid, at, at, total, batch);
  add('#1', b.code, b.collaborationId, '2026-03-05T10:00:00Z', 3_000); // b's code on a's stored order: split
  add('#3', a.code, a.collaborationId, '2026-04-02T09:00:00Z', 1_100);
  add('#4', b.code, b.collaborationId, '2026-02-20T09:00:00Z', 900); // before the start: a leak
  return { k, batch };
}

function publish(d: Db, batch: number) {
  d.$client.prepare("UPDATE import_batches SET status = 'done' WHERE id = ?").run(batch);
}

describe('roll-up of an import prepared outside the lock', () => {
  // 2 of 6 cards touched: a partial refresh; 2 of 2: everything
  it.each([6, 2])('swaps in the same rows a recompute gives (%i cards)', (cards) => {
    const { batch } = workspace(cards);
    const before = snapshot(db);
    const prepared = preparePublish(worker, batch);
    // preparing wrote nothing the workspace sees
    expect(snapshot(db)).toEqual(before);
    expect(prepared.ids === null).toBe(cards === 2);
    worker.$client.transaction(() => {
      publish(worker, batch);
      expect(applyPublish(worker, prepared)).toBe(true);
    })();
    const applied = snapshot(db);
    expect(applied).not.toEqual(before);
    refreshRollups(db);
    expect(snapshot(db)).toEqual(applied);
  });

  it('refuses when another connection committed in between, so the publish recomputes', () => {
    const { k, batch } = workspace();
    const prepared = preparePublish(worker, batch);
    // the user moves the campaign's end while the job waits for the lock: the totals' window changed
    db.$client.prepare("UPDATE campaigns SET end_date = '2026-03-20' WHERE id = ?").run(k);
    worker.$client.transaction(() => {
      publish(worker, batch);
      expect(applyPublish(worker, prepared)).toBe(false);
    })();
    // a fresh preparation after that commit applies, and gives what a recompute gives
    const again = preparePublish(worker, batch);
    worker.$client.transaction(() => expect(applyPublish(worker, again)).toBe(true))();
    const applied = snapshot(db);
    refreshRollups(db);
    expect(snapshot(db)).toEqual(applied);
  });
});
