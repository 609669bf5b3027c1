import type { Db } from '../db/connection';
import type { Clock } from '../core/clock';
import { appToday } from '../core/today';
import { getSettings } from '../settings/service';
import { DomainError } from '../../shared/envelope';
import type { ParsedInputOf } from '../../shared/contract';
import type { PaymentRow, PaymentsOverview, PaymentTotals } from '../../shared/contract/payments';
import { bookingMonth, dueDate, paymentState, shareOf } from './rules';
import * as q from './queries';

type Clocked = { db: Db; clock: Clock };
type Filter = ParsedInputOf<'payments.list'>;

function matches(r: PaymentRow, f: Filter): boolean {
  if (f.from && r.month < f.from) return false;
  if (f.to && r.month > f.to) return false;
  if (f.state === 'all') return true;
  if (f.state === 'open') return r.state !== 'paid';
  return r.state === f.state;
}

function emptyTotals(currency: string): PaymentTotals {
  return { currency, agreedMinor: 0, invoicedMinor: 0, overdueMinor: 0, paidMinor: 0, vatMinor: 0, kskMinor: 0 };
}

function add(t: PaymentTotals, r: PaymentRow): void {
  if (r.state === 'paid') t.paidMinor += r.feeMinor;
  else if (r.state === 'overdue') t.overdueMinor += r.feeMinor;
  else if (r.state === 'invoiced') t.invoicedMinor += r.feeMinor;
  else t.agreedMinor += r.feeMinor;
  t.vatMinor += r.vatMinor;
  t.kskMinor += r.kskMinor;
}

/** Groups rows by a key and currency (never summing currencies), in first-seen order. */
function group<K extends string | number>(rows: PaymentRow[], keyOf: (r: PaymentRow) => K): Map<string, { key: K; totals: PaymentTotals }> {
  const out = new Map<string, { key: K; totals: PaymentTotals }>();
  for (const r of rows) {
    const k = `${keyOf(r)}\u0000${r.currency}`;
    let g = out.get(k);
    if (!g) out.set(k, (g = { key: keyOf(r), totals: emptyTotals(r.currency) }));
    add(g.totals, r);
  }
  return out;
}

export function paymentsOverview(core: Clocked, f: Filter): PaymentsOverview {
  const today = appToday(core);
  const { paymentTermsDays, kskRateBp } = getSettings(core.db);
  const rows: PaymentRow[] = [];
  for (const r of q.feeRows(core.db, f)) {
    const dueOn = r.status === 'agreed' ? null : dueDate(r.invoicedOn, r.paymentDueOn, paymentTermsDays);
    const vatMinor = shareOf(r.feeMinor, r.vatRateBp);
    const row: PaymentRow = {
      collaborationId: r.collaborationId,
      campaignId: r.campaignId,
      campaignName: r.campaignName,
      influencerId: r.influencerId,
      influencerName: r.influencerName,
      status: r.status,
      state: paymentState(r.status, dueOn, today),
      month: bookingMonth(r),
      currency: r.currency,
      feeMinor: r.feeMinor,
      vatRateBp: r.vatRateBp,
      vatMinor,
      grossMinor: r.feeMinor + vatMinor,
      ksk: r.ksk,
      kskMinor: r.ksk ? shareOf(r.feeMinor, kskRateBp) : 0,
      invoiceNumber: r.invoiceNumber,
      invoicedOn: r.invoicedOn,
      dueOn,
      paidOn: r.paidOn,
    };
    if (matches(row, f)) rows.push(row);
  }
  const totals = [...group(rows, () => '').values()].map((g) => g.totals);
  const months = [...group(rows, (r) => r.month).values()]
    .map((g) => ({ month: g.key, ...g.totals }))
    .sort((a, b) => b.month.localeCompare(a.month) || a.currency.localeCompare(b.currency));
  const names = new Map(rows.map((r) => [r.influencerId, r.influencerName]));
  const people = [...group(rows, (r) => r.influencerId).values()].map((g) => ({ influencerId: g.key, influencerName: names.get(g.key) ?? '', ...g.totals }));
  return { today, rows, totals, months, people };
}

export function markPaid(core: Clocked, collaborationId: number, paidOn?: string): { id: number } {
  const row = q.setPaid(core.db, collaborationId, paidOn ?? appToday(core));
  if (!row) throw new DomainError('NOT_FOUND', `Collaboration ${collaborationId} not found`, { field: 'collaborationId', key: 'collaborations.notFound', params: { id: collaborationId } });
  return row;
}
