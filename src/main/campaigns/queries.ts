/**
 * The campaigns domain's SQL (campaigns, their stages, the board), with typed rows (statement generics, no
 * casts). JSON columns come back as text; service.ts parses them with db/json-columns.ts.
 */
import type { Db } from '../db/connection';
import type { CampaignGoal } from '../../shared/domain';
import type { BoardCard, StageDto } from '../../shared/contract';
import { CARD_CHANNEL_JOIN, type ChannelFigures } from '../db/sql';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

export interface CampaignDbRow {
  id: number;
  name: string;
  goal: CampaignGoal;
  product: string;
  startDate: string | null;
  endDate: string | null;
  budgetMinor: number;
  currency: string;
  archivedAt: string | null;
  disclosureText: string;
  baseUrl: string | null;
  notes: string;
  targetKpis: string;
  targetAudience: string | null;
  collaborations: number;
}

const CAMPAIGN_SELECT = `SELECT c.id, c.name, c.goal, c.product, c.start_date AS startDate, c.end_date AS endDate,
  c.budget_minor AS budgetMinor, c.currency, c.archived_at AS archivedAt, c.disclosure_text AS disclosureText,
  c.base_url AS baseUrl, c.notes, c.target_kpis AS targetKpis, c.target_audience AS targetAudience,
  (SELECT count(*) FROM collaborations co WHERE co.campaign_id = c.id AND co.removed_at IS NULL) AS collaborations
  FROM campaigns c`;

/** Live campaigns (and archived ones if asked), newest start first; `search` matches name or product. */
export function campaignRows(db: Db, opts: { includeArchived: boolean; search: string | null }): CampaignDbRow[] {
  const where: string[] = ['c.deleted_at IS NULL'];
  const params: string[] = [];
  if (!opts.includeArchived) where.push('c.archived_at IS NULL');
  if (opts.search) {
    where.push('(c.name LIKE ? OR c.product LIKE ?)');
    params.push(`%${opts.search}%`, `%${opts.search}%`);
  }
  return db.$client
    .prepare<string[], CampaignDbRow>(`${CAMPAIGN_SELECT} WHERE ${where.join(' AND ')} ORDER BY coalesce(c.start_date, '9999') DESC, c.id DESC`)
    .all(...params);
}

export function campaignRow(db: Db, id: number): CampaignDbRow | undefined {
  return db.$client.prepare<[number], CampaignDbRow>(`${CAMPAIGN_SELECT} WHERE c.id = ?`).get(id);
}

export function campaignExists(db: Db, id: number): boolean {
  return db.$client.prepare<[number], number>('SELECT 1 FROM campaigns WHERE id = ?').pluck().get(id) !== undefined;
}

export function stagesOf(db: Db, campaignId: number): StageDto[] {
  return db.$client.prepare<[number], StageDto>('SELECT id, key, name, position FROM stages WHERE campaign_id = ? ORDER BY position, id').all(campaignId);
}

export interface CampaignColumns {
  name: string;
  goal: string;
  product: string;
  startDate: string | null;
  endDate: string | null;
  budgetMinor: number;
  currency: string;
  targetKpis: string;
  disclosureText: string;
  baseUrl: string | null;
  notes: string;
  targetAudience: string | null;
}

/** A new campaign with the given stage keys in order. */
export function insertCampaign(db: Db, v: CampaignColumns, stageKeys: readonly string[]): number {
  const info = db.$client
    .prepare<CampaignColumns>(
      `INSERT INTO campaigns (name, goal, product, start_date, end_date, budget_minor, currency, target_kpis, disclosure_text, base_url, notes, target_audience)
       VALUES (@name, @goal, @product, @startDate, @endDate, @budgetMinor, @currency, @targetKpis, @disclosureText, @baseUrl, @notes, @targetAudience)`,
    )
    .run(v);
  const id = Number(info.lastInsertRowid);
  const stage = db.$client.prepare<[number, string, number]>('INSERT INTO stages (campaign_id, key, name, position) VALUES (?, ?, NULL, ?)');
  stageKeys.forEach((key, pos) => stage.run(id, key, pos));
  return id;
}

/**
 * A card of the board as stored: the contract's card without what is computed (tier and ER from the channel's
 * averages, badges from the 0/1 flags).
 */
export type BoardCardRow = Omit<BoardCard, 'tier' | 'engagementRateBp' | 'badges'> &
  ChannelFigures & { sampleShipped: number; voucherCode: number; contentLive: number; disclosureMissing: number };

export function boardCards(db: Db, campaignId: number): BoardCardRow[] {
  return db.$client
    .prepare<[number], BoardCardRow>(
      `SELECT co.id, co.stage_id AS stageId, co.position, co.influencer_id AS influencerId, i.name AS influencerName,
              ch.platform, ch.handle, coalesce(ch.followers,0) AS followers, coalesce(ch.avg_likes,0) AS likes,
              coalesce(ch.avg_comments,0) AS comments, coalesce(ch.avg_shares,0) AS shares,
              co.type, co.fee_minor AS feeMinor, co.currency,
              (SELECT min(d.due_date) FROM deliverables d WHERE d.collaboration_id = co.id AND d.done_at IS NULL) AS nextDueDate,
              EXISTS (SELECT 1 FROM sample_shipments s WHERE s.collaboration_id = co.id AND s.status IN ('shipped','delivered')) AS sampleShipped,
              EXISTS (SELECT 1 FROM voucher_codes v WHERE v.collaboration_id = co.id) AS voucherCode,
              EXISTS (SELECT 1 FROM content_posts p WHERE p.collaboration_id = co.id) AS contentLive,
              EXISTS (SELECT 1 FROM content_posts p WHERE p.collaboration_id = co.id AND p.disclosure_present = 0) AS disclosureMissing
       FROM collaborations co
       JOIN influencers i ON i.id = co.influencer_id
       ${CARD_CHANNEL_JOIN}
       WHERE co.campaign_id = ? AND co.removed_at IS NULL
       ORDER BY co.stage_id, co.position, co.id`,
    )
    .all(campaignId);
}

export function campaignDates(db: Db, id: number): { startDate: string | null; endDate: string | null } | undefined {
  return db.$client
    .prepare<[number], { startDate: string | null; endDate: string | null }>('SELECT start_date AS startDate, end_date AS endDate FROM campaigns WHERE id = ?')
    .get(id);
}

export type CampaignValue = string | number | null;

/** Sets the given columns (names from the caller's own fixed list) and updated_at. */
export function updateCampaignColumns(db: Db, id: number, sets: { column: string; value: CampaignValue }[]): void {
  db.$client
    .prepare<CampaignValue[]>(`UPDATE campaigns SET ${[...sets.map((s) => `${s.column} = ?`), `updated_at = ${NOW}`].join(', ')} WHERE id = ?`)
    .run(...sets.map((s) => s.value), id);
}

/** false when there is no such campaign. */
export function setArchived(db: Db, id: number, archived: boolean): boolean {
  return (
    db.$client
      .prepare<[number, number]>(
        `UPDATE campaigns SET archived_at = CASE WHEN ? THEN coalesce(archived_at, ${NOW}) ELSE NULL END,
                updated_at = ${NOW} WHERE id = ?`,
      )
      .run(archived ? 1 : 0, id).changes > 0
  );
}

export function campaignName(db: Db, id: number): string | undefined {
  return db.$client.prepare<[number], string>('SELECT name FROM campaigns WHERE id = ?').pluck().get(id);
}

/** Copies a campaign's settings, stages and campaign briefing under a new name; returns the copy's id. */
export function copyCampaign(db: Db, id: number, name: string): number {
  const copyId = Number(
    db.$client
      .prepare<[string, number]>(
        `INSERT INTO campaigns (name, goal, product, start_date, end_date, budget_minor, currency, target_kpis, disclosure_text, base_url, utm_rules, target_audience, notes)
         SELECT ?, goal, product, start_date, end_date, budget_minor, currency, target_kpis, disclosure_text, base_url, utm_rules, target_audience, notes
         FROM campaigns WHERE id = ?`,
      )
      .run(name, id).lastInsertRowid,
  );
  db.$client
    .prepare<[number, number]>(
      `INSERT INTO stages (campaign_id, key, name, position)
       SELECT ?, key, name, row_number() OVER (ORDER BY position, id) - 1 FROM stages WHERE campaign_id = ? ORDER BY position, id`,
    )
    .run(copyId, id);
  db.$client
    .prepare<[number, number]>(
      `INSERT INTO briefings (campaign_id, collaboration_id, language, template_key, sections)
       SELECT ?, NULL, language, template_key, sections FROM briefings WHERE campaign_id = ? AND collaboration_id IS NULL`,
    )
    .run(copyId, id);
  return copyId;
}
