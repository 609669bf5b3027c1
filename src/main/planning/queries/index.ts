import { and, eq, gte, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { liveCampaignSpans, cardFields, onBoard, withCardJoins } from '../../db/card-joins';
import { campaigns, stages } from '../../campaigns/schema';
import { collaborations, deliverables, voucherCodes } from '../../collaborations/schema';
import { influencers } from '../../influencers/schema';
import { sampleShipments } from '../../samples/schema';
import { contentPosts } from '../../content/schema';
import { followUps } from '../schema';

/**
 * The reads behind the Today view and the seeding funnel, with typed rows (drizzle's builder, no casts).
 * Every query sees only live cards: not removed, campaign not archived, not in the declined stage.
 */

const liveCard = and(onBoard, isNull(campaigns.archivedAt));

/** Open deliverables with a due date up to `until`. */
export function openDeliverables(db: Db, until: string) {
  return withCardJoins(
    db
      .select({
        id: deliverables.id,
        kind: deliverables.kind,
        count: deliverables.count,
        dueDate: deliverables.dueDate,
        ...cardFields,
      })
      .from(deliverables)
      .innerJoin(collaborations, eq(collaborations.id, deliverables.collaborationId))
      .$dynamic(),
  )
    .where(and(liveCard, isNull(deliverables.doneAt), isNotNull(deliverables.dueDate), lte(deliverables.dueDate, until)))
    .orderBy(deliverables.dueDate, deliverables.id)
    .all();
}

/** Posts per card and kind (to count a deliverable as fulfilled once its posts are recorded). */
export function postCounts(db: Db, collaborationIds: number[]) {
  if (!collaborationIds.length) return [];
  return db
    .select({ collaborationId: contentPosts.collaborationId, kind: contentPosts.kind, n: sql<number>`count(*)` })
    .from(contentPosts)
    .where(inArray(contentPosts.collaborationId, collaborationIds))
    .groupBy(contentPosts.collaborationId, contentPosts.kind)
    .all();
}

/** Every sample shipment of live cards, with the card's campaign and person (the funnel and Today read these). */
export function shipments(db: Db, campaignId?: number) {
  return withCardJoins(
    db
      .select({
        id: sampleShipments.id,
        status: sampleShipments.status,
        shippedOn: sampleShipments.shippedOn,
        deliveredOn: sampleShipments.deliveredOn,
        valueMinor: sampleShipments.valueMinor,
        shippingCostMinor: sampleShipments.shippingCostMinor,
        currency: sampleShipments.currency,
        ...cardFields,
        personLanguage: influencers.language,
        personEmail: influencers.email,
      })
      .from(sampleShipments)
      .innerJoin(collaborations, eq(collaborations.id, sampleShipments.collaborationId))
      .$dynamic(),
  )
    .where(campaignId === undefined ? liveCard : and(liveCard, eq(campaigns.id, campaignId)))
    .orderBy(sampleShipments.id)
    .all();
}

/** Dated posts per card (first post on or after a delivery counts for the funnel). */
export function datedPosts(db: Db, collaborationIds: number[]) {
  if (!collaborationIds.length) return [];
  return db
    .select({ collaborationId: contentPosts.collaborationId, postedAt: contentPosts.postedAt })
    .from(contentPosts)
    .where(inArray(contentPosts.collaborationId, collaborationIds))
    .all();
}

/**
 * Contacted cards still waiting for an answer: in the "contacted" stage, or still on the shortlist (contacted
 * from there without moving the card; only a follow-up sequence counts those).
 */
export function awaitingAnswer(db: Db) {
  return withCardJoins(
    db
      .select({
        contactedAt: collaborations.contactedAt,
        outreachTemplateId: collaborations.outreachTemplateId,
        followUpStep: collaborations.followUpStep,
        stageKey: stages.key,
        ...cardFields,
      })
      .from(collaborations)
      .$dynamic(),
  )
    .where(and(liveCard, inArray(stages.key, ['contacted', 'shortlist']), isNotNull(collaborations.contactedAt)))
    .all();
}

/** Fees invoiced and not paid yet. */
export function invoicedUnpaid(db: Db) {
  return withCardJoins(
    db
      .select({
        feeMinor: collaborations.feeMinor,
        currency: collaborations.currency,
        invoicedOn: collaborations.invoicedOn,
        paymentDueOn: collaborations.paymentDueOn,
        ...cardFields,
      })
      .from(collaborations)
      .$dynamic(),
  )
    .where(and(liveCard, eq(collaborations.paymentStatus, 'invoiced'), isNotNull(collaborations.invoicedOn)))
    .all();
}

/** Voucher codes whose last valid day lies between `from` and `to`. */
export function codesEnding(db: Db, from: string, to: string) {
  return withCardJoins(
    db
      .select({
        id: voucherCodes.id,
        code: voucherCodes.code,
        validTo: voucherCodes.validTo,
        ...cardFields,
      })
      .from(voucherCodes)
      .innerJoin(collaborations, eq(collaborations.id, voucherCodes.collaborationId))
      .$dynamic(),
  )
    .where(and(liveCard, isNotNull(voucherCodes.validTo), gte(voucherCodes.validTo, from), lte(voucherCodes.validTo, to)))
    .all();
}

/** Campaigns (not archived) starting or ending between `from` and `to`. */
export function campaignsInWindow(db: Db, from: string, to: string) {
  return liveCampaignSpans(db, or(and(gte(campaigns.startDate, from), lte(campaigns.startDate, to)), and(gte(campaigns.endDate, from), lte(campaigns.endDate, to)))).all();
}

export function allFollowUps(db: Db) {
  return db.select().from(followUps).all();
}

export function followUpOf(db: Db, itemKey: string) {
  return db.select().from(followUps).where(eq(followUps.itemKey, itemKey)).get();
}

export function upsertFollowUp(db: Db, itemKey: string, collaborationId: number | null, patch: { snoozedUntil?: string; remindedOn?: string }) {
  const now = new Date().toISOString();
  const reminded = patch.remindedOn !== undefined;
  db.insert(followUps)
    .values({ itemKey, collaborationId, snoozedUntil: patch.snoozedUntil ?? null, remindedOn: patch.remindedOn ?? null, reminders: reminded ? 1 : 0 })
    .onConflictDoUpdate({
      target: followUps.itemKey,
      set: {
        ...(patch.snoozedUntil !== undefined ? { snoozedUntil: patch.snoozedUntil } : {}),
        ...(reminded ? { remindedOn: patch.remindedOn, reminders: sql`${followUps.reminders} + 1` } : {}),
        updatedAt: now,
      },
    })
    .run();
}

/** The card a reminder goes to: the person's name, e-mail and language; campaign and product. */
export function reminderTarget(db: Db, collaborationId: number) {
  return db
    .select({
      collaborationId: collaborations.id,
      name: influencers.name,
      email: influencers.email,
      language: influencers.language,
      campaign: campaigns.name,
      product: campaigns.product,
      disclosure: campaigns.disclosureText,
    })
    .from(collaborations)
    .innerJoin(campaigns, eq(campaigns.id, collaborations.campaignId))
    .innerJoin(influencers, eq(influencers.id, collaborations.influencerId))
    .where(eq(collaborations.id, collaborationId))
    .get();
}

/** Where a card's follow-up sequence stands. */
export function sequenceCard(db: Db, collaborationId: number) {
  return db
    .select({ contactedAt: collaborations.contactedAt, outreachTemplateId: collaborations.outreachTemplateId, followUpStep: collaborations.followUpStep })
    .from(collaborations)
    .where(eq(collaborations.id, collaborationId))
    .get();
}

/** A follow-up of the card's sequence was sent: the next step is due. */
export function advanceFollowUpStep(db: Db, collaborationId: number) {
  return db
    .update(collaborations)
    .set({ followUpStep: sql`${collaborations.followUpStep} + 1` })
    .where(eq(collaborations.id, collaborationId))
    .returning({ step: collaborations.followUpStep })
    .get();
}

export function setDeliverableDone(db: Db, deliverableId: number, doneAt: string) {
  return db.update(deliverables).set({ doneAt }).where(eq(deliverables.id, deliverableId)).returning({ id: deliverables.id, collaborationId: deliverables.collaborationId }).get();
}

