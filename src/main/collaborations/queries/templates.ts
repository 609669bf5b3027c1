/**
 * SQL of the outreach templates, their follow-up sequences, and the links a campaign's UTM rules regenerate
 * (re-exported by queries.ts, the domain's data-access module). Typed rows through the statement generics.
 */
import type { Db } from '../../db/connection';
import { CARD_CHANNEL_JOIN } from '../../db/sql';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

export interface TemplateRow {
  id: number;
  name: string;
  language: string;
  subject: string;
  body: string;
  /** JSON array of days. */
  followUpDays: string;
  followUpTemplateId: string | null;
}

const COLUMNS = 'id, name, language, subject, body, follow_up_days AS followUpDays, follow_up_template_id AS followUpTemplateId';

export function ownTemplates(db: Db, language: string | null): TemplateRow[] {
  return db.$client
    .prepare<[string | null, string | null], TemplateRow>(
      `SELECT ${COLUMNS} FROM email_templates
       WHERE deleted_at IS NULL AND language IN ('de','en') AND (? IS NULL OR language = ?) ORDER BY name COLLATE NOCASE, id`,
    )
    .all(language, language);
}

/** A live own template (`withDeleted`: also a deleted one, for restore). */
export function ownTemplate(db: Db, id: number, withDeleted = false): TemplateRow | undefined {
  return db.$client
    .prepare<[number], TemplateRow>(`SELECT ${COLUMNS} FROM email_templates WHERE id = ?${withDeleted ? '' : ' AND deleted_at IS NULL'}`)
    .get(id);
}

export interface TemplateValues {
  name: string;
  language: string;
  subject: string;
  body: string;
  followUpDays: string;
  followUpTemplateId: string | null;
}

export function insertTemplate(db: Db, v: TemplateValues): number {
  return Number(
    db.$client
      .prepare<[string, string, string, string, string, string | null]>(
        'INSERT INTO email_templates (name, language, subject, body, follow_up_days, follow_up_template_id) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(v.name, v.language, v.subject, v.body, v.followUpDays, v.followUpTemplateId).lastInsertRowid,
  );
}

export function updateTemplate(db: Db, id: number, v: TemplateValues): boolean {
  return (
    db.$client
      .prepare<[string, string, string, string, string, string | null, number]>(
        `UPDATE email_templates SET name = ?, language = ?, subject = ?, body = ?, follow_up_days = ?, follow_up_template_id = ?, updated_at = ${NOW}
         WHERE id = ? AND deleted_at IS NULL`,
      )
      .run(v.name, v.language, v.subject, v.body, v.followUpDays, v.followUpTemplateId, id).changes > 0
  );
}

/** Soft delete (`at`) or restore (null). */
export function setTemplateDeleted(db: Db, id: number, at: string | null): boolean {
  return db.$client.prepare<[string | null, number]>(`UPDATE email_templates SET deleted_at = ?, updated_at = ${NOW} WHERE id = ?`).run(at, id).changes > 0;
}

/** The card was contacted with this template: its follow-up sequence starts over. */
export function startSequence(db: Db, collaborationId: number, templateId: string): void {
  db.$client.prepare<[string, number]>('UPDATE collaborations SET outreach_template_id = ?, follow_up_step = 0 WHERE id = ?').run(templateId, collaborationId);
}

/** The card's first voucher code and first tracking link, for {{code}} and {{link}}. */
export function firstCodeAndLink(db: Db, collaborationId: number): { code: string | null; link: string | null } {
  const code = db.$client.prepare<[number], string>('SELECT code FROM voucher_codes WHERE collaboration_id = ? ORDER BY id LIMIT 1').pluck().get(collaborationId);
  const link = db.$client.prepare<[number], string>('SELECT url FROM tracking_links WHERE collaboration_id = ? ORDER BY id LIMIT 1').pluck().get(collaborationId);
  return { code: code ?? null, link: link ?? null };
}

// ---- UTM rules --------------------------------------------------------------------------------------------

export function campaignUtm(db: Db, campaignId: number): { utmRules: string | null; baseUrl: string | null } | undefined {
  return db.$client.prepare<[number], { utmRules: string | null; baseUrl: string | null }>('SELECT utm_rules AS utmRules, base_url AS baseUrl FROM campaigns WHERE id = ?').get(campaignId);
}

export function setCampaignUtm(db: Db, campaignId: number, rulesJson: string | null): void {
  db.$client.prepare<[string | null, number]>(`UPDATE campaigns SET utm_rules = ?, updated_at = ${NOW} WHERE id = ?`).run(rulesJson, campaignId);
}

/** Saved links of the campaign's live cards, with what their UTM values are made of. */
export interface CampaignLinkRow {
  linkId: number;
  url: string;
  collaborationId: number;
  name: string;
  platform: string | null;
  handle: string | null;
  campaign: string;
}

export function campaignLinks(db: Db, campaignId: number): CampaignLinkRow[] {
  return db.$client
    .prepare<[number], CampaignLinkRow>(
      `SELECT l.id AS linkId, l.url, co.id AS collaborationId, i.name, ch.platform, ch.handle, ca.name AS campaign
       FROM tracking_links l JOIN collaborations co ON co.id = l.collaboration_id
       JOIN influencers i ON i.id = co.influencer_id JOIN campaigns ca ON ca.id = co.campaign_id
       ${CARD_CHANNEL_JOIN}
       WHERE co.campaign_id = ? AND co.removed_at IS NULL ORDER BY i.name COLLATE NOCASE, l.id`,
    )
    .all(campaignId);
}

/** Any live card of the campaign, for the example link. */
export function campaignSampleCard(db: Db, campaignId: number): Omit<CampaignLinkRow, 'linkId' | 'url'> | undefined {
  return db.$client
    .prepare<[number], Omit<CampaignLinkRow, 'linkId' | 'url'>>(
      `SELECT co.id AS collaborationId, i.name, ch.platform, ch.handle, ca.name AS campaign
       FROM collaborations co JOIN influencers i ON i.id = co.influencer_id JOIN campaigns ca ON ca.id = co.campaign_id
       ${CARD_CHANNEL_JOIN}
       WHERE co.campaign_id = ? AND co.removed_at IS NULL ORDER BY co.id LIMIT 1`,
    )
    .get(campaignId);
}

export function setLinkUrl(db: Db, linkId: number, url: string): void {
  db.$client.prepare<[string, number]>(`UPDATE tracking_links SET url = ?, updated_at = ${NOW} WHERE id = ?`).run(url, linkId);
}
