/** Bad input: clear messages, and the database unchanged. Plus the upload protocol's checks. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { call, callError, fullMapping, runJob, snapshot, upload, type T } from './helpers';
import type { FileInspection, ImportBatchDetail } from '../../../src/shared/contract';
import { cleanOldUploads } from '../../../src/main/imports/uploads';

let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

const shopifyRun = (fileId: string) => runJob(t, 'redemptions.import', { fileId, format: 'shopify', shop: 'Bad', mapping: fullMapping({}) });

describe('uploads', () => {
  it('refuses an empty file and one over 1 GB before a byte is sent', async () => {
    expect((await callError(t, 'uploads.begin', { fileName: 'a.csv', sizeBytes: 0 })).message).toMatch(/the file is empty/);
    const big = await callError(t, 'uploads.begin', { fileName: 'a.csv', sizeBytes: 1024 ** 3 + 1 });
    expect(big).toMatchObject({ code: 'INVALID_INPUT', field: 'sizeBytes' });
    expect(big.message).toMatch(/larger than 1 GB/);
  });

  it('returns 4 MiB chunks, insists on sequential offsets and the announced size, hashes the file', async () => {
    const data = Buffer.from('Name,Total\n#1,2.00\n');
    const { fileId, chunkBytes } = await call<{ fileId: string; chunkBytes: number }>(t, 'uploads.begin', { fileName: '../x/evil.csv', sizeBytes: data.length });
    expect(chunkBytes).toBe(4 * 1024 * 1024);
    const wrong = await callError(t, 'uploads.chunk', { fileId, offset: 5, dataBase64: data.toString('base64') });
    expect(wrong).toMatchObject({ code: 'INVALID_INPUT', field: 'offset' });
    expect(wrong.message).toBe('Chunks must arrive in order: expected offset 0, got 5.');
    expect(await call(t, 'uploads.chunk', { fileId, offset: 0, dataBase64: data.subarray(0, 10).toString('base64') })).toEqual({ received: 10 });
    expect((await callError(t, 'uploads.finish', { fileId })).message).toBe(`The upload is incomplete: 10 of ${data.length} bytes received.`);
    expect((await callError(t, 'uploads.chunk', { fileId, offset: 10, dataBase64: Buffer.alloc(100).toString('base64') })).message).toMatch(/past the announced size/);
    await call(t, 'uploads.chunk', { fileId, offset: 10, dataBase64: data.subarray(10).toString('base64') });
    const done = await call<{ sizeBytes: number; sha256: string }>(t, 'uploads.finish', { fileId });
    expect(done.sizeBytes).toBe(data.length);
    expect(done.sha256).toBe((await import('node:crypto')).createHash('sha256').update(data).digest('hex'));
    const dir = path.join(t.dir, 'uploads');
    expect(fs.existsSync(path.join(dir, fileId))).toBe(true);
    expect(fs.existsSync(path.join(dir, `${fileId}.part`))).toBe(false);
    expect(fs.readdirSync(dir).every((f) => !f.includes('evil'))).toBe(true);
  });

  it('uploads in many small chunks reassemble byte for byte', async () => {
    const data = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));
    const fileId = await upload(t, 'bytes.bin', data, 333);
    expect(fs.readFileSync(path.join(t.dir, 'uploads', fileId)).equals(data)).toBe(true);
  });

  it('cleans uploads older than 24 hours', () => {
    const dir = path.join(t.dir, 'uploads');
    const old = path.join(dir, '00000000-0000-0000-0000-00000000dead.part');
    fs.writeFileSync(old, 'x');
    const past = new Date(Date.now() - 25 * 3600 * 1000);
    fs.utimesSync(old, past, past);
    expect(cleanOldUploads(t.dir)).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(old)).toBe(false);
  });

  it('refuses to inspect or import an unfinished upload', async () => {
    const { fileId } = await call<{ fileId: string }>(t, 'uploads.begin', { fileName: 'a.csv', sizeBytes: 10 });
    expect((await callError(t, 'redemptions.inspect', { fileId })).message).toMatch(/not finished/);
    expect((await callError(t, 'redemptions.import', { fileId, format: 'shopify', shop: 'X', mapping: fullMapping({}) })).message).toMatch(/not finished/);
  });
});

describe('files that are not usable', () => {
  it('a file of blank lines: inspect says empty, the import fails clearly, nothing written', async () => {
    const fileId = await upload(t, 'blank.csv', Buffer.from('\r\n\r\n  \n'));
    const i = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
    expect(i.problems).toEqual([{ code: 'empty', message: 'blank.csv is empty: it has no header and no rows.', params: { hint: 'no_header', file: 'blank.csv' } }]);
    const before = snapshot(t);
    const out = await shopifyRun(fileId);
    expect(out).toMatchObject({ status: 'failed', message: 'blank.csv is empty.' });
    expect(snapshot(t)).toEqual(before);
  });

  it('a header without rows is reported as empty', async () => {
    const fileId = await upload(t, 'header.csv', Buffer.from('Name,Financial Status,Created at,Total,Discount Code\n'));
    const i = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
    expect(i.problems.map((p) => p.code)).toEqual(['empty']);
    expect((await shopifyRun(fileId)).message).toBe('header.csv has a header but no orders.');
  });

  it('a PNG is refused as not a CSV file', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(64, 7)]);
    const fileId = await upload(t, 'logo.png', png);
    const err = await callError(t, 'redemptions.inspect', { fileId });
    expect(err).toMatchObject({ code: 'INVALID_INPUT', message: 'logo.png is not a CSV file (it contains binary data).' });
    const before = snapshot(t);
    expect((await shopifyRun(fileId)).message).toBe('logo.png is not a CSV file (it contains binary data).');
    expect(snapshot(t)).toEqual(before);
  });

  it('a Shopify export without the code column says how to get one', async () => {
    const fileId = await upload(t, 'nocode.csv', Buffer.from('Name,Financial Status,Created at,Total\n#1,paid,2026-01-01 10:00:00 +0100,5.00\n'));
    const i = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
    expect(i.format).toBe('shopify');
    expect(i.problems).toHaveLength(1);
    expect(i.problems[0]).toMatchObject({ code: 'no_code_column', message: expect.stringContaining('no “Discount Code” column') });
    const before = snapshot(t);
    expect((await shopifyRun(fileId)).message).toMatch(/no “Discount Code” column/);
    expect(snapshot(t)).toEqual(before);
  });

  it('a Shopware 6 default profile is recognised and the custom profile explained', async () => {
    const csv = 'id;orderNumber;salesChannelId;orderCustomer.email;amountTotal;stateId;orderDateTime\nabc;10001;s1;a@example.com;49.90;st;2026-01-05T10:00:00+00:00\n';
    const fileId = await upload(t, 'sw6.csv', Buffer.from(csv));
    const i = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
    expect(i).toMatchObject({ format: 'generic', delimiter: ';' });
    expect(i.mapping).toMatchObject({ orderId: 'orderNumber', orderedAt: 'orderDateTime', total: 'amountTotal' });
    expect(i.problems).toEqual([{ code: 'no_code_column', message: expect.stringMatching(/Shopware 6.*profile.*promotion code/), params: { hint: 'shopware6' } }]);
  });

  // Issue 11 changes this: reading resumes after the damaged record, so #5 is imported too.
  it('broken quotes: the row is rejected with its number and the reason, the rows before and after are imported', async () => {
    const csv = [
      'Name,Financial Status,Created at,Total,Discount Code,Refunded Amount',
      '#1,paid,2026-01-01 10:00:00 +0100,5.00,GOOD1,0.00',
      '#2,paid,2026-01-01 11:00:00 +0100,5.00"x,GOOD1,0.00',
      '#3,paid,2026-01-01 12:00:00 +0100,5.00,GOOD1,0.00',
      '#4,paid,2026-01-01 13:00:00 +0100,5.00,"GOOD1,0.00',
      '#5,paid,2026-01-01 13:00:00 +0100,5.00,GOOD1,0.00',
    ].join('\n');
    const fileId = await upload(t, 'quotes.csv', Buffer.from(csv));
    const out = await shopifyRun(fileId);
    expect(out.status).toBe('done');
    expect(out.report!.orders).toBe(3);
    expect(out.report!.inserted).toBe(3);
    expect(out.report!.rejected).toBe(2);
    expect(out.report!.rejects).toEqual([
      { row: 3, line: 3, reason: 'order #2: unreadable total “5.00"x”', code: 'bad_amount', params: { order: '#2', field: 'total', value: '5.00"x' }, raw: '#2,paid,2026-01-01 11:00:00 +0100,5.00"x,GOOD1,0.00' },
      { row: 5, line: 5, reason: 'broken quotes: a quoted cell is never closed; reading resumed at the next valid row', code: 'unclosed_quote', params: { lines: 1 }, raw: '#4,paid,2026-01-01 13:00:00 +0100,5.00,"GOOD1,0.00' },
    ]);
    // Stored with code and params (JSON) next to the English reason, and handed back by imports.get.
    const stored = t.core.db.$client.prepare('SELECT row_number AS row, code, params FROM import_rejects WHERE batch_id = ? ORDER BY row_number').all(out.batchId);
    expect(stored).toEqual([
      { row: 3, code: 'bad_amount', params: JSON.stringify({ order: '#2', field: 'total', value: '5.00"x' }) },
      { row: 5, code: 'unclosed_quote', params: '{"lines":1}' },
    ]);
    const detail = await call<ImportBatchDetail>(t, 'imports.get', { id: out.batchId });
    expect(detail.rejects.map((r) => [r.row, r.code, r.params])).toEqual([
      [3, 'bad_amount', { order: '#2', field: 'total', value: '5.00"x' }],
      [5, 'unclosed_quote', { lines: 1 }],
    ]);
  });

  it('a format chosen against the file is refused with the missing column named', async () => {
    const fileId = await upload(t, 'woo.csv', Buffer.from('order_number,order_date,order_total,coupon_items\n1,2026-01-01 10:00:00,5.00,code:A|amount:1\n'));
    const before = snapshot(t);
    const out = await runJob(t, 'redemptions.import', { fileId, format: 'shopware5', shop: 'X', mapping: fullMapping({}) });
    expect(out.message).toMatch(/no “orderId” column/);
    expect(snapshot(t)).toEqual(before);
  });

  it('imports.get and imports.undo of unknown batches say so', async () => {
    expect((await callError(t, 'imports.get', { id: 99999 })).code).toBe('NOT_FOUND');
    expect((await callError(t, 'imports.undo', { id: 99999 })).code).toBe('NOT_FOUND');
  });
});
