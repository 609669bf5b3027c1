/**
 * The payments overview as a file for the bookkeeper: one row per fee, the columns a German or English
 * bookkeeper expects, money in major units as numbers (not text), dates as dates. CSV in German uses ';' and
 * decimal commas (what German Excel opens), in English ','. Text cells that a spreadsheet would read as a
 * formula are neutralised (insights/export.ts safeText, the one rule).
 */
import ExcelJS from 'exceljs';
import type { PaymentsOverview, PaymentState } from '../../shared/contract/payments';
import type { ReportTable } from '../../shared/contract';
import type { FileDownload } from '../../shared/contract/common';
import { safeText, tableToCsv } from '../insights/export';

const HEADERS = {
  de: ['Person', 'Kampagne', 'Rechnungsnummer', 'Rechnungsdatum', 'Fällig am', 'Bezahlt am', 'Status', 'Währung', 'Honorar netto', 'USt-Satz', 'USt', 'Brutto', 'KSK', 'KSK-Abgabe', 'Buchungsmonat'],
  en: ['Person', 'Campaign', 'Invoice number', 'Invoice date', 'Due', 'Paid on', 'Status', 'Currency', 'Fee (net)', 'VAT rate', 'VAT', 'Gross', 'KSK', 'KSK levy', 'Month'],
} as const;

const STATES: Record<'de' | 'en', Record<PaymentState, string>> = {
  de: { proposed: 'nicht vereinbart', agreed: 'vereinbart', invoiced: 'in Rechnung gestellt', overdue: 'überfällig', paid: 'bezahlt' },
  en: { proposed: 'not agreed', agreed: 'agreed', invoiced: 'invoiced', overdue: 'overdue', paid: 'paid' },
};

const COLUMNS: ReportTable['columns'] = [
  { key: 'person', kind: 'text' },
  { key: 'campaign', kind: 'text' },
  { key: 'invoiceNumber', kind: 'text' },
  { key: 'invoicedOn', kind: 'date' },
  { key: 'dueOn', kind: 'date' },
  { key: 'paidOn', kind: 'date' },
  { key: 'state', kind: 'text' },
  { key: 'currency', kind: 'text' },
  { key: 'fee', kind: 'money' },
  { key: 'vatRate', kind: 'bp' },
  { key: 'vat', kind: 'money' },
  { key: 'gross', kind: 'money' },
  { key: 'ksk', kind: 'text' },
  { key: 'kskLevy', kind: 'money' },
  { key: 'month', kind: 'text' },
];

function table(o: PaymentsOverview, lang: 'de' | 'en'): ReportTable {
  const yes = lang === 'de' ? 'ja' : 'yes';
  const no = lang === 'de' ? 'nein' : 'no';
  return {
    key: 'payments',
    columns: COLUMNS,
    rows: o.rows.map((r) => [
      r.influencerName,
      r.campaignName,
      r.invoiceNumber,
      r.invoicedOn,
      r.dueOn,
      r.paidOn,
      STATES[lang][r.state],
      r.currency,
      r.feeMinor,
      r.vatRateBp,
      r.vatMinor,
      r.grossMinor,
      r.ksk ? yes : no,
      r.kskMinor,
      r.month,
    ]),
  };
}

const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export async function paymentsFile(o: PaymentsOverview, format: 'csv' | 'xlsx', lang: 'de' | 'en'): Promise<FileDownload> {
  const t = table(o, lang);
  const base = `${lang === 'de' ? 'zahlungen' : 'payments'}-${o.today}`;
  if (format === 'csv') {
    const dated = lang === 'de' ? { ...t, rows: t.rows.map((row) => row.map((v, i) => (t.columns[i].kind === 'date' && typeof v === 'string' ? germanDate(v) : v))) } : t;
    const csv = tableToCsv(dated, [...HEADERS[lang]], lang === 'de' ? ';' : ',');
    return { fileName: `${base}.csv`, mime: 'text/csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kollab';
  const ws = wb.addWorksheet(lang === 'de' ? 'Zahlungen' : 'Payments');
  ws.addRow(HEADERS[lang].map(safeText)).font = { bold: true };
  for (const row of t.rows) {
    ws.addRow(
      row.map((v, i) => {
        const kind = t.columns[i].kind;
        if (v === null) return null;
        if (typeof v === 'string') return kind === 'date' ? new Date(`${v}T00:00:00Z`) : safeText(v);
        if (kind === 'money') return v / 100;
        if (kind === 'bp') return v / 10_000;
        return v;
      }),
    );
  }
  t.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.kind === 'text' ? 24 : 14;
    if (c.kind === 'money') col.numFmt = '#,##0.00';
    if (c.kind === 'bp') col.numFmt = '0.0%';
    if (c.kind === 'date') col.numFmt = lang === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
  });
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: `${base}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dataBase64: buf.toString('base64') };
}
