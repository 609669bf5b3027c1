/**
 * The collaborations domain's SQL (cards, stages and their order, codes, links), with typed rows (statement
 * generics, no casts). The services keep the rules; this file only reads and writes rows.
 */
import type { Db } from '../../db/connection';
import type { Platform } from '../../../shared/domain';
import type { CollaborationDetail, StageEventDto } from '../../../shared/contract';
import { CARD_CHANNEL_JOIN, liveInfluencerSql, PUBLISHED_REDEMPTION, type ChannelFigures } from '../../db/sql';
import { SALE_STATUSES } from '../../insights/kpis';
import { eventParamsColumn, parseJsonOrNull } from '../../db/json-columns';

export * from './templates';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";
const SALE_SQL = SALE_STATUSES.map((s) => `'${s}'`).join(',');

// ---- cards ------------------------------------------------------------------------------------------------

export interface CollabRow {
  id: number;
  campaignId: number;
  influencerId: number;
  stageId: number;
  removedAt: string | null;
}

export function collaboration(db: Db, id: number): CollabRow | undefined {
  return db.$client
    .prepare<[number], CollabRow>(
      'SELECT id, campaign_id AS campaignId, influencer_id AS influencerId, stage_id AS stageId, removed_at AS removedAt FROM collaborations WHERE id = ?',
    )
    .get(id);
}

/** Cards on the board of a campaign outside the given stage keys. */
export function countActive(db: Db, campaignId: number, inactiveKeys: readonly string[]): number {
  return (
    db.$client
      .prepare<[number], number>(
        `SELECT count(*) FROM collaborations co JOIN stages s ON s.id = co.stage_id
         WHERE co.campaign_id = ? AND co.removed_at IS NULL AND coalesce(s.key, '') NOT IN (${inactiveKeys.map((k) => `'${k}'`).join(',')})`,
      )
      .pluck()
      .get(campaignId) ?? 0
  );
}

export function campaignCurrency(db: Db, campaignId: number): { id: number; currency: string } | undefined {
  return db.$client.prepare<[number], { id: number; currency: string }>('SELECT id, currency FROM campaigns WHERE id = ?').get(campaignId);
}

export function campaignExists(db: Db, campaignId: number): boolean {
  return db.$client.prepare<[number], number>('SELECT 1 FROM campaigns WHERE id = ?').pluck().get(campaignId) !== undefined;
}

/** The statements `collaborations.add` runs per person (prepared once per call). */
export function addStatements(db: Db) {
  const person = db.$client.prepare<[number], number>(`SELECT 1 FROM influencers WHERE id = ? AND ${liveInfluencerSql('')}`).pluck();
  const existing = db.$client.prepare<[number, number], { id: number; stageId: number; removedAt: string | null }>(
    'SELECT id, stage_id AS stageId, removed_at AS removedAt FROM collaborations WHERE campaign_id = ? AND influencer_id = ?',
  );
  const insert = db.$client.prepare<[number, number, number, number, string]>(
    // payment 'proposed': a new card's fee is not agreed yet, so it is no cost until the user says so (KPI rule `cost`)
    "INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, currency, payment_status) VALUES (?, ?, ?, ?, ?, 'proposed')",
  );
  return {
    personIsLive: (influencerId: number) => person.get(influencerId) !== undefined,
    existing: (campaignId: number, influencerId: number) => existing.get(campaignId, influencerId),
    insert: (campaignId: number, influencerId: number, stageId: number, position: number, currency: string) =>
      Number(insert.run(campaignId, influencerId, stageId, position, currency).lastInsertRowid),
  };
}

export function setRemovedAt(db: Db, id: number, removedAt: string | null): void {
  db.$client.prepare<[string | null, number]>(`UPDATE collaborations SET removed_at = ?, updated_at = ${NOW} WHERE id = ?`).run(removedAt, id);
}

export function stageInCampaign(db: Db, stageId: number, campaignId: number): boolean {
  return db.$client.prepare<[number, number], number>('SELECT 1 FROM stages WHERE id = ? AND campaign_id = ?').pluck().get(stageId, campaignId) !== undefined;
}

export type CardDbRow = Omit<CollaborationDetail, 'influencer' | 'deliverables' | 'history' | 'codes' | 'links' | 'attachments' | 'ksk'> & {
  ksk: number;
  influencerId: number;
  influencerName: string;
  email: string | null;
  sheetErBp: number | null;
} & ChannelFigures;

export function card(db: Db, id: number): CardDbRow | undefined {
  return db.$client
    .prepare<[number], CardDbRow>(
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
    .get(id);
}

export function deliverablesOf(db: Db, id: number): CollaborationDetail['deliverables'] {
  return db.$client
    .prepare<[number], CollaborationDetail['deliverables'][number]>(
      `SELECT id, kind, count, due_date AS dueDate, done_at AS doneAt FROM deliverables WHERE collaboration_id = ?
       ORDER BY due_date IS NULL, due_date, id`,
    )
    .all(id);
}

export function historyOf(db: Db, id: number): StageEventDto[] {
  return db.$client
    .prepare<[number], Omit<StageEventDto, 'params'> & { params: string | null }>(
      `SELECT e.id, e.from_stage_id AS fromStageId, e.to_stage_id AS toStageId, f.key AS fromKey, f.name AS fromName,
              t.key AS toKey, t.name AS toName, e.at, e.note, e.params
       FROM stage_events e LEFT JOIN stages f ON f.id = e.from_stage_id LEFT JOIN stages t ON t.id = e.to_stage_id
       WHERE e.collaboration_id = ? ORDER BY e.at, e.id`,
    )
    .all(id)
    .map((e) => ({ ...e, params: parseJsonOrNull(eventParamsColumn, e.params) }));
}

export function codesOf(db: Db, id: number): CollaborationDetail['codes'] {
  return db.$client
    .prepare<[number], CollaborationDetail['codes'][number]>(
      `SELECT v.id, v.code, v.discount_description AS discountDescription, v.valid_from AS validFrom, v.valid_to AS validTo,
              (SELECT count(*) FROM redemptions r WHERE r.voucher_code_id = v.id AND r.status IN (${SALE_SQL}) AND ${PUBLISHED_REDEMPTION}) AS orders,
              (SELECT coalesce(sum(r.total_minor - r.refunded_minor), 0) FROM redemptions r WHERE r.voucher_code_id = v.id AND r.status IN (${SALE_SQL}) AND ${PUBLISHED_REDEMPTION}) AS revenueMinor
       FROM voucher_codes v WHERE v.collaboration_id = ? ORDER BY v.id`,
    )
    .all(id);
}

export function linksOf(db: Db, id: number): CollaborationDetail['links'] {
  return db.$client.prepare<[number], CollaborationDetail['links'][number]>('SELECT id, url, clicks FROM tracking_links WHERE collaboration_id = ? ORDER BY id').all(id);
}

export function attachmentsOf(db: Db, id: number): CollaborationDetail['attachments'] {
  return db.$client
    .prepare<[number], CollaborationDetail['attachments'][number]>(
      'SELECT id, kind, file_name AS fileName, size_bytes AS sizeBytes, created_at AS createdAt FROM attachments WHERE collaboration_id = ? ORDER BY created_at, id',
    )
    .all(id);
}

export function channelOwner(db: Db, channelId: number): number | undefined {
  return db.$client.prepare<[number], number>('SELECT influencer_id FROM channels WHERE id = ?').pluck().get(channelId);
}

export type CardValue = string | number | null;

/** Sets the given columns (names from the caller's own fixed list) and updated_at. */
export function updateCardColumns(db: Db, id: number, sets: { column: string; value: CardValue }[]): void {
  db.$client
    .prepare<CardValue[]>(`UPDATE collaborations SET ${[...sets.map((s) => `${s.column} = ?`), `updated_at = ${NOW}`].join(', ')} WHERE id = ?`)
    .run(...sets.map((s) => s.value), id);
}

export function deliverableIds(db: Db, collaborationId: number): number[] {
  return db.$client.prepare<[number], number>('SELECT id FROM deliverables WHERE collaboration_id = ?').pluck().all(collaborationId);
}

type DeliverableValues = [kind: string, count: number, dueDate: string | null, doneAt: string | null];

export function deliverableWriters(db: Db) {
  const update = db.$client.prepare<[...DeliverableValues, number]>('UPDATE deliverables SET kind = ?, count = ?, due_date = ?, done_at = ? WHERE id = ?');
  const insert = db.$client.prepare<[number, ...DeliverableValues]>('INSERT INTO deliverables (collaboration_id, kind, count, due_date, done_at) VALUES (?, ?, ?, ?, ?)');
  const del = db.$client.prepare<[number]>('DELETE FROM deliverables WHERE id = ?');
  return {
    update: (id: number, v: DeliverableValues) => update.run(...v, id),
    insert: (collaborationId: number, v: DeliverableValues) => insert.run(collaborationId, ...v),
    remove: (id: number) => del.run(id),
  };
}

// ---- stages and order -------------------------------------------------------------------------------------

export interface StageRow {
  id: number;
  campaignId: number;
  key: string | null;
  name: string | null;
  position: number;
}

export function stage(db: Db, id: number): StageRow | undefined {
  return db.$client.prepare<[number], StageRow>('SELECT id, campaign_id AS campaignId, key, name, position FROM stages WHERE id = ?').get(id);
}

/** Card ids on the board in a stage, in their current order. */
export function cardIds(db: Db, stageId: number): number[] {
  return db.$client.prepare<[number], number>('SELECT id FROM collaborations WHERE stage_id = ? AND removed_at IS NULL ORDER BY position, id').pluck().all(stageId);
}

/** Stage ids of a campaign in order. */
export function stageIds(db: Db, campaignId: number): number[] {
  return db.$client.prepare<[number], number>('SELECT id FROM stages WHERE campaign_id = ? ORDER BY position, id').pluck().all(campaignId);
}

/** Writes positions 0..n-1 in the given order (only rows whose position differs are touched). */
export function writeCardOrder(db: Db, stageId: number, ids: readonly number[]): void {
  const set = db.$client.prepare<[number, number, number, number, number]>(
    'UPDATE collaborations SET stage_id = ?, position = ? WHERE id = ? AND (position IS NOT ? OR stage_id IS NOT ?)',
  );
  ids.forEach((id, pos) => set.run(stageId, pos, id, pos, stageId));
}

export function writeStageOrder(db: Db, ids: readonly number[]): void {
  const set = db.$client.prepare<[number, number, number]>('UPDATE stages SET position = ? WHERE id = ? AND position IS NOT ?');
  ids.forEach((id, pos) => set.run(pos, id, pos));
}

export function insertStageEvent(db: Db, collaborationId: number, from: number | null, to: number | null, at: string, note: string | null): void {
  db.$client
    .prepare<[number, number | null, number | null, string, string | null]>(
      'INSERT INTO stage_events (collaboration_id, from_stage_id, to_stage_id, at, note) VALUES (?, ?, ?, ?, ?)',
    )
    .run(collaborationId, from, to, at, note);
}

export function touchCard(db: Db, id: number): void {
  db.$client.prepare<[number]>(`UPDATE collaborations SET updated_at = ${NOW} WHERE id = ?`).run(id);
}

export function insertStage(db: Db, campaignId: number, name: string, position: number): number {
  return Number(db.$client.prepare<[number, string, number]>('INSERT INTO stages (campaign_id, key, name, position) VALUES (?, NULL, ?, ?)').run(campaignId, name, position).lastInsertRowid);
}

export function setStageName(db: Db, id: number, name: string | null): void {
  db.$client.prepare<[string | null, number]>('UPDATE stages SET name = ? WHERE id = ?').run(name, id);
}

/** Removed cards of a stage move to `fallback`, then the stage is deleted. */
export function deleteStageRow(db: Db, id: number, fallback: number): void {
  db.$client.prepare<[number, number]>('UPDATE collaborations SET stage_id = ? WHERE stage_id = ? AND removed_at IS NOT NULL').run(fallback, id);
  db.$client.prepare<[number]>('DELETE FROM stages WHERE id = ?').run(id);
}

// ---- what codes, links and e-mails are built from ---------------------------------------------------------

/** One card's person, channel and campaign: the values for code patterns, UTM links and e-mail templates. */
export interface CardContext {
  name: string;
  email: string | null;
  platform: Platform | null;
  handle: string | null;
  campaign: string;
  product: string;
  startDate: string | null;
  baseUrl: string | null;
  utmRules: string | null;
  feeMinor: number;
  currency: string;
}

export function cardContext(db: Db, collaborationId: number): CardContext | undefined {
  return db.$client
    .prepare<[number], CardContext>(
      `SELECT i.name, i.email, ch.platform, ch.handle, ca.name AS campaign, ca.product, ca.start_date AS startDate,
              ca.base_url AS baseUrl, ca.utm_rules AS utmRules, co.fee_minor AS feeMinor, co.currency
       FROM collaborations co JOIN influencers i ON i.id = co.influencer_id JOIN campaigns ca ON ca.id = co.campaign_id
       ${CARD_CHANNEL_JOIN}
       WHERE co.id = ?`,
    )
    .get(collaborationId);
}

// ---- codes ------------------------------------------------------------------------------------------------

export function codeTakenCheck(db: Db): (codeNorm: string) => boolean {
  const taken = db.$client.prepare<[string], number>('SELECT 1 FROM voucher_codes WHERE code_norm = ?').pluck();
  return (codeNorm) => taken.get(codeNorm) !== undefined;
}

export function codeHolder(db: Db, codeNorm: string): { code: string; collaborationId: number; influencerName: string; campaignName: string } | undefined {
  return db.$client
    .prepare<[string], { code: string; collaborationId: number; influencerName: string; campaignName: string }>(
      `SELECT v.code, co.id AS collaborationId, i.name AS influencerName, ca.name AS campaignName
       FROM voucher_codes v JOIN collaborations co ON co.id = v.collaboration_id
       JOIN influencers i ON i.id = co.influencer_id JOIN campaigns ca ON ca.id = co.campaign_id
       WHERE v.code_norm = ?`,
    )
    .get(codeNorm);
}

export function insertCode(
  db: Db,
  v: { collaborationId: number; code: string; codeNorm: string; discountDescription: string; validFrom: string | null; validTo: string | null },
): number {
  return Number(
    db.$client
      .prepare<typeof v>(
        `INSERT INTO voucher_codes (collaboration_id, code, code_norm, discount_description, valid_from, valid_to)
         VALUES (@collaborationId, @code, @codeNorm, @discountDescription, @validFrom, @validTo)`,
      )
      .run(v).lastInsertRowid,
  );
}

/** Attributes the code's unattributed orders to it; returns how many. */
export function linkOrdersToCode(db: Db, codeId: number, collaborationId: number, codeNorm: string): number {
  return db.$client
    .prepare<[number, number, string]>('UPDATE redemptions SET voucher_code_id = ?, collaboration_id = ? WHERE code_norm = ? AND voucher_code_id IS NULL')
    .run(codeId, collaborationId, codeNorm).changes;
}

/** The card a code belongs to; undefined when there is no such code. */
export function codeCollaboration(db: Db, codeId: number): number | undefined {
  return db.$client.prepare<[number], number>('SELECT collaboration_id FROM voucher_codes WHERE id = ?').pluck().get(codeId);
}

/** Deletes a code; its orders stay but are no longer attributed. */
export function deleteCode(db: Db, codeId: number): void {
  db.$client.prepare<[number]>('UPDATE redemptions SET voucher_code_id = NULL, collaboration_id = NULL WHERE voucher_code_id = ?').run(codeId);
  db.$client.prepare<[number]>('DELETE FROM voucher_codes WHERE id = ?').run(codeId);
}

// ---- links, attachments, contact --------------------------------------------------------------------------

export function insertLink(db: Db, collaborationId: number, url: string): number {
  return Number(db.$client.prepare<[number, string]>('INSERT INTO tracking_links (collaboration_id, url) VALUES (?, ?)').run(collaborationId, url).lastInsertRowid);
}

export function setLinkClicks(db: Db, id: number, clicks: number): boolean {
  return db.$client.prepare<[number, number]>(`UPDATE tracking_links SET clicks = ?, updated_at = ${NOW} WHERE id = ?`).run(clicks, id).changes > 0;
}

export function deleteLink(db: Db, id: number): boolean {
  return db.$client.prepare<[number]>('DELETE FROM tracking_links WHERE id = ?').run(id).changes > 0;
}

export function insertAttachment(db: Db, v: { collaborationId: number; kind: string; fileName: string; storedName: string; sizeBytes: number }): number {
  return Number(
    db.$client
      .prepare<typeof v>(
        'INSERT INTO attachments (collaboration_id, kind, file_name, stored_name, size_bytes) VALUES (@collaborationId, @kind, @fileName, @storedName, @sizeBytes)',
      )
      .run(v).lastInsertRowid,
  );
}

export interface AttachmentRow {
  id: number;
  fileName: string;
  storedName: string;
}

export function attachment(db: Db, id: number): AttachmentRow | undefined {
  return db.$client.prepare<[number], AttachmentRow>('SELECT id, file_name AS fileName, stored_name AS storedName FROM attachments WHERE id = ?').get(id);
}

export function deleteAttachment(db: Db, id: number): void {
  db.$client.prepare<[number]>('DELETE FROM attachments WHERE id = ?').run(id);
}

/** The card and its person were contacted at `at`. */
export function markContacted(db: Db, collaborationId: number, influencerId: number, at: string): void {
  db.$client.prepare<[string, string, number]>('UPDATE collaborations SET contacted_at = ?, updated_at = ? WHERE id = ?').run(at, at, collaborationId);
  db.$client.prepare<[string, string, number]>('UPDATE influencers SET last_contact_at = ?, updated_at = ? WHERE id = ?').run(at, at, influencerId);
}
export * from './deadlines';
