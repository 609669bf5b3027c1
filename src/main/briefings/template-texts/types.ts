/** The shape of one language's built-in template texts (template-texts/de.ts, en.ts); templates.ts assembles them. */
import type { CampaignGoal, CollabType } from '../../../shared/domain';
import type { SectionTexts } from '../../../shared/contract/briefings';

/** Sections every goal's briefing shares. */
export type Common = Record<'tone' | 'disclosure' | 'approval' | 'usageRights' | 'contact' | 'donts', string>;

/** A goal's own sections (usageRights when it differs from the common one), with the template's name. */
export type GoalParts = Record<'goals' | 'keyMessage' | 'dos' | 'hashtags' | 'deliverables' | 'kpis', string> & { usageRights?: string; name: string; description: string };

/** A collaboration type's template: a few sections layered over a goal's briefing. */
export type TypeParts = { name: string; description: string; sections: SectionTexts };

export interface TemplateTexts {
  common: Common;
  goals: Record<CampaignGoal, GoalParts>;
  types: Record<CollabType, TypeParts>;
}
