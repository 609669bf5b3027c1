/**
 * Issue 11: a corpus of damaged exports, generated here, each with its exact expected accounting:
 * rows read = orders stored + rows rejected (line, reason) + rows ignored (why).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { count, importFile, type T } from './helpers';
import type { IgnoredWhy } from '../../../src/shared/contract';

let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

const H = 'Bestellnummer;Bestelldatum;Status;Gutscheincode(s);Summe (brutto);Währung';
const row = (i: number, code = `CODE${i % 3}`) => `${1000 + i};24.11.2026 13:45;abgeschlossen;${code};12,50;EUR`;
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => row(from + k));
const NONE: Record<IgnoredWhy, number> = { no_code: 0, shop_label: 0, continuation: 0, duplicate: 0, repeated_header: 0, blank: 0 };

interface Expect {
  read: number;
  stored: number;
  rejects: { line: number; code: string }[];
  ignored?: Partial<Record<IgnoredWhy, number>>;
}

async function dry(name: string, text: string | Buffer) {
  const out = await importFile(t, name, Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), 'redemptions.dryRun');
  if (!out.report) throw new Error(`${name}: ${out.message}`);
  return out;
}

function check(report: NonNullable<Awaited<ReturnType<typeof dry>>['report']>, e: Expect) {
  const a = report.accounting;
  expect(a.rowsRead).toBe(e.read);
  expect(a.ordersStored).toBe(e.stored);
  expect(report.rejects.map((r) => ({ line: r.line, code: r.code }))).toEqual(e.rejects);
  expect(a.rowsRejected).toBe(e.rejects.length);
  expect(a.ignored).toEqual({ ...NONE, ...e.ignored });
  expect(a.rowsRead).toBe(a.ordersStored + a.rowsRejected + a.rowsIgnored);
}

describe('damaged exports: every row accounted for', () => {
  const cases: [string, string, Expect][] = [
    ['mixed line endings (CRLF, then LF, then CR)', [H, ...rows(1, 3)].join('\r\n') + '\r\n' + rows(4, 6).join('\n') + '\n' + rows(7, 8).join('\r') + '\r', { read: 8, stored: 8, rejects: [] }],
    ['CR only (old Mac)', [H, ...rows(1, 5)].join('\r') + '\r', { read: 5, stored: 5, rejects: [] }],
    [
      'an unclosed quote in the middle',
      [H, row(1), row(2), `1003;"24.11.2026 13:45;abgeschlossen;CODE0;12,50;EUR`, row(4), row(5), row(6)].join('\r\n') + '\r\n',
      { read: 6, stored: 5, rejects: [{ line: 4, code: 'unclosed_quote' }] },
    ],
    ['a cut-off last row', [H, ...rows(1, 4), '1005;24.11.2026 13:45;abgesch'].join('\n'), { read: 5, stored: 4, rejects: [{ line: 6, code: 'cut_off' }] }],
    [
      'too many and too few cells',
      [H, row(1), row(2) + ';extra', row(3), '1004;24.11.2026 13:45;abgeschlossen;CODE1;12,50', row(5)].join('\n') + '\n',
      { read: 5, stored: 3, rejects: [{ line: 3, code: 'too_many_columns' }, { line: 5, code: 'too_few_columns' }] },
    ],
    ['NUL bytes in a row', [H, ...rows(1, 30), '1031;24.11.2026\0\0 13:45;abgeschlossen;CODE1;12,50;EUR', ...rows(32, 40)].join('\n') + '\n', { read: 40, stored: 39, rejects: [{ line: 32, code: 'nul_bytes' }] }],
    [
      'a BOM in the middle (two exports concatenated)',
      '\uFEFF' + [H, ...rows(1, 3)].join('\r\n') + '\r\n' + '\uFEFF' + [H, ...rows(4, 6)].join('\r\n') + '\r\n',
      { read: 7, stored: 6, rejects: [], ignored: { repeated_header: 1 } },
    ],
    ['an Excel sep=; first line', ['sep=;', H, ...rows(1, 3)].join('\r\n') + '\r\n', { read: 3, stored: 3, rejects: [] }],
    [
      'a row without a code, a blank line, a shop label and a duplicate order',
      [H, row(1), row(2, ''), '', row(3, 'AUTOMATIC DISCOUNTS'), row(4), row(1)].join('\n') + '\n',
      { read: 6, stored: 2, rejects: [], ignored: { no_code: 1, blank: 1, shop_label: 1, duplicate: 1 } },
    ],
  ];
  for (const [name, text, e] of cases) {
    it(name, async () => {
      const { report, inspection } = await dry(`${name}.csv`, text);
      expect(inspection.format).toBe('generic');
      expect(inspection.mapping).toMatchObject({ orderId: 'Bestellnummer', orderedAt: 'Bestelldatum', status: 'Status', code: 'Gutscheincode(s)', total: 'Summe (brutto)', currency: 'Währung' });
      check(report!, e);
    });
  }

  it('a rejected row keeps only the cells the import reads, not names or addresses', async () => {
    const head = 'Bestellnummer;Kundin;Straße;Datum;Status;Gutschein;Summe';
    const good = (i: number) => `${i};Erika Muster;Hauptstr. 1;24.11.2026;bezahlt;LISA10;10,00`;
    const { report } = await dry('privacy.csv', [head, good(1), '2;Erika Muster;Hauptstr. 1;gestern;bezahlt;LISA10;10,00', good(3)].join('\n') + '\n');
    expect(report!.rejects).toHaveLength(1);
    expect(report!.rejects[0].raw).toBe('2;;;gestern;bezahlt;LISA10;10,00');
  });
});

describe('lost rows block the import until confirmed', () => {
  const text = [H, ...rows(1, 5), ...Array.from({ length: 5 }, (_, k) => `${2000 + k};kaputt;abgeschlossen;CODE1;12,50;EUR`)].join('\n') + '\n';

  it('fails without confirmation, stores nothing, and keeps the upload for the confirmed retry; then imports and deletes the upload', async () => {
    const first = await importFile(t, 'lost.csv', Buffer.from(text), 'redemptions.import', { shop: 'Lost Shop' });
    expect(first.status).toBe('failed');
    expect(first.errorKey).toBe('imports.lostRowsUnconfirmed');
    expect(first.errorParams).toEqual({ rows: 5 });
    expect(count(t, "SELECT count(*) FROM redemptions WHERE shop = 'lost shop'")).toBe(0);
    expect(count(t, "SELECT count(*) FROM import_batches WHERE shop = 'Lost Shop'")).toBe(0);
    const fileId = first.inspection.fileId;
    expect(fs.existsSync(path.join(t.dir, 'uploads', fileId))).toBe(true);
    const { runJob } = await import('./helpers');
    const again = await runJob(t, 'redemptions.import', { fileId, format: 'generic', shop: '  LOST shop ', mapping: { ...first.inspection.mapping }, confirmLostRows: 5 });
    expect(again.status).toBe('done');
    expect(again.report!.accounting).toMatchObject({ rowsRead: 10, ordersStored: 5, rowsRejected: 5, lostRows: 5, needsConfirmation: true });
    expect(count(t, "SELECT count(*) FROM redemptions WHERE shop = 'lost shop'")).toBe(5);
    expect(fs.existsSync(path.join(t.dir, 'uploads', fileId))).toBe(false);
  });
});

describe('unknown codes in the dry run', () => {
  it('carry their first and last order as in the file, compared by the instant', async () => {
    const head = 'Bestellnummer;Bestelldatum;Status;Gutscheincode(s);Summe (brutto);Währung';
    const lines = [
      head,
      '1;2026-03-05T10:00:00+01:00;abgeschlossen;NEUCODE;10,00;EUR',
      // earlier as an instant although later on the clock face: 00:30 at +02:00 is 22:30 UTC the day before
      '2;2026-03-05T00:30:00+02:00;abgeschlossen;NEUCODE;10,00;EUR',
      '3;2026-04-20T09:15:00+02:00;abgeschlossen;NEUCODE;10,00;EUR',
      '4;2026-02-01T08:00:00+01:00;abgeschlossen;ANDERER;10,00;EUR',
    ];
    const { report } = await dry('unknown-dates.csv', lines.join('\n') + '\n');
    const byCode = Object.fromEntries(report!.unknownCodes.map((u) => [u.code, u]));
    expect(byCode.NEUCODE).toMatchObject({ orders: 3, firstOrderAt: expect.stringMatching(/^2026-03-05T00:30/), lastOrderAt: expect.stringMatching(/^2026-04-20T09:15/) });
    expect(byCode.ANDERER).toMatchObject({ orders: 1, firstOrderAt: expect.stringMatching(/^2026-02-01T08:00/), lastOrderAt: expect.stringMatching(/^2026-02-01T08:00/) });
  });
});
