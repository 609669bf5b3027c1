/**
 * The record layer (records.ts) fed with the file's bytes instead of decoded text, for the encodings whose
 * delimiter, quote, CR and LF are single ASCII bytes that never occur inside another character (UTF-8 and
 * Windows-1252): lines are cut in the bytes, and a well-formed line (the same checks as RecordReader's
 * fastRecord: the header's number of cells, regular quotes, no NUL byte, no BOM, not blank, not the header
 * again) is read without decoding it — only the kept cells become strings (the line's prefix decoded a byte a character
 * and cut when they are ASCII, else each kept cell decoded on its own). Every other line is decoded
 * and takes the full path (RecordReader.pushLine), which stays the reference for every irregular case.
 *
 * Why: reading a 1,000,000-row export, scanning decoded text (a string per MiB, carried over) cost about 3 µs a
 * row; scanning the bytes about a tenth of that. test/unit/redemptions/fast-path.test.ts checks this reader
 * against the full path on the damaged corpus, in UTF-8 and Windows-1252, cut into chunks at every kind of edge.
 */
import type { TextEncoding } from '../influencers/directory/spreadsheet';
import { decodeWindows1252 } from '../influencers/directory/spreadsheet';
import type { RecordReader } from './records';
import { plainEnds } from './values';

/** What the record layer tells a caller that reads well-formed lines itself (RecordReader.fastSpec). */
export interface FastSpec {
  width: number;
  delimCode: number;
  /** 1 for each kept column (the header's width + 1 long). */
  keep: Uint8Array;
  keptCols: readonly number[];
  keptHeader: readonly string[];
  emptyRow: readonly string[];
  /** The last kept column: the cells after it are only counted. */
  lastKept: number;
}

/** Buffer's own decoders, which toString calls after looking the encoding up by its name (a million rows). */
type Decoding = Buffer & { utf8Slice(start: number, end: number): string; latin1Slice(start: number, end: number): string };

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Whether `readBytes` can read a file of this encoding and delimiter. */
export function byteReadable(encoding: TextEncoding, delimiter: string): boolean {
  return (encoding === 'utf-8' || encoding === 'utf-8-bom' || encoding === 'windows-1252') && delimiter.length === 1 && delimiter.charCodeAt(0) < 0x80;
}

/** Each byte of a 32-bit word: a word of four quotes or four delimiters, to compare four bytes at once. */
const QUOTES = QUOTE * 0x01010101;

/** Whether one of the four bytes of `x` is zero (the classic test: exact for "any", not for which one). */
function hasZeroByte(x: number): boolean {
  return ((x - 0x01010101) & ~x & 0x80808080) !== 0;
}

/** How many of the four bytes of `x` are zero (exact: no carry crosses a byte). */
function zeroBytes(x: number): number {
  const zero = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f); // 0x80 in each zero byte
  return Math.imul(zero >>> 7, 0x01010101) >>> 24;
}

/**
 * A quoted cell that opens at `i` (a cell start): where its closing quote is, or -1 when it is not regular — it
 * goes on past the line's end, or text follows its closing quote.
 */
function closingQuote(buf: Buffer, i: number, end: number, d: number): number {
  let j = i + 1;
  for (;;) {
    while (j < end && buf[j] !== QUOTE) j++;
    if (j >= end) return -1;
    if (j + 1 < end && buf[j + 1] === QUOTE) {
      j += 2;
      continue;
    }
    break;
  }
  return j + 1 < end && buf[j + 1] !== d ? -1 : j;
}

/**
 * Skips `need` cells from `i` (a cell start) of the line `[start, end)`: returns where the cell after them starts,
 * or -1 when the line ends first or a quoted cell is not regular. Four bytes at a time while a word holds no
 * quote and fewer delimiters than are still needed, else a byte at a time up to the next delimiter: a quote at
 * a cell start opens a quoted cell (skipped whole), any other quote is a plain character — as in fastLine.
 *
 * Why: the cells a format does not read (e-mail, line item, addresses: half of a Shopify row's bytes before its
 * last read column) were scanned cell by cell; four bytes at a time, the scan of the 1,000,000-row bench file
 * took ~330 instead of ~400 ms (scratch micro-benchmark, the best of 5 runs each).
 */
function skipCells(buf: Buffer, view: DataView, start: number, i: number, end: number, need: number, d: number): number {
  const delims = d * 0x01010101;
  for (;;) {
    while (i + 4 <= end) {
      const x = view.getInt32(i, true);
      if (hasZeroByte(x ^ QUOTES)) break;
      const n = zeroBytes(x ^ delims);
      if (n >= need) break;
      need -= n;
      i += 4;
    }
    for (;;) {
      if (i >= end) return -1;
      const c = buf[i];
      if (c === d) {
        i++;
        if (--need === 0) return i;
        break;
      }
      if (c === QUOTE && (i === start || buf[i - 1] === d)) {
        const j = closingQuote(buf, i, end, d);
        if (j < 0) return -1;
        i = j + 1;
      } else i++;
    }
  }
}

/**
 * The delimiters from `i` (a cell start) to the line's end, outside quoted cells (the same reading as skipCells),
 * or -1 when a quoted cell is not regular or there are more than `max`.
 */
function countCells(buf: Buffer, view: DataView, start: number, i: number, end: number, max: number, d: number): number {
  const delims = d * 0x01010101;
  let n = 0;
  for (;;) {
    while (i + 4 <= end) {
      const x = view.getInt32(i, true);
      if (hasZeroByte(x ^ QUOTES)) break;
      n += zeroBytes(x ^ delims);
      if (n > max) return -1;
      i += 4;
    }
    if (i >= end) return n;
    const c = buf[i];
    if (c === d) {
      if (++n > max) return -1;
      i++;
    } else if (c === QUOTE && (i === start || buf[i - 1] === d)) {
      const j = closingQuote(buf, i, end, d);
      if (j < 0) return -1;
      i = j + 1;
    } else i++;
  }
}

export class ByteRecords {
  private carry: Buffer | null = null;
  private first = true;
  /** Bounds of the kept cells of the line being read: start, end (exclusive) per cell, and whether it holds `""`. */
  private bounds = new Int32Array(0);
  private escaped = new Uint8Array(0);
  /** For each column up to the last kept one, the first kept column from it on. */
  private nextKept = new Int32Array(0);
  /**
   * The rows handed to the record layer for the well-formed lines, in turn, refilled in the kept columns (the
   * others stay empty): a fresh array of the header's width a line was the largest garbage of reading a file. Two,
   * so that a row stays as it is while the next record is handled (CsvRecord.shared).
   */
  private rows: [string[], string[]] = [[], []];
  private turn = 0;
  /** The spec the arrays above are made for. */
  private spec: FastSpec | null = null;
  private readonly decodeRange: (b: Buffer, start: number, end: number) => string;

  constructor(
    private readonly reader: RecordReader,
    private readonly encoding: TextEncoding,
  ) {
    this.decodeRange = encoding === 'windows-1252' ? (b, s, e) => decodeWindows1252(b.subarray(s, e)) : (b, s, e) => b.toString('utf8', s, e);
  }

  /** The next bytes of the file. */
  push(bytes: Buffer): void {
    let chunk = bytes;
    if (this.first) {
      if (this.carry) chunk = Buffer.concat([this.carry, chunk]);
      this.carry = null;
      if (chunk.length < 3) {
        this.carry = Buffer.from(chunk);
        return;
      }
      this.first = false;
      // A UTF-8 BOM at the start is not text (as TextDecoder drops it)
      if (this.encoding !== 'windows-1252' && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    let from = 0;
    const carry = this.carry;
    if (carry) {
      // The line begun in the last chunk: completed with this one's bytes up to its first line break (and the
      // byte after it, for CRLF) — the rest of the chunk is read where it is, not copied.
      this.carry = null;
      const lf = chunk.indexOf(LF);
      const cr = chunk.indexOf(CR);
      const br = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (br < 0) {
        this.carry = Buffer.concat([carry, chunk]);
        return;
      }
      const take = Math.min(chunk.length, br + 2);
      const head = Buffer.concat([carry, chunk.subarray(0, take)]);
      const done = this.lines(head, 0);
      if (done < carry.length) {
        this.carry = Buffer.concat([head.subarray(done), chunk.subarray(take)]);
        return;
      }
      from = done - carry.length;
    }
    const done = this.lines(chunk, from);
    if (done < chunk.length) this.carry = Buffer.from(chunk.subarray(done));
  }

  /** Reads the complete lines of `buf` from `pos` on; returns where the incomplete rest begins. */
  private lines(buf: Buffer, from: number): number {
    const n = buf.length;
    // The chunk read four bytes at a time where cells are only skipped or counted (skipCells, countCells).
    const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
    let pos = from;
    let lf = buf.indexOf(LF, pos);
    let cr = buf.indexOf(CR, pos);
    let nul = buf.indexOf(0, pos);
    for (;;) {
      if (lf < 0 && cr < 0) break;
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (cr === n - 1) break; // a CR at the very end may be the first half of CRLF: wait
        end = cr;
        next = buf[cr + 1] === LF ? cr + 2 : cr + 1;
      } else {
        end = lf;
        next = lf + 1;
      }
      if (nul >= 0 && nul < pos) nul = buf.indexOf(0, pos);
      const spec = this.reader.fastSpec();
      if (!(spec && (nul < 0 || nul >= end) && this.fastLine(spec, buf, view, pos, end))) this.reader.pushLine(this.decodeRange(buf, pos, end));
      pos = next;
      if (lf >= 0 && lf < pos) lf = buf.indexOf(LF, pos);
      if (cr >= 0 && cr < pos) cr = buf.indexOf(CR, pos);
    }
    return pos;
  }

  /** The end of the file: the text after the last line break, if any. */
  end(): void {
    let rest = this.carry;
    this.carry = null;
    if (rest && this.first && rest.length >= 3 && this.encoding !== 'windows-1252' && rest[0] === 0xef && rest[1] === 0xbb && rest[2] === 0xbf) rest = rest.subarray(3);
    this.reader.end(rest && rest.length ? this.decodeRange(rest, 0, rest.length) : '');
  }

  /** The line `buf[start, end)` as a record when it is plainly well-formed; false sends it down the full path. */
  private fastLine(spec: FastSpec, buf: Buffer, view: DataView, start: number, end: number): boolean {
    const cols = spec.keptCols;
    if (start === end || buf[start] === 0xef || cols.length === 0) return false; // blank, or maybe a BOM: the full path decides
    const w = spec.width;
    if (this.spec !== spec) this.prepare(spec);
    const bounds = this.bounds;
    const escaped = this.escaped;
    const keep = spec.keep;
    const lastKept = spec.lastKept;
    const d = spec.delimCode;
    const next = this.nextKept;
    // The cells up to the last kept one, with the bounds of the kept ones: k is the cell at i. The cells that are
    // not kept are skipped, counting delimiters (skipCells); the cells after the last kept one only counted (countCells).
    let k = 0;
    let i = start;
    for (;;) {
      if (keep[k] !== 1) {
        const t = next[k];
        i = skipCells(buf, view, start, i, end, t - k, d);
        if (i < 0) return false; // the line ends before the kept cell, or damaged quotes
        k = t;
      }
      let a = i;
      let b: number;
      let esc = 0;
      if (i < end && buf[i] === QUOTE) {
        let j = i + 1;
        for (;;) {
          while (j < end && buf[j] !== QUOTE) j++;
          if (j >= end) return false; // the quoted cell goes on past the line
          if (j + 1 < end && buf[j + 1] === QUOTE) {
            esc = 1;
            j += 2;
            continue;
          }
          break;
        }
        a = i + 1;
        b = j;
        i = j + 1;
        if (i < end && buf[i] !== d) return false; // text after the closing quote
      } else {
        b = i;
        while (b < end && buf[b] !== d) b++;
        i = b;
      }
      bounds[2 * k] = a;
      bounds[2 * k + 1] = b;
      escaped[k] = esc;
      if (i === end) break; // the line's last cell
      i++;
      if (++k >= w) return false; // too many cells
      if (k > lastKept) {
        const n = countCells(buf, view, start, i, end, w - 1 - k, d);
        if (n < 0) return false; // damaged quotes, or too many cells
        k += n;
        break;
      }
    }
    if (k + 1 !== w) return false;
    const cells = this.cutCells(spec, buf, start);
    // Not blank (some kept cell has text), not the header again (its first kept cell reads as the header's).
    // plainEnds: a cell with nothing to trim at its ends is compared as it is (two trim() a row saved).
    let text = false;
    for (let c = 0; c < cols.length; c++) {
      const cell = cells[cols[c]];
      if (cell !== '' && (plainEnds(cell) || cell.trim() !== '')) {
        text = true;
        break;
      }
    }
    const first = cells[cols[0]];
    if (!text || (plainEnds(first) ? first : first.trim()) === spec.keptHeader[0]) return false;
    this.turn ^= 1;
    this.reader.acceptFast(cells, true);
    return true;
  }

  /** Arrays for a new spec: cell bounds, and the row handed over (its cells outside the kept columns stay empty). */
  private prepare(spec: FastSpec): void {
    this.spec = spec;
    this.bounds = new Int32Array(2 * spec.width);
    this.escaped = new Uint8Array(spec.width);
    this.nextKept = new Int32Array(spec.lastKept + 1);
    for (let c = spec.lastKept, next = c; c >= 0; c--) this.nextKept[c] = spec.keep[c] === 1 ? (next = c) : next;
    this.rows = [spec.emptyRow.slice(), spec.emptyRow.slice()];
  }

  /**
   * The kept cells of the line that starts at `start` (bounds noted by fastLine) as text, in the shared row. The
   * line up to the last kept cell is decoded once and the cells cut out of it where its characters and bytes
   * match one to one: UTF-8 whose text is as long as its bytes (ASCII; a byte no character takes becomes one
   * U+FFFD as it would in the cell alone), or ASCII kept cells read a byte a character. Otherwise each kept cell
   * is decoded on its own.
   */
  private cutCells(spec: FastSpec, buf: Buffer, start: number): string[] {
    const cells = this.rows[this.turn];
    const cols = spec.keptCols;
    const bounds = this.bounds;
    const escaped = this.escaped;
    const upTo = bounds[2 * spec.lastKept + 1];
    let text: string | null = null;
    if (this.encoding !== 'windows-1252') {
      text = (buf as Decoding).utf8Slice(start, upTo);
      if (text.length !== upTo - start) text = null;
    }
    if (text === null) {
      let high = 0;
      for (let c = 0; c < cols.length; c++) for (let j = bounds[2 * cols[c]], e = bounds[2 * cols[c] + 1]; j < e; j++) high |= buf[j];
      if ((high & 0x80) === 0) text = (buf as Decoding).latin1Slice(start, upTo);
    }
    for (let c = 0; c < cols.length; c++) {
      const col = cols[c];
      const a = bounds[2 * col];
      const b = bounds[2 * col + 1];
      const cell = a === b ? '' : text !== null ? text.slice(a - start, b - start) : this.decodeRange(buf, a, b);
      cells[col] = escaped[col] === 1 ? cell.replaceAll('""', '"') : cell;
    }
    return cells;
  }
}
