import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { engagementRateBp, tierOf, type Platform } from '../../shared/domain';
import type { AddResult, CollaborationDetail, ParsedInputOf, StageEventDto } from '../../shared/contract';
import { getSettings } from '../settings/service';
import { SALE_STATUSES } from '../insights/kpis';
import { appendToStage, cardIdsOf, nowUtc, recordStageEvent, renumberStage, stageIdsOf, stageRow } from './ordering';
import { write } from '../db/write';

const SALE_SQL = SALE_STATUSES.map((s) => `'${s}'`).join(',');

/** Stage keys whose cards no longer count against the active-collaborations limit. */
export const INACTIVE_STAGE_KEYS = ['completed', 'declined'] as const;

/** The channel a card runs on (`ch`): defined once in db/sql.ts. */
import { CARD_CHANNEL_JOIN, PUBLISHED_REDEMPTION } from '../db/sql';
export { CARD_CHANNEL_JOIN };

export interface CollabRow {
  id: number;
  campaignId: number;
  influencerId: number;
  stageId: number;
  removedAt: string | null;
}

export function collabRow(db: Db, id: number, field = 'id'): CollabRow {
  const row = db.$client
    .prepare('SELECT id, campaign_id AS campaignId, influencer_id AS influencerId, stage_id AS stageId, removed_at AS removedAt FROM collaborations WHERE id = ?')
    .get(id) as CollabRow | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `Collaboration ${id} not found`, { field, key: 'collaborations.notFound', params: { id } });
  return row;
}

/** Cards on the board of a campaign outside the completed / declined stages. */
export function activeCount(db: Db, campaignId: number): number {
  return db.$client
    .prepare(
      `SELECT count(*) FROM collaborations co JOIN stages s ON s.id = co.stage_id
       WHERE co.campaign_id = ? AND co.removed_at IS NULL AND coalesce(s.key, '') NOT IN (${INACTIVE_STAGE_KEYS.map((k) => `'${k}'`).join(',')})`,
    )
    .pluck()
    .get(campaignId) as number;
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
    const campaign = db.$client.prepare('SELECT id, currency FROM campaigns WHERE id = ?').get(input.campaignId) as { id: number; currency: string } | undefined;
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
    const person = db.$client.prepare('SELECT 1 FROM influencers WHERE id = ? AND deleted_at IS NULL').pluck();
    const existing = db.$client.prepare('SELECT id, stage_id AS stageId, removed_at AS removedAt FROM collaborations WHERE campaign_id = ? AND influencer_id = ?');
    const insert = db.$client.prepare(
      // payment 'proposed': a new card's fee is not agreed yet, so it is no cost until the user says so (KPI rule `cost`)
      "INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, currency, payment_status) VALUES (?, ?, ?, ?, ?, 'proposed')",
    );
    const restore = db.$client.prepare(
      `UPDATE collaborations SET removed_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
    );
    const at = nowUtc();
    let next = cardIdsOf(db, stageId).length;
    const added: number[] = [];
    const skipped: AddResult['skipped'] = [];
    for (const influencerId of input.influencerIds) {
      if (!person.get(influencerId)) {
        skipped.push({ influencerId, reason: 'not_found' });
        continue;
      }
      const had = existing.get(campaign.id, influencerId) as { id: number; stageId: number; removedAt: string | null } | undefined;
      if (had && !had.removedAt) {
        skipped.push({ influencerId, reason: 'already_in_campaign' });
        continue;
      }
      if (had) {
        restore.run(had.id);
        appendToStage(db, had.id, stageId);
        recordStageEvent(db, had.id, had.stageId, stageId, 'restored', at);
        added.push(had.id);
      } else {
        const id = Number(insert.run(campaign.id, influencerId, stageId, next, campaign.currency).lastInsertRowid);
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
    db.$client
      .prepare(`UPDATE collaborations SET removed_at = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`)
      .run(nowUtc(), id);
    renumberStage(db, c.stageId);
    return { id };
  });
}

/** Puts a removed card back at the end of its stage (or of the campaign's first stage if its stage is gone). */
export function restoreCollaboration(db: Db, id: number): { id: number } {
  return write(db, () => {
    const c = collabRow(db, id);
    if (!c.removedAt) return { id };
    const ownStage = db.$client.prepare('SELECT 1 FROM stages WHERE id = ? AND campaign_id = ?').get(c.stageId, c.campaignId);
    const stageId = ownStage ? c.stageId : stageIdsOf(db, c.campaignId)[0];
    if (stageId === undefined) throw new DomainError('CONFLICT', 'The campaign has no stages to restore the card into', {
        field: 'id',
        key: 'collaborations.noStageToRestore',
      });
    db.$client.prepare(`UPDATE collaborations SET removed_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(id);
    appendToStage(db, id, stageId);
    if (stageId !== c.stageId) recordStageEvent(db, id, c.stageId, stageId, 'restored');
    return { id };
  });
}

export function getCollaboration(db: Db, id: number): CollaborationDetail {
  const r = db.$client
    .prepare(
      `SELECT co.id, co.campaign_id AS campaignId, ca.name AS campaignName, ca.currency AS campaignCurrency, co.stage_id AS stageId, co.position,
              i.id AS influencerId, i.name AS influencerName, i.email, ch.platform, ch.handle, coalesce(ch.followers,0) AS followers,
              coalesce(ch.avg_likes,0) AS likes, coalesce(ch.avg_comments,0) AS comments, coalesce(ch.avg_shares,0) AS shares,
              ch.sheet_er_bp AS sheetErBp, co.channel_id AS channelId, co.type, co.fee_minor AS feeMinor, co.product_value_minor AS productValueMinor,
              co.commission_bp AS commissionBp, co.currency, co.payment_status AS paymentStatus, co.invoiced_on AS invoicedOn,
              co.paid_on AS paidOn, co.invoice_number AS invoiceNumber, co.vat_rate_bp AS vatRateBp, co.ksk, co.payment_due_on AS paymentDueOn,
              co.start_date AS startDate, co.contacted_at AS contactedAt, co.notes
       FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id JOIN influencers i ON i.id = co.influencer_id
       ${CARD_CHANNEL_JOIN}
       WHERE co.id = ?`,
    )
    .get(id) as
    | (Omit<CollaborationDetail, 'influencer' | 'deliverables' | 'history' | 'codes' | 'links' | 'attachments'> & {
        influencerId: number;
        influencerName: string;
        email: string | null;
        platform: Platform | null;
        handle: string | null;
        followers: number;
        likes: number;
        comments: number;
        shares: number;
        sheetErBp: number | null;
      })
    | undefined;
  if (!r) throw new DomainError('NOT_FOUND', `Collaboration ${id} not found`, { field: 'id', key: 'collaborations.notFound', params: { id } });
  const thresholds = getSettings(db).tierThresholds;
  const q = <T>(sql: string): T[] => db.$client.prepare(sql).all(id) as T[];
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
    deliverables: q(
      `SELECT id, kind, count, due_date AS dueDate, done_at AS doneAt FROM deliverables WHERE collaboration_id = ?
       ORDER BY due_date IS NULL, due_date, id`,
    ),
    history: q<StageEventDto>(
      `SELECT e.id, e.from_stage_id AS fromStageId, e.to_stage_id AS toStageId, f.key AS fromKey, f.name AS fromName,
              t.key AS toKey, t.name AS toName, e.at, e.note
       FROM stage_events e LEFT JOIN stages f ON f.id = e.from_stage_id LEFT JOIN stages t ON t.id = e.to_stage_id
       WHERE e.collaboration_id = ? ORDER BY e.at, e.id`,
    ),
    codes: q(
      `SELECT v.id, v.code, v.discount_description AS discountDescription, v.valid_from AS validFrom, v.valid_to AS validTo,
              (SELECT count(*) FROM redemptions r WHERE r.voucher_code_id = v.id AND r.status IN (${SALE_SQL}) AND ${PUBLISHED_REDEMPTION}) AS orders,
              (SELECT coalesce(sum(r.total_minor - r.refunded_minor), 0) FROM redemptions r WHERE r.voucher_code_id = v.id AND r.status IN (${SALE_SQL}) AND ${PUBLISHED_REDEMPTION}) AS revenueMinor
       FROM voucher_codes v WHERE v.collaboration_id = ? ORDER BY v.id`,
    ),
    links: q('SELECT id, url, clicks FROM tracking_links WHERE collaboration_id = ? ORDER BY id'),
    attachments: q(
      'SELECT id, kind, file_name AS fileName, size_bytes AS sizeBytes, created_at AS createdAt FROM attachments WHERE collaboration_id = ? ORDER BY created_at, id',
    ),
  };
}

const UPDATE_COLUMNS: Record<string, string> = {
  type: 'type',
  channelId: 'channel_id',
  feeMinor: 'fee_minor',
  productValueMinor: 'product_value_minor',
  commissionBp: 'commission_bp',
  currency: 'currency',
  paymentStatus: 'payment_status',
  invoicedOn: 'invoiced_on',
  paidOn: 'paid_on',
  invoiceNumber: 'invoice_number',
  vatRateBp: 'vat_rate_bp',
  ksk: 'ksk',
  paymentDueOn: 'payment_due_on',
  startDate: 'start_date',
  notes: 'notes',
};

/** Changes the given fields; `deliverables` replaces the list (rows with an id are kept and updated, missing ones deleted). */
export function updateCollaboration(db: Db, input: ParsedInputOf<'collaborations.update'>): { id: number } {
  return write(db, () => {
    const c = collabRow(db, input.id);
    if (input.channelId != null) {
      const owner = db.$client.prepare('SELECT influencer_id FROM channels WHERE id = ?').pluck().get(input.channelId) as number | undefined;
      if (owner !== c.influencerId) throw new DomainError('INVALID_INPUT', "The channel is not one of this influencer's channels", {
          field: 'channelId',
          key: 'collaborations.foreignChannel',
        });
    }
    const sets: string[] = [];
    const params: unknown[] = [];
    for (const [key, column] of Object.entries(UPDATE_COLUMNS)) {
      const value = (input as Record<string, unknown>)[key];
      if (value === undefined) continue;
      sets.push(`${column} = ?`);
      params.push(typeof value === 'boolean' ? Number(value) : value);
    }
    sets.push(`updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`);
    db.$client.prepare(`UPDATE collaborations SET ${sets.join(', ')} WHERE id = ?`).run(...params, c.id);

    if (input.deliverables) {
      const own = new Set(db.$client.prepare('SELECT id FROM deliverables WHERE collaboration_id = ?').pluck().all(c.id) as number[]);
      const keep = new Set<number>();
      const update = db.$client.prepare('UPDATE deliverables SET kind = ?, count = ?, due_date = ?, done_at = ? WHERE id = ?');
      const insert = db.$client.prepare('INSERT INTO deliverables (collaboration_id, kind, count, due_date, done_at) VALUES (?, ?, ?, ?, ?)');
      input.deliverables.forEach((d, idx) => {
        if (d.id !== undefined) {
          if (!own.has(d.id) || keep.has(d.id))
            throw new DomainError('INVALID_INPUT', `Deliverable ${d.id} does not belong to this card`, {
              field: `deliverables.${idx}.id`,
              key: 'collaborations.foreignDeliverable',
              params: { id: d.id },
            });
          keep.add(d.id);
          update.run(d.kind, d.count, d.dueDate ?? null, d.doneAt ?? null, d.id);
        } else {
          insert.run(c.id, d.kind, d.count, d.dueDate ?? null, d.doneAt ?? null);
        }
      });
      const del = db.$client.prepare('DELETE FROM deliverables WHERE id = ?');
      for (const d of own) if (!keep.has(d)) del.run(d);
    }
    return { id: c.id };
  });
}
