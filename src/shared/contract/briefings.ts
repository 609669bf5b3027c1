import { z } from 'zod';
import { method } from './define';
import { id } from './common';
import { CAMPAIGN_GOALS, COLLAB_TYPES, LOCALES } from '../domain';
import type { CampaignGoal, CollabType, DeliverableKind, Locale, Platform, Tier } from '../domain';
import type { FileDownload } from './common';

/** Sections of a campaign briefing, in the order a document shows them. Each is Markdown text. */
export const CAMPAIGN_SECTIONS = [
  'goals',
  'keyMessage',
  'tone',
  'dos',
  'donts',
  'hashtags',
  'disclosure',
  'deliverables',
  'approval',
  'usageRights',
  'kpis',
  'contact',
] as const;
export type CampaignSectionKey = (typeof CAMPAIGN_SECTIONS)[number];

/** Sections only a collaboration has (what belongs to one person), shown after its compensation and deadlines. */
export const PERSON_SECTIONS = ['compensation', 'deadlines', 'extraNotes'] as const;
export type PersonSectionKey = (typeof PERSON_SECTIONS)[number];

export const SECTION_KEYS = [...CAMPAIGN_SECTIONS, ...PERSON_SECTIONS] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export type SectionTexts = Partial<Record<SectionKey, string>>;

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Longest Markdown text of one section. */
export const SECTION_MAX = 20_000;

export interface CampaignBriefingDto {
  campaignId: number;
  campaignName: string;
  goal: CampaignGoal;
  /** Document language of the briefing (independent of the UI language). */
  language: Locale;
  templateKey: string | null;
  /** Only the non-empty campaign sections. */
  sections: Partial<Record<CampaignSectionKey, string>>;
  /** null while nothing was saved yet. */
  updatedAt: string | null;
}

export interface CollaborationBriefingDto {
  collaborationId: number;
  campaignId: number;
  campaignName: string;
  influencerName: string;
  type: CollabType;
  /** This person's document language (their own choice, else the campaign briefing's). */
  language: Locale;
  /** Whether the language is this person's own choice. */
  languageOverridden: boolean;
  /** The campaign's sections as inherited. */
  campaign: Partial<Record<CampaignSectionKey, string>>;
  /** What differs for this person (campaign sections changed for them, and the person-only sections). */
  overrides: SectionTexts;
  updatedAt: string | null;
}

export interface BriefingTemplateDto {
  /** 'builtin:goal:<goal>:<lang>', 'builtin:type:<type>:<lang>' or the stored id as a string. */
  id: string;
  name: string;
  description: string;
  language: Locale;
  goal: CampaignGoal | null;
  collabType: CollabType | null;
  builtin: boolean;
  sections: SectionTexts;
}

export interface BriefingSectionOut {
  key: SectionKey;
  /** Markdown. */
  text: string;
  /** Changed for this person (a per-collaboration override of a campaign section). */
  overridden: boolean;
}

export interface BriefingPerson {
  collaborationId: number;
  name: string;
  platform: Platform | null;
  handle: string | null;
  followers: number;
  type: CollabType;
  feeMinor: number;
  productValueMinor: number;
  commissionBp: number;
  currency: string;
  startDate: string | null;
  codes: { code: string; discountDescription: string; validFrom: string | null; validTo: string | null }[];
  /** Tracking links with their QR code as a PNG data URL. */
  links: { url: string; qrDataUrl: string }[];
  samples: {
    items: { name: string; quantity: number }[];
    status: string;
    carrier: string | null;
    trackingNumber: string | null;
    shippedOn: string | null;
    deliveredOn: string | null;
  }[];
  deliverables: { kind: DeliverableKind; count: number; dueDate: string | null; done: boolean }[];
}

/** Everything the print route needs for one briefing, in one JSON-safe answer. */
export interface BriefingDocument {
  kind: 'collaboration' | 'campaign';
  language: Locale;
  /** YYYY-MM-DD */
  generatedOn: string;
  brand: { name: string; logoDataUrl: string | null };
  campaign: { id: number; name: string; goal: CampaignGoal; product: string; startDate: string | null; endDate: string | null; currency: string };
  /** The label posts must carry: `tag`; for English documents of German campaigns also the German one. */
  disclosure: { tag: string; alsoTag: string | null };
  /** Non-empty sections in document order (campaign sections, then the person-only ones). */
  sections: BriefingSectionOut[];
  person: BriefingPerson | null;
  /** Suggested file name of the PDF. */
  fileName: string;
}

export interface ShortlistEntry {
  collaborationId: number;
  influencerId: number;
  name: string;
  stageKey: string | null;
  stageName: string | null;
  country: string | null;
  language: string | null;
  niches: string[];
  channels: { platform: Platform; handle: string; followers: number; engagementRateBp: number | null; tier: Tier; primary: boolean }[];
  followers: number;
  engagementRateBp: number | null;
  tier: Tier;
  audience: { topCountries: { country: string; shareBp: number }[]; ageBands: Record<string, number>; gender: { female: number; male: number; other: number } } | null;
  /** Fit for the campaign's target audience, 0–100 (null without a target). */
  fitScore: number | null;
  fitReasons: { code: string; params: Record<string, string | number | string[] | null> }[];
  rates: { kind: string; amountMinor: number; currency: string }[];
  feeMinor: number;
  currency: string;
  type: CollabType;
}

export interface ShortlistDocument {
  language: Locale;
  generatedOn: string;
  brand: { name: string; logoDataUrl: string | null };
  campaign: { id: number; name: string; goal: CampaignGoal; product: string; startDate: string | null; endDate: string | null; currency: string };
  scope: 'shortlist' | 'all';
  entries: ShortlistEntry[];
  fileName: string;
}

export interface PdfBatchResult {
  jobId: string;
  /** Absolute folder the PDFs were written to (null when the user cancelled the folder choice). */
  folder: string | null;
  files: string[];
}

const language = z.enum(LOCALES);
const paper = z.enum(PAPER_SIZES).default('a4');
const sectionText = z.string().max(SECTION_MAX, `a section holds at most ${SECTION_MAX} characters`);
const campaignSectionsPatch = z.partialRecord(z.enum(CAMPAIGN_SECTIONS), sectionText);
/** A string sets a section for this person; null removes it (back to the campaign's text). */
const overridesPatch = z.partialRecord(z.enum(SECTION_KEYS), sectionText.nullable());
export const briefingsContract = {
  'briefings.get': method<CampaignBriefingDto>()(z.object({ campaignId: id }).strict(), "A campaign's briefing (sections, document language)"),
  'briefings.save': method<CampaignBriefingDto>()(
    z
      .object({
        campaignId: id,
        /** Patch: the sections given are replaced; an empty text removes a section. */
        sections: campaignSectionsPatch.optional(),
        language: language.optional(),
        templateKey: z.string().max(100).nullable().optional(),
      })
      .strict(),
    "Save (part of) a campaign's briefing",
    { changes: ['campaigns'] },
  ),
  'briefings.collaboration': method<CollaborationBriefingDto>()(
    z.object({ collaborationId: id }).strict(),
    "One person's briefing: the campaign's sections and what is changed for them",
  ),
  'briefings.saveOverrides': method<CollaborationBriefingDto>()(
    z
      .object({
        collaborationId: id,
        sections: overridesPatch.optional(),
        /** null = follow the campaign briefing's language. */
        language: language.nullable().optional(),
      })
      .strict(),
    'Change sections for one person (null resets a section to the campaign text) or their document language',
    { changes: ['collaborations', 'campaigns'] },
  ),
  'briefings.templates': method<BriefingTemplateDto[]>()(
    z.object({ language: language.optional(), goal: z.enum(CAMPAIGN_GOALS).optional() }).strict(),
    'Briefing templates: built-in ones per campaign goal and collaboration type (DE/EN) and own ones',
  ),
  'briefings.applyTemplate': method<{ applied: SectionKey[] }>()(
    z
      .object({
        campaignId: id.optional(),
        collaborationId: id.optional(),
        templateId: z.string().min(1).max(100),
        /** replace: the template's sections replace the current ones; fillEmpty: only empty sections are filled. */
        mode: z.enum(['replace', 'fillEmpty']).default('replace'),
      })
      .strict()
      .refine((t) => (t.campaignId === undefined) !== (t.collaborationId === undefined), {
        message: 'give either campaignId or collaborationId',
        path: ['campaignId'],
      }),
    "Fill a campaign's briefing (or one person's overrides) from a template; {product}, {campaign}, {brand} and {disclosure} are filled in",
    { changes: ['campaigns'] },
  ),
  'briefings.saveTemplate': method<{ id: string }>()(
    z
      .object({
        name: z.string().trim().min(1, 'name is required').max(120),
        language,
        goal: z.enum(CAMPAIGN_GOALS).nullable().optional(),
        collabType: z.enum(COLLAB_TYPES).nullable().optional(),
        /** Take the sections from this campaign's briefing … */
        fromCampaignId: id.optional(),
        /** … or give them. */
        sections: z.partialRecord(z.enum(SECTION_KEYS), sectionText).optional(),
      })
      .strict()
      .refine((t) => t.fromCampaignId !== undefined || t.sections !== undefined, { message: 'give fromCampaignId or sections', path: ['sections'] }),
    'Save a briefing as an own template',
    { changes: ['campaigns'] },
  ),
  'briefings.deleteTemplate': method<{ id: string }>()(z.object({ id: z.string().regex(/^\d+$/, 'built-in templates cannot be deleted') }).strict(), 'Delete an own template', { changes: ['campaigns'] }),
  'briefings.document': method<BriefingDocument>()(
    z
      .object({ campaignId: id.optional(), collaborationId: id.optional(), language: language.optional() })
      .strict()
      .refine((t) => (t.campaignId === undefined) !== (t.collaborationId === undefined), {
        message: 'give either campaignId or collaborationId',
        path: ['campaignId'],
      }),
    'Everything a printed briefing shows (sections merged, codes, links with QR, samples, deadlines, brand)',
  ),
  'briefings.pdf': method<FileDownload>()(
    z
      .object({ campaignId: id.optional(), collaborationId: id.optional(), paper, language: language.optional() })
      .strict()
      .refine((t) => (t.campaignId === undefined) !== (t.collaborationId === undefined), {
        message: 'give either campaignId or collaborationId',
        path: ['campaignId'],
      }),
    'A briefing as PDF (desktop: rendered in a hidden window; browser mode: in the host\'s headless Chromium)',
  ),
  'briefings.pdfBatch': method<PdfBatchResult>()(
    z
      .object({
        campaignId: id,
        paper,
        language: language.optional(),
        /** Lets the caller match the job's progress events before the call answers. */
        jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
        /** Desktop: ask for the folder instead of writing to <data folder>/exports. */
        chooseFolder: z.boolean().default(false),
      })
      .strict(),
    'One briefing PDF per collaboration of a campaign (declined and removed ones left out), with job.progress events',
  ),
  'briefings.batchOpenFolder': method<{ opened: boolean }>()(
    z.object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }).strict(),
    'Open the folder of a finished PDF batch in the file manager (desktop only)',
  ),
  'briefings.batchZip': method<FileDownload>()(
    z.object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }).strict(),
    'The PDFs of a finished batch as one zip (browser mode downloads it)',
  ),
  'shortlist.document': method<ShortlistDocument>()(
    z.object({ campaignId: id, language: language.optional(), scope: z.enum(['shortlist', 'all']).default('shortlist') }).strict(),
    'The shortlist of a campaign, one entry per influencer with key numbers (followers, ER, tier, niches, audience, fit, rates)',
  ),
  'shortlist.pdf': method<FileDownload>()(
    z.object({ campaignId: id, paper, language: language.optional(), scope: z.enum(['shortlist', 'all']).default('shortlist') }).strict(),
    'The shortlist as PDF, one page per influencer',
  ),
};
