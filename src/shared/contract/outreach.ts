import { z } from 'zod';
import { method } from './define';
import { id } from './common';

/** Own outreach templates, their follow-up sequences, and a campaign's UTM rules (src/main/collaborations). */

/** Follow-up days after the first contact: ascending, at most 5 steps, each 1–90 days. */
const followUpDays = z
  .array(z.number().int().min(1).max(90))
  .max(5)
  .refine((d) => d.every((n, i) => i === 0 || n > d[i - 1]), { message: 'each follow-up comes after the one before', params: { key: 'followUpOrder' } });

const templateFields = {
  name: z.string().trim().min(1, 'name is required').max(120),
  language: z.enum(['de', 'en']),
  subject: z.string().max(300),
  body: z.string().min(1, 'the message is empty').max(20_000),
  followUpDays: followUpDays.default([]),
  followUpTemplateId: z.string().min(1).max(60).nullable().default(null),
};

/** { source, medium, campaign, content } patterns with {{kanal}} {{handle}} {{kampagne}} {{name}}; a missing or empty one = the default. */
export const utmRulesInput = z
  .object({
    source: z.string().trim().max(200).optional(),
    medium: z.string().trim().max(200).optional(),
    campaign: z.string().trim().max(200).optional(),
    content: z.string().trim().max(200).optional(),
  })
  .strict();
export type UtmRules = z.infer<typeof utmRulesInput>;

export interface UtmRulesDto {
  campaignId: number;
  /** As stored; {} = the defaults. */
  rules: UtmRules;
  /** The default patterns, shown as placeholders. */
  defaults: Required<UtmRules>;
}

/** A saved tracking link whose URL changes with the new rules. */
export interface UtmLinkChange {
  linkId: number;
  collaborationId: number;
  person: string;
  from: string;
  to: string;
}

export const outreachContract = {
  'outreach.createTemplate': method<{ id: string }>()(z.object(templateFields).strict(), 'Create an own e-mail / DM template', { changes: ['collaborations', 'planning'] }),
  'outreach.updateTemplate': method<{ id: string }>()(
    z.object({ id, ...templateFields }).strict(),
    'Edit an own template (built-in ones are read-only: duplicate them)',
    { changes: ['collaborations', 'planning'] },
  ),
  'outreach.duplicateTemplate': method<{ id: string }>()(
    z.object({ templateId: z.string().min(1).max(60), name: z.string().trim().min(1).max(120).optional() }).strict(),
    'Copy a template (built-in or own) into a new own template',
    { changes: ['collaborations', 'planning'] },
  ),
  'outreach.removeTemplate': method<{ id: string }>()(z.object({ id }).strict(), 'Delete an own template (undo with outreach.restoreTemplate)', {
    changes: ['collaborations', 'planning'],
  }),
  'outreach.restoreTemplate': method<{ id: string }>()(z.object({ id }).strict(), 'Bring back a deleted own template', { changes: ['collaborations', 'planning'] }),
  'outreach.preview': method<{ subject: string; body: string; unknown: string[] }>()(
    z.object({ collaborationId: id, language: z.enum(['de', 'en']), subject: z.string().max(300), body: z.string().max(20_000) }).strict(),
    'A template text filled in with a real card’s values (live preview); `unknown` lists placeholders without a value',
  ),
  'campaigns.utmRules': method<UtmRulesDto>()(z.object({ campaignId: id }).strict(), 'A campaign’s UTM rules and the default patterns'),
  'campaigns.utmPreview': method<{ changes: UtmLinkChange[]; sample: string | null }>()(
    z.object({ campaignId: id, rules: utmRulesInput }).strict(),
    'Which saved tracking links of the campaign would change under new UTM rules (and an example link)',
  ),
  'campaigns.setUtmRules': method<{ campaignId: number; regenerated: number }>()(
    z.object({ campaignId: id, rules: utmRulesInput }).strict(),
    'Save a campaign’s UTM rules and regenerate its saved UTM links (each change noted in the card’s history)',
    { changes: ['campaigns', 'collaborations'] },
  ),
};
