/**
 * The briefings domain's SQL (campaign and per-person briefings, own templates), with typed rows (statement
 * generics, no casts). Sections are JSON text; service.ts parses them (parseSections keeps known keys only).
 */
import type { Db } from '../db/connection';
import type { CampaignGoal, CollabType, Platform } from '../../shared/domain';
import type { BriefingPerson, ShortlistEntry } from '../../shared/contract/briefings';
import { CARD_CHANNEL_JOIN } from '../db/sql';

export interface BriefingRow {
  id: number;
  language: string;
  templateKey: string | null;
  sections: string;
  updatedAt: string;
}

export interface CampaignInfo {
  id: number;
  name: string;
  goal: CampaignGoal;
  product: string;
  disclosureText: string;
}

export function campaignInfo(db: Db, campaignId: number): CampaignInfo | undefined {
  return db.$client.prepare<[number], CampaignInfo>('SELECT id, name, goal, product, disclosure_text AS disclosureText FROM campaigns WHERE id = ?').get(campaignId);
}

export interface CollabInfo {
  id: number;
  campaignId: number;
  influencerName: string;
  type: CollabType;
}

export function collabInfo(db: Db, collaborationId: number): CollabInfo | undefined {
  return db.$client
    .prepare<[number], CollabInfo>(
      `SELECT co.id, co.campaign_id AS campaignId, i.name AS influencerName, co.type
       FROM collaborations co JOIN influencers i ON i.id = co.influencer_id WHERE co.id = ?`,
    )
    .get(collaborationId);
}

const BRIEFING_SELECT = 'SELECT id, language, template_key AS templateKey, sections, updated_at AS updatedAt FROM briefings';

export function campaignBriefing(db: Db, campaignId: number): BriefingRow | undefined {
  return db.$client.prepare<[number], BriefingRow>(`${BRIEFING_SELECT} WHERE campaign_id = ? AND collaboration_id IS NULL`).get(campaignId);
}

export function collaborationBriefing(db: Db, collaborationId: number): BriefingRow | undefined {
  return db.$client.prepare<[number], BriefingRow>(`${BRIEFING_SELECT} WHERE collaboration_id = ?`).get(collaborationId);
}

export function updateBriefing(db: Db, id: number, v: { sections: string; language: string; templateKey?: string | null; updatedAt: string }): void {
  if (v.templateKey === undefined)
    db.$client.prepare<[string, string, string, number]>('UPDATE briefings SET sections = ?, language = ?, updated_at = ? WHERE id = ?').run(v.sections, v.language, v.updatedAt, id);
  else
    db.$client
      .prepare<[string, string, string | null, string, number]>('UPDATE briefings SET sections = ?, language = ?, template_key = ?, updated_at = ? WHERE id = ?')
      .run(v.sections, v.language, v.templateKey, v.updatedAt, id);
}

export function insertBriefing(
  db: Db,
  v: { campaignId: number; collaborationId: number | null; language: string; templateKey: string | null; sections: string; at: string },
): void {
  db.$client
    .prepare<typeof v>(
      `INSERT INTO briefings (campaign_id, collaboration_id, language, template_key, sections, created_at, updated_at)
       VALUES (@campaignId, @collaborationId, @language, @templateKey, @sections, @at, @at)`,
    )
    .run(v);
}

export interface TemplateRow {
  id: number;
  name: string;
  goal: CampaignGoal | null;
  collabType: CollabType | null;
  language: string;
  sections: string;
}

export function templateRows(db: Db): TemplateRow[] {
  return db.$client
    .prepare<[], TemplateRow>('SELECT id, name, goal, collab_type AS collabType, language, sections FROM briefing_templates ORDER BY name COLLATE NOCASE, id')
    .all();
}

export function insertTemplate(db: Db, v: { name: string; goal: string | null; collabType: string | null; language: string; sections: string; at: string }): number {
  return Number(
    db.$client
      .prepare<typeof v>(
        `INSERT INTO briefing_templates (name, goal, collab_type, language, sections, created_at, updated_at)
         VALUES (@name, @goal, @collabType, @language, @sections, @at, @at)`,
      )
      .run(v).lastInsertRowid,
  );
}

/** false when there is no such template. */
export function deleteTemplateRow(db: Db, id: number): boolean {
  return db.$client.prepare<[number]>('DELETE FROM briefing_templates WHERE id = ?').run(id).changes > 0;
}

// ------------------------------------------------------------------------------- what the documents print

/** The card a person's briefing is for, with the channel it runs on (its own, else the primary one). */
export type PersonRow = Omit<BriefingPerson, 'codes' | 'links' | 'samples' | 'deliverables'>;

export function personRow(db: Db, collaborationId: number): PersonRow | undefined {
  return db.$client
    .prepare<[number], PersonRow>(
      `SELECT co.id AS collaborationId, i.name, ch.platform, ch.handle, coalesce(ch.followers, 0) AS followers, co.type, co.fee_minor AS feeMinor,
              co.product_value_minor AS productValueMinor, co.commission_bp AS commissionBp, co.currency, co.start_date AS startDate
       FROM collaborations co JOIN influencers i ON i.id = co.influencer_id
       ${CARD_CHANNEL_JOIN}
       WHERE co.id = ?`,
    )
    .get(collaborationId);
}

export function cardLinkUrls(db: Db, collaborationId: number): string[] {
  return db.$client.prepare<[number], string>('SELECT url FROM tracking_links WHERE collaboration_id = ? ORDER BY id').pluck().all(collaborationId);
}

export function cardCodes(db: Db, collaborationId: number): BriefingPerson['codes'] {
  return db.$client
    .prepare<[number], BriefingPerson['codes'][number]>(
      `SELECT code, discount_description AS discountDescription, valid_from AS validFrom, valid_to AS validTo
       FROM voucher_codes WHERE collaboration_id = ? ORDER BY id`,
    )
    .all(collaborationId);
}

/** Samples not returned, first shipped first; `items` is the JSON column as text (the document reads it leniently). */
export type SampleRow = Omit<BriefingPerson['samples'][number], 'items'> & { items: string };

export function cardSamples(db: Db, collaborationId: number): SampleRow[] {
  return db.$client
    .prepare<[number], SampleRow>(
      `SELECT items, status, carrier, tracking_number AS trackingNumber, shipped_on AS shippedOn, delivered_on AS deliveredOn
       FROM sample_shipments WHERE collaboration_id = ? AND status <> 'returned' ORDER BY coalesce(shipped_on, '9999'), id`,
    )
    .all(collaborationId);
}

export type DeliverableRow = Omit<BriefingPerson['deliverables'][number], 'done'> & { doneAt: string | null };

export function cardDeliverables(db: Db, collaborationId: number): DeliverableRow[] {
  return db.$client
    .prepare<[number], DeliverableRow>(
      'SELECT kind, count, due_date AS dueDate, done_at AS doneAt FROM deliverables WHERE collaboration_id = ? ORDER BY due_date IS NULL, due_date, id',
    )
    .all(collaborationId);
}

/** A shortlist card; niches, audience and rates are the JSON columns as text. */
export type ShortlistRow = Pick<ShortlistEntry, 'collaborationId' | 'influencerId' | 'name' | 'stageKey' | 'stageName' | 'country' | 'language' | 'feeMinor' | 'currency' | 'type'> & {
  niches: string;
  audience: string | null;
  rates: string;
};

/** Cards in the 'shortlist' stage (scope 'shortlist') or every card but declined ones (scope 'all'), in board order. */
export function shortlistRows(db: Db, campaignId: number, scope: 'shortlist' | 'all'): ShortlistRow[] {
  const stageFilter = scope === 'shortlist' ? `AND s.key = 'shortlist'` : `AND coalesce(s.key, '') <> 'declined'`;
  return db.$client
    .prepare<[number], ShortlistRow>(
      `SELECT co.id AS collaborationId, i.id AS influencerId, i.name, s.key AS stageKey, s.name AS stageName, i.country, i.language,
              i.niches, i.audience, i.rates, co.fee_minor AS feeMinor, co.currency, co.type
       FROM collaborations co JOIN influencers i ON i.id = co.influencer_id JOIN stages s ON s.id = co.stage_id
       WHERE co.campaign_id = ? AND co.removed_at IS NULL ${stageFilter}
       ORDER BY s.position, co.position, co.id`,
    )
    .all(campaignId);
}

export interface ChannelRow {
  platform: Platform;
  handle: string;
  followers: number;
  likes: number;
  comments: number;
  shares: number;
  sheetErBp: number | null;
}

/** A person's channels, the one that represents them first (db/sql.ts PRIMARY_CHANNEL_ID's order). */
export function channelRows(db: Db): (influencerId: number) => ChannelRow[] {
  const stmt = db.$client.prepare<[number], ChannelRow>(
    `SELECT platform, handle, followers, avg_likes AS likes, avg_comments AS comments, avg_shares AS shares, sheet_er_bp AS sheetErBp
     FROM channels WHERE influencer_id = ? ORDER BY is_primary DESC, followers DESC, id`,
  );
  return (influencerId) => stmt.all(influencerId);
}

/** The cards of a campaign that get a briefing PDF (not removed, not declined), in board order. */
export function briefingCards(db: Db, campaignId: number): { id: number; name: string }[] {
  return db.$client
    .prepare<[number], { id: number; name: string }>(
      `SELECT co.id, i.name FROM collaborations co JOIN influencers i ON i.id = co.influencer_id JOIN stages s ON s.id = co.stage_id
       WHERE co.campaign_id = ? AND co.removed_at IS NULL AND coalesce(s.key, '') <> 'declined'
       ORDER BY s.position, co.position, co.id`,
    )
    .all(campaignId);
}
