/**
 * The record layer's fast path (records.ts fastRecord: well-formed lines read in one pass, only the kept cells
 * cut out) must give exactly what the full path gives: the same records, damaged rows and blank lines at the
 * same line numbers, and the same text in every kept cell. The full path runs when the sink keeps all columns.
 * And the date reader for orders without a code (values.ts instantMs) agrees with parseInstant.
 */
import { describe, expect, it } from 'vitest';
import { RecordReader, type RecordSink } from '../../../src/main/redemptions/records';
import { ByteRecords } from '../../../src/main/redemptions/byte-records';
import { decodeWindows1252 } from '../../../src/main/influencers/directory/spreadsheet';
import { instantMs, parseInstant, parseInstantByPattern } from '../../../src/main/redemptions/values';
import { OrderAssembler } from '../../../src/main/redemptions/assemble';
import { rowReader } from '../../../src/main/redemptions/formats';

type Event = [string, number, ...unknown[]];

function sinkFor(out: Event[], keep: number[] | undefined): RecordSink {
  return {
    header: () => keep,
    record: (r) => void out.push(['record', r.line, keep ? keep.map((i) => r.cells[i]) : r.cells, r.cells.length]),
    damaged: (d) => void out.push(['damaged', d.line, d.code]),
    blank: (line) => void out.push(['blank', line]),
  };
}

/** The same, fed with the file's bytes (byte-records.ts), cut into `pieces` chunks. */
function readBytes(bytes: Buffer, encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252', keep: number[] | undefined, pieces = 1): Event[] {
  const out: Event[] = [];
  const reader = new ByteRecords(new RecordReader(';', sinkFor(out, keep)), encoding);
  const size = Math.max(1, Math.ceil(bytes.length / pieces));
  for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
  reader.end();
  return out;
}

/** Windows-1252 bytes of a text (its characters all in Latin-1 here). */
const latin1 = (text: string) => Buffer.from(text, 'latin1');

function read(text: string, keep: number[] | undefined, pieces = 1): Event[] {
  const out: Event[] = [];
  const sink = sinkFor(out, keep);
  const reader = new RecordReader(';', sink);
  // fed in pieces, so that records are cut at chunk edges as in a streamed file
  const size = Math.ceil(text.length / pieces);
  for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
  reader.end();
  return out;
}

/** The full path's events with only the kept cells of each record. */
function projected(events: Event[], keep: number[]): Event[] {
  return events.map((e) => (e[0] === 'record' ? ['record', e[1], keep.map((i) => (e[2] as string[])[i]), e[3]] : e));
}

const H = 'Bestellnummer;Kundin;Datum;Gutschein;Summe;Notiz';
const LINES = [
  '1;Erika;24.11.2026;LISA10;12,50;',
  '2;"Muster; Erika";24.11.2026;"MAX15";"1.234,56";"sagt ""hallo"""',
  '3;;;;;',
  ';;;;;',
  '4;"Zeile',
  'zwei";24.11.2026;LISA10;10,00;x',
  '5;a"b;24.11.2026;LISA10;10,00;"x"y',
  '6;Erika;24.11.2026;LISA10;10,00;zu;viel',
  '7;Erika;24.11.2026;LISA10',
  '8;Er\0ika;24.11.2026;LISA10;10,00;',
  '\uFEFF' + H,
  '9;"";"24.11.2026";"";10,00;""',
  '   ',
  '10;Erika;24.11.2026;LISA10;10,00;"offen',
  '11;Erika;24.11.2026;LISA10;10,00;',
  '12;Erika;24.11.2026;;10,00;',
];

describe('the fast path of the record layer', () => {
  // Kept columns up to the last one, and fewer: the byte reader only counts the cells after the last kept one.
  for (const keep of [[0, 2, 3, 4, 5], [0, 2], [0]])
  for (const [name, text] of [
    ['LF', [H, ...LINES].join('\n') + '\n'],
    ['CRLF', [H, ...LINES].join('\r\n') + '\r\n'],
    ['mixed CR, LF, CRLF and a cut-off end', [H, ...LINES.slice(0, 6)].join('\r') + '\r\n' + LINES.slice(6).join('\n') + '\n13;Erika;24.11'],
  ] as const) {
    it(`reads every record as the full path does (${name}, columns ${keep.join(' ')} kept)`, () => {
      const full = read(text, undefined);
      for (const pieces of [1, 3, 17, 101]) expect(read(text, keep, pieces)).toEqual(projected(full, keep));
      // the byte reader: UTF-8 (with and without BOM) and Windows-1252, cut at every kind of edge (one byte a chunk too)
      const umlauts = text.replaceAll('Erika', 'Jörg Müller').replaceAll('LISA10', 'JÖRGFIT');
      const fullUmlauts = read(umlauts, undefined);
      for (const pieces of [1, 3, 17, 101, umlauts.length * 2]) {
        expect(readBytes(Buffer.from(umlauts, 'utf8'), 'utf-8', keep, pieces)).toEqual(projected(fullUmlauts, keep));
        expect(readBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(umlauts, 'utf8')]), 'utf-8-bom', keep, pieces)).toEqual(projected(fullUmlauts, keep));
        expect(readBytes(latin1(umlauts), 'windows-1252', keep, pieces)).toEqual(projected(read(decodeWindows1252(latin1(umlauts)), undefined), keep));
        expect(readBytes(Buffer.from(text, 'utf8'), 'utf-8', undefined, pieces)).toEqual(full);
      }
      // the corpus reaches both paths: regular records and every kind of damage
      expect(full.filter((e) => e[0] === 'record').length).toBeGreaterThan(5);
      expect(new Set(full.filter((e) => e[0] === 'damaged').map((e) => e[2]))).toEqual(
        new Set(['text_after_quote', 'too_many_columns', 'too_few_columns', 'nul_bytes', 'unclosed_quote', ...(name.includes('cut') ? ['cut_off'] : [])]),
      );
    });
  }
});

describe('the byte reader on long rows', () => {
  // Rows as wide as a shop export's, with long cells the reader does not keep: byte-records.ts skips and counts
  // them four bytes at a time, so quotes, delimiters and line ends fall at every position of a 4-byte word.
  const PIECES = ['', 'a', 'abc', 'abcdefghijklm', 'Jörg Müller, Straße 12', '"x;y"', '"he said ""hi"""', 'a"b', '5" screen', '"a;b;c;d;e;f"', '""', '"a;;b"', 'ü'];
  // now and then a damaged row, or a quoted cell over two lines
  const RARE = ['"q"tail', '"open', '"Zeile\nzwei"', 'a\0b'];
  let seed = 7;
  const rnd = (n: number) => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0), (seed >>> 16) % n);
  const W = 14;
  const lines = [Array.from({ length: W }, (_, i) => `Spalte ${i}`).join(';')];
  for (let r = 0; r < 600; r++) {
    const width = rnd(10) === 0 ? W - 1 + rnd(3) : W; // now and then a cell too many or too few
    const cells = Array.from({ length: width }, (_, c) => (c === 0 ? String(r) : PIECES[rnd(PIECES.length)]));
    if (rnd(8) === 0) cells[1 + rnd(width - 1)] = RARE[rnd(RARE.length)];
    lines.push(cells.join(';'));
  }
  const text = lines.join(rnd(2) ? '\r\n' : '\n') + '\n';
  for (const keep of [[0, 13], [0, 6, 7], [2, 11], [0]]) {
    it(`reads every record as the full path does (columns ${keep.join(' ')} kept)`, () => {
      const full = read(text, undefined);
      expect(full.filter((e) => e[0] === 'record').length).toBeGreaterThan(50);
      for (const pieces of [1, 7, 97]) {
        expect(readBytes(Buffer.from(text, 'utf8'), 'utf-8', keep, pieces)).toEqual(projected(full, keep));
        expect(readBytes(latin1(text), 'windows-1252', keep, pieces)).toEqual(projected(read(decodeWindows1252(latin1(text)), undefined), keep));
      }
      // and the byte reader reads them itself (a skip that lost its way would only send the rows down the full
      // path, unseen above): every record on a line of its own with text in a kept cell — but the line after an
      // unclosed quote, which the full path reads to resynchronise
      const fast: number[] = [];
      const reader = new ByteRecords(new RecordReader(';', { ...sinkFor([], keep), record: (r) => void (r.shared && fast.push(r.line)) }), 'utf-8');
      reader.push(Buffer.from(text, 'utf8'));
      reader.end();
      const own = full.filter(
        (e, i) => e[0] === 'record' && (full[i + 1]?.[1] ?? e[1] + 1) === e[1] + 1 && full[i - 1]?.[2] !== 'unclosed_quote' && keep.some((c) => (e[2] as string[])[c].trim() !== ''),
      );
      expect(fast).toEqual(own.map((e) => e[1]));
    });
  }
});

describe('instantMs (orders without a code)', () => {
  it('agrees with parseInstant on the shapes exports write and on broken ones', () => {
    const samples = [
      '2025-12-07 19:08:25 +0100',
      '2025-12-07T19:08:25+01:00',
      '2025-12-07T19:08:25-05:30',
      '2025-12-07T19:08:25Z',
      '24.11.2026 13:45',
      '2026-07-01 08:00',
      '2025-02-29 19:08:25 +0100',
      '2024-02-29 19:08:25 +0100',
      '2025-13-07 19:08:25 +0100',
      '2025-12-07 24:08:25 +0100',
      '2025-12-07 19:08:25 +1500',
      '2025-12-07 19:08:25 +0160',
      '1969-12-07 19:08:25 +0100',
      '2025-12-07x19:08:25 +0100',
      '2025-1a-07 19:08:25 +0100',
      'kaputt',
      // the arithmetic of the quick shapes at the edges: leap days, a UTC instant in 1969, the last year read
      '2000-02-29 23:59:59 +0100',
      '2100-02-29 12:00:00 +0100',
      '2024-12-31T23:59:59-14:00',
      '1970-01-01 00:30:00 +0100',
      '2200-12-31T23:59:59-01:00',
      '2025-04-31 10:00:00 +0200',
      '2025-12-07 19:08:25+01:00',
      '2025-12-07T19:08:25 -0130',
      '2025-12-07T19:08:25.123Z',
    ];
    for (const s of samples) expect([s, instantMs(s)]).toEqual([s, parseInstant(s)?.utcMs ?? null]);
    // parseInstant's own quick shapes give what its regular expressions give
    for (const s of samples) expect([s, parseInstant(s)]).toEqual([s, parseInstantByPattern(s)]);
  });
});

describe('orders read from the byte reader’s shared rows', () => {
  // byte-records.ts hands well-formed records over in two arrays in turn (CsvRecord.shared); the assembler holds an
  // order's first row as it is while the next record is handled and copies its kept cells only if the order is
  // still open. Everything it reports must be what it reports for rows of their own.
  const headers = ['Name', 'Email', 'Financial Status', 'Total', 'Discount Code', 'Created at', 'Notiz'];
  const rows = [
    ['#1', 'a@x', 'paid', '10.00', 'LISA10', '2026-01-01 10:00:00 +0100', 'x'],
    ['#2', 'b@x', 'paid', 'kaputt', 'LISA10', '2026-01-01 11:00:00 +0100', 'y'], // rejected: its total
    ['#2', 'b@x', '', '', '', '', 'Artikel 2'],
    ['#2', 'b@x', '', '', '', '', 'Artikel 3'],
    ['', 'c@x', 'paid', '1.00', '', '', ''], // no order id
    ['#3', 'c@x', 'paid', '5.00', 'MAX15', 'gestern', 'z'], // rejected: its date
    ['#4', 'd@x', 'paid', '7.00', '', '2026-01-02 10:00:00 +0100', ''],
    ['#4', 'd@x', '', '', '', '', 'Artikel'],
    ['#5', 'e@x', 'refunded', '9.00', 'LISA10', '2026-01-03 10:00:00 +0100', ''],
    ['#5', 'e@x', '', '', '', '', 'Artikel'],
  ];
  for (const format of ['shopify', 'generic'] as const) {
    it(`reports the same orders and rejected rows (${format})`, () => {
      const mapping = { orderId: 'Name', orderedAt: 'Created at', code: 'Discount Code', total: 'Total', status: 'Financial Status' };
      const run = (shared: boolean) => {
        const out: unknown[] = [];
        const read = rowReader(format, headers, mapping);
        const a = new OrderAssembler(read, ',', (o) => out.push(['order', o]), (r) => out.push(['reject', r]), 'EUR', (p) => out.push(['plain', p]));
        const turns = [headers.map(() => ''), headers.map(() => '')];
        rows.forEach((cells, i) => {
          if (!shared) return a.push([...cells], i + 2, null);
          // as byte-records.ts fills them: the kept columns refilled, the others empty
          const row = turns[i % 2];
          for (const c of read.columns!) row[c] = cells[c];
          a.push(row, i + 2, null, true);
        });
        a.finish();
        return out;
      };
      const own = run(false);
      expect(run(true)).toEqual(own);
      expect(own.filter((e) => (e as unknown[])[0] === 'reject')).toHaveLength(3);
    });
  }
});
