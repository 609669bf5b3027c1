/**
 * Briefings: a campaign's briefing (row with collaboration_id NULL) and, per collaboration, only what differs
 * for that person (overrides of campaign sections, the person-only sections, their document language).
 */
import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import type { CampaignGoal, CollabType, Locale } from '../../shared/domain';
import {
  CAMPAIGN_SECTIONS,
  PERSON_SECTIONS,
  SECTION_KEYS,
  type BriefingTemplateDto,
  type CampaignBriefingDto,
  type CampaignSectionKey,
  type CollaborationBriefingDto,
  type SectionKey,
  type SectionTexts,
} from '../../shared/contract/briefings';
import { getSettings } from '../settings/service';
import { builtinTemplates, fillPlaceholders } from './templates';
import { write } from '../db/write';
import * as q from './queries';


const CAMPAIGN_KEYS = new Set<string>(CAMPAIGN_SECTIONS);
const ALL_KEYS = new Set<string>(SECTION_KEYS);
const now = (): string => new Date().toISOString();

export function asLocale(v: unknown, fallback: Locale = 'de'): Locale {
  return v === 'de' || v === 'en' ? v : fallback;
}

/** Parses stored sections, keeping known keys with string values only (robust against hand-edited rows). */
export function parseSections(json: string | null | undefined, allowed: Set<string> = ALL_KEYS): SectionTexts {
  let raw: unknown;
  try {
    raw = json ? JSON.parse(json) : {};
  } catch {
    raw = {};
  }
  const out: SectionTexts = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (allowed.has(k) && typeof v === 'string') out[k as SectionKey] = v;
  }
  return out;
}

export function campaignInfo(db: Db, campaignId: number, field = 'campaignId'): q.CampaignInfo {
  const c = q.campaignInfo(db, campaignId);
  if (!c) throw new DomainError('NOT_FOUND', `Campaign ${campaignId} not found`, { field, key: 'campaigns.notFound', params: { id: campaignId } });
  return c;
}

export function collabInfo(db: Db, collaborationId: number, field = 'collaborationId'): q.CollabInfo {
  const c = q.collabInfo(db, collaborationId);
  if (!c) throw new DomainError('NOT_FOUND', `Collaboration ${collaborationId} not found`, { field, key: 'collaborations.notFound', params: { id: collaborationId } });
  return c;
}

const campaignRow = q.campaignBriefing;
const collabRowOf = q.collaborationBriefing;

/** The document language a campaign's briefing uses when none was chosen: the UI language set in Settings, else German. */
function defaultLanguage(db: Db): Locale {
  return asLocale(getSettings(db).locale, 'de');
}

/** Only non-empty texts: an empty campaign section is no section. */
function compact(sections: SectionTexts): SectionTexts {
  const out: SectionTexts = {};
  for (const k of SECTION_KEYS) {
    const v = sections[k];
    if (typeof v === 'string' && v.trim() !== '') out[k] = v;
  }
  return out;
}

export function getCampaignBriefing(db: Db, campaignId: number): CampaignBriefingDto {
  const c = campaignInfo(db, campaignId);
  const row = campaignRow(db, campaignId);
  return {
    campaignId,
    campaignName: c.name,
    goal: c.goal,
    language: row ? asLocale(row.language) : defaultLanguage(db),
    templateKey: row?.templateKey ?? null,
    sections: compact(parseSections(row?.sections, CAMPAIGN_KEYS)) as CampaignBriefingDto['sections'],
    updatedAt: row?.updatedAt ?? null,
  };
}

export function saveCampaignBriefing(
  db: Db,
  input: { campaignId: number; sections?: Partial<Record<CampaignSectionKey, string>>; language?: Locale; templateKey?: string | null },
): CampaignBriefingDto {
  campaignInfo(db, input.campaignId);
  write(db, () => {
    const row = campaignRow(db, input.campaignId);
    const sections = compact({ ...parseSections(row?.sections, CAMPAIGN_KEYS), ...(input.sections ?? {}) });
    const language = input.language ?? (row ? asLocale(row.language) : defaultLanguage(db));
    const templateKey = input.templateKey !== undefined ? input.templateKey : (row?.templateKey ?? null);
    if (row) {
      q.updateBriefing(db, row.id, { sections: JSON.stringify(sections), language, templateKey, updatedAt: now() });
    } else {
      q.insertBriefing(db, { campaignId: input.campaignId, collaborationId: null, language, templateKey, sections: JSON.stringify(sections), at: now() });
    }
  });
  return getCampaignBriefing(db, input.campaignId);
}

/**
 * The language column of a per-collaboration row: 'de'/'en' when the person's document language was chosen,
 * else this marker, so the person follows the campaign briefing's language (the column is NOT NULL).
 */
const INHERIT = 'inherit';

export function getCollaborationBriefing(db: Db, collaborationId: number): CollaborationBriefingDto {
  const co = collabInfo(db, collaborationId);
  const campaign = getCampaignBriefing(db, co.campaignId);
  const row = collabRowOf(db, collaborationId);
  const own = row && row.language !== INHERIT ? asLocale(row.language, campaign.language) : null;
  return {
    collaborationId,
    campaignId: co.campaignId,
    campaignName: campaign.campaignName,
    influencerName: co.influencerName,
    type: co.type,
    language: own ?? campaign.language,
    languageOverridden: own !== null,
    campaign: campaign.sections,
    overrides: parseSections(row?.sections),
    updatedAt: row?.updatedAt ?? null,
  };
}

export function saveCollaborationOverrides(
  db: Db,
  input: { collaborationId: number; sections?: Partial<Record<SectionKey, string | null>>; language?: Locale | null },
): CollaborationBriefingDto {
  const co = collabInfo(db, input.collaborationId);
  write(db, () => {
    const campaign = getCampaignBriefing(db, co.campaignId).sections as SectionTexts;
    const row = collabRowOf(db, input.collaborationId);
    const next = parseSections(row?.sections);
    for (const [k, v] of Object.entries(input.sections ?? {}) as [SectionKey, string | null | undefined][]) {
      if (v === undefined) continue;
      if (v === null) {
        delete next[k];
      } else if (CAMPAIGN_KEYS.has(k)) {
        // The same text as the campaign's is no change for this person; an empty text is (the section is left out for them).
        if (v === (campaign[k] ?? '')) delete next[k];
        else next[k] = v;
      } else if (v.trim() === '') {
        delete next[k];
      } else {
        next[k] = v;
      }
    }
    const language = input.language === undefined ? (row?.language ?? INHERIT) : (input.language ?? INHERIT);
    const ts = now();
    if (row) {
      q.updateBriefing(db, row.id, { sections: JSON.stringify(next), language, updatedAt: ts });
    } else {
      q.insertBriefing(db, { campaignId: co.campaignId, collaborationId: input.collaborationId, language, templateKey: null, sections: JSON.stringify(next), at: ts });
    }
  });
  return getCollaborationBriefing(db, input.collaborationId);
}

/** The merged sections of one person: campaign text unless changed for them, plus the person-only sections. */
export function mergedSections(b: Pick<CollaborationBriefingDto, 'campaign' | 'overrides'>): { key: SectionKey; text: string; overridden: boolean }[] {
  const out: { key: SectionKey; text: string; overridden: boolean }[] = [];
  for (const k of CAMPAIGN_SECTIONS) {
    const overridden = Object.prototype.hasOwnProperty.call(b.overrides, k);
    const text = overridden ? (b.overrides[k] ?? '') : (b.campaign[k] ?? '');
    if (text.trim() !== '') out.push({ key: k, text, overridden });
  }
  for (const k of PERSON_SECTIONS) {
    const text = b.overrides[k] ?? '';
    if (text.trim() !== '') out.push({ key: k, text, overridden: false });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- templates

function ownTemplates(db: Db): BriefingTemplateDto[] {
  const rows = q.templateRows(db);
  return rows.map((r) => ({
    id: String(r.id),
    name: r.name,
    description: '',
    language: asLocale(r.language),
    goal: r.goal,
    collabType: r.collabType,
    builtin: false,
    sections: parseSections(r.sections),
  }));
}

export function listTemplates(db: Db, q: { language?: Locale; goal?: CampaignGoal } = {}): BriefingTemplateDto[] {
  return [...builtinTemplates(), ...ownTemplates(db)].filter(
    (t) => (!q.language || t.language === q.language) && (!q.goal || t.goal === null || t.goal === q.goal),
  );
}

export function findTemplate(db: Db, templateId: string): BriefingTemplateDto {
  const t = templateId.startsWith('builtin:') ? builtinTemplates().find((b) => b.id === templateId) : ownTemplates(db).find((o) => o.id === templateId);
  if (!t) throw new DomainError('NOT_FOUND', `Template ${templateId} not found`, { field: 'templateId', key: 'briefings.templateNotFound', params: { id: templateId } });
  return t;
}

/** The disclosure label a document in `lang` asks for, from the campaign's label. */
export function disclosureTags(lang: Locale, campaignTag: string | null | undefined): { tag: string; alsoTag: string | null } {
  const tag = (campaignTag ?? '').trim();
  const german = /^#?(werbung|anzeige|reklame)$/i.test(tag);
  if (lang === 'de') return { tag: tag || '#werbung', alsoTag: null };
  if (!tag) return { tag: '#ad', alsoTag: null };
  if (german) return { tag: '#ad', alsoTag: tag.startsWith('#') ? tag : `#${tag}` };
  return { tag, alsoTag: null };
}

export function applyTemplate(
  db: Db,
  input: { campaignId?: number; collaborationId?: number; templateId: string; mode: 'replace' | 'fillEmpty' },
): { applied: SectionKey[] } {
  const template = findTemplate(db, input.templateId);
  const co = input.collaborationId !== undefined ? collabInfo(db, input.collaborationId) : null;
  const campaign = campaignInfo(db, co ? co.campaignId : input.campaignId!);
  const brand = getSettings(db).brandName;
  const values = { brand, product: campaign.product, campaign: campaign.name, disclosure: disclosureTags(template.language, campaign.disclosureText).tag };
  const filled: SectionTexts = {};
  for (const [k, v] of Object.entries(template.sections) as [SectionKey, string][]) filled[k] = fillPlaceholders(v, values, template.language);

  const applied: SectionKey[] = [];
  if (co) {
    const current = getCollaborationBriefing(db, co.id);
    const merged = new Map(mergedSections(current).map((s) => [s.key, s.text]));
    const patch: Partial<Record<SectionKey, string>> = {};
    for (const [k, v] of Object.entries(filled) as [SectionKey, string][]) {
      if (input.mode === 'fillEmpty' && (merged.get(k) ?? '').trim() !== '') continue;
      patch[k] = v;
      applied.push(k);
    }
    saveCollaborationOverrides(db, { collaborationId: co.id, sections: patch, language: current.languageOverridden || template.language !== current.language ? template.language : undefined });
  } else {
    const current = getCampaignBriefing(db, campaign.id);
    const patch: Partial<Record<CampaignSectionKey, string>> = {};
    for (const [k, v] of Object.entries(filled) as [SectionKey, string][]) {
      if (!CAMPAIGN_KEYS.has(k)) continue;
      if (input.mode === 'fillEmpty' && (current.sections[k as CampaignSectionKey] ?? '').trim() !== '') continue;
      patch[k as CampaignSectionKey] = v;
      applied.push(k);
    }
    saveCampaignBriefing(db, { campaignId: campaign.id, sections: patch, language: template.language, templateKey: template.id });
  }
  return { applied };
}

export function saveTemplate(
  db: Db,
  input: { name: string; language: Locale; goal?: CampaignGoal | null; collabType?: CollabType | null; fromCampaignId?: number; sections?: SectionTexts },
): { id: string } {
  const sections = compact(input.fromCampaignId !== undefined ? (getCampaignBriefing(db, input.fromCampaignId).sections as SectionTexts) : (input.sections ?? {}));
  if (Object.keys(sections).length === 0) throw new DomainError('INVALID_INPUT', 'The briefing is empty; write at least one section first', {
      field: 'sections',
      key: 'briefings.empty',
    });
  const ts = now();
  const id = q.insertTemplate(db, { name: input.name, goal: input.goal ?? null, collabType: input.collabType ?? null, language: input.language, sections: JSON.stringify(sections), at: ts });
  return { id: String(id) };
}

export function deleteTemplate(db: Db, id: string): { id: string } {
  if (!q.deleteTemplateRow(db, Number(id))) throw new DomainError('NOT_FOUND', `Template ${id} not found`, { field: 'id', key: 'briefings.templateNotFound', params: { id } });
  return { id };
}
