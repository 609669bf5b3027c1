/**
 * The reads and writes of the payments domain, with typed rows (drizzle's builder, no casts). Cards count when
 * they carry an agreed fee (not one only proposed), are on the board (not removed, not declined) and their campaign is not in the trash;
 * archived campaigns stay in: their fees still have to be paid and booked.
 */
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { onBoard, withCardJoins } from '../db/card-joins';
import { campaigns } from '../campaigns/schema';
import { collaborations } from '../collaborations/schema';
import { influencers } from '../influencers/schema';

export function feeRows(db: Db, filter: { campaignId?: number; influencerId?: number }) {
  return withCardJoins(
    db
      .select({
        collaborationId: collaborations.id,
        campaignId: campaigns.id,
        campaignName: campaigns.name,
        influencerId: influencers.id,
        influencerName: influencers.name,
        status: collaborations.paymentStatus,
        currency: collaborations.currency,
        feeMinor: collaborations.feeMinor,
        vatRateBp: collaborations.vatRateBp,
        ksk: collaborations.ksk,
        invoiceNumber: collaborations.invoiceNumber,
        invoicedOn: collaborations.invoicedOn,
        paymentDueOn: collaborations.paymentDueOn,
        paidOn: collaborations.paidOn,
        startDate: collaborations.startDate,
        createdAt: collaborations.createdAt,
      })
      .from(collaborations)
      .$dynamic(),
  )
    .where(
      and(
        onBoard,
        isNull(campaigns.deletedAt),
        gt(collaborations.feeMinor, 0),
        // a fee only proposed is not owed yet (KPI rule `cost` alike)
        ne(collaborations.paymentStatus, 'proposed'),
        filter.campaignId ? eq(campaigns.id, filter.campaignId) : undefined,
        filter.influencerId ? eq(influencers.id, filter.influencerId) : undefined,
      ),
    )
    .orderBy(influencers.name, campaigns.name, collaborations.id)
    .all();
}

export type FeeRow = ReturnType<typeof feeRows>[number];

/** Marks a fee paid; keeps the invoice date (a fee paid without an invoice is booked on the day it was paid). */
export function setPaid(db: Db, collaborationId: number, paidOn: string) {
  return db
    .update(collaborations)
    .set({ paymentStatus: 'paid', paidOn, updatedAt: new Date().toISOString() })
    .where(eq(collaborations.id, collaborationId))
    .returning({ id: collaborations.id })
    .get();
}
