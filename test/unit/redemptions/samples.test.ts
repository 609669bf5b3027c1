/**
 * Every real shop export from ../shared/samples/shop-exports (copied byte for byte into test/fixtures), imported
 * through the API into a real SQLite file, every figure checked against expectations computed here by reading
 * the file in a simple, independent way (or by hand for the small Shopware files).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { cents, count, fixture, importFile, simpleCsv, type T } from './helpers';
import type { DryRunReport } from '../../../src/shared/contract';

let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

const SALE = new Set(['paid', 'partially_refunded', 'partially_paid', 'authorized']);

/** What a Shopify orders export should give, from the rows that carry a financial status (the order rows). */
function expectShopify(name: string) {
  const rows = simpleCsv(fixture(name).toString('utf8'));
  const h = rows[0];
  const col = (n: string) => h.indexOf(n);
  const orderRows = rows.slice(1).filter((r) => r[col('Financial Status')] !== '');
  const perCode = new Map<string, { orders: number; revenueMinor: number }>();
  const labels = new Map<string, number>();
  let revenue = 0;
  let coded = 0;
  const stored: { order: string; code: string; status: string; total: number; refunded: number; at: string }[] = [];
  for (const r of orderRows) {
    const fin = r[col('Financial Status')];
    const cancelled = r[col('Cancelled at')] !== '';
    const status = cancelled && fin !== 'voided' && fin !== 'refunded' ? 'cancelled' : fin;
    const total = cents(r[col('Total')]);
    const refunded = cents(r[col('Refunded Amount')]);
    const code = r[col('Discount Code')].trim();
    if (!code) continue;
    if (code.includes(' ')) {
      labels.set(code, (labels.get(code) ?? 0) + 1);
      continue;
    }
    coded++;
    const net = SALE.has(status) ? total - refunded : 0;
    revenue += net;
    const k = code.toUpperCase();
    const e = perCode.get(k) ?? { orders: 0, revenueMinor: 0 };
    e.orders++;
    e.revenueMinor += net;
    perCode.set(k, e);
    stored.push({ order: r[col('Name')], code: k, status, total, refunded, at: r[col('Created at')] });
  }
  const dates = orderRows.map((r) => r[col('Created at')]);
  return { rows: rows.length - 1, orders: orderRows.length, perCode, labels, revenue, coded, stored, dates };
}

function byCode(r: DryRunReport) {
  return new Map(r.unknownCodes.map((u) => [u.code, { orders: u.orders, revenueMinor: u.revenueMinor }]));
}

/** `2025-12-07 19:08:25 +0000` → ISO with offset, by string surgery. */
const iso = (s: string) => `${s.slice(0, 10)}T${s.slice(11, 19)}${s.slice(20, 23)}:${s.slice(23, 25)}`;

describe.each([
  ['shopify-dna_crm_orders_export_1.csv', 'DNA shop', 79],
  ['shopify-explorer_analytics_orders_export_1.csv', 'Explorer shop', 78],
  ['shopify-zhangerson_orders_export_10_automatic_discounts.csv', 'Zhangerson shop', 79],
])('%s', (file, shop, columns) => {
  it('is detected as Shopify, dry-run and imported with every figure right', async () => {
    const exp = expectShopify(file);
    const dry = await importFile(t, file, fixture(file), 'redemptions.dryRun', { shop });
    expect(dry.inspection.format).toBe('shopify');
    expect(dry.inspection.headers).toHaveLength(columns);
    expect(dry.inspection.problems).toEqual([]);
    expect(dry.status).toBe('done');
    const r = dry.report!;
    expect(r.rows).toBe(exp.rows);
    expect(r.orders).toBe(exp.orders);
    expect(r.rejected).toBe(0);
    expect(r.withKnownCode).toBe(0);
    expect(r.withUnknownCode).toBe(exp.coded);
    expect(byCode(r)).toEqual(exp.perCode);
    expect(new Map(r.ignoredLabels.map((l) => [l.label, l.orders]))).toEqual(exp.labels);
    expect(r.revenueMinor).toBe(exp.revenue);
    expect(r.inserted).toBe(exp.coded);
    expect([r.updated, r.unchanged]).toEqual([0, 0]);
    const sorted = [...exp.dates].sort((a, b) => Date.parse(iso(a)) - Date.parse(iso(b)));
    expect(r.firstOrderAt).toBe(iso(sorted[0]));
    expect(r.lastOrderAt).toBe(iso(sorted[sorted.length - 1]));
    expect(count(t, 'SELECT count(*) FROM redemptions WHERE shop = lower(?)', shop)).toBe(0); // a dry run writes nothing

    const imp = await importFile(t, file, fixture(file), 'redemptions.import', { shop });
    expect(imp.status).toBe('done');
    expect(imp.report).toEqual({ ...r, leaks: [] });
    const stored = t.core.db.$client
      .prepare('SELECT order_id AS orderId, code_norm AS code, status, total_minor AS total, refunded_minor AS refunded, ordered_at AS at, ordered_at_utc AS utc FROM redemptions WHERE shop = lower(?) ORDER BY id')
      .all(shop) as { orderId: string; code: string; status: string; total: number; refunded: number; at: string; utc: string }[];
    expect(stored.map((s) => [s.orderId, s.code, s.status, s.total, s.refunded, s.at]).sort()).toEqual(
      exp.stored.map((s) => [s.order, s.code, s.status, s.total, s.refunded, iso(s.at)]).sort(),
    );
    for (const s of stored) expect(new Date(s.utc).getTime()).toBe(Date.parse(s.at));
    const batch = t.core.db.$client.prepare('SELECT * FROM import_batches WHERE id = ?').get(imp.batchId) as Record<string, unknown>;
    expect(batch).toMatchObject({ kind: 'redemptions', file_name: file, format: 'shopify', encoding: 'utf-8', delimiter: ',', shop, status: 'done' });
    expect(String(batch.file_hash)).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(String(batch.counts))).toMatchObject({
      rows: exp.rows,
      orders: exp.orders,
      inserted: exp.coded,
      updated: 0,
      unchanged: 0,
      unknownCodes: exp.perCode.size,
      rejected: 0,
      revenueMinor: exp.revenue,
    });
  });
});

describe('Shopify specifics', () => {
  it('keeps the 100 % code order with total 0, the cancelled and the partially refunded ones', () => {
    const get = (order: string) =>
      t.core.db.$client.prepare("SELECT * FROM redemptions WHERE shop = lower('DNA shop') AND order_id = ?").get(order) as Record<string, unknown>;
    expect(get('#1148')).toMatchObject({ code_norm: 'CREATOR9846', total_minor: 0, discount_minor: 16000, status: 'paid', ordered_at: '2026-03-06T08:58:42+00:00' });
    // paid, then cancelled and restocked
    expect(get('#1134')).toMatchObject({ code_norm: 'CREATOR.BD91', status: 'cancelled', ordered_at_utc: '2025-08-29T13:03:51.000Z' });
    const ex = t.core.db.$client.prepare("SELECT * FROM redemptions WHERE shop = lower('Explorer shop') AND order_id = '#1076'").get() as Record<string, unknown>;
    expect(ex).toMatchObject({ code_norm: 'CREATOR35F7', currency: 'USD', total_minor: 3325, subtotal_minor: 3325, discount_minor: 175, status: 'paid' });
  });

  it('stores nothing for AUTOMATIC DISCOUNTS and reports them as labels', () => {
    expect(count(t, "SELECT count(*) FROM redemptions WHERE shop = lower('Zhangerson shop')")).toBe(0);
  });
});

describe('Shopware 5', () => {
  it('export_orders: 4 orders from 17 order lines; the voucher line (mode 2) gives the code, basket discounts (mode 4) do not', async () => {
    const out = await importFile(t, 'shopware5-export_orders.csv', fixture('shopware5-export_orders.csv'), 'redemptions.import', { shop: 'SW5' });
    expect(out.inspection).toMatchObject({ format: 'shopware5', delimiter: ';', encoding: 'utf-8' });
    expect(out.inspection.headers).toHaveLength(44);
    const r = out.report!;
    // By hand: orders 20001, 20002, and the two aborted checkouts (ordernumber 0) with internal ids 52 and 54.
    expect(r).toMatchObject({ rows: 17, orders: 4, withKnownCode: 0, withUnknownCode: 1, rejected: 0, inserted: 1, revenueMinor: 0, currency: 'EUR' });
    expect(r.unknownCodes).toEqual([{ code: 'GUTABS', orders: 1, revenueMinor: 0, firstOrderAt: '2012-08-30T17:30:02+02:00', lastOrderAt: '2012-08-30T17:30:02+02:00' }]);
    expect(r.ignoredLabels).toEqual([]);
    expect(r.firstOrderAt).toBe('2012-08-30T10:15:54+02:00');
    expect(r.lastOrderAt).toBe('2012-08-31T08:51:46+02:00');
    const row = t.core.db.$client.prepare("SELECT * FROM redemptions WHERE shop = lower('SW5')").get() as Record<string, unknown>;
    // orderStatusID -1 (aborted) → cancelled; invoiceAmount 42.6 incl. 3.9 shipping; voucher line price -5.
    expect(row).toMatchObject({
      order_id: 'id:54',
      code_norm: 'GUTABS',
      status: 'cancelled',
      total_minor: 4260,
      subtotal_minor: 3870,
      discount_minor: 500,
      ordered_at: '2012-08-30T17:30:02+02:00',
      ordered_at_utc: '2012-08-30T15:30:02.000Z',
    });
  });

  it('order profile fixture: one order with umlauts, basket discount only, no code', async () => {
    const out = await importFile(t, 'shopware5-order_profile_fixture.csv', fixture('shopware5-order_profile_fixture.csv'), 'redemptions.dryRun', { shop: 'SW5' });
    expect(out.report).toMatchObject({ rows: 3, orders: 1, withKnownCode: 0, withUnknownCode: 0, unknownCodes: [], ignoredLabels: [], rejected: 0, inserted: 0, revenueMinor: 0 });
  });
});

describe('Shopify discounts export', () => {
  it('is recognised as not an orders export and explained', async () => {
    const name = 'shopify-discounts_export.csv';
    const out = await importFile(t, name, fixture(name), 'redemptions.import', { shop: 'X' });
    expect(out.inspection.problems).toHaveLength(1);
    expect(out.inspection.problems[0].code).toBe('no_code_column');
    expect(out.inspection.problems[0].message).toMatch(/discounts export.*not orders/);
    expect(out.inspection.problems[0].message).toMatch(/Orders › Export/);
    expect(out.status).toBe('failed');
    expect(out.message).toMatch(/discounts export/);
    expect(count(t, "SELECT count(*) FROM import_batches WHERE file_name = ?", name)).toBe(0);
  });
});
