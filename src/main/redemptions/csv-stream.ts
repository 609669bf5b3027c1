/**
 * Streaming CSV reading for shop exports (up to 1 GB): the file is read from disk in 1 MiB chunks, decoded with
 * the encoding decided from its first MiB, and fed to papaparse, which hands back records chunk by chunk.
 * Nothing but the current chunk and the record being built is held in memory.
 *
 * Row numbers follow the spreadsheet convention of the influencer import: the header is row 1, every CSV record
 * is one row (a quoted line break does not start a new one), blank lines count but are skipped.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { decodeText, decodeWindows1252, detectDelimiter, type TextEncoding } from '../influencers/directory/spreadsheet';
import { RecordReader, type RecordSink as RecordLayerSink } from './records';
import { ByteRecords, byteReadable } from './byte-records';

export const SNIFF_BYTES = 1024 * 1024;
const READ_CHUNK = 1024 * 1024;

export interface Sniffed {
  encoding: TextEncoding;
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
  /** Decoded text of the first MiB (at most), without BOM. */
  text: string;
  binary: boolean;
}

/** Cuts an incomplete UTF-8 sequence off the end of a sample so that a cut in the middle of `ü` is not read as Windows-1252. */
function trimIncompleteUtf8(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(4, n); back++) {
    const b = bytes[n - back];
    if (b < 0x80) return bytes; // ASCII: complete
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? bytes.subarray(0, n - back) : bytes;
    }
  }
  return bytes;
}

/**
 * Binary content (images, PDFs, zips): more than 1 % control characters other than tab, LF, VT, FF, CR in the
 * first 8 KiB, or any at the very start. A few NUL bytes in a text export are a damaged row, not a binary file.
 */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0xfffd) {
      if (i < 4) return true;
      bad++;
    }
  }
  return bad > n / 100;
}

function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === '\n') return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
    else if (!inQuotes && ch === '\r' && text[i + 1] !== '\n') return '\r';
  }
  return '\n';
}

/** Reads the first MiB and decides encoding (BOM, UTF-16, strict UTF-8, else Windows-1252), delimiter and line ending. */
export function sniffFile(file: string): Sniffed {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    const read = fs.readSync(fd, buf, 0, buf.length, 0);
    let bytes: Uint8Array = buf.subarray(0, read);
    if (size > read) bytes = trimIncompleteUtf8(bytes);
    const { text, encoding } = decodeText(bytes);
    // Excel's `sep=;` first line names the delimiter itself.
    const sep = /^\uFEFF?sep=(.)\s*(?:\r\n|\n|\r)/i.exec(text);
    const body = sep ? text.slice(sep[0].length) : text;
    return { encoding, delimiter: sep ? sep[1] : (headerDelimiter(body) ?? detectDelimiter(body)), newline: detectNewline(body), text: body, binary: looksBinary(body) };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The delimiter the header line uses, when it clearly uses one (≥ 2 of it, more than of any other): the header
 * is written by the shop, while damaged rows below it may disagree with each other.
 */
function headerDelimiter(text: string): string | null {
  const first = /^[^\r\n]*/.exec(text.replace(/^\uFEFF/, ''))?.[0] ?? '';
  const counts = [';', ',', '\t', '|'].map((d) => [d, first.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
  return counts[0][1] >= 2 && counts[0][1] > counts[1][1] ? counts[0][0] : null;
}

/** A decoder for chunks of the whole file: multi-byte characters split across chunks are carried over. */
export function chunkDecoder(encoding: TextEncoding): { decode(bytes: Uint8Array, last: boolean): string } {
  if (encoding === 'windows-1252') return { decode: (bytes) => decodeWindows1252(bytes) };
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  const skip = encoding === 'utf-8-bom' ? 3 : 0;
  const dec = new TextDecoder(label);
  let first = true;
  return {
    decode(bytes, last) {
      let b = bytes;
      if (first && skip) b = b.subarray(skip);
      first = false;
      // TextDecoder drops a UTF-16 BOM by itself; stream mode keeps split characters for the next call.
      return dec.decode(b, { stream: !last });
    },
  };
}

/**
 * Why a row cannot be read: a machine `code` with its variable parts (`params`) that the UI translates, and the
 * English `message` for logs and as the fallback.
 */
export interface Reason {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface RecordSink {
  /** One CSV record (cells untrimmed), its row number (header = 1), and papaparse's complaint about it, if any. */
  (cells: string[], row: number, error: Reason | null): void;
}

export interface StreamOptions {
  encoding: TextEncoding;
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
  onRecord: RecordSink;
  /** Called after every chunk with bytes read so far and the file size. */
  onChunk?: (doneBytes: number, totalBytes: number) => void;
  /** Stop after this many records (inspection). */
  maxRecords?: number;
}

function describeError(e: Papa.ParseError): Reason {
  if (e.code === 'MissingQuotes') {
    return { code: 'bad_quotes', params: {}, message: 'broken quotes: a quoted field is never closed, so the rest of the file cannot be read from here' };
  }
  if (e.code === 'InvalidQuotes') return { code: 'text_after_quote', params: {}, message: 'broken quotes: text after a closing quote' };
  if (e.code === 'TooManyFields') return { code: 'too_many_columns', params: {}, message: `unreadable row: ${e.message}` };
  if (e.code === 'TooFewFields') return { code: 'too_few_columns', params: {}, message: `unreadable row: ${e.message}` };
  return { code: 'unreadable_row', params: { detail: e.message }, message: `unreadable row: ${e.message}` };
}

/**
 * Streams every record of the file to `onRecord`. Resolves with the number of records and bytes read; rejects
 * when the file cannot be read or `onRecord` throws (the stream is closed first).
 */
export function streamRecords(file: string, opts: StreamOptions): Promise<{ records: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const total = fs.statSync(file).size;
    const decoder = chunkDecoder(opts.encoding);
    let bytes = 0;
    let records = 0;
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      text.destroy();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const done = () => {
      if (settled) return;
      settled = true;
      text.destroy();
      resolve({ records, bytes });
    };
    // Bytes → text, pulled on demand: Readable.from only reads the next chunk once papaparse took the last one.
    const input = fs.createReadStream(file, { highWaterMark: READ_CHUNK });
    async function* decoded(): AsyncGenerator<string> {
      for await (const chunk of input as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        const s = decoder.decode(chunk, false);
        if (s) yield s;
      }
      const tail = decoder.decode(new Uint8Array(0), true);
      if (tail) yield tail;
    }
    const text = Readable.from(decoded(), { objectMode: false, encoding: 'utf8' });
    text.on('error', fail);
    Papa.parse(text as unknown as NodeJS.ReadableStream, {
      delimiter: opts.delimiter,
      newline: opts.newline,
      header: false,
      skipEmptyLines: false,
      dynamicTyping: false,
      chunk(results, parser) {
        if (settled) return;
        try {
          const errs = new Map<number, Reason>();
          // An unterminated quote swallows the rest of the file: that message wins over the others of the row.
          for (const e of results.errors) {
            if (typeof e.row === 'number' && (!errs.has(e.row) || e.code === 'MissingQuotes')) errs.set(e.row, describeError(e));
          }
          const data = results.data as string[][];
          for (let i = 0; i < data.length; i++) {
            records++;
            opts.onRecord(data[i], records, errs.get(i) ?? null);
            if (opts.maxRecords && records >= opts.maxRecords) {
              parser.abort();
              done();
              return;
            }
          }
          opts.onChunk?.(bytes, total);
        } catch (err) {
          fail(err); // before abort(), which calls complete()
          parser.abort();
        }
      },
      complete: () => done(),
      error: (err: Error) => fail(err),
    });
  });
}


/**
 * Streams the whole file through the record layer (records.ts): bytes → text (encoding from the sniff) →
 * records with recovery; for UTF-8 and Windows-1252 the lines are cut in the bytes and well-formed ones read
 * without decoding them (byte-records.ts). Resolves with the bytes read; rejects when the file cannot be read or the sink throws.
 */
export async function readRecords(
  file: string,
  opts: { encoding: TextEncoding; delimiter: string; sink: RecordLayerSink; onChunk?: (doneBytes: number) => void | Promise<void> },
): Promise<{ bytes: number; delimiter: string }> {
  const reader = new RecordReader(opts.delimiter, opts.sink);
  let bytes = 0;
  const input = fs.createReadStream(file, { highWaterMark: READ_CHUNK });
  try {
    if (byteReadable(opts.encoding, opts.delimiter)) {
      // UTF-8 and Windows-1252: lines cut and well-formed ones read in the bytes (byte-records.ts)
      const lines = new ByteRecords(reader, opts.encoding);
      for await (const chunk of input as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        lines.push(chunk);
        await opts.onChunk?.(bytes);
      }
      lines.end();
      return { bytes, delimiter: reader.delimiterUsed };
    }
    const decoder = chunkDecoder(opts.encoding);
    for await (const chunk of input as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      const s = decoder.decode(chunk, false);
      if (s) reader.push(s);
      await opts.onChunk?.(bytes);
    }
    const tail = decoder.decode(new Uint8Array(0), true);
    if (tail) reader.push(tail);
    reader.end();
  } finally {
    input.destroy();
  }
  return { bytes, delimiter: reader.delimiterUsed };
}
