import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { DEFAULT_STAGES, engagementRateBp, tierOf, type CampaignGoal, type CollabType, type Platform } from '../../shared/domain';
import type { BoardCard, CampaignDetail, CampaignRow, ParsedInputOf, StageDto } from '../../shared/contract';
import { campaignMoney } from '../insights/summaries';
import { phaseOf } from './phase';
import { getSettings } from '../settings/service';
import { write } from '../db/write';
import { CARD_CHANNEL_JOIN } from '../db/sql';

export { phaseOf };

interface CampaignDbRow {
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

/** `money`: cost and revenue in the campaign's currency by the KPI rules (insights/summaries.ts campaignMoney). */
function toRow(r: CampaignDbRow, today: string, money: Map<number, { costMinor: number; revenueMinor: number }>): CampaignRow {
  const totals = money.get(r.id) ?? { costMinor: 0, revenueMinor: 0 };
  return {
    id: r.id,
    name: r.name,
    goal: r.goal,
    product: r.product,
    phase: phaseOf(r, today),
    startDate: r.startDate,
    endDate: r.endDate,
    budgetMinor: r.budgetMinor,
    currency: r.currency,
    collaborations: r.collaborations,
    costMinor: totals.costMinor,
    revenueMinor: totals.revenueMinor,
  };
}

export function listCampaigns(db: Db, q: ParsedInputOf<'campaigns.list'>, today: string): CampaignRow[] {
  const where: string[] = ['c.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (!q.includeArchived) where.push('c.archived_at IS NULL');
  if (q.search?.trim()) {
    where.push('(c.name LIKE ? OR c.product LIKE ?)');
    params.push(`%${q.search.trim()}%`, `%${q.search.trim()}%`);
  }
  const rows = db.$client
    .prepare(`${CAMPAIGN_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY coalesce(c.start_date, '9999') DESC, c.id DESC`)
    .all(...params) as CampaignDbRow[];
  const money = campaignMoney(db, today, rows.map((r) => r.id));
  return rows.map((r) => toRow(r, today, money));
}

export function listStages(db: Db, campaignId: number): StageDto[] {
  return db.$client
    .prepare('SELECT id, key, name, position FROM stages WHERE campaign_id = ? ORDER BY position, id')
    .all(campaignId) as StageDto[];
}

export function getCampaign(db: Db, id: number, today: string): CampaignDetail {
  const r = db.$client.prepare(`${CAMPAIGN_SELECT} WHERE c.id = ?`).get(id) as CampaignDbRow | undefined;
  if (!r) throw new DomainError('NOT_FOUND', `Campaign ${id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id } });
  return {
    ...toRow(r, today, campaignMoney(db, today, [id])),
    disclosureText: r.disclosureText,
    baseUrl: r.baseUrl,
    notes: r.notes,
    targetKpis: JSON.parse(r.targetKpis),
    targetAudience: r.targetAudience ? JSON.parse(r.targetAudience) : null,
    stages: listStages(db, id),
  };
}

export function createCampaign(db: Db, input: ParsedInputOf<'campaigns.create'>): { id: number } {
  return write(db, () => {
    const info = db.$client
      .prepare(
        `INSERT INTO campaigns (name, goal, product, start_date, end_date, budget_minor, currency, target_kpis, disclosure_text, base_url, notes, target_audience)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.name,
        input.goal,
        input.product,
        input.startDate ?? null,
        input.endDate ?? null,
        input.budgetMinor,
        input.currency,
        JSON.stringify(input.targetKpis),
        input.disclosureText,
        input.baseUrl ?? null,
        input.notes,
        input.targetAudience ? JSON.stringify(input.targetAudience) : null,
      );
    const id = Number(info.lastInsertRowid);
    const stage = db.$client.prepare('INSERT INTO stages (campaign_id, key, name, position) VALUES (?, ?, NULL, ?)');
    DEFAULT_STAGES.forEach((key, pos) => stage.run(id, key, pos));
    return { id };
  });
}

export function getBoard(db: Db, campaignId: number): { campaignId: number; stages: StageDto[]; cards: BoardCard[] } {
  const exists = db.$client.prepare('SELECT 1 FROM campaigns WHERE id = ?').get(campaignId);
  if (!exists) throw new DomainError('NOT_FOUND', `Campaign ${campaignId} not found`, { field: 'id', key: 'campaigns.notFound', params: { id: campaignId } });
  const thresholds = getSettings(db).tierThresholds;
  const rows = db.$client
    .prepare(
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
    .all(campaignId) as Array<{
    id: number;
    stageId: number;
    position: number;
    influencerId: number;
    influencerName: string;
    platform: Platform | null;
    handle: string | null;
    followers: number;
    likes: number;
    comments: number;
    shares: number;
    type: CollabType;
    feeMinor: number;
    currency: string;
    nextDueDate: string | null;
    sampleShipped: number;
    voucherCode: number;
    contentLive: number;
    disclosureMissing: number;
  }>;
  return {
    campaignId,
    stages: listStages(db, campaignId),
    cards: rows.map((r) => ({
      id: r.id,
      stageId: r.stageId,
      position: r.position,
      influencerId: r.influencerId,
      influencerName: r.influencerName,
      platform: r.platform,
      handle: r.handle,
      followers: r.followers,
      tier: tierOf(r.followers, thresholds),
      engagementRateBp: engagementRateBp(r.followers, r.likes, r.comments, r.shares),
      type: r.type,
      feeMinor: r.feeMinor,
      currency: r.currency,
      nextDueDate: r.nextDueDate,
      badges: {
        sampleShipped: !!r.sampleShipped,
        voucherCode: !!r.voucherCode,
        contentLive: !!r.contentLive,
        disclosureMissing: !!r.disclosureMissing,
      },
    })),
  };
}

// ---- life cycle: update, archive, duplicate ------------------------------------------------------

/** Fields of `campaigns.update`; absent (undefined) ones stay as they are. */
export type CampaignPatch = { id: number } & Partial<ParsedInputOf<'campaigns.create'>>;

const CAMPAIGN_COLUMNS: Record<string, { column: string; json?: boolean }> = {
  name: { column: 'name' },
  goal: { column: 'goal' },
  product: { column: 'product' },
  startDate: { column: 'start_date' },
  endDate: { column: 'end_date' },
  budgetMinor: { column: 'budget_minor' },
  currency: { column: 'currency' },
  targetKpis: { column: 'target_kpis', json: true },
  disclosureText: { column: 'disclosure_text' },
  baseUrl: { column: 'base_url' },
  notes: { column: 'notes' },
  targetAudience: { column: 'target_audience', json: true },
};

/**
 * Changes the given fields of a campaign (the same rules as create: the schema checks each field,
 * and the end date must not be before the start date once merged with the stored values).
 */
export function updateCampaign(db: Db, patch: CampaignPatch): { id: number } {
  return write(db, () => {
      const current = db.$client.prepare('SELECT start_date AS startDate, end_date AS endDate FROM campaigns WHERE id = ?').get(patch.id) as
        | { startDate: string | null; endDate: string | null }
        | undefined;
      if (!current) throw new DomainError('NOT_FOUND', `Campaign ${patch.id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id: patch.id } });
      const start = patch.startDate !== undefined ? patch.startDate : current.startDate;
      const end = patch.endDate !== undefined ? patch.endDate : current.endDate;
      if (start && end && end < start)
        throw new DomainError('INVALID_INPUT', 'end date is before start date', {
          field: patch.endDate !== undefined ? 'endDate' : 'startDate',
          key: 'campaigns.endBeforeStart',
        });
      const sets: string[] = [];
      const params: unknown[] = [];
      for (const [key, { column, json }] of Object.entries(CAMPAIGN_COLUMNS)) {
        const value = (patch as Record<string, unknown>)[key];
        if (value === undefined) continue;
        sets.push(`${column} = ?`);
        params.push(json && value !== null ? JSON.stringify(value) : value);
      }
      sets.push(`updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`);
      db.$client.prepare(`UPDATE campaigns SET ${sets.join(', ')} WHERE id = ?`).run(...params, patch.id);
      return { id: patch.id };
    });
}

/** Archives (archived_at = now, kept if already archived) or brings a campaign back. */
export function archiveCampaign(db: Db, id: number, archived: boolean): { id: number } {
  const info = db.$client
    .prepare(
      `UPDATE campaigns SET archived_at = CASE WHEN ? THEN coalesce(archived_at, strftime('%Y-%m-%dT%H:%M:%fZ','now')) ELSE NULL END,
              updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
    )
    .run(archived ? 1 : 0, id);
  if (!info.changes) throw new DomainError('NOT_FOUND', `Campaign ${id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id } });
  return { id };
}

/**
 * A new campaign with the same settings, its stages (keys, names, order) and the campaign briefing —
 * without people, codes, samples or content. Named "<name> (copy)" unless a name is given; not archived.
 */
export function duplicateCampaign(db: Db, id: number, name?: string): { id: number } {
  return write(db, () => {
      const src = db.$client.prepare('SELECT name FROM campaigns WHERE id = ?').get(id) as { name: string } | undefined;
      if (!src) throw new DomainError('NOT_FOUND', `Campaign ${id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id } });
      const newName = (name?.trim() || `${src.name} (copy)`).slice(0, 200);
      const copyId = Number(
        db.$client
          .prepare(
            `INSERT INTO campaigns (name, goal, product, start_date, end_date, budget_minor, currency, target_kpis, disclosure_text, base_url, utm_rules, target_audience, notes)
             SELECT ?, goal, product, start_date, end_date, budget_minor, currency, target_kpis, disclosure_text, base_url, utm_rules, target_audience, notes
             FROM campaigns WHERE id = ?`,
          )
          .run(newName, id).lastInsertRowid,
      );
      db.$client
        .prepare(
          `INSERT INTO stages (campaign_id, key, name, position)
           SELECT ?, key, name, row_number() OVER (ORDER BY position, id) - 1 FROM stages WHERE campaign_id = ? ORDER BY position, id`,
        )
        .run(copyId, id);
      db.$client
        .prepare(
          `INSERT INTO briefings (campaign_id, collaboration_id, language, template_key, sections)
           SELECT ?, NULL, language, template_key, sections FROM briefings WHERE campaign_id = ? AND collaboration_id IS NULL`,
        )
        .run(copyId, id);
      return { id: copyId };
    });
}
