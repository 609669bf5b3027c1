/**
 * XLSX (one sheet per report table, exceljs) and CSV (the report's first table) of the KPI report tables.
 * Safe cells: text that a spreadsheet would read as a formula (starting with = + - @, tab or carriage return)
 * is prefixed with an apostrophe; numbers are written as numbers. Money in major units, ratios as fractions
 * (basis points ÷ 10,000) so the spreadsheet formats them.
 */
import ExcelJS from 'exceljs';
import type { Db } from '../db/connection';
import type { ReportTable } from '../../shared/contract';
import { KPI_TEXTS } from '../../shared/kpi-texts';
import { reportData, type ReportInput } from './report';

export function safeText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function cellValue(v: string | number | null, kind: ReportTable['columns'][number]['kind']): string | number | null {
  if (v === null) return null;
  if (typeof v === 'string') return safeText(v);
  if (kind === 'money') return v / 100;
  if (kind === 'bp' || kind === 'times') return v / 10_000;
  return v;
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableToCsv(t: ReportTable, headers: string[], sep: ',' | ';'): string {
  const lines = [headers.map((h) => csvCell(safeText(h))).join(sep)];
  for (const row of t.rows) {
    lines.push(
      row
        .map((v, i) => {
          const out = cellValue(v, t.columns[i].kind);
          // German Excel reads ';'-separated files with decimal commas.
          return csvCell(typeof out === 'number' && sep === ';' ? String(out).replace('.', ',') : out);
        })
        .join(sep),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function exportTables(
  db: Db,
  today: string,
  input: ReportInput & { format: 'xlsx' | 'csv' },
): Promise<{ fileName: string; mime: string; dataBase64: string }> {
  const data = reportData(db, today, input);
  const texts = KPI_TEXTS[input.lang];
  const header = (t: ReportTable) => t.columns.map((c) => texts.columns[c.key] ?? c.key);
  const label = (t: ReportTable, row: (string | number | null)[]) => (t.key === 'cost' ? [texts.columns[String(row[0])] ?? row[0], ...row.slice(1)] : row);
  const slug = (data.title || 'kollab').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'kollab';
  const base = `${slug}-${data.kind}-${data.generatedOn}`;
  if (input.format === 'csv') {
    const t = data.tables[0];
    const csv = tableToCsv({ ...t, rows: t.rows.map((r) => label(t, r)) }, header(t), input.lang === 'de' ? ';' : ',');
    return { fileName: `${base}.csv`, mime: 'text/csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kollab';
  for (const t of data.tables) {
    const ws = wb.addWorksheet((texts.tables[t.key] ?? t.key).slice(0, 31));
    ws.addRow(header(t).map(safeText)).font = { bold: true };
    for (const row of t.rows) ws.addRow(label(t, row).map((v, i) => cellValue(v, t.columns[i].kind)));
    t.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width = c.kind === 'text' ? 28 : 14;
      if (c.kind === 'money') col.numFmt = `#,##0.00 "${data.currency}"`;
      if (c.kind === 'bp') col.numFmt = '0.00%';
      if (c.kind === 'times') col.numFmt = '0.00"×"';
    });
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: `${base}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dataBase64: buf.toString('base64') };
}
