/**
 * The reading half of a shop import: the file → records (records.ts, with recovery) → orders (assemble.ts), with
 * every row accounted for. It hands the import (run.ts) what it writes in batches — the orders with a code and
 * the rejected rows, about one MiB of the file each — and at the end the figures of the whole file (rows read,
 * blank lines, repeated headers, orders, the period, currencies); orders without a code never leave it.
 *
 * It runs in the import's own thread for small files, and for large ones in a thread of its own
 * (parse-thread.ts) so that the next MiB is parsed while the import writes the last one; both run this code.
 */
import { DomainError } from '../../shared/envelope';
import type { TextEncoding } from '../influencers/directory/spreadsheet';
import { readRecords } from './csv-stream';
import { detectFormat, FormatError, rowReader, type Mapping, type RowReader } from './formats';
import { OrderAssembler, redactedRaw, type ParsedOrder, type PlainOrder, type RejectedRow } from './assemble';
import type { DamagedRecord } from './records';
import type { ShopFormat } from '../../shared/contract';

export interface ParseInput {
  file: string;
  fileName: string;
  encoding: TextEncoding;
  delimiter: string;
  format: ShopFormat;
  mapping: Mapping;
}

/** What the import writes, in file order: orders with a code and rejected rows. */
export interface ParseBatch {
  orders: ParsedOrder[];
  rejects: RejectedRow[];
  /** Bytes of the file read so far. */
  bytes: number;
}

/** An end of the file's period: the instant, and the order's text (`at`) or the raw date cell (`raw`). */
export interface PeriodEnd {
  ms: number;
  at: string | null;
  raw: string;
}

/** The figures of the whole file, once it is read. */
export interface ParseEnd {
  bytes: number;
  headers: string[];
  rowsRead: number;
  blank: number;
  repeatedHeader: number;
  /** Records that continue an order already started (line items). */
  continuation: number;
  /** Orders read (with and without a code; rejected ones excluded), and those without a code. */
  orders: number;
  plain: number;
  first: PeriodEnd;
  last: PeriodEnd;
  /** Orders per currency, in the order the currencies first appear. */
  currencies: [string, number][];
}

const DAMAGE_TEXT: Record<DamagedRecord['code'], (p: Record<string, string | number>) => string> = {
  unclosed_quote: () => 'broken quotes: a quoted cell is never closed; reading resumed at the next valid row',
  cut_off: () => 'the last row ends early: the file was cut off (interrupted download?)',
  too_many_columns: (p) => `too many cells: ${p.found} instead of ${p.expected}`,
  too_few_columns: (p) => `too few cells: ${p.found} instead of ${p.expected}`,
  nul_bytes: () => 'the row contains NUL bytes (a damaged file)',
  text_after_quote: () => 'broken quotes: text after a closing quote',
};

/**
 * Reads the whole file. `emit` gets a batch after every MiB read (and the last one at the end); reading waits
 * for the promise it returns, so a slow writer holds the reader back and memory stays flat.
 */
export async function parseShopFile(input: ParseInput, emit: (b: ParseBatch) => void | Promise<void>): Promise<ParseEnd> {
  let batch: ParseBatch = { orders: [], rejects: [], bytes: 0 };
  const rows = { read: 0, blank: 0, repeatedHeader: 0 };
  let orders = 0;
  let plain = 0;
  // The file's period over all orders (with or without a code), compared by the instant; the first one read wins a tie.
  const first: PeriodEnd = { ms: Infinity, at: null, raw: '' };
  const last: PeriodEnd = { ms: -Infinity, at: null, raw: '' };
  const widen = (ms: number, at: string | null, raw: string) => {
    // Field by field: a sorted file widens the period with every order (an object a row for Object.assign).
    if (ms < first.ms) {
      first.ms = ms;
      first.at = at;
      first.raw = raw;
    }
    if (ms > last.ms) {
      last.ms = ms;
      last.at = at;
      last.raw = raw;
    }
  };
  // Orders per currency, in the order of first appearance; the last one's tally kept at hand (a file rarely has two).
  const currencies = new Map<string, { n: number }>();
  let lastCurrency = '';
  let lastTally: { n: number } = { n: 0 };
  const countCurrency = (c: string) => {
    if (c !== lastCurrency || currencies.size === 0) {
      let t = currencies.get(c);
      if (!t) currencies.set(c, (t = { n: 0 }));
      lastCurrency = c;
      lastTally = t;
    }
    lastTally.n++;
  };
  const onReject = (r: RejectedRow) => void batch.rejects.push(r);
  const onPlain = (o: PlainOrder) => {
    orders++;
    plain++;
    if (o.orderedAtMs !== null) widen(o.orderedAtMs, null, o.orderedAtText);
    countCurrency(o.currency);
  };
  const onOrder = (o: ParsedOrder) => {
    orders++;
    widen(o.orderedAtMs, o.orderedAt, '');
    countCurrency(o.currency);
    batch.orders.push(o);
  };

  let assembler: OrderAssembler | null = null;
  let headers: string[] | null = null;
  let reader: RowReader | null = null;
  // A record that repeats the header (two exports concatenated); a loop, not every() with a regular expression:
  // it runs for every record and stops at the first cell.
  const isHeaderAgain = (cells: string[]) => {
    if (headers === null || cells.length !== headers.length) return false;
    for (let i = 0; i < cells.length; i++) {
      const x = cells[i];
      if ((x.charCodeAt(0) === 0xfeff ? x.slice(1) : x).trim() !== headers[i]) return false;
    }
    return true;
  };
  const { bytes } = await readRecords(input.file, {
    encoding: input.encoding,
    delimiter: input.delimiter,
    sink: {
      header(cells) {
        headers = cells.map((h) => h.replace(/^\uFEFF/, '').trim());
        const detected = detectFormat(headers);
        const noCode = detected.problems.find((p) => p.code === 'no_code_column');
        const codeMissing = input.format === 'generic' ? !input.mapping.code : detected.format === input.format;
        if (noCode && (detected.note || codeMissing)) {
          const hint = String(noCode.params?.hint ?? 'generic');
          throw new DomainError('INVALID_INPUT', noCode.message, { field: 'format', key: `imports.noCode.${hint}`, params: { hint } });
        }
        try {
          reader = rowReader(input.format, headers, input.mapping);
          assembler = new OrderAssembler(reader, input.delimiter, onOrder, onReject, 'EUR', onPlain);
          // Only these cells are copied out of each well-formed record.
          return reader.columns;
        } catch (err) {
          if (err instanceof FormatError) throw new DomainError('INVALID_INPUT', err.message, { field: 'format', key: `imports.format.${err.kind}`, params: err.params });
          throw err;
        }
      },
      record(r) {
        rows.read++;
        // A shared row (byte-records.ts) never repeats the header: its first kept cell would have read as the
        // header's, and such a line takes the full path.
        if (!r.shared && isHeaderAgain(r.cells)) return void rows.repeatedHeader++;
        assembler!.push(r.cells, r.line, null, r.shared === true);
      },
      damaged(d) {
        if (!assembler) throw new DomainError('INVALID_INPUT', `The header row (line ${d.line}) cannot be read.`, { field: 'fileId', key: 'imports.headerUnreadable', params: { line: d.line } });
        rows.read++;
        const message = DAMAGE_TEXT[d.code](d.params);
        onReject({ row: d.line, reason: message, code: d.code, params: d.params, raw: redactedRaw(d.cells, reader?.columns, input.delimiter) });
      },
      blank() {
        rows.read++;
        rows.blank++;
      },
    },
    onChunk: async (done) => {
      const full = batch;
      batch = { orders: [], rejects: [], bytes: done };
      full.bytes = done;
      await emit(full);
    },
  });
  if (!assembler || !headers) throw new DomainError('INVALID_INPUT', `${input.fileName} contains no rows.`, { field: 'fileId', key: 'imports.noRows', params: { file: input.fileName } });
  (assembler as OrderAssembler).finish();
  if (rows.read - rows.blank === 0) throw new DomainError('INVALID_INPUT', `${input.fileName} has a header but no orders.`, { field: 'fileId', key: 'imports.noOrders', params: { file: input.fileName } });
  batch.bytes = bytes;
  await emit(batch);
  return {
    bytes,
    headers,
    rowsRead: rows.read,
    blank: rows.blank,
    repeatedHeader: rows.repeatedHeader,
    continuation: (assembler as OrderAssembler).continuation,
    orders,
    plain,
    first,
    last,
    currencies: [...currencies].map(([c, t]) => [c, t.n]),
  };
}
