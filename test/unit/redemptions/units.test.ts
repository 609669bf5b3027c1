/** Pure pieces: instants, money, statuses, code splitting, leak rules, and the streaming reader on multi-MiB files. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmp';
import { classifyCode, moneyMinor, parseInstant, shopifyStatus, shopware5Status, wordStatus } from '../../../src/main/redemptions/values';
import { detectFormat, splitCodes, wooCouponCodes, wooRefundMinor } from '../../../src/main/redemptions/formats';
import { chunkDecoder, sniffFile, streamRecords } from '../../../src/main/redemptions/csv-stream';
import { leakFlags, type CodeWindow } from '../../../src/main/redemptions/leaks';

const tmp = tempDir('kollab-red-');
afterAll(() => tmp.cleanup());

describe('instants', () => {
  it('keeps a given offset and adds the UTC twin', () => {
    expect(parseInstant('2025-12-07 19:08:25 +0000')).toMatchObject({ local: '2025-12-07T19:08:25+00:00', utc: '2025-12-07T19:08:25.000Z' });
    expect(parseInstant('2021-07-20 09:04:47 -0400')).toMatchObject({ local: '2021-07-20T09:04:47-04:00', utc: '2021-07-20T13:04:47.000Z' });
    expect(parseInstant('2026-01-01T10:00:00Z')).toMatchObject({ local: '2026-01-01T10:00:00+00:00' });
    expect(parseInstant('2026-01-01T10:00:00+05:30')?.utc).toBe('2026-01-01T04:30:00.000Z');
  });
  it('reads times without offset as Europe/Berlin, with daylight saving time', () => {
    expect(parseInstant('24.11.2026 13:45')).toMatchObject({ local: '2026-11-24T13:45:00+01:00', utc: '2026-11-24T12:45:00.000Z' });
    expect(parseInstant('29.03.2026 01:59')?.local).toBe('2026-03-29T01:59:00+01:00');
    expect(parseInstant('29.03.2026 03:00')?.local).toBe('2026-03-29T03:00:00+02:00');
    expect(parseInstant('2026-07-01 08:00')?.utc).toBe('2026-07-01T06:00:00.000Z');
    expect(parseInstant('01.02.26')?.local).toBe('2026-02-01T00:00:00+01:00');
  });
  it('refuses what is not a date', () => {
    for (const s of ['', 'kaputt', '31.02.2026 10:00', '11/24/2026', '2026-13-01', '2026-01-01 25:00', '0000-00-00']) expect(parseInstant(s)).toBeNull();
  });
});

describe('money in minor units, no float error', () => {
  it.each([
    ['0.00', true, 0],
    ['160.00', true, 16000],
    ['0.1', true, 10],
    ['-2', true, -200],
    ['836.134', true, 83613],
    ['-180.659', true, -18066],
    ['1.234,56', false, 123456],
    ['45,00 €', false, 4500],
    ['1234.5', false, 123450],
    ['19,99', false, 1999],
    ['1.234', false, 123400],
    ['9007199254740.99', true, 900719925474099],
  ])('%s → %d', (text, dot, minor) => {
    expect(moneyMinor(text, { dotDecimal: dot })).toBe(minor);
  });
  it('gives null for text and 0 for empty when asked', () => {
    expect(moneyMinor('zwölf')).toBeNull();
    expect(moneyMinor('', { emptyIsZero: true })).toBe(0);
    expect(moneyMinor('')).toBeNull();
  });
});

describe('statuses and codes', () => {
  it('maps shop statuses', () => {
    expect(shopifyStatus('paid', '')).toBe('paid');
    expect(shopifyStatus('paid', '2025-08-29 14:05:55 +0100')).toBe('cancelled');
    expect(shopifyStatus('voided', '2026-04-02 00:35:14 -0400')).toBe('voided');
    expect(shopifyStatus('refunded', '2025-08-12 07:19:29 +0100')).toBe('refunded');
    expect(shopifyStatus('whatever', '')).toBe('unknown');
    expect(wordStatus('wc-completed')).toBe('paid');
    expect(wordStatus('On hold')).toBe('pending');
    expect(wordStatus('Pending payment')).toBe('pending');
    expect(wordStatus('Teilweise erstattet')).toBe('partially_refunded');
    expect(shopware5Status('0', '12')).toBe('paid');
    expect(shopware5Status('-1', '0')).toBe('cancelled');
    expect(shopware5Status('0', '17')).toBe('pending');
    expect(shopware5Status('2', '20')).toBe('refunded');
  });
  it('splits code lists and tells labels from codes', () => {
    expect(splitCodes('LISA10, MAX15')).toEqual(['LISA10', 'MAX15']);
    expect(splitCodes('Custom Fail Tag 10,000 Discount')).toEqual(['Custom Fail Tag 10,000 Discount']);
    expect(wooCouponCodes('code:LISA10|amount:10.00;code:sommer5|amount:5.00')).toEqual(['LISA10', 'sommer5']);
    expect(wooRefundMinor('amount:20.00|reason:x;amount:5.5|reason:y')).toBe(2550);
    const known = (n: string) => n === 'SUMMER SALE';
    expect(classifyCode('AUTOMATIC DISCOUNTS', known)).toEqual({ kind: 'label', label: 'AUTOMATIC DISCOUNTS' });
    expect(classifyCode('Seller discount', known)).toEqual({ kind: 'label', label: 'Seller discount' });
    expect(classifyCode('summer sale', known)).toEqual({ kind: 'code', norm: 'SUMMER SALE' });
    expect(classifyCode('creator.bd91', known)).toEqual({ kind: 'code', norm: 'CREATOR.BD91' });
  });
  it('maps Shopify by header name whatever the column order', () => {
    const a = detectFormat(['Name', 'Total', 'Discount Code', 'Created at', 'Financial Status']);
    expect(a.format).toBe('shopify');
    expect(a.mapping).toMatchObject({ orderId: 'Name', total: 'Total', code: 'Discount Code' });
  });
});

describe('leak rules', () => {
  const w = (o: Partial<CodeWindow>): Map<string, CodeWindow> => new Map([['C', { code: 'C', collaborationId: 1, start: null, end: null, ...o }]]);
  it('spike threshold is max(20, 5 × median)', () => {
    const days = new Map([['C', new Map([['2026-01-01', 10], ['2026-01-02', 10], ['2026-01-03', 50], ['2026-01-04', 51]])]]);
    // median of [10, 10, 50, 51] = 30 → limit 150: no spike
    expect(leakFlags(days, w({}))).toEqual([]);
    const quiet = new Map([['C', new Map([['2026-01-01', 1], ['2026-01-02', 2], ['2026-01-03', 21], ['2026-01-04', 1], ['2026-01-05', 20]])]]);
    // median 2 → limit max(20, 10) = 20: 21 is a spike, 20 is not
    expect(leakFlags(quiet, w({}))).toEqual([{ code: 'C', collaborationId: 1, kind: 'spike', day: '2026-01-03', orders: 21 }]);
  });
  it('counts orders before the start and after the end once per code', () => {
    const days = new Map([['C', new Map([['2026-01-01', 2], ['2026-01-05', 3], ['2026-02-10', 1], ['2026-03-01', 4]])]]);
    expect(leakFlags(days, w({ start: '2026-01-02', end: '2026-02-01' }))).toEqual([
      { code: 'C', collaborationId: 1, kind: 'before_start', day: '2026-01-01', orders: 2 },
      { code: 'C', collaborationId: 1, kind: 'after_end', day: '2026-02-10', orders: 5 },
    ]);
  });
});

describe('streaming reader', () => {
  const rows = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => `${i};${text(i)};"quoted;\n${i}"`);

  it('reads a 3 MiB UTF-8 file without splitting characters at chunk boundaries', async () => {
    const file = path.join(tmp.dir, 'utf8.csv');
    const lines = ['id;text;note', ...rows(70_000, (i) => `Grüße ${'€'.repeat(i % 7)} ü`)];
    fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
    expect(fs.statSync(file).size).toBeGreaterThan(2 * 1024 * 1024);
    const sniff = sniffFile(file);
    expect(sniff).toMatchObject({ encoding: 'utf-8', delimiter: ';', newline: '\r\n', binary: false });
    const seen: string[][] = [];
    const { records } = await streamRecords(file, { ...sniff, onRecord: (c) => seen.push(c) });
    expect(records).toBe(70_001); // header and rows; the final line break ends the last record
    for (const i of [0, 1, 9_999, 25_000, 69_999]) expect(seen[i + 1]).toEqual([String(i), `Grüße ${'€'.repeat(i % 7)} ü`, `quoted;\n${i}`]);
    expect(seen.slice(1).every((r) => !r[1].includes('\uFFFD'))).toBe(true);
  });

  it('decides Windows-1252 from the first MiB even when a UTF-8 character would straddle it', async () => {
    const file = path.join(tmp.dir, 'cp1252.csv');
    const body = ['id;text;note', ...rows(60_000, () => 'Müller € Straße')].join('\n');
    fs.writeFileSync(file, Buffer.from([...body].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0)))));
    const sniff = sniffFile(file);
    expect(sniff.encoding).toBe('windows-1252');
    let last: string[] = [];
    await streamRecords(file, { ...sniff, onRecord: (c) => (last = c) });
    expect(last).toEqual(['59999', 'Müller € Straße', 'quoted;\n59999']);
  });

  it('keeps UTF-8 when the sample ends in the middle of a multi-byte character', () => {
    const file = path.join(tmp.dir, 'edge.csv');
    const head = 'a;b\n' + 'x'.repeat(1024 * 1024 - 5) + ';';
    fs.writeFileSync(file, Buffer.concat([Buffer.from(head), Buffer.from('€€€\n')]));
    expect(sniffFile(file).encoding).toBe('utf-8');
  });

  it('the chunk decoder carries split characters over', () => {
    const d = chunkDecoder('utf-8');
    const bytes = Buffer.from('a€b');
    expect(d.decode(bytes.subarray(0, 2), false) + d.decode(bytes.subarray(2), true)).toBe('a€b');
  });
});
