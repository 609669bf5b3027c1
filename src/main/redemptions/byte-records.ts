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
import type { FastSpec, RecordReader } from './records';

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Whether `readBytes` can read a file of this encoding and delimiter. */
export function byteReadable(encoding: TextEncoding, delimiter: string): boolean {
  return (encoding === 'utf-8' || encoding === 'utf-8-bom' || encoding === 'windows-1252') && delimiter.length === 1 && delimiter.charCodeAt(0) < 0x80;
}

export class ByteRecords {
  private carry: Buffer | null = null;
  private first = true;
  /** Cell bounds of the line being read: start, end (exclusive) per cell, and whether it holds `""`. */
  private bounds = new Int32Array(0);
  private escaped = new Uint8Array(0);
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
      if (!(spec && (nul < 0 || nul >= end) && this.fastLine(spec, buf, pos, end))) this.reader.pushLine(this.decodeRange(buf, pos, end));
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
  private fastLine(spec: FastSpec, buf: Buffer, start: number, end: number): boolean {
    if (start === end || buf[start] === 0xef) return false; // blank, or maybe a BOM: the full path decides
    const w = spec.width;
    if (this.bounds.length < 2 * w) {
      this.bounds = new Int32Array(2 * w);
      this.escaped = new Uint8Array(w);
    }
    const bounds = this.bounds;
    const escaped = this.escaped;
    const d = spec.delimCode;
    let k = 0;
    let i = start;
    for (;;) {
      if (k >= w) return false; // too many cells
      if (i < end && buf[i] === QUOTE) {
        let j = i + 1;
        let esc = 0;
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
        bounds[2 * k] = i + 1;
        bounds[2 * k + 1] = j;
        escaped[k] = esc;
        k++;
        i = j + 1;
        if (i === end) break;
        if (buf[i] !== d) return false; // text after the closing quote
        i++;
      } else {
        let j = i;
        while (j < end && buf[j] !== d) j++;
        bounds[2 * k] = i;
        bounds[2 * k + 1] = j;
        escaped[k] = 0;
        k++;
        if (j === end) break;
        i = j + 1;
      }
    }
    if (k !== w) return false;
    const cols = spec.keptCols;
    const cells = spec.emptyRow.slice();
    let high = 0;
    for (let c = 0; c < cols.length; c++) for (let j = bounds[2 * cols[c]], e = bounds[2 * cols[c] + 1]; j < e; j++) high |= buf[j];
    if ((high & 0x80) === 0) {
      // ASCII kept cells: the line up to the last of them decoded once (a byte a character), the cells cut out of it
      const upTo = cols.length ? bounds[2 * cols[cols.length - 1] + 1] : start;
      const text = buf.toString('latin1', start, upTo);
      for (let c = 0; c < cols.length; c++) {
        const col = cols[c];
        const a = bounds[2 * col];
        const b = bounds[2 * col + 1];
        if (a === b) continue;
        const cell = text.slice(a - start, b - start);
        cells[col] = escaped[col] === 1 ? cell.replaceAll('""', '"') : cell;
      }
    } else {
      for (let c = 0; c < cols.length; c++) {
        const col = cols[c];
        const a = bounds[2 * col];
        const b = bounds[2 * col + 1];
        if (a === b) continue;
        const cell = this.decodeRange(buf, a, b);
        cells[col] = escaped[col] === 1 ? cell.replaceAll('""', '"') : cell;
      }
    }
    // Not blank (some kept cell has text), not the header again (its first kept cell reads as the header's).
    let text = false;
    for (let c = 0; c < cols.length; c++) {
      if (cells[cols[c]].trim() !== '') {
        text = true;
        break;
      }
    }
    if (!text || (cols.length && cells[cols[0]].trim() === spec.keptHeader[0])) return false;
    this.reader.acceptFast(cells);
    return true;
  }
}
