import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { DEFAULT_STAGES, engagementRateBp, tierOf } from '../../shared/domain';
import type { BoardCard, CampaignDetail, CampaignRow, ParsedInputOf, StageDto } from '../../shared/contract';
import { campaignMoney } from '../insights/summaries';
import { refreshTotals } from '../insights/totals';
import { phaseOf } from './phase';
import { getSettings } from '../settings/service';
import { write } from '../db/write';
import { parseJson, parseJsonOrNull, targetAudienceColumn, targetKpisColumn } from '../db/json-columns';
import * as q from './queries';

export { phaseOf };

/** `money`: cost and revenue in the campaign's currency by the KPI rules (insights/summaries.ts campaignMoney). */
function toRow(r: q.CampaignDbRow, today: string, money: Map<number, { costMinor: number; revenueMinor: number }>): CampaignRow {
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

export function listCampaigns(db: Db, input: ParsedInputOf<'campaigns.list'>, today: string): CampaignRow[] {
  const rows = q.campaignRows(db, { includeArchived: !!input.includeArchived, search: input.search?.trim() || null });
  const money = campaignMoney(db, today, rows.map((r) => r.id));
  return rows.map((r) => toRow(r, today, money));
}

export function listStages(db: Db, campaignId: number): StageDto[] {
  return q.stagesOf(db, campaignId);
}

export function getCampaign(db: Db, id: number, today: string): CampaignDetail {
  const r = q.campaignRow(db, id);
  if (!r) throw new DomainError('NOT_FOUND', `Campaign ${id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id } });
  return {
    ...toRow(r, today, campaignMoney(db, today, [id])),
    disclosureText: r.disclosureText,
    baseUrl: r.baseUrl,
    notes: r.notes,
    targetKpis: parseJson(targetKpisColumn, r.targetKpis),
    targetAudience: parseJsonOrNull(targetAudienceColumn, r.targetAudience),
    stages: listStages(db, id),
  };
}

export function createCampaign(db: Db, input: ParsedInputOf<'campaigns.create'>): { id: number } {
  return write(db, () => {
    const id = q.insertCampaign(
      db,
      {
        name: input.name,
        goal: input.goal,
        product: input.product,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        budgetMinor: input.budgetMinor,
        currency: input.currency,
        targetKpis: JSON.stringify(input.targetKpis),
        disclosureText: input.disclosureText,
        baseUrl: input.baseUrl ?? null,
        notes: input.notes,
        targetAudience: input.targetAudience ? JSON.stringify(input.targetAudience) : null,
      },
      DEFAULT_STAGES,
    );
    return { id };
  });
}

export function getBoard(db: Db, campaignId: number): { campaignId: number; stages: StageDto[]; cards: BoardCard[] } {
  if (!q.campaignExists(db, campaignId)) throw new DomainError('NOT_FOUND', `Campaign ${campaignId} not found`, { field: 'id', key: 'campaigns.notFound', params: { id: campaignId } });
  const thresholds = getSettings(db).tierThresholds;
  const rows = q.boardCards(db, campaignId);
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

/** Patch field → column; objects (target KPIs and audience) are stored as JSON. */
const CAMPAIGN_COLUMNS: [Exclude<keyof CampaignPatch, 'id'>, string][] = [
  ['name', 'name'],
  ['goal', 'goal'],
  ['product', 'product'],
  ['startDate', 'start_date'],
  ['endDate', 'end_date'],
  ['budgetMinor', 'budget_minor'],
  ['currency', 'currency'],
  ['targetKpis', 'target_kpis'],
  ['disclosureText', 'disclosure_text'],
  ['baseUrl', 'base_url'],
  ['notes', 'notes'],
  ['targetAudience', 'target_audience'],
];

/**
 * Changes the given fields of a campaign (the same rules as create: the schema checks each field,
 * and the end date must not be before the start date once merged with the stored values).
 */
export function updateCampaign(db: Db, patch: CampaignPatch): { id: number } {
  return write(db, () => {
      const current = q.campaignDates(db, patch.id);
      if (!current) throw new DomainError('NOT_FOUND', `Campaign ${patch.id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id: patch.id } });
      const start = patch.startDate !== undefined ? patch.startDate : current.startDate;
      const end = patch.endDate !== undefined ? patch.endDate : current.endDate;
      if (start && end && end < start)
        throw new DomainError('INVALID_INPUT', 'end date is before start date', {
          field: patch.endDate !== undefined ? 'endDate' : 'startDate',
          key: 'campaigns.endBeforeStart',
        });
      const sets: { column: string; value: q.CampaignValue }[] = [];
      for (const [key, column] of CAMPAIGN_COLUMNS) {
        const value = patch[key];
        if (value === undefined) continue;
        sets.push({ column, value: value !== null && typeof value === 'object' ? JSON.stringify(value) : value });
      }
      q.updateCampaignColumns(db, patch.id, sets);
      // The KPI totals hold each card's sales inside / outside its campaign window.
      if (start !== current.startDate || end !== current.endDate) refreshTotals(db, { campaignId: patch.id });
      return { id: patch.id };
    });
}

/** Archives (archived_at = now, kept if already archived) or brings a campaign back. */
export function archiveCampaign(db: Db, id: number, archived: boolean): { id: number } {
  if (!q.setArchived(db, id, archived)) throw new DomainError('NOT_FOUND', `Campaign ${id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id } });
  return { id };
}

/**
 * A new campaign with the same settings, its stages (keys, names, order) and the campaign briefing —
 * without people, codes, samples or content. Named "<name> (copy)" unless a name is given; not archived.
 */
export function duplicateCampaign(db: Db, id: number, name?: string): { id: number } {
  return write(db, () => {
      const srcName = q.campaignName(db, id);
      if (srcName === undefined) throw new DomainError('NOT_FOUND', `Campaign ${id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id } });
      const newName = (name?.trim() || `${srcName} (copy)`).slice(0, 200);
      const copyId = q.copyCampaign(db, id, newName);
      return { id: copyId };
    });
}
