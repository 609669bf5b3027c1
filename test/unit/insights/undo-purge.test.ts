/**
 * Undo of a shop import as the user sees it: one short transaction marks the batch 'undone' (its orders leave every
 * reader and the KPI roll-up by difference), and the rows are deleted afterwards in chunks (imports/purge.ts).
 * Checked on real SQLite files: figures right at once, roll-up and totals equal to a full recompute, a write between
 * two chunks, the app killed before the delete (start-up finishes it), and a re-import while rows are left.
 */
import { afterEach, describe, expect, it, inject } from 'vitest';
import { createCore } from '../../../src/main/core/context';
import { testCore } from '../../helpers/core';
import { call, fullMapping, importFile, runJob, upload, type T } from '../redemptions/helpers';
import { refreshRollups } from '../../../src/main/insights/rollups';
import { purgeUndoneBatches, schedulePurge, undoneRowsLeft, whenPurged } from '../../../src/main/imports/purge';
import type { Db } from '../../../src/main/db/connection';
import type { CampaignSummary, FileInspection, KnownShop } from '../../../src/shared/contract';
import { campaign, card } from './fixture';

const HEADER = 'Name,Email,Financial Status,Currency,Subtotal,Total,Discount Code,Discount Amount,Created at,Cancelled at,Refunded Amount';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** The maintained KPI tables, then the same after a full rebuild: equal (what undo by difference must keep). */
function expectRecomputeEqual(db: Db) {
  const c = db.$client;
  const snap = () =>
    ['kpi_rollups', 'kpi_sales_totals', 'kpi_sales_weeks', 'kpi_sales_weeks_all'].map((table) =>
      c
        .prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4`)
        .all()
        .map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v))),
    );
  const kept = snap();
  refreshRollups(db);
  expect(kept).toEqual(snap());
}

async function workspace(t: T) {
  const db = t.core.db;
  await call(t, 'settings.update', { timeZone: 'Europe/Berlin', kpiWindowDays: 30 });
  const k = campaign(db, { start: '2026-03-01', end: '2026-03-31' });
  const a = card(db, k);
  const b = card(db, k);
  const first = [
    HEADER,
    `#1,a@example.com,paid,EUR,30.00,30.00,${a.code},0,2026-03-02 10:00:00 +0100,,0.00`,
    `#2,b@example.com,paid,EUR,40.00,40.00,"${a.code}, ${b.code}",0,2026-03-10 10:00:00 +0100,,0.00`,
  ].join('\n');
  expect((await importFile(t, 'first.csv', Buffer.from(first), 'redemptions.import')).status).toBe('done');
  // the second batch adds three orders (one shared by both cards) and refunds #1 in part
  const second = [
    HEADER,
    `#1,a@example.com,partially_refunded,EUR,30.00,30.00,${a.code},0,2026-03-02 10:00:00 +0100,,5.00`,
    `#3,c@example.com,paid,EUR,11.00,11.00,${a.code},0,2026-03-12 10:00:00 +0100,,0.00`,
    `#4,d@example.com,paid,EUR,21.00,21.00,"${b.code}, ${a.code}",0,2026-03-31 23:30:00 +0200,,0.00`,
    `#5,e@example.com,paid,EUR,50.00,50.00,${b.code},0,2026-02-20 10:00:00 +0100,,0.00`,
  ].join('\n');
  const revenue = async () => (await call<CampaignSummary>(t, 'kpis.campaign', { campaignId: k })).totals;
  const before = await revenue();
  // 30 + 40 = 70 € in the window
  expect(before.revenueMinor).toBe(7_000);
  const imp = await importFile(t, 'second.csv', Buffer.from(second), 'redemptions.import');
  expect(imp.status).toBe('done');
  // 25 (refunded 5) + 40 + 11 + 21 = 97 €; #5 (20 Feb) is a leak of 50 €
  const during = await revenue();
  expect([during.revenueMinor, during.leaks.revenueMinor]).toEqual([9_700, 5_000]);
  return { k, batchId: imp.batchId!, second, revenue, before };
}

describe('undo of a shop import: mark now, delete in chunks after', () => {
  it('takes the figures back in the undo itself, deletes the rows afterwards, and keeps the KPI tables equal to a recompute', async () => {
    const t = await testCore('empty');
    cleanups.push(t.dispose);
    const db = t.core.db;
    const { batchId, revenue, before } = await workspace(t);
    const rows = () => db.$client.prepare('SELECT count(*) FROM redemptions WHERE batch_id = ?').pluck().get(batchId);

    const shopOrders = async () => (await call<{ shops: KnownShop[] }>(t, 'redemptions.shops', {})).shops.map((s) => s.orders);
    // #1–#5
    expect(await shopOrders()).toEqual([5]);

    const undo = await call<{ removed: number; restored: number }>(t, 'imports.undo', { id: batchId });
    // three new orders, #4 with two codes: four rows
    expect(undo).toEqual({ id: batchId, removed: 4, restored: 1 });
    // the rows are still stored (the delete has not run yet), but no figure counts them
    expect(rows()).toBe(4);
    expect(undoneRowsLeft(db)).toBe(true);
    expect(await revenue()).toEqual(before);
    expectRecomputeEqual(db);
    // the known shops count the undone batch's orders no more, although its rows are still stored: #1 and #2
    expect(await shopOrders()).toEqual([2]);
    // the background delete, a few turns of the event loop later; nothing changed for the figures
    expect(await whenPurged(db)).toBe(4);
    expect(rows()).toBe(0);
    expect(undoneRowsLeft(db)).toBe(false);
    expect(await revenue()).toEqual(before);
    expectRecomputeEqual(db);
    expect(await shopOrders()).toEqual([2]);
  });

  it('deletes one chunk per turn of the event loop, so a write in between runs', async () => {
    const t = await testCore('empty');
    cleanups.push(t.dispose);
    const db = t.core.db;
    const { batchId } = await workspace(t);
    const rows = () => db.$client.prepare('SELECT count(*) FROM redemptions WHERE batch_id = ?').pluck().get(batchId);
    await call(t, 'imports.undo', { id: batchId });
    expect(rows()).toBe(4);
    expect(purgeUndoneBatches(db)).toBe(4);
    expect(rows()).toBe(0);
    expect(await whenPurged(db)).toBe(0); // the undo's own background delete found nothing left
    // two more rows of the undone batch, deleted with chunks of one row
    const k = campaign(db, { name: 'Other' });
    const c = card(db, k);
    db.$client
      .prepare(
        `INSERT INTO redemptions (shop, order_id, code_norm, collaboration_id, ordered_at, ordered_at_utc, currency, total_minor, refunded_minor, status, batch_id)
         VALUES ('shop', ?, ?, ?, '2026-03-05T10:00:00Z', '2026-03-05T10:00:00Z', 'EUR', 100, 0, 'paid', ?)`,
      )
      .run('#9', c.code, c.collaborationId, batchId);
    db.$client
      .prepare(
        `INSERT INTO redemptions (shop, order_id, code_norm, collaboration_id, ordered_at, ordered_at_utc, currency, total_minor, refunded_minor, status, batch_id)
         VALUES ('shop', ?, ?, ?, '2026-03-05T10:00:00Z', '2026-03-05T10:00:00Z', 'EUR', 100, 0, 'paid', ?)`,
      )
      .run('#10', c.code, c.collaborationId, batchId);
    const purge = schedulePurge(db, 1);
    await new Promise((r) => setImmediate(r));
    // one chunk deleted; the user's write goes through before the next one
    expect(rows()).toBe(1);
    await call(t, 'campaigns.update', { id: k, name: 'Renamed while deleting' });
    expect(rows()).toBe(1);
    expect(await purge).toBe(2);
    expect(rows()).toBe(0);
  });

  it('finishes the delete at start-up when the app stopped before it, and purges before a new import', async () => {
    const t = await testCore('empty');
    cleanups.push(t.dispose);
    const { batchId, second, before } = await workspace(t);
    await call(t, 'imports.undo', { id: batchId });
    // the app is killed before the background delete ran: the rows are still in the file
    await t.close();
    const again = await createCore({ dataDir: t.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle') });
    const db = again.core.db;
    expect(db.$client.prepare('SELECT count(*) FROM redemptions WHERE batch_id = ?').pluck().get(batchId)).toBe(0);
    expectRecomputeEqual(db);
    const t2 = { ...again, dir: t.dir, dispose: () => again.close() } as T;
    const k = db.$client.prepare('SELECT id FROM campaigns LIMIT 1').pluck().get() as number;
    expect((await call<CampaignSummary>(t2, 'kpis.campaign', { campaignId: k })).totals).toEqual(before);

    // a new import while rows of an undone batch are still stored purges them first: otherwise the left-over rows
    // would stand for orders #3-#5 of the file (four rows) and the import would store none of them
    const imp = await importFile(t2, 'second-again.csv', Buffer.from(second), 'redemptions.import');
    expect([imp.status, imp.report?.inserted]).toEqual(['done', 4]);
    const fileId = await upload(t2, 'second-third.csv', Buffer.from(second));
    const inspection = await call<FileInspection>(t2, 'redemptions.inspect', { fileId });
    await call(t2, 'imports.undo', { id: imp.batchId! });
    // (no turn of the event loop since the undo: its background delete has not run)
    expect(undoneRowsLeft(db)).toBe(true);
    const third = await runJob(t2, 'redemptions.import', { fileId, format: inspection.format, shop: inspection.shop || 'Shop', mapping: fullMapping(inspection.mapping) });
    expect([third.status, third.report?.inserted]).toEqual(['done', 4]);
    expect((await call<CampaignSummary>(t2, 'kpis.campaign', { campaignId: k })).totals.revenueMinor).toBe(9_700);
    expectRecomputeEqual(db);
    await again.close();
  });

  it('keeps the split right when the undone batch only added a code to stored orders (one of them an included leak)', async () => {
    const t = await testCore('empty');
    cleanups.push(t.dispose);
    const db = t.core.db;
    await call(t, 'settings.update', { timeZone: 'Europe/Berlin', kpiWindowDays: 30 });
    const k = campaign(db, { start: '2026-03-01', end: '2026-03-31' });
    const a = card(db, k);
    const b = card(db, k);
    const first = [
      HEADER,
      `#1,a@example.com,paid,EUR,30.00,30.00,${a.code},0,2026-03-02 10:00:00 +0100,,0.00`,
      `#7,g@example.com,paid,EUR,60.00,60.00,${a.code},0,2026-03-05 10:00:00 +0100,,0.00`,
      `#8,h@example.com,paid,EUR,10.00,10.00,${a.code},0,2026-02-20 10:00:00 +0100,,0.00`,
    ].join('\n');
    expect((await importFile(t, 'first.csv', Buffer.from(first), 'redemptions.import')).status).toBe('done');
    // #8 lies before the campaign: the user includes it
    const leak = db.$client.prepare("SELECT id FROM redemptions WHERE order_id = '#8'").pluck().get() as number;
    await call(t, 'kpis.setLeakIncluded', { redemptionId: leak, included: true });
    const totals = async () => {
      const s = (await call<CampaignSummary>(t, 'kpis.campaign', { campaignId: k })).totals;
      return [s.revenueMinor, s.conversions, s.leaks.revenueMinor, s.leaks.orders];
    };
    const before = await totals();
    expect(before).toEqual([10_000, 3, 0, 0]);
    // the same orders again, #7 and #8 now with b's code too (the stored rows unchanged), and a new order #9
    const second = [
      HEADER,
      `#7,g@example.com,paid,EUR,60.00,60.00,"${a.code}, ${b.code}",0,2026-03-05 10:00:00 +0100,,0.00`,
      `#8,h@example.com,paid,EUR,10.00,10.00,"${a.code}, ${b.code}",0,2026-02-20 10:00:00 +0100,,0.00`,
      `#9,i@example.com,paid,EUR,40.00,40.00,${b.code},0,2026-03-06 10:00:00 +0100,,0.00`,
    ].join('\n');
    const imp = await importFile(t, 'second.csv', Buffer.from(second), 'redemptions.import');
    expect([imp.status, imp.report?.inserted]).toEqual(['done', 3]);
    // nothing stored was changed: the undo takes the orders' difference in one pass (rollup-delta.ts)
    expect(db.$client.prepare('SELECT count(*) FROM redemption_revisions WHERE batch_id = ?').pluck().get(imp.batchId)).toBe(0);
    // #7 split 30/30, #8: a's half (5 €) included, b's half a leak; #9 40 €
    expect(await totals()).toEqual([13_500, 3.5, 500, 0.5]);
    expectRecomputeEqual(db);
    await call(t, 'imports.undo', { id: imp.batchId });
    expect(await totals()).toEqual(before);
    expectRecomputeEqual(db);
    await whenPurged(db);
    expect(await totals()).toEqual(before);
    expectRecomputeEqual(db);
  });

  it('takes a batch of new orders only (one with two codes, one outside the window) back from its own rows', async () => {
    const t = await testCore('empty');
    cleanups.push(t.dispose);
    const db = t.core.db;
    await call(t, 'settings.update', { timeZone: 'Europe/Berlin', kpiWindowDays: 30 });
    const k = campaign(db, { start: '2026-03-01', end: '2026-03-31' });
    const a = card(db, k);
    const b = card(db, k);
    const first = [HEADER, `#1,a@example.com,paid,EUR,30.00,30.00,${a.code},0,2026-03-02 10:00:00 +0100,,0.00`].join('\n');
    expect((await importFile(t, 'first.csv', Buffer.from(first), 'redemptions.import')).status).toBe('done');
    const totals = async () => {
      const s = (await call<CampaignSummary>(t, 'kpis.campaign', { campaignId: k })).totals;
      return [s.revenueMinor, s.conversions, s.leaks.revenueMinor, s.leaks.orders];
    };
    const before = await totals();
    const second = [
      HEADER,
      `#2,b@example.com,paid,EUR,40.01,40.01,"${a.code}, ${b.code}",0,2026-03-31 23:30:00 +0200,,0.00`,
      `#3,c@example.com,paid,EUR,11.00,11.00,${b.code},0,2026-05-20 10:00:00 +0200,,0.00`,
      `#4,d@example.com,pending,EUR,9.00,9.00,${b.code},0,2026-03-20 10:00:00 +0100,,0.00`,
    ].join('\n');
    const imp = await importFile(t, 'second.csv', Buffer.from(second), 'redemptions.import');
    expect(await totals()).toEqual([7_001, 2, 1_100, 1]);
    await call(t, 'imports.undo', { id: imp.batchId });
    expect(await totals()).toEqual(before);
    expectRecomputeEqual(db);
  });
});

