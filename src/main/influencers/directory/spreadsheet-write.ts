/**
 * Writing the spreadsheets the directory exports: CSV (RFC 4180, formula-injection guarded) and XLSX. Pure: rows in,
 * text or bytes out. The reading side is spreadsheet.ts.
 */
export type OutCell = string | number | boolean | null | undefined;

const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/;

/**
 * Formula-injection guard (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`, `@`, tab or CR is
 * prefixed with `'` so spreadsheet programs show it as text instead of running it — unless it is a plain number
 * such as `-12,5` or `+3`.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function csvCell(v: OutCell, delimiter: string): string {
  let s: string;
  if (v == null) s = '';
  else if (typeof v === 'number') s = Number.isFinite(v) ? String(v) : '';
  else if (typeof v === 'boolean') s = v ? 'TRUE' : 'FALSE';
  else s = guardFormula(v);
  return s.includes(delimiter) || /["\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV text per RFC 4180: fields with the delimiter, quotes, line breaks or edge spaces quoted, quotes doubled,
 * CRLF after every record; numbers as plain JS numbers; text cells defused by `guardFormula`. Defaults: `,`,
 * no BOM — pass `{ delimiter: ';', bom: true }` for German Excel.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly OutCell[])[], opts: { delimiter?: string; bom?: boolean } = {}): string {
  const delimiter = opts.delimiter ?? ',';
  const lines = [headers, ...rows].map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter));
  return (opts.bom ? '\uFEFF' : '') + lines.map((l) => `${l}\r\n`).join('');
}

/**
 * An XLSX workbook with one sheet: bold, frozen header row with an autofilter, column widths from the content
 * (10–60 characters); numbers stay numbers. Text is stored as text, never as a formula, so no guard is needed.
 */
export async function toXlsx(
  headers: readonly string[],
  rows: readonly (readonly OutCell[])[],
  opts: { sheetName?: string } = {},
): Promise<Uint8Array> {
  // exceljs takes a second or more to load: only when an XLSX file is written.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet(opts.sheetName ?? 'Export', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...headers]);
  for (const r of rows) {
    ws.addRow(r.map((c) => (c == null ? null : typeof c === 'number' && !Number.isFinite(c) ? null : c)));
  }
  ws.getRow(1).font = { bold: true };
  if (headers.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  headers.forEach((h, i) => {
    let len = h.length;
    for (const r of rows) len = Math.max(len, r[i] == null ? 0 : String(r[i]).length);
    ws.getColumn(i + 1).width = Math.min(60, Math.max(10, len + 2));
  });
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
