/** Our own fixtures for what the real samples lack: German Excel, WooCommerce (both plugins), Shopify oddities. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { call, count, fixture, fullMapping, importFile, makeCollab, upload, type T } from './helpers';
import type { FileInspection } from '../../../src/shared/contract';

let t: T;
let lisa: number;
let max: number;
beforeAll(async () => {
  t = await testCore('empty');
  lisa = makeCollab(t, { name: 'Lisa', code: 'Lisa10', collabStart: '2026-01-01', campaignEnd: '2026-12-31' });
  max = makeCollab(t, { name: 'Max', code: 'MAX15', campaignStart: '2026-01-01' });
});
afterAll(async () => t.dispose());

const red = (shop: string) =>
  t.core.db.$client
    .prepare(
      `SELECT order_id AS o, code_norm AS code, collaboration_id AS collab, status, total_minor AS total, discount_minor AS discount,
              refunded_minor AS refunded, currency, ordered_at AS at, ordered_at_utc AS utc FROM redemptions WHERE shop = lower(?) ORDER BY order_id, code_norm`,
    )
    .all(shop) as Record<string, unknown>[];

describe('German Excel file (Windows-1252, semicolon, 1.234,56, dd.mm.yyyy across DST)', () => {
  it('is read as generic with a guessed German mapping, remembered after the import', async () => {
    const bytes = fixture('german-excel-cp1252.csv');
    const out = await importFile(t, 'bestellungen.csv', bytes, 'redemptions.import', { shop: 'DE-Shop' });
    const i = out.inspection;
    expect(i).toMatchObject({ format: 'generic', encoding: 'windows-1252', delimiter: ';', mappingSource: 'guessed', problems: [] });
    expect(i.headers).toContain('Währung');
    expect(i.mapping).toEqual({ orderId: 'Bestellnummer', orderedAt: 'Bestelldatum', code: 'Gutscheincode', total: 'Gesamtbetrag', discount: 'Rabatt', currency: 'Währung', status: 'Status' });
    expect(i.sample[0].cells[0]).toBe('90001'); // Excel's apostrophe removed
    expect(i.sample[0].cells[8]).toBe('Grüße €'); // 0x80 is the euro sign in Windows-1252
    const r = out.report!;
    expect(r).toMatchObject({ rows: 10, orders: 6, withKnownCode: 4, withUnknownCode: 0, rejected: 3, inserted: 4, currency: 'EUR' });
    expect(r.ignoredLabels).toEqual([{ label: 'Gratis Versand', orders: 1 }]);
    // rows count the line of empty cells too (ignored as blank, issue 11's accounting); raw is checked elsewhere
    expect(r.accounting.ignored.blank).toBe(1);
    expect(r.rejects.map(({ raw: _raw, ...x }) => x)).toEqual([
      { row: 7, line: 7, reason: 'order 90006: unreadable order date “kaputt”', code: 'bad_date', params: { order: '90006', value: 'kaputt' } },
      { row: 9, line: 9, reason: 'order 90008: unreadable total “zwölf”', code: 'bad_amount', params: { order: '90008', field: 'total', value: 'zwölf' } },
      { row: 10, line: 10, reason: 'missing order id', code: 'missing_order_id', params: {} },
    ]);
    // 123456 + 8990 paid, 90003 cancelled, 90004 partially refunded without refund amount → counts in full
    expect(r.revenueMinor).toBe(123456 + 8990 + 12000);
    expect(red('DE-Shop')).toEqual([
      // 28.03.2026 is the last day of winter time, 29.03 the first of summer time; 24./25.10.2026 the same in autumn.
      { o: '90001', code: 'LISA10', collab: lisa, status: 'paid', total: 123456, discount: 12346, refunded: 0, currency: 'EUR', at: '2026-03-28T01:30:00+01:00', utc: '2026-03-28T00:30:00.000Z' },
      { o: '90002', code: 'LISA10', collab: lisa, status: 'paid', total: 8990, discount: 1000, refunded: 0, currency: 'EUR', at: '2026-03-29T03:30:00+02:00', utc: '2026-03-29T01:30:00.000Z' },
      { o: '90003', code: 'MAX15', collab: max, status: 'cancelled', total: 4500, discount: 675, refunded: 0, currency: 'EUR', at: '2026-10-24T12:00:00+02:00', utc: '2026-10-24T10:00:00.000Z' },
      { o: '90004', code: 'MAX15', collab: max, status: 'partially_refunded', total: 12000, discount: 1800, refunded: 0, currency: 'EUR', at: '2026-10-25T12:00:00+01:00', utc: '2026-10-25T11:00:00.000Z' },
    ]);
    const rejects = t.core.db.$client
      .prepare('SELECT row_number AS row, reason, code, params, raw FROM import_rejects WHERE batch_id = ? ORDER BY row_number')
      .all(out.batchId) as { row: number; reason: string; code: string; params: string; raw: string }[];
    expect(rejects.map((x) => x.row)).toEqual([7, 9, 10]);
    expect(rejects.map((x) => [x.code, JSON.parse(x.params)])).toEqual([
      ['bad_date', { order: '90006', value: 'kaputt' }],
      ['bad_amount', { order: '90008', field: 'total', value: 'zwölf' }],
      ['missing_order_id', {}],
    ]);
    expect(rejects[0].reason).toBe('order 90006: unreadable order date “kaputt”');
    // Issue 11 (privacy): a rejected row keeps the cells the import reads, not the customer's name or notes.
    expect(rejects[0].raw).toBe('90006;kaputt;MAX15;10,00;0,00;EUR;bezahlt;;');

    // The next file with the same header needs no clicks.
    const fileId = await upload(t, 'bestellungen-2.csv', bytes);
    const again = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
    expect(again.mappingSource).toBe('remembered');
    expect(again.mapping).toMatchObject({ orderId: 'Bestellnummer', code: 'Gutscheincode' });
  });

  it('reads the same file saved as UTF-8 with BOM identically', async () => {
    const { decodeWindows1252 } = await import('../../../src/main/influencers/directory/spreadsheet');
    const text = decodeWindows1252(fixture('german-excel-cp1252.csv'));
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const out = await importFile(t, 'bom.csv', bytes, 'redemptions.dryRun', { shop: 'DE-Shop' });
    expect(out.inspection.encoding).toBe('utf-8-bom');
    expect(out.inspection.headers[0]).toBe('Bestellnummer');
    expect(out.report).toMatchObject({ rows: 10, orders: 6, inserted: 0, unchanged: 4, updated: 0, rejected: 3 });
  });
});

describe('WooCommerce Order Export & Import (WebToffee)', () => {
  it('splits several coupons per order, sums refund items and maps statuses', async () => {
    const out = await importFile(t, 'woo.csv', fixture('woocommerce-webtoffee.csv'), 'redemptions.import', { shop: 'Woo' });
    expect(out.inspection).toMatchObject({ format: 'woocommerce_rows', problems: [] });
    const r = out.report!;
    expect(r).toMatchObject({ rows: 5, orders: 5, withKnownCode: 2, withUnknownCode: 2, rejected: 0, inserted: 5 });
    expect(r.unknownCodes).toEqual([
      { code: 'SOMMER5', orders: 2, revenueMinor: 8495, firstOrderAt: '2026-05-02T10:15:00+02:00', lastOrderAt: '2026-05-04T08:00:00+02:00' },
      { code: 'NEWCODE', orders: 1, revenueMinor: 0, firstOrderAt: '2026-05-06T12:00:00+02:00', lastOrderAt: '2026-05-06T12:00:00+02:00' },
    ]);
    // 501 paid 84.95; 502 paid 85.50 − 20.00 refunded; 503 refunded; 505 cancelled
    expect(r.revenueMinor).toBe(8495 + 6550);
    expect(red('Woo').map((x) => [x.o, x.code, x.status, x.total, x.refunded, x.at])).toEqual([
      ['501', 'LISA10', 'paid', 8495, 0, '2026-05-02T10:15:00+02:00'],
      ['501', 'SOMMER5', 'paid', 8495, 0, '2026-05-02T10:15:00+02:00'],
      ['502', 'LISA10', 'partially_refunded', 8550, 2000, '2026-05-03T18:00:00+02:00'],
      ['503', 'SOMMER5', 'refunded', 4500, 4500, '2026-05-04T08:00:00+02:00'],
      ['505', 'NEWCODE', 'cancelled', 4000, 0, '2026-05-06T12:00:00+02:00'],
    ]);
  });
});

describe('WooCommerce Advanced Order Export', () => {
  it('folds quoted line-item rows into orders and reads "Coupon Code" lists', async () => {
    const out = await importFile(t, 'aoe.csv', fixture('woocommerce-aoe.csv'), 'redemptions.import', { shop: 'AOE' });
    expect(out.inspection).toMatchObject({ format: 'woocommerce_items', problems: [] });
    expect(out.inspection.sample[0].cells[3]).toBe('Bitte "schnell"');
    const r = out.report!;
    expect(r).toMatchObject({ rows: 6, orders: 4, withKnownCode: 3, withUnknownCode: 0, rejected: 0, inserted: 4 });
    expect(r.revenueMinor).toBe(9495 + (7500 - 2500));
    expect(red('AOE').map((x) => [x.o, x.code, x.status, x.total, x.refunded])).toEqual([
      ['7001', 'LISA10', 'paid', 9495, 0],
      ['7002', 'MAX15', 'refunded', 8500, 8500],
      ['7003', 'LISA10', 'partially_refunded', 7500, 2500],
      ['7003', 'MAX15', 'partially_refunded', 7500, 2500],
    ]);
  });
});

describe('Shopify with a multi-line quoted note, doubled quotes and Excel apostrophes', () => {
  it('reads the note as one field, strips the apostrophe and keeps line items out', async () => {
    const out = await importFile(t, 'shopify-note.csv', fixture('shopify-multiline-note.csv'), 'redemptions.import', { shop: 'Note shop' });
    expect(out.inspection.format).toBe('shopify');
    expect(out.inspection.sample[0].cells[0]).toBe('90503');
    expect(out.inspection.sample[0].cells[19]).toBe('Bitte an der Tür klingeln.\nZweite Zeile mit "Zitat", Komma');
    const r = out.report!;
    expect(r).toMatchObject({ rows: 4, orders: 3, withKnownCode: 2, rejected: 0, inserted: 2 });
    expect(r.ignoredLabels).toEqual([
      { label: 'SUMMER SALE', orders: 1 },
      { label: 'Custom discount', orders: 1 },
    ]);
    expect(red('Note shop').map((x) => [x.o, x.code, x.status, x.total, x.refunded, x.at])).toEqual([
      ['90503', 'LISA10', 'paid', 9495, 0, '2026-07-01T10:00:00+02:00'],
      ['90504', 'MAX15', 'partially_refunded', 5000, 2000, '2026-07-02T23:30:00+02:00'],
    ]);
  });
});

describe('generic mapping chosen by the user', () => {
  it('imports an English file by the mapping given, with every other field unmapped', async () => {
    const csv = 'Ref,When,Voucher,Paid EUR,Extra\nA-1,2026-02-01T10:00:00Z,lisa10,12.50,x\nA-2,2026-02-02T11:00:00+01:00,,8.00,y\n';
    const fileId = await upload(t, 'mine.csv', Buffer.from(csv));
    const i = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
    expect(i.format).toBe('generic');
    expect(i.problems.map((p) => p.code)).toEqual(['no_order_column', 'no_date_column', 'no_amount_column']);
    expect(i.mapping).toEqual({ code: 'Voucher' });
    const mapping = fullMapping({ orderId: 'Ref', orderedAt: 'When', code: 'Voucher', total: 'Paid EUR' });
    const { jobId } = await call<{ jobId: string }>(t, 'redemptions.import', { fileId, format: 'generic', shop: 'Mine', mapping });
    await t.core.jobs.wait(jobId);
    const job = await call<{ report: { inserted: number; orders: number } }>(t, 'imports.job', { jobId });
    expect(job.report).toMatchObject({ orders: 2, inserted: 1 });
    expect(red('Mine')).toEqual([
      { o: 'A-1', code: 'LISA10', collab: lisa, status: 'paid', total: 1250, discount: 0, refunded: 0, currency: 'EUR', at: '2026-02-01T10:00:00+00:00', utc: '2026-02-01T10:00:00.000Z' },
    ]);
    expect(count(t, "SELECT count(*) FROM header_mappings WHERE kind = 'redemptions' AND format = 'generic'")).toBeGreaterThanOrEqual(2);
  });
});
