import { z } from 'zod';
import { method } from './define';
import { id, isoDate } from './common';
import type { FileDownload } from './common';
import type { PaymentStatus } from '../domain';

/** What the payments overview shows of one card's fee (src/main/payments/rules.ts has the rules). */
export type PaymentState = 'proposed' | 'agreed' | 'invoiced' | 'overdue' | 'paid';

export interface PaymentRow {
  collaborationId: number;
  campaignId: number;
  campaignName: string;
  influencerId: number;
  influencerName: string;
  status: PaymentStatus;
  /** `status`, with an invoiced fee past its due date as 'overdue'. */
  state: PaymentState;
  /** The bookkeeping month (YYYY-MM): paid → paid on, invoiced → invoice date, else the card's start or creation. */
  month: string;
  currency: string;
  /** The agreed fee (net). */
  feeMinor: number;
  vatRateBp: number | null;
  vatMinor: number;
  grossMinor: number;
  ksk: boolean;
  kskMinor: number;
  invoiceNumber: string | null;
  invoicedOn: string | null;
  dueOn: string | null;
  paidOn: string | null;
}

/** Sums per currency: money in different currencies is never added up. */
export interface PaymentTotals {
  currency: string;
  agreedMinor: number;
  invoicedMinor: number;
  overdueMinor: number;
  paidMinor: number;
  vatMinor: number;
  kskMinor: number;
}

export interface PaymentsOverview {
  today: string;
  rows: PaymentRow[];
  totals: PaymentTotals[];
  months: (PaymentTotals & { month: string })[];
  people: (PaymentTotals & { influencerId: number; influencerName: string })[];
}

export const paymentsFilter = z
  .object({
    from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month like 2026-11').optional(),
    to: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month like 2026-11').optional(),
    state: z.enum(['all', 'open', 'agreed', 'invoiced', 'overdue', 'paid']).default('all'),
    campaignId: id.optional(),
    influencerId: id.optional(),
  })
  .strict();

export const paymentsContract = {
  'payments.list': method<PaymentsOverview>()(paymentsFilter, 'Fees agreed, invoiced, overdue and paid, per card, per month and per person'),
  'payments.export': method<FileDownload>()(
    paymentsFilter.extend({ format: z.enum(['csv', 'xlsx']), language: z.enum(['de', 'en']).default('en') }).strict(),
    'The payments overview as CSV or XLSX for the bookkeeper',
  ),
  'payments.markPaid': method<{ id: number }>()(
    z.object({ collaborationId: id, paidOn: isoDate.optional() }).strict(),
    'Mark a fee as paid (today unless a date is given)',
    { changes: ['collaborations', 'campaigns'] },
  ),
};
