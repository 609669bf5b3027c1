/**
 * The rules of the payments overview, written down once (issue 14):
 * - The fee on a card is the agreed amount, net. VAT is added on top at the card's rate when the invoice states
 *   one (null = none stated, e.g. a small business under §19 UStG); gross = fee + VAT.
 * - Künstlersozialabgabe: the brand owes the levy on fees paid to artists and publicists; the card's flag says
 *   whether it applies, the rate is a setting (2026: 4.9 %). It is computed on the net fee.
 * - Due date: the date the invoice names, else invoice date + Settings → payment terms (days).
 * - State: 'paid' when paid; 'overdue' when invoiced and today is after the due date; else the status.
 * - Month (for the bookkeeper): paid → the day it was paid; invoiced → the invoice date; agreed → the card's
 *   start date, else the day the card was created. Amounts are rounded to whole cents, half away from zero.
 * - Money in different currencies is summed per currency only, never converted here.
 */
import { addDays } from '../../shared/time';
import type { PaymentState } from '../../shared/contract/payments';
import type { PaymentStatus } from '../../shared/domain';

export function shareOf(amountMinor: number, bp: number | null): number {
  if (!bp) return 0;
  const v = (amountMinor * bp) / 10_000;
  return Math.sign(v) * Math.round(Math.abs(v));
}

export function dueDate(invoicedOn: string | null, paymentDueOn: string | null, termsDays: number): string | null {
  if (paymentDueOn) return paymentDueOn;
  return invoicedOn ? addDays(invoicedOn, termsDays) : null;
}

export function paymentState(status: PaymentStatus, dueOn: string | null, today: string): PaymentState {
  if (status === 'paid') return 'paid';
  if (status === 'invoiced' && dueOn !== null && dueOn < today) return 'overdue';
  return status;
}

export function bookingMonth(r: { status: PaymentStatus; paidOn: string | null; invoicedOn: string | null; startDate: string | null; createdAt: string }): string {
  const day = (r.status === 'paid' && r.paidOn) || (r.status !== 'agreed' && r.invoicedOn) || r.startDate || r.createdAt;
  return day.slice(0, 7);
}
