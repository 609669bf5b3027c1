/** Import semantics on a real SQLite file: idempotency, later exports, undo, atomicity, assignment, leaks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { call, callError, count, importFile, makeCollab, snapshot, upload, runJob, fullMapping, type T } from './helpers';
import type { ImportBatchDetail } from '../../../src/shared/contract';
import { whenPurged } from '../../../src/main/imports/purge';

let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

const HEADER = 'Name,Financial Status,Currency,Subtotal,Total,Discount Code,Discount Amount,Created at,Lineitem name,Cancelled at,Refunded Amount';
const order = (n: number, code: string, status = 'paid', refunded = '0.00', day = '2026-03-02') =>
  `#${n},${status},EUR,50.00,54.95,${code},5.00,${day} 12:00:00 +0100,Hoodie,,${refunded}\n#${n},,,,,,,${day} 12:00:00 +0100,Socks,,`;
const shopify = (lines: string[]) => Buffer.from(`${HEADER}\n${lines.join('\n')}\n`);

describe('idempotency, later exports and undo', () => {
  const first = shopify([order(1, 'ANNA10'), order(2, 'ANNA10'), order(3, 'OTHER5'), order(4, '')]);
  const later = shopify([order(1, 'ANNA10'), order(2, 'ANNA10', 'partially_refunded', '20.00'), order(3, 'OTHER5'), order(4, ''), order(5, 'ANNA10')]);
  let anna: number;
  let firstBatch: number;
  let laterBatch: number;

  it('imports once, then the same file again adds nothing', async () => {
    anna = makeCollab(t, { name: 'Anna', code: 'anna10' });
    const a = await importFile(t, 'orders.csv', first, 'redemptions.import', { shop: 'S' });
    expect(a.report).toMatchObject({ orders: 4, inserted: 3, updated: 0, unchanged: 0, withKnownCode: 2, withUnknownCode: 1 });
    firstBatch = a.batchId!;
    const b = await importFile(t, 'orders.csv', first, 'redemptions.import', { shop: 'S' });
    expect(b.report).toMatchObject({ orders: 4, inserted: 0, updated: 0, unchanged: 3 });
    expect(count(t, "SELECT count(*) FROM redemptions WHERE shop = lower('S')")).toBe(3);
    expect(count(t, 'SELECT count(*) FROM redemptions WHERE collaboration_id = ?', anna)).toBe(2);
  });

  it('a later export with a refund updates that order, keeps the previous values and says so', async () => {
    const dry = await importFile(t, 'orders-later.csv', later, 'redemptions.dryRun', { shop: 'S' });
    expect(dry.report).toMatchObject({ inserted: 1, updated: 1, unchanged: 2 });
    const imp = await importFile(t, 'orders-later.csv', later, 'redemptions.import', { shop: 'S' });
    expect(imp.report).toMatchObject({ inserted: 1, updated: 1, unchanged: 2 });
    laterBatch = imp.batchId!;
    const r = t.core.db.$client.prepare("SELECT * FROM redemptions WHERE shop = lower('S') AND order_id = '#2'").get() as Record<string, unknown>;
    expect(r).toMatchObject({ status: 'partially_refunded', refunded_minor: 2000, batch_id: firstBatch, updated_batch_id: laterBatch });
    const rev = t.core.db.$client.prepare('SELECT before FROM redemption_revisions WHERE batch_id = ?').pluck().all(laterBatch) as string[];
    expect(rev.map((x) => JSON.parse(x))).toEqual([expect.objectContaining({ status: 'paid', refunded_minor: 0, updated_batch_id: null })]);
    const list = await call<{ id: number; counts: Record<string, number> }[]>(t, 'imports.list', { kind: 'redemptions' });
    expect(list[0]).toMatchObject({ id: laterBatch, counts: expect.objectContaining({ inserted: 1, updated: 1, unchanged: 2 }) });
  });

  it('refuses to undo a batch whose orders a later batch changed; undoes newest first and refuses twice', async () => {
    const blocked = await callError(t, 'imports.undo', { id: firstBatch });
    expect(blocked.code).toBe('CONFLICT');
    expect(blocked.message).toContain(`#${laterBatch}`);

    const undoLater = await call<{ removed: number; restored: number }>(t, 'imports.undo', { id: laterBatch });
    expect(undoLater).toMatchObject({ removed: 1, restored: 1 });
    // the undone batch's new orders are deleted in the background after the undo (imports/purge.ts)
    await whenPurged(t.core.db);
    const r = t.core.db.$client.prepare("SELECT status, refunded_minor, updated_batch_id FROM redemptions WHERE shop = lower('S') AND order_id = '#2'").get();
    expect(r).toEqual({ status: 'paid', refunded_minor: 0, updated_batch_id: null });
    expect(count(t, "SELECT count(*) FROM redemptions WHERE shop = lower('S') AND order_id = '#5'")).toBe(0);
    expect((await callError(t, 'imports.undo', { id: laterBatch })).message).toMatch(/already undone/);

    const undoFirst = await call<{ removed: number; restored: number }>(t, 'imports.undo', { id: firstBatch });
    expect(undoFirst).toEqual({ id: firstBatch, removed: 3, restored: 0 });
    await whenPurged(t.core.db);
    expect(count(t, "SELECT count(*) FROM redemptions WHERE shop = lower('S')")).toBe(0);
    const detail = await call<ImportBatchDetail>(t, 'imports.get', { id: firstBatch });
    expect(detail).toMatchObject({ status: 'undone', format: 'shopify', shop: 'S' });
    expect(detail.undoneAt).toBeTruthy();
  });
});

describe('atomicity', () => {
  it('a failure on the 3rd insert leaves the database exactly as before (assigned codes and batch row included)', async () => {
    const collab = makeCollab(t, { name: 'Ben' });
    const c = t.core.db.$client;
    c.exec(`CREATE TRIGGER boom BEFORE INSERT ON redemptions WHEN (SELECT count(*) FROM redemptions WHERE shop = lower('Atomic')) >= 2
            BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    try {
      const before = snapshot(t);
      const out = await importFile(t, 'atomic.csv', shopify([order(11, 'NEWBEN'), order(12, 'NEWBEN'), order(13, 'NEWBEN'), order(14, 'X')]), 'redemptions.import', {
        shop: 'Atomic',
        assign: [{ code: 'newben', collaborationId: collab }],
      });
      expect(out.status).toBe('failed');
      expect(out.message).toMatch(/Nothing was changed/);
      expect(snapshot(t)).toEqual(before);
    } finally {
      c.exec('DROP TRIGGER boom');
    }
  });
});

describe('assigning unknown codes in the import', () => {
  it('creates the voucher code first and attributes the orders', async () => {
    const collab = makeCollab(t, { name: 'Cleo' });
    const out = await importFile(t, 'assign.csv', shopify([order(21, 'cleo20'), order(22, 'CLEO20')]), 'redemptions.import', {
      shop: 'Assign',
      assign: [{ code: 'Cleo20', collaborationId: collab }],
    });
    expect(out.report).toMatchObject({ inserted: 2, withKnownCode: 2, withUnknownCode: 0 });
    expect(count(t, 'SELECT count(*) FROM redemptions WHERE collaboration_id = ? AND voucher_code_id IS NOT NULL', collab)).toBe(2);
    expect(t.core.db.$client.prepare("SELECT code FROM voucher_codes WHERE code_norm = 'CLEO20'").pluck().get()).toBe('Cleo20');
  });

  it('fails with a clear message when the code is taken, and changes nothing', async () => {
    const other = makeCollab(t, { name: 'Dora' });
    const before = snapshot(t);
    const out = await importFile(t, 'assign2.csv', shopify([order(31, 'CLEO20')]), 'redemptions.import', {
      shop: 'Assign2',
      assign: [{ code: 'cleo20', collaborationId: other }],
    });
    expect(out.status).toBe('failed');
    expect(out.message).toMatch(/Cannot assign cleo20: Code Cleo20 is already used by Cleo/);
    expect(snapshot(t)).toEqual(before);
  });

  it('orders stored with an unknown code are attributed when the code is assigned later', async () => {
    await importFile(t, 'later-code.csv', shopify([order(41, 'EMMA5')]), 'redemptions.import', { shop: 'Later' });
    expect(count(t, "SELECT count(*) FROM redemptions WHERE code_norm = 'EMMA5' AND voucher_code_id IS NULL")).toBe(1);
    const collab = makeCollab(t, { name: 'Emma' });
    const { addCode } = await import('../../../src/main/collaborations/codes');
    expect(addCode(t.core.db, { collaborationId: collab, code: 'emma5', discountDescription: '' }).linkedRedemptions).toBe(1);
  });
});

describe('leak flags', () => {
  it('flags orders before the start, long after the end and spikes, in the dry run and in imports.get', async () => {
    makeCollab(t, { name: 'Fay', code: 'FAY10', collabStart: '2026-03-01', campaignStart: '2026-02-01', campaignEnd: '2026-03-31' });
    const lines: string[] = [];
    let n = 100;
    lines.push(order(n++, 'FAY10', 'paid', '0.00', '2026-02-20')); // before the collaboration's start
    for (let d = 1; d <= 9; d++) lines.push(order(n++, 'FAY10', 'paid', '0.00', `2026-03-0${d}`)); // one a day
    for (let i = 0; i < 21; i++) lines.push(order(n++, 'FAY10', 'paid', '0.00', '2026-03-15')); // 21 > max(20, 5 × 1)
    lines.push(order(n++, 'FAY10', 'paid', '0.00', '2026-04-30')); // within 30 days after the end
    lines.push(order(n, 'FAY10', 'paid', '0.00', '2026-05-02')); // more than 30 days after
    const file = shopify(lines);
    const expected = [
      { code: 'FAY10', kind: 'before_start', day: '2026-02-20', orders: 1 },
      { code: 'FAY10', kind: 'after_end', day: '2026-05-02', orders: 1 },
      { code: 'FAY10', kind: 'spike', day: '2026-03-15', orders: 21 },
    ];
    const dry = await importFile(t, 'leaks.csv', file, 'redemptions.dryRun', { shop: 'Leaks' });
    expect(dry.report!.leaks).toEqual(expected.map((e) => expect.objectContaining(e)));
    const imp = await importFile(t, 'leaks.csv', file, 'redemptions.import', { shop: 'Leaks' });
    const detail = await call<ImportBatchDetail>(t, 'imports.get', { id: imp.batchId });
    expect(detail.leaks).toEqual(expected.map((e) => expect.objectContaining(e)));
    expect(detail.counts).toMatchObject({ orders: 33, inserted: 33 });
  });
});

describe('progress and job state', () => {
  it('reports imports.job for unknown ids clearly', async () => {
    expect((await callError(t, 'imports.job', { jobId: 'nope' })).code).toBe('NOT_FOUND');
  });

  it('a generic import without a code column mapped fails with the advice, and nothing is written', async () => {
    const fileId = await upload(t, 'nocode.csv', Buffer.from('Bestellnummer;Bestelldatum;Gesamtbetrag\n1;01.02.2026 10:00;10,00\n'));
    const before = snapshot(t);
    const out = await runJob(t, 'redemptions.import', { fileId, format: 'generic', shop: 'N', mapping: fullMapping({ orderId: 'Bestellnummer', orderedAt: 'Bestelldatum', total: 'Gesamtbetrag' }) });
    expect(out.status).toBe('failed');
    expect(out.message).toMatch(/No column with voucher codes/);
    expect(snapshot(t)).toEqual(before);
  });
});
