/**
 * Publishing an import with the roll-up prepared outside the write lock (insights/rollup-publish.ts): the prepared
 * rows equal a recompute after the publish; a commit by another connection in between (the user's write while the
 * job waited for the lock) that changes what the roll-up is computed from makes them stale (kpi_inputs_version,
 * migration 0017), so the caller prepares again or recomputes — and one that does not (a person added, a card
 * moved, another setting) leaves them current. Real SQLite file, two connections like the import worker and the
 * main thread.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/connection';
import { openWorkerConnection } from '../../../src/main/db/connection';
import { refreshRollups } from '../../../src/main/insights/rollups';
import { applyPublish, preparedIsCurrent, preparePublish } from '../../../src/main/insights/rollup-publish';
import { updateSettings } from '../../../src/main/settings/service';
import { createInfluencer } from '../../../src/main/influencers/edit';
import { addCode, removeCode } from '../../../src/main/collaborations/codes';
import { contract } from '../../../src/shared/contract';
import { campaign, card, kpiDb, order, post } from './fixture';

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
  // an order with a code nobody holds yet, and #1 linked to a's code as an import links it
  order(db, { orderId: '#5', code: 'LATEEXTRA', collaborationId: null, at: '2026-03-07T10:00:00Z', total: 2_500 });
  db.$client.prepare("UPDATE redemptions SET voucher_code_id = (SELECT id FROM voucher_codes WHERE code_norm = ?) WHERE order_id = '#1'").run(a.code);
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
      expect(preparedIsCurrent(worker, prepared)).toBe(true);
      publish(worker, batch);
      applyPublish(worker, prepared);
    })();
    const applied = snapshot(db);
    expect(applied).not.toEqual(before);
    refreshRollups(db);
    expect(snapshot(db)).toEqual(applied);
  });

  it('is stale when another connection changed what it is computed from, and a fresh preparation applies', () => {
    const { k, batch } = workspace();
    const prepared = preparePublish(worker, batch);
    // the user moves the campaign's end while the job waits for the lock: the totals' window changed
    db.$client.prepare("UPDATE campaigns SET end_date = '2026-03-20' WHERE id = ?").run(k);
    worker.$client.transaction(() => expect(preparedIsCurrent(worker, prepared)).toBe(false))();
    // a fresh preparation after that commit applies, and gives what a recompute gives
    const again = preparePublish(worker, batch);
    worker.$client.transaction(() => {
      expect(preparedIsCurrent(worker, again)).toBe(true);
      publish(worker, batch);
      applyPublish(worker, again);
    })();
    const applied = snapshot(db);
    refreshRollups(db);
    expect(snapshot(db)).toEqual(applied);
  });

  // What the roll-up and its totals read (queries/rollups.ts, queries/totals.ts): the visible orders' attributed
  // columns, the batches' status, leak decisions, each card's campaign and that campaign's dates, the time zone and
  // the window. Everything else the user does meanwhile leaves the prepared rows as they are.
  const relevant: [string, (w: ReturnType<typeof workspace>) => void][] = [
    ['a code added to a card (links stored orders)', () => addCode(db, { collaborationId: card(db, campaign(db, { name: 'Other' })).collaborationId, code: 'LATEEXTRA', discountDescription: '' })],
    ['a code removed (unlinks its orders)', () => removeCode(db, db.$client.prepare("SELECT voucher_code_id FROM redemptions WHERE order_id = '#1'").pluck().get() as number)],
    ['an order changed by another import', () => db.$client.prepare("UPDATE redemptions SET refunded_minor = 500 WHERE order_id = '#2'").run()],
    ['an attributed order deleted (the start-up fix-up of shop spellings does)', () => db.$client.prepare("DELETE FROM redemptions WHERE order_id = '#2'").run()],
    ['a leak included', () => db.$client.prepare("INSERT INTO kpi_leak_decisions (shop, order_id, code_norm) SELECT shop, order_id, code_norm FROM redemptions WHERE order_id = '#4'").run()],
    ["a campaign's start moved", ({ k }) => db.$client.prepare("UPDATE campaigns SET start_date = '2026-02-01' WHERE id = ?").run(k)],
    ['a card moved to another campaign', () => db.$client.prepare('UPDATE collaborations SET campaign_id = ? WHERE id = (SELECT min(id) FROM collaborations)').run(campaign(db, { name: 'Moved' }))],
    ['a card deleted', () => db.$client.prepare('DELETE FROM collaborations WHERE id = (SELECT max(id) FROM collaborations)').run()],
    ['the KPI window', () => updateSettings(db, { kpiWindowDays: 7 })],
    ['the time zone', () => updateSettings(db, { timeZone: 'America/New_York' })],
    ['an earlier import undone', () => db.$client.prepare("INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, shop, status) VALUES ('redemptions', 'e.csv', 'e', 1, 'shopify', 'shop', 'done')").run() && db.$client.prepare("UPDATE import_batches SET status = 'undone' WHERE file_name = 'e.csv'").run()],
  ];
  it.each(relevant)('is stale after %s', (_name, change) => {
    const w = workspace();
    const prepared = preparePublish(worker, w.batch);
    change(w);
    worker.$client.transaction(() => expect(preparedIsCurrent(worker, prepared)).toBe(false))();
  });

  const unrelated: [string, (w: ReturnType<typeof workspace>) => void][] = [
    ['a person added', () => createInfluencer(db, contract['influencers.create'].input.parse({ name: 'Added meanwhile' }))],
    ['a card moved on the board', () => db.$client.prepare('UPDATE collaborations SET position = position + 1, fee_minor = 12_300').run()],
    ["a post's figures", () => post(db, db.$client.prepare('SELECT min(id) FROM collaborations').pluck().get() as number, { reach: 5_000, clicks: 40 })],
    ["a campaign's name", ({ k }) => db.$client.prepare("UPDATE campaigns SET name = 'Renamed' WHERE id = ?").run(k)],
    ['the brand name and the attribution mode (both modes are stored)', () => updateSettings(db, { brandName: 'Renamed brand', kpiAttribution: 'firstCode' })],
    [
      "an undone import's rows purged",
      () => {
        const undone = Number(db.$client.prepare("INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, shop, status) VALUES ('redemptions', 'u.csv', 'u', 1, 'shopify', 'shop', 'undone')").run().lastInsertRowid);
        const cid = db.$client.prepare('SELECT min(id) FROM collaborations').pluck().get();
        db.$client
          .prepare("INSERT INTO redemptions (shop, order_id, code_norm, collaboration_id, ordered_at, ordered_at_utc, currency, total_minor, refunded_minor, status, batch_id) VALUES ('shop', '#9', 'X', ?, '2026-03-09', '2026-03-09T10:00:00Z', 'EUR', 100, 0, 'paid', ?)")
          .run(cid, undone);
        db.$client.prepare('DELETE FROM redemptions WHERE batch_id = ?').run(undone);
      },
    ],
    ['an unattributed order changed', () => db.$client.prepare("UPDATE redemptions SET refunded_minor = 100 WHERE order_id = '#5'").run()],
    ['a spreadsheet import finishing', () => db.$client.prepare("INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, status) VALUES ('influencers', 's.csv', 's', 1, 'csv', 'running')").run() && db.$client.prepare("UPDATE import_batches SET status = 'done' WHERE kind = 'influencers'").run()],
  ];
  it.each(unrelated)('stays current after %s, and applies what a recompute gives', (_name, change) => {
    const w = workspace();
    const prepared = preparePublish(worker, w.batch);
    change(w);
    worker.$client.transaction(() => {
      expect(preparedIsCurrent(worker, prepared)).toBe(true);
      publish(worker, w.batch);
      applyPublish(worker, prepared);
    })();
    const applied = snapshot(db);
    refreshRollups(db);
    expect(snapshot(db)).toEqual(applied);
  });
});
