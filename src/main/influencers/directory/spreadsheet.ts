/**
 * Reading (and, through spreadsheet-write.ts, writing) the spreadsheets a marketer keeps her influencers in: CSV from Excel (any delimiter and
 * encoding it writes) and XLSX. Everything is pure: bytes or text in, plain arrays out.
 *
 * Row numbers: every reader returns `rowNumbers[i]`, the 1-based row number of `rows[i]` as the user sees it in
 * Excel (the header is row 1; a CSV record with a quoted line break is still one row). Fully empty rows are
 * skipped without renumbering, so an error message can point at the right row. `parseCsv` also returns
 * `lineNumbers[i]`, the 1-based physical line where the record starts (what a text editor shows).
 */
import Papa from 'papaparse';
// exceljs takes a second or more to load: only when an XLSX file is read (the CSV paths never need it).
import type ExcelJS from 'exceljs';

/** Writing (CSV and XLSX out) lives in spreadsheet-write.ts; re-exported so callers keep one module. */
export * from './spreadsheet-write';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** A table: trimmed, unique, non-empty headers; every row exactly as long as the headers; the source row numbers. */
export interface Sheet {
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
}

export interface CsvSheet extends Sheet {
  delimiter: string;
  lineNumbers: number[];
}

export interface XlsxSheet extends Sheet {
  /** All worksheet names in the workbook. */
  sheets: string[];
  /** The worksheet the table was read from (the first one with data). */
  sheet: string;
}

export type SpreadsheetFile =
  | (CsvSheet & { format: 'csv'; encoding: TextEncoding })
  | (XlsxSheet & { format: 'xlsx' });

/** A file that cannot be read as a table; `code` is for the UI to translate. */
export class SpreadsheetError extends Error {
  constructor(
    readonly code: 'empty' | 'xls_unsupported' | 'not_a_spreadsheet' | 'no_data',
    message: string,
  ) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Text decoding

function looksLikeUtf16le(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  const n = Math.min(bytes.length, 4096);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i + 1 < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  return zeroOdd / pairs > 0.3 && zeroEven / pairs < 0.05;
}

/**
 * Decodes a text file: a BOM decides (UTF-8, UTF-16 LE/BE; the BOM is removed); otherwise UTF-16 LE without BOM
 * (ASCII text with every other byte zero), then strict UTF-8, and if the bytes are not valid UTF-8,
 * Windows-1252 (what German Excel writes for "CSV (Trennzeichen-getrennt)").
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (looksLikeUtf16le(bytes)) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252 bytes 0x80–0x9F (the rest is Latin-1); unassigned bytes stay as their C1 code point. */
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * `new TextDecoder('windows-1252')`, corrected: Node decodes that label as ISO-8859-1, turning `€` (0x80) and the
 * typographic quotes into invisible C1 controls. The C1 range is mapped through the real code page afterwards,
 * which is a no-op on runtimes that decode correctly.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

// ---------------------------------------------------------------------------------------------------------------
// CSV reading

const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * Picks the delimiter among `;`, `,`, tab and `|` by counting each outside quotes in the first 50 non-empty
 * records: the winner is the one whose most frequent per-record count (> 0) is shared by the most records; ties go
 * to the larger count, then to the order above. `12,5k` in a semicolon file adds commas to some records only, so
 * it does not beat the semicolon. A file without any of them is one column (`,`).
 */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number>[] = [];
  let cur: Record<string, number> = { ';': 0, ',': 0, '\t': 0, '|': 0 };
  let nonBlank = false;
  let inQuotes = false;
  const limit = Math.min(text.length, 256 * 1024);
  for (let i = 0; i < limit && counts.length < 50; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (inQuotes && text[i + 1] === '"') i++;
      else inQuotes = !inQuotes;
      nonBlank = true;
    } else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (nonBlank) counts.push(cur);
      cur = { ';': 0, ',': 0, '\t': 0, '|': 0 };
      nonBlank = false;
    } else if (!inQuotes && ch in cur) {
      cur[ch]++;
      nonBlank = true;
    } else if (ch.trim() !== '') {
      nonBlank = true;
    }
  }
  if (nonBlank) counts.push(cur);
  let best = { delimiter: ',', agree: 0, count: 0 };
  for (const d of DELIMITERS) {
    const freq = new Map<number, number>();
    for (const c of counts) if (c[d] > 0) freq.set(c[d], (freq.get(c[d]) ?? 0) + 1);
    let mode = 0;
    let agree = 0;
    for (const [count, n] of freq) if (n > agree || (n === agree && count > mode)) [mode, agree] = [count, n];
    if (agree > best.agree || (agree === best.agree && agree > 0 && mode > best.count)) {
      best = { delimiter: d, agree, count: mode };
    }
  }
  return best.delimiter;
}

/**
 * Excel's text marker: a cell typed as `'0171…` or `'=x` keeps the apostrophe in some exports, and `toCsv` adds
 * one to defuse formulas. It is removed when it precedes a digit or one of `= + - @` — never from text such as
 * `'s Hertogenbosch`.
 */
function stripTextMarker(cell: string): string {
  return /^'[0-9=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Trims headers, names empty ones by their column letter (`H`) and makes repeats unique (`Name (2)`). */
function normalizeHeaders(raw: string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    let name = h.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim() || columnLetter(i);
    const key = name.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) name = `${name} (${n})`;
    return name;
  });
}

const isEmptyRow = (row: readonly string[]): boolean => row.every((c) => c.trim() === '');

/**
 * Builds a Sheet from raw records: the first non-empty record is the header; empty records are dropped but keep
 * their numbers; rows are padded to the header length, and cells beyond the header get a column of their own
 * (named by letter) so nothing typed into the sheet is lost.
 */
function toSheet(records: string[][], numbers: number[]): { sheet: Sheet; kept: number[] } {
  const start = records.findIndex((r) => !isEmptyRow(r));
  if (start < 0) throw new SpreadsheetError('no_data', 'The file contains no data');
  const rawHeaders = records[start].map((c) => c.trim());
  const bodyIdx: number[] = [];
  for (let i = start + 1; i < records.length; i++) if (!isEmptyRow(records[i])) bodyIdx.push(i);
  let width = rawHeaders.length;
  for (const i of bodyIdx) {
    const r = records[i];
    let last = r.length;
    while (last > width && r[last - 1].trim() === '') last--;
    width = Math.max(width, last);
  }
  while (rawHeaders.length < width) rawHeaders.push('');
  const headers = normalizeHeaders(rawHeaders);
  const rows = bodyIdx.map((i) => {
    const r = records[i].slice(0, width).map((c) => stripTextMarker(c.trim()));
    while (r.length < width) r.push('');
    return r;
  });
  return { sheet: { headers, rows, rowNumbers: bodyIdx.map((i) => numbers[i]) }, kept: bodyIdx };
}

const countLineBreaks = (s: string): number => (s.match(/\r\n|\r|\n/g) ?? []).length;

/**
 * Parses CSV text (RFC 4180 plus what Excel does): delimiter detected among `;` `,` tab `|`; quoted fields with
 * delimiters, doubled quotes and line breaks; CRLF, LF or CR; a leading BOM is ignored. Cells and headers are
 * trimmed; Excel's leading text apostrophe is removed (see `stripTextMarker`).
 */
export function parseCsv(text: string, opts: { delimiter?: string } = {}): CsvSheet {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') throw new SpreadsheetError('empty', 'The file is empty');
  const delimiter = opts.delimiter ?? detectDelimiter(clean);
  const result = Papa.parse<string[]>(clean, { delimiter, header: false, skipEmptyLines: false, dynamicTyping: false });
  const records = result.data;
  // Record k is Excel row k+1; its first physical line follows the line breaks of every earlier record.
  const rowNums: number[] = [];
  const lineNums: number[] = [];
  let line = 1;
  records.forEach((r, k) => {
    rowNums.push(k + 1);
    lineNums.push(line);
    line += 1 + r.reduce((n, cell) => n + countLineBreaks(cell), 0);
  });
  const { sheet, kept } = toSheet(records, rowNums);
  return { ...sheet, delimiter, lineNumbers: kept.map((i) => lineNums[i]) };
}

// ---------------------------------------------------------------------------------------------------------------
// XLSX reading

const pad2 = (n: number): string => String(n).padStart(2, '0');

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day}T${pad2(h)}:${pad2(m)}:${pad2(s)}` : day;
}

/**
 * One cell as the text the user sees, without locale: numbers as plain JS number strings (`12345`, `0.045`),
 * dates as `YYYY-MM-DD` (with `THH:MM:SS` when there is a time of day), rich text joined, formulas as their
 * cached result, hyperlinks as their text, errors (`#N/A`) as empty.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      return cellText((value as { result?: ExcelJS.CellValue }).result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) {
      const t = (value as { text?: unknown }).text;
      return t == null ? String(value.hyperlink ?? '') : cellText(t as ExcelJS.CellValue);
    }
    if ('error' in value) return '';
  }
  return '';
}

/**
 * Reads the first worksheet that has data. Rows keep their Excel row numbers; fully empty rows are skipped.
 */
export async function readXlsx(bytes: Uint8Array): Promise<XlsxSheet> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new SpreadsheetError('not_a_spreadsheet', `Not a readable XLSX file: ${(e as Error).message}`);
  }
  const sheets = wb.worksheets.map((w) => w.name);
  for (const ws of wb.worksheets) {
    const records: string[][] = [];
    const numbers: number[] = [];
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
      records.push(cells);
      numbers.push(rowNumber);
    });
    if (records.some((r) => !isEmptyRow(r))) {
      const { sheet } = toSheet(records, numbers);
      return { ...sheet, sheets, sheet: ws.name };
    }
  }
  throw new SpreadsheetError('no_data', 'The workbook contains no data');
}

// ---------------------------------------------------------------------------------------------------------------
// Either format

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);

/**
 * Reads CSV or XLSX, deciding by the bytes (an XLSX is a zip: `PK\x03\x04`), not by the name: a CSV saved as
 * `.xlsx` or an XLSX without extension both read. Old binary `.xls` (OLE, `D0 CF 11 E0`) and other binary
 * files are refused with a SpreadsheetError; `fileName` only shapes the message.
 */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<SpreadsheetFile> {
  if (bytes.length === 0) throw new SpreadsheetError('empty', `${fileName} is empty`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { ...(await readXlsx(bytes)), format: 'xlsx' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new SpreadsheetError('xls_unsupported', `${fileName} is an old Excel file (.xls); save it as .xlsx or .csv`);
  }
  const { text, encoding } = decodeText(bytes);
  // Control characters other than tab/CR/LF in the first kilobytes mean a binary file (image, PDF, …).
  if (hasBinaryControl(text.slice(0, 4096))) {
    throw new SpreadsheetError('not_a_spreadsheet', `${fileName} is not a CSV or XLSX file`);
  }
  return { ...parseCsv(text), format: 'csv', encoding };
}

/** Control characters other than tab, LF, VT, FF, CR (which text files contain) mark binary content. */
function hasBinaryControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f)) return true;
  }
  return false;
}
