import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { engagementRateBp, tierOf } from '../../shared/domain';
import type { AddResult, CollaborationDetail, DeadlineMove, ParsedInputOf } from '../../shared/contract';
import { recordDeadlineMove } from './deadlines';
import { getSettings } from '../settings/service';
import { appendToStage, cardIdsOf, nowUtc, recordStageEvent, renumberStage, stageIdsOf, stageRow } from './ordering';
import { write } from '../db/write';
import * as q from './queries';

/** Stage keys whose cards no longer count against the active-collaborations limit. */
export const INACTIVE_STAGE_KEYS = ['completed', 'declined'] as const;

/** The channel a card runs on (`ch`): defined once in db/sql.ts. */
export { CARD_CHANNEL_JOIN } from '../db/sql';
export type { CollabRow } from './queries';

export function collabRow(db: Db, id: number, field = 'id'): q.CollabRow {
  const row = q.collaboration(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `Collaboration ${id} not found`, { field, key: 'collaborations.notFound', params: { id } });
  return row;
}

/** A card's person, channel and campaign (NOT_FOUND naming `field` when there is no such card). */
export function cardContextOf(db: Db, id: number, field = 'collaborationId'): q.CardContext {
  const ctx = q.cardContext(db, id);
  if (!ctx) throw new DomainError('NOT_FOUND', `Collaboration ${id} not found`, { field, key: 'collaborations.notFound', params: { id } });
  return ctx;
}

/** Cards on the board of a campaign outside the completed / declined stages. */
export function activeCount(db: Db, campaignId: number): number {
  return q.countActive(db, campaignId, INACTIVE_STAGE_KEYS);
}

/**
 * Adds influencers to a campaign, appended in the given order to the first stage (or `stageId`).
 * - Already on the board: skipped as 'already_in_campaign' (also a repeated id in the same call).
 * - Unknown or deleted influencers: skipped as 'not_found'.
 * - Someone taken off the board earlier (soft-removed) comes back: the old card (fee, codes, history)
 *   is restored into the stage this call targets, and counts as added.
 * `added` holds the collaboration (card) ids, in input order.
 */
export function addCollaborations(db: Db, input: ParsedInputOf<'collaborations.add'>): AddResult {
  const out = write(db, () => {
    const campaign = q.campaignCurrency(db, input.campaignId);
    if (!campaign) throw new DomainError('NOT_FOUND', `Campaign ${input.campaignId} not found`, {
        field: 'campaignId',
        key: 'campaigns.notFound',
        params: { id: input.campaignId },
      });
    let stageId: number;
    if (input.stageId !== undefined) {
      const s = stageRow(db, input.stageId, 'stageId');
      if (s.campaignId !== campaign.id) throw new DomainError('INVALID_INPUT', 'The stage belongs to another campaign', { field: 'stageId', key: 'collaborations.stageElsewhere' });
      stageId = s.id;
    } else {
      const first = stageIdsOf(db, campaign.id)[0];
      if (first === undefined) throw new DomainError('CONFLICT', 'The campaign has no stages', { field: 'campaignId', key: 'collaborations.noStages' });
      stageId = first;
    }
    const rows = q.addStatements(db);
    const at = nowUtc();
    let next = cardIdsOf(db, stageId).length;
    const added: number[] = [];
    const skipped: AddResult['skipped'] = [];
    for (const influencerId of input.influencerIds) {
      if (!rows.personIsLive(influencerId)) {
        skipped.push({ influencerId, reason: 'not_found' });
        continue;
      }
      const had = rows.existing(campaign.id, influencerId);
      if (had && !had.removedAt) {
        skipped.push({ influencerId, reason: 'already_in_campaign' });
        continue;
      }
      if (had) {
        q.setRemovedAt(db, had.id, null);
        appendToStage(db, had.id, stageId);
        recordStageEvent(db, had.id, had.stageId, stageId, 'restored', at);
        added.push(had.id);
      } else {
        const id = rows.insert(campaign.id, influencerId, stageId, next, campaign.currency);
        recordStageEvent(db, id, null, stageId, 'added', at);
        added.push(id);
      }
      next++;
    }
    return { added, skipped, active: activeCount(db, campaign.id) };
  });
  return { ...out, limit: getSettings(db).maxActiveCollaborations };
}

/** Takes a card off the board (undo with restore); the stage's other cards close the gap. */
export function removeCollaboration(db: Db, id: number): { id: number } {
  return write(db, () => {
    const c = collabRow(db, id);
    if (c.removedAt) return { id };
    q.setRemovedAt(db, id, nowUtc());
    renumberStage(db, c.stageId);
    return { id };
  });
}

/** Puts a removed card back at the end of its stage (or of the campaign's first stage if its stage is gone). */
export function restoreCollaboration(db: Db, id: number): { id: number } {
  return write(db, () => {
    const c = collabRow(db, id);
    if (!c.removedAt) return { id };
    const ownStage = q.stageInCampaign(db, c.stageId, c.campaignId);
    const stageId = ownStage ? c.stageId : stageIdsOf(db, c.campaignId)[0];
    if (stageId === undefined) throw new DomainError('CONFLICT', 'The campaign has no stages to restore the card into', {
        field: 'id',
        key: 'collaborations.noStageToRestore',
      });
    q.setRemovedAt(db, id, null);
    appendToStage(db, id, stageId);
    if (stageId !== c.stageId) recordStageEvent(db, id, c.stageId, stageId, 'restored');
    return { id };
  });
}

export function getCollaboration(db: Db, id: number): CollaborationDetail {
  const r = q.card(db, id);
  if (!r) throw new DomainError('NOT_FOUND', `Collaboration ${id} not found`, { field: 'id', key: 'collaborations.notFound', params: { id } });
  const thresholds = getSettings(db).tierThresholds;
  const { influencerId, influencerName, email, platform, handle, followers, likes, comments, shares, sheetErBp, ...rest } = r;
  return {
    ...rest,
    ksk: Boolean(rest.ksk), // SQLite keeps the flag as 0/1
    influencer: {
      id: influencerId,
      name: influencerName,
      email,
      platform,
      handle,
      followers,
      tier: tierOf(followers, thresholds),
      engagementRateBp: engagementRateBp(followers, likes, comments, shares, sheetErBp),
    },
    deliverables: q.deliverablesOf(db, id),
    history: q.historyOf(db, id),
    codes: q.codesOf(db, id),
    links: q.linksOf(db, id),
    attachments: q.attachmentsOf(db, id),
  };
}

const UPDATE_COLUMNS: [Exclude<keyof ParsedInputOf<'collaborations.update'>, 'id' | 'deliverables'>, string][] = [
  ['type', 'type'],
  ['channelId', 'channel_id'],
  ['feeMinor', 'fee_minor'],
  ['productValueMinor', 'product_value_minor'],
  ['commissionBp', 'commission_bp'],
  ['currency', 'currency'],
  ['paymentStatus', 'payment_status'],
  ['invoicedOn', 'invoiced_on'],
  ['paidOn', 'paid_on'],
  ['invoiceNumber', 'invoice_number'],
  ['vatRateBp', 'vat_rate_bp'],
  ['ksk', 'ksk'],
  ['paymentDueOn', 'payment_due_on'],
  ['startDate', 'start_date'],
  ['notes', 'notes'],
];

/**
 * Changes the given fields; `deliverables` replaces the list (rows with an id are kept and updated, missing ones
 * deleted). A kept deliverable whose day moved gets a history entry; `moved` lists them (for the undo toast).
 */
export function updateCollaboration(db: Db, input: ParsedInputOf<'collaborations.update'>): { id: number; moved: DeadlineMove[] } {
  return write(db, () => {
    const c = collabRow(db, input.id);
    if (input.channelId != null) {
      const owner = q.channelOwner(db, input.channelId);
      if (owner !== c.influencerId) throw new DomainError('INVALID_INPUT', "The channel is not one of this influencer's channels", {
          field: 'channelId',
          key: 'collaborations.foreignChannel',
        });
    }
    const sets: { column: string; value: q.CardValue }[] = [];
    for (const [key, column] of UPDATE_COLUMNS) {
      const value = input[key];
      if (value === undefined) continue;
      sets.push({ column, value: typeof value === 'boolean' ? Number(value) : value });
    }
    q.updateCardColumns(db, c.id, sets);

    const moved: DeadlineMove[] = [];
    if (input.deliverables) {
      const before = new Map(q.deliverablesOfCard(db, c.id).map((d) => [d.id, d]));
      const own = new Set(before.keys());
      const keep = new Set<number>();
      const deliverables = q.deliverableWriters(db);
      input.deliverables.forEach((d, idx) => {
        if (d.id !== undefined) {
          if (!own.has(d.id) || keep.has(d.id))
            throw new DomainError('INVALID_INPUT', `Deliverable ${d.id} does not belong to this card`, {
              field: `deliverables.${idx}.id`,
              key: 'collaborations.foreignDeliverable',
              params: { id: d.id },
            });
          keep.add(d.id);
          deliverables.update(d.id, [d.kind, d.count, d.dueDate ?? null, d.doneAt ?? null]);
          const old = before.get(d.id)!;
          const move = recordDeadlineMove(db, { ...old, kind: d.kind }, old.dueDate, d.dueDate ?? null);
          if (move) moved.push(move);
        } else {
          deliverables.insert(c.id, [d.kind, d.count, d.dueDate ?? null, d.doneAt ?? null]);
        }
      });
      for (const d of own) if (!keep.has(d)) deliverables.remove(d);
    }
    return { id: c.id, moved };
  });
}
