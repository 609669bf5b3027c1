/**
 * The joins every card list repeats (planning's Today and calendar, payments): a card's campaign, person and
 * stage, and the rule that a card is live (not removed, not declined). Defined once, for drizzle's builder.
 */
import { and, eq, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from './connection';
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import { campaigns, stages } from '../campaigns/schema';
import { collaborations } from '../collaborations/schema';
import { influencers } from '../influencers/schema';

/** Joins the campaign, the person and the stage of `collaborations` already in the query (`$dynamic()` builder). */
export function withCardJoins<T extends SQLiteSelect>(qb: T) {
  return qb
    .innerJoin(campaigns, eq(campaigns.id, collaborations.campaignId))
    .innerJoin(influencers, eq(influencers.id, collaborations.influencerId))
    .innerJoin(stages, eq(stages.id, collaborations.stageId));
}

/** The card's own fields most lists show: card, campaign and person with their names. */
export const cardFields = {
  collaborationId: collaborations.id,
  campaignId: campaigns.id,
  campaignName: campaigns.name,
  personId: influencers.id,
  personName: influencers.name,
};

/** On the board: not removed and not in the declined stage. */
export const onBoard = and(isNull(collaborations.removedAt), or(isNull(stages.key), ne(stages.key, 'declined')));

/** A campaign as the calendar and Today show its run. */
export const campaignSpanFields = { id: campaigns.id, name: campaigns.name, startDate: campaigns.startDate, endDate: campaigns.endDate };

/** Runs of the campaigns that are not archived and match `where` (a query over `campaigns` alone). */
export function liveCampaignSpans(db: Db, where: SQL | undefined) {
  return db.select(campaignSpanFields).from(campaigns).where(and(isNull(campaigns.archivedAt), where)).$dynamic();
}
