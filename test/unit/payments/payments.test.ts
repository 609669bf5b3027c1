/**
 * Issue 14, payments: fees agreed, invoiced, overdue and paid per card, month and person, with invoice number,
 * VAT and the Künstlersozialabgabe, on a real core whose clock stands on 2026-12-01; the bookkeeper's CSV and
 * XLSX read back.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { fixedClock } from '../../../src/main/core/clock';
import { tempDir } from '../../helpers/tmp';
import type { FileDownload, PaymentsOverview } from '../../../src/shared/contract';

const tmp = tempDir();
let running: RunningCore;
const ok = async <V>(method: string, input: unknown = {}): Promise<V> => {
  const r = await running.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value as V;
};

let cards: Record<string, number> = {};
beforeAll(async () => {
  running = await createCore({ dataDir: tmp.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle'), clock: fixedClock('2026-12-01T10:00:00Z') });
  const person = async (name: string) => (await ok<{ id: number }>('influencers.create', { name, channels: [{ platform: 'instagram', handle: name.toLowerCase(), followers: 9000 }] })).id;
  const lisa = await person('Lisa');
  const jonas = await person('Jonas');
  const mia = await person('Mia');
  const { id: campaignId } = await ok<{ id: number }>('campaigns.create', { name: 'Winter', goal: 'launch', product: 'Hoodie' });
  await ok('collaborations.add', { campaignId, influencerIds: [lisa, jonas, mia] });
  const ids = running.core.db.$client.prepare('SELECT i.name, co.id FROM collaborations co JOIN influencers i ON i.id = co.influencer_id').all() as { name: string; id: number }[];
  cards = Object.fromEntries(ids.map((r) => [r.name, r.id]));
  // Lisa: invoiced on 2026-11-10 (due + 14 days = 11-24: overdue), 19 % VAT, KSK.
  await ok('collaborations.update', { id: cards.Lisa, feeMinor: 50_000, paymentStatus: 'invoiced', invoicedOn: '2026-11-10', invoiceNumber: 'RE-2026-017', vatRateBp: 1900, ksk: true });
  // Jonas: invoiced 2026-11-20 with its own due date 2026-12-20 (not overdue), no VAT (small business).
  await ok('collaborations.update', { id: cards.Jonas, feeMinor: 12_345, paymentStatus: 'invoiced', invoicedOn: '2026-11-20', paymentDueOn: '2026-12-20', invoiceNumber: '=HYPERLINK("x")' });
  // Mia: fee in CHF, agreed only.
  await ok('collaborations.update', { id: cards.Mia, feeMinor: 30_000, currency: 'CHF', startDate: '2027-01-05', paymentStatus: 'agreed' });
});
afterAll(async () => {
  await running.close();
  tmp.cleanup();
});

describe('payments overview', () => {
  it('computes state, due date, VAT, gross and KSK per card by the written rules', async () => {
    const o = await ok<PaymentsOverview>('payments.list', {});
    const by = Object.fromEntries(o.rows.map((r) => [r.influencerName, r]));
    expect(o.today).toBe('2026-12-01');
    expect(by.Lisa).toMatchObject({ state: 'overdue', dueOn: '2026-11-24', vatMinor: 9_500, grossMinor: 59_500, kskMinor: 2_450, month: '2026-11', invoiceNumber: 'RE-2026-017' });
    expect(by.Jonas).toMatchObject({ state: 'invoiced', dueOn: '2026-12-20', vatMinor: 0, grossMinor: 12_345, kskMinor: 0, month: '2026-11' });
    expect(by.Mia).toMatchObject({ state: 'agreed', dueOn: null, currency: 'CHF', month: '2027-01' });
  });

  it('never adds up different currencies, per month and per person', async () => {
    const o = await ok<PaymentsOverview>('payments.list', {});
    expect(o.totals).toEqual([
      { currency: 'EUR', agreedMinor: 0, invoicedMinor: 12_345, overdueMinor: 50_000, paidMinor: 0, vatMinor: 9_500, kskMinor: 2_450 },
      { currency: 'CHF', agreedMinor: 30_000, invoicedMinor: 0, overdueMinor: 0, paidMinor: 0, vatMinor: 0, kskMinor: 0 },
    ]);
    expect(o.months.map((m) => [m.month, m.currency])).toEqual([
      ['2027-01', 'CHF'],
      ['2026-11', 'EUR'],
    ]);
    expect(o.people.find((p) => p.influencerName === 'Lisa')?.overdueMinor).toBe(50_000);
  });

  it('filters by state and month; the payment terms are a setting', async () => {
    expect((await ok<PaymentsOverview>('payments.list', { state: 'overdue' })).rows.map((r) => r.influencerName)).toEqual(['Lisa']);
    expect((await ok<PaymentsOverview>('payments.list', { from: '2027-01' })).rows.map((r) => r.influencerName)).toEqual(['Mia']);
    await ok('settings.update', { paymentTermsDays: 30 });
    expect((await ok<PaymentsOverview>('payments.list', { state: 'overdue' })).rows).toEqual([]);
    await ok('settings.update', { paymentTermsDays: 14 });
  });

  it('refuses a month that does not exist, naming the field', async () => {
    const r = await running.dispatch('payments.list', { from: '2026-13' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('from');
  });

  it('exports a German CSV with decimal commas, German dates and neutralised formula cells', async () => {
    const f = await ok<FileDownload>('payments.export', { format: 'csv', language: 'de' });
    const text = Buffer.from(f.dataBase64, 'base64').toString('utf8');
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Person;Kampagne;Rechnungsnummer;Rechnungsdatum;Fällig am;Bezahlt am;Status;Währung;Honorar netto;USt-Satz;USt;Brutto;KSK;KSK-Abgabe;Buchungsmonat');
    expect(lines).toContain('Lisa;Winter;RE-2026-017;10.11.2026;24.11.2026;;überfällig;EUR;500;"0,19";95;595;ja;"24,5";2026-11');
    const jonas = lines.find((l) => l.startsWith('Jonas'))!;
    expect(jonas).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('exports an XLSX with numbers and dates as such', async () => {
    const f = await ok<FileDownload>('payments.export', { format: 'xlsx', language: 'en', state: 'overdue' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.dataBase64, 'base64') as unknown as ExcelJS.Buffer); // exceljs' Buffer type predates Node's generic one
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Payments');
    expect(ws.rowCount).toBe(2);
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('Lisa');
    expect(row.getCell(9).value).toBe(500);
    expect(row.getCell(12).value).toBe(595);
    expect(row.getCell(4).value).toEqual(new Date('2026-11-10T00:00:00Z'));
  });

  it('marks a fee paid on today by the app clock; it moves to the paid column of its month', async () => {
    await ok('payments.markPaid', { collaborationId: cards.Lisa });
    const o = await ok<PaymentsOverview>('payments.list', {});
    const lisa = o.rows.find((r) => r.influencerName === 'Lisa')!;
    expect(lisa).toMatchObject({ state: 'paid', paidOn: '2026-12-01', month: '2026-12' });
    expect(o.months.find((m) => m.month === '2026-12' && m.currency === 'EUR')?.paidMinor).toBe(50_000);
  });

  it('leaves out removed cards and campaigns in the trash', async () => {
    await ok('collaborations.remove', { id: cards.Jonas });
    const o = await ok<PaymentsOverview>('payments.list', {});
    expect(o.rows.map((r) => r.influencerName).sort()).toEqual(['Lisa', 'Mia']);
    await ok('collaborations.restore', { id: cards.Jonas });
  });
});
