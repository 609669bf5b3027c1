/**
 * The briefings domain's SQL (campaign and per-person briefings, own templates), with typed rows (statement
 * generics, no casts). Sections are JSON text; service.ts parses them (parseSections keeps known keys only).
 */
import type { Db } from '../db/connection';
import type { CampaignGoal, CollabType } from '../../shared/domain';

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
  goal: string | null;
  collabType: string | null;
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
