import { and, eq, gte, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { liveCampaignSpans, cardFields, onBoard, withCardJoins } from '../../db/card-joins';
import { campaigns } from '../../campaigns/schema';
import { collaborations, deliverables } from '../../collaborations/schema';
import { sampleShipments } from '../../samples/schema';
import { contentPosts } from '../../content/schema';

/** The calendar's reads (typed rows): live cards only, as the Today view (not removed, not archived, not declined). */
const liveCard = and(onBoard, isNull(campaigns.archivedAt), isNull(campaigns.deletedAt));


/** Deliverables (done or not) due between `from` and `to`. */
export function deadlinesIn(db: Db, from: string, to: string) {
  return withCardJoins(
    db
      .select({ id: deliverables.id, kind: deliverables.kind, count: deliverables.count, dueDate: deliverables.dueDate, doneAt: deliverables.doneAt, ...cardFields })
      .from(deliverables)
      .innerJoin(collaborations, eq(collaborations.id, deliverables.collaborationId))
      .$dynamic(),
  )
    .where(and(liveCard, isNotNull(deliverables.dueDate), gte(deliverables.dueDate, from), lte(deliverables.dueDate, to)))
    .orderBy(deliverables.dueDate, deliverables.id)
    .all();
}

/** Posts published between `from` and `to`. */
export function postsIn(db: Db, from: string, to: string) {
  return withCardJoins(
    db
      .select({ id: contentPosts.id, kind: contentPosts.kind, postedAt: contentPosts.postedAt, ...cardFields })
      .from(contentPosts)
      .innerJoin(collaborations, eq(collaborations.id, contentPosts.collaborationId))
      .$dynamic(),
  )
    .where(and(liveCard, isNotNull(contentPosts.postedAt), gte(contentPosts.postedAt, from), lte(contentPosts.postedAt, `${to}\uffff`)))
    .orderBy(contentPosts.postedAt, contentPosts.id)
    .all();
}

/** Sample shipments shipped or delivered between `from` and `to`. */
export function samplesIn(db: Db, from: string, to: string) {
  return withCardJoins(
    db
      .select({ id: sampleShipments.id, shippedOn: sampleShipments.shippedOn, deliveredOn: sampleShipments.deliveredOn, ...cardFields })
      .from(sampleShipments)
      .innerJoin(collaborations, eq(collaborations.id, sampleShipments.collaborationId))
      .$dynamic(),
  )
    .where(
      and(
        liveCard,
        or(and(gte(sampleShipments.shippedOn, from), lte(sampleShipments.shippedOn, to)), and(gte(sampleShipments.deliveredOn, from), lte(sampleShipments.deliveredOn, to))),
      ),
    )
    .orderBy(sampleShipments.id)
    .all();
}

/** Campaigns (not archived) with a start or end date whose run overlaps `from`–`to`. */
export function campaignsOverlapping(db: Db, from: string, to: string) {
  return liveCampaignSpans(
    db,
    and(
      isNull(campaigns.deletedAt),
      or(isNotNull(campaigns.startDate), isNotNull(campaigns.endDate)),
      or(isNull(campaigns.startDate), lte(campaigns.startDate, to)),
      or(isNull(campaigns.endDate), gte(campaigns.endDate, from)),
    ),
  )
    .orderBy(campaigns.startDate, campaigns.id)
    .all();
}

export function setDueDate(db: Db, deliverableId: number, dueDate: string) {
  return db
    .update(deliverables)
    .set({ dueDate })
    .where(eq(deliverables.id, deliverableId))
    .returning({ id: deliverables.id, collaborationId: deliverables.collaborationId, dueDate: deliverables.dueDate })
    .get();
}
