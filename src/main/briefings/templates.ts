/**
 * Built-in briefing templates: one full briefing per campaign goal and a few sections per collaboration type,
 * in German and English, written for micro-influencer collaborations of a small brand. Placeholders are filled
 * in when a template is applied: {brand}, {product}, {campaign}, {disclosure}.
 */
import { CAMPAIGN_GOALS, COLLAB_TYPES, type CampaignGoal, type Locale } from '../../shared/domain';
import type { BriefingTemplateDto, CampaignSectionKey, SectionTexts } from '../../shared/contract/briefings';
import type { TemplateTexts } from './template-texts/types';
import { de } from './template-texts/de';
import { en } from './template-texts/en';

/** The texts per language (data files, one a language). */
const TEXTS: Record<Locale, TemplateTexts> = { de, en };

const ORDER: CampaignSectionKey[] = ['goals', 'keyMessage', 'tone', 'dos', 'donts', 'hashtags', 'disclosure', 'deliverables', 'approval', 'usageRights', 'kpis', 'contact'];

function goalSections(lang: Locale, goal: CampaignGoal): SectionTexts {
  const g = TEXTS[lang].goals[goal];
  const c = TEXTS[lang].common;
  const all: Record<CampaignSectionKey, string> = {
    goals: g.goals,
    keyMessage: g.keyMessage,
    tone: c.tone,
    dos: g.dos,
    donts: c.donts,
    hashtags: g.hashtags,
    disclosure: c.disclosure,
    deliverables: g.deliverables,
    approval: c.approval,
    usageRights: g.usageRights ?? c.usageRights,
    kpis: g.kpis,
    contact: c.contact,
  };
  const out: SectionTexts = {};
  for (const k of ORDER) out[k] = all[k];
  return out;
}

/** Every built-in template (goal ones first, then collaboration types), both languages. */
export function builtinTemplates(): BriefingTemplateDto[] {
  const out: BriefingTemplateDto[] = [];
  for (const lang of ['de', 'en'] as const) {
    for (const goal of CAMPAIGN_GOALS) {
      const g = TEXTS[lang].goals[goal];
      out.push({ id: `builtin:goal:${goal}:${lang}`, name: g.name, description: g.description, language: lang, goal, collabType: null, builtin: true, sections: goalSections(lang, goal) });
    }
    for (const type of COLLAB_TYPES) {
      const t = TEXTS[lang].types[type];
      out.push({ id: `builtin:type:${type}:${lang}`, name: t.name, description: t.description, language: lang, goal: null, collabType: type, builtin: true, sections: { ...t.sections } });
    }
  }
  return out;
}

export interface TemplateValues {
  brand: string;
  product: string;
  campaign: string;
  disclosure: string;
}

/** Fills {brand}, {product}, {campaign}, {disclosure}; an unknown value leaves a readable stand-in. */
export function fillPlaceholders(text: string, values: TemplateValues, lang: Locale): string {
  const fallback: TemplateValues =
    lang === 'de'
      ? { brand: 'unsere Marke', product: 'unser Produkt', campaign: 'unsere Kampagne', disclosure: '#werbung' }
      : { brand: 'our brand', product: 'our product', campaign: 'our campaign', disclosure: '#ad' };
  return text.replace(/\{(brand|product|campaign|disclosure)\}/g, (_m, key: keyof TemplateValues) => values[key]?.trim() || fallback[key]);
}
