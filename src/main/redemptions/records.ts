/**
 * The record layer of the shop-export reader: it finds where each CSV record starts and ends, so that no row can
 * vanish, and hands the cell splitting of irregular records to a CSV library (papaparse). What it adds around the
 * library is recovery and accounting only:
 *
 * - Line endings per line: CRLF, LF and CR may be mixed in one file (rows appended in another editor, two
 *   exports concatenated); each physical line is cut at whichever ending it has.
 * - Quotes as Excel and LibreOffice write them: a quote opens a quoted cell only at the start of a cell; `""`
 *   inside is a quote; a quote in the middle of an unquoted cell is just a character.
 * - A quoted cell may hold line breaks. When a quote is never closed, the record would swallow the rest of the
 *   file: as soon as a following line is a complete valid record on its own (balanced quotes and exactly the
 *   header's number of cells), the open record is rejected as damaged (`unclosed_quote`, with its first line)
 *   and reading resumes at that line. An open quote at the end of the file is `cut_off` when the file ends
 *   without a line break (an interrupted download), else `unclosed_quote`.
 * - Every record is checked against the header's column count (`too_many_columns`, `too_few_columns`; a short
 *   last record without a final line break is `cut_off`); records with NUL bytes are `nul_bytes`; a BOM at the
 *   start of any line (two exports concatenated) is dropped; an Excel `sep=;` first line sets the delimiter.
 *
 * Speed: once the header is known and the sink has named the columns it reads, each well-formed line (the
 * header's number of cells, regular quotes, no NUL, no BOM, not blank, not the header again) — nearly every row of
 * a shop export — is read in one pass without copying the line, only the kept cells cut out: in the bytes for
 * UTF-8 and Windows-1252 (byte-records.ts), else in the decoded chunk (fastRecord); fast-path.test.ts checks both
 * against the full path. Every other line takes the full path: a record without any quote is split at the
 * delimiter directly, one whose quotes are all regular (splitWellQuoted) in one pass the way papaparse reads it,
 * and only irregular records reach papaparse, in batches. Why papaparse: uDSV is faster on well-formed files but
 * assumes every row has the schema's column count (a short row is merged with the next, extra cells are glued
 * into the last one, `"abc"def` loses `abc`), so it cannot check the column count;
 * csv-parse reads everything right but took 1.7× papaparse's time on the 1M-row bench file.
 */
import Papa from 'papaparse';
import { endsInsideQuotes, splitWellQuoted } from './quotes';
import type { FastSpec } from './byte-records';

export { endsInsideQuotes, splitWellQuoted };

export interface CsvRecord {
  /** Line number (1-based, in the file) where the record starts. */
  line: number;
  cells: string[];
  /**
   * `cells` is one of the reader's own two arrays, refilled in turn (byte-records.ts): it stays as it is while the
   * next record is handled, and is refilled for the one after — copy what you keep longer.
   */
  shared?: boolean;
}

export interface DamagedRecord {
  line: number;
  code: 'unclosed_quote' | 'cut_off' | 'too_many_columns' | 'too_few_columns' | 'nul_bytes' | 'text_after_quote';
  params: Record<string, string | number>;
  /** The record's cells as far as they can be told apart (naively split for damaged quotes). */
  cells: string[];
}

export interface RecordSink {
  /**
   * The header row. May return the columns the reader of the file needs: the other cells of well-formed records
   * are then handed over empty (counted, never copied) — unless the record repeats the header in those columns.
   */
  header(cells: string[], line: number): readonly number[] | void;
  record(r: CsvRecord): void;
  damaged(d: DamagedRecord): void;
  /** A line with nothing in it (or only delimiters). */
  blank(line: number): void;
}

/** A record spanning more lines than this (or longer than RECORD_MAX chars) is damaged, whatever follows. */
const RECORD_MAX_LINES = 200;
const RECORD_MAX = 1_000_000;
const BATCH = 2_000;

/** A line of nothing but delimiters and white space (`;;;;`): blank. */
function onlyDelimiters(text: string, delimiter: string): boolean {
  return text.split(delimiter).every((c) => c.trim() === '');
}

export class RecordReader {
  private carry = '';
  private lineNo = 0;
  private headerCells: string[] | null = null;
  /** Columns the sink reads (1) — null: all. */
  private keep: Uint8Array | null = null;
  private keepFirst = -1;
  private headerKey = '';
  private width = 0;
  private first = true;
  private open: { line: number; parts: string[]; lines: number; length: number } | null = null;
  /** Fast path on (header read, projection set, one-character delimiter): see fastRecord; and its spec (fastSpec). */
  private fast = false;
  private spec: FastSpec | null = null;
  private delimCode = 0;
  /** A row of the header's width with every cell empty, copied for each record. */
  private emptyRow: string[] = [];
  /** Kept column indexes, and the header's trimmed cell in each (a repeated header). */
  private keptCols: number[] = [];
  private keptHeader: string[] = [];
  /** Next NUL byte in the text being pushed (-1: none); lines containing one take the full path. */
  private nul = -1;
  private pending: { line: number; text: string; last: boolean }[] = [];

  constructor(
    private delimiter: string,
    private readonly sink: RecordSink,
  ) {
  }

  /** Cells of records joined by LF (a record may hold LFs inside quoted cells), by papaparse. */
  private parse(text: string): { rows: string[][]; errors: Map<number, string> } {
    const res = Papa.parse<string[]>(text, { delimiter: this.delimiter, newline: '\n', quoteChar: '"', header: false, skipEmptyLines: false });
    const errors = new Map<number, string>();
    for (const e of res.errors) if (typeof e.row === 'number' && e.code === 'InvalidQuotes') errors.set(e.row, e.code);
    return { rows: res.data, errors };
  }

  get delimiterUsed(): string {
    return this.delimiter;
  }

  /** Feeds decoded text; lines are cut at CRLF, LF or CR, whichever each has. */
  push(text: string): void {
    const s = this.carry + text;
    this.nul = s.indexOf('\0');
    let pos = 0;
    let lf = s.indexOf('\n');
    let cr = s.indexOf('\r');
    for (;;) {
      if (lf < 0 && cr < 0) break;
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (cr === s.length - 1) break; // a CR at the very end may be the first half of CRLF: wait
        end = cr;
        next = s.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      } else {
        end = lf;
        next = lf + 1;
      }
      if (!(this.fast && this.open === null && this.fastRecord(s, pos, end))) this.line(s.slice(pos, end), false);
      pos = next;
      if (lf >= 0 && lf < pos) lf = s.indexOf('\n', pos);
      if (cr >= 0 && cr < pos) cr = s.indexOf('\r', pos);
    }
    this.carry = s.slice(pos);
    if (this.pending.length >= BATCH) this.flush();
  }

  /**
   * One physical line (without its line break) for the full path: what push() does with each line it cuts,
   * for a caller that cuts lines itself (byte-records.ts).
   */
  pushLine(text: string): void {
    this.line(text, false);
    if (this.pending.length >= BATCH) this.flush();
  }

  /**
   * What a caller that reads well-formed lines itself (byte-records.ts) needs, once the fast path is on and no
   * quoted cell is open: the header's width, the delimiter's code, the kept columns (1 in `keep`), their
   * header text, and a row of empty cells to copy. Null: every line takes the full path (pushLine).
   */
  fastSpec(): FastSpec | null {
    return this.fast && this.open === null ? this.spec : null;
  }

  /** A well-formed record read by such a caller (every check of fastRecord passed): the next line. */
  acceptFast(cells: string[], shared: boolean): void {
    this.lineNo++;
    if (this.pending.length) this.flush();
    this.sink.record({ line: this.lineNo, cells, shared });
  }

  /** `rest`: text after the last line break, for a caller that cut the lines itself. */
  end(after = ''): void {
    const rest = this.carry + after;
    this.carry = '';
    // The file's last line without a line break: an interrupted download shows as a short or open last record.
    const unbroken = rest !== '' && !rest.endsWith('\r');
    if (rest.endsWith('\r')) this.line(rest.slice(0, -1), false);
    else if (rest !== '') this.line(rest, true);
    if (this.open) {
      const o = this.open;
      this.open = null;
      this.damage(o.line, unbroken ? 'cut_off' : 'unclosed_quote', o.parts.join('\n'), { lines: o.lines });
    }
    this.flush();
  }

  private line(raw: string, last: boolean): void {
    this.lineNo++;
    let text = raw;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM in the middle: two exports concatenated
    if (this.first) {
      this.first = false;
      const sep = /^sep=(.)\s*$/i.exec(text);
      if (sep) {
        this.delimiter = sep[1];
        return;
      }
    }
    const o = this.open;
    if (o) {
      // Inside a quoted cell that spans lines — unless this line is a valid record of its own.
      if (this.isValidRecord(text)) {
        this.open = null;
        this.damage(o.line, 'unclosed_quote', o.parts.join('\n'), { lines: o.lines });
      } else {
        o.parts.push(text);
        o.lines++;
        o.length += text.length;
        if (!endsInsideQuotes(text, this.delimiter, true)) {
          this.open = null;
          this.enqueue(o.line, o.parts.join('\n'), last);
        } else if (o.lines > RECORD_MAX_LINES || o.length > RECORD_MAX) {
          this.open = null;
          this.damage(o.line, 'unclosed_quote', o.parts.join('\n'), { lines: o.lines });
        }
        return;
      }
    }
    if (text.indexOf('"') >= 0 && endsInsideQuotes(text, this.delimiter, false)) {
      this.open = { line: this.lineNo, parts: [text], lines: 1, length: text.length };
      return;
    }
    this.enqueue(this.lineNo, text, last);
  }

  /** A complete record with exactly the header's number of cells (used to resynchronise after a broken quote). */
  private isValidRecord(text: string): boolean {
    if (this.width === 0 || text === '') return false;
    if (text.indexOf('"') < 0) return this.count(text) === this.width;
    if (endsInsideQuotes(text, this.delimiter, false)) return false;
    const { rows } = this.parse(text);
    return rows.length === 1 && rows[0].length === this.width;
  }

  private count(text: string): number {
    let n = 1;
    for (let i = text.indexOf(this.delimiter); i >= 0; i = text.indexOf(this.delimiter, i + 1)) n++;
    return n;
  }

  private enqueue(line: number, text: string, last: boolean): void {
    this.pending.push({ line, text, last });
    if (!this.headerCells) this.flush();
  }

  private damage(line: number, code: DamagedRecord['code'], text: string, params: Record<string, string | number>): void {
    this.flush();
    this.sink.damaged({ line, code, params, cells: text.split(this.delimiter) });
  }

  /** Splits the queued records into cells (uDSV for those with quotes) and checks each against the header. */
  private flush(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const quoted: number[] = [];
    const cells: (string[] | null)[] = batch.map((r, i) => {
      const keep = this.keep;
      if (keep) {
        const some = splitWellQuoted(r.text, this.delimiter, keep);
        // A repeated header (two exports concatenated) is handed over whole, to be recognised as such.
        if (some && !(some.length === this.width && some[this.keepFirst].trim() === this.headerCells![this.keepFirst].trim())) return some;
      }
      if (r.text.indexOf('"') < 0) return r.text.split(this.delimiter);
      const plain = splitWellQuoted(r.text, this.delimiter);
      if (plain) return plain;
      quoted.push(i);
      return null;
    });
    const badQuotes = new Set<number>();
    if (quoted.length) {
      const { rows, errors } = this.parse(quoted.map((i) => batch[i].text).join('\n'));
      if (rows.length === quoted.length) {
        quoted.forEach((i, k) => {
          cells[i] = rows[k];
          if (errors.has(k)) badQuotes.add(i);
        });
      } else {
        for (const i of quoted) {
          const one = this.parse(batch[i].text);
          cells[i] = one.rows[0] ?? [''];
          if (one.errors.size) badQuotes.add(i);
        }
      }
    }
    for (let i = 0; i < batch.length; i++) this.check(batch[i], cells[i]!, badQuotes.has(i));
  }

  private check(r: { line: number; text: string; last: boolean }, cells: string[], badQuotes = false): void {
    if (r.text.trim() === '' || (r.text.indexOf('"') < 0 && cells.every((c) => c.trim() === '') && onlyDelimiters(r.text, this.delimiter))) {
      if (this.headerCells) this.sink.blank(r.line);
      return;
    }
    if (!this.headerCells) {
      this.headerCells = cells;
      this.width = cells.length;
      this.headerKey = r.text;
      const columns = this.sink.header(cells, r.line);
      if (columns && columns.length && this.delimiter.length === 1) {
        this.keep = new Uint8Array(this.width + 1);
        for (const i of columns) if (i >= 0 && i < this.width) this.keep[i] = 1;
        this.keepFirst = Math.max(0, Math.min(...columns.filter((i) => i >= 0 && i < this.width)));
        this.keptCols = [...new Set(columns.filter((i) => i >= 0 && i < this.width))].sort((a, b) => a - b);
        this.keptHeader = this.keptCols.map((i) => cells[i].replace(/^\uFEFF/, '').trim());
        this.emptyRow = new Array<string>(this.width).fill('');
        this.delimCode = this.delimiter.charCodeAt(0);
        this.fast = this.delimiter !== '"' && this.delimiter !== '\r' && this.delimiter !== '\n';
        const [keep, keptCols, keptHeader, emptyRow] = [this.keep, this.keptCols, this.keptHeader, this.emptyRow];
        this.spec = { width: this.width, delimCode: this.delimCode, keep, keptCols, keptHeader, emptyRow, lastKept: keptCols.at(-1) ?? -1 };
      }
      return;
    }
    // A damaged record keeps all its cells (the report shows where the damage is).
    if (this.keep && (cells.length !== this.width || r.text.indexOf('\0') >= 0)) cells = r.text.indexOf('"') < 0 ? r.text.split(this.delimiter) : (splitWellQuoted(r.text, this.delimiter) ?? cells);
    if (r.text.indexOf('\0') >= 0) return this.sink.damaged({ line: r.line, code: 'nul_bytes', params: {}, cells });
    if (badQuotes) return this.sink.damaged({ line: r.line, code: 'text_after_quote', params: {}, cells });
    if (cells.length !== this.width) {
      if (r.last && cells.length < this.width) {
        return this.sink.damaged({ line: r.line, code: 'cut_off', params: { expected: this.width, found: cells.length }, cells });
      }
      const code = cells.length > this.width ? 'too_many_columns' : 'too_few_columns';
      return this.sink.damaged({ line: r.line, code, params: { expected: this.width, found: cells.length }, cells });
    }
    this.sink.record({ line: r.line, cells });
  }

  /**
   * The fast path for the rows of a shop export that need no recovery: the line `s[start, end)` is read in one
   * pass without being copied, only the kept cells are cut out, and it is handed to the sink as a record when it
   * is plainly well-formed — the header's number of cells, regular quotes (`"…"` with `""` inside, followed by
   * the delimiter or the end), no NUL byte, no BOM, not blank, not a repeated header. Anything else returns
   * false and the line takes the full path (line()), which stays the reference for every irregular case.
   */
  private fastRecord(s: string, start: number, end: number): boolean {
    if (start === end || s.charCodeAt(start) === 0xfeff) return false;
    if (this.nul >= 0 && this.nul < start) this.nul = s.indexOf('\0', start);
    if (this.nul >= 0 && this.nul < end) return false;
    const d = this.delimCode;
    const keep = this.keep!;
    const w = this.width;
    const cells = this.emptyRow.slice();
    let k = 0;
    let i = start;
    for (;;) {
      if (k >= w) return false; // too many cells
      if (i < end && s.charCodeAt(i) === 34) {
        let j = i + 1;
        let escaped = false;
        let q: number;
        for (;;) {
          q = s.indexOf('"', j);
          if (q < 0 || q >= end) return false; // the quoted cell goes on past the line
          if (q + 1 < end && s.charCodeAt(q + 1) === 34) {
            escaped = true;
            j = q + 2;
            continue;
          }
          break;
        }
        if (keep[k] === 1) cells[k] = escaped ? s.slice(i + 1, q).replaceAll('""', '"') : s.slice(i + 1, q);
        k++;
        i = q + 1;
        if (i === end) break;
        if (s.charCodeAt(i) !== d) return false; // text after the closing quote
        i++;
      } else {
        let j = i;
        while (j < end && s.charCodeAt(j) !== d) j++;
        if (keep[k] === 1) cells[k] = s.slice(i, j);
        k++;
        if (j === end) break;
        i = j + 1;
      }
    }
    if (k !== w) return false;
    // Not blank (some kept cell has text), not the header again (its first kept cell reads as the header's).
    const cols = this.keptCols;
    let text = false;
    for (let c = 0; c < cols.length; c++) {
      if (cells[cols[c]].trim() !== '') {
        text = true;
        break;
      }
    }
    if (!text || (cols.length && cells[cols[0]].trim() === this.keptHeader[0])) return false;
    this.lineNo++;
    if (this.pending.length) this.flush();
    this.sink.record({ line: this.lineNo, cells });
    return true;
  }

  /** The header's own text, to recognise a repeated header line. */
  isHeaderText(cells: string[]): boolean {
    const h = this.headerCells;
    return !!h && cells.length === h.length && cells.every((c, i) => c.trim() === h[i].replace(/^\uFEFF/, '').trim()) && this.headerKey !== '';
  }
}
