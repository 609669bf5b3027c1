import { z } from 'zod';
import { method } from './define';
import { empty } from './common';
import { LOCALES, DEFAULT_TIER_THRESHOLDS } from '../domain';
import type { JobKind } from '../events';
import { isTimeZone } from '../time';
import { DEFAULT_DISCLOSURE_POSITION } from '../disclosure';

export interface AppInfo {
  name: string;
  version: string;
  /** Migrations applied to the open database. */
  schemaVersion: number;
  dataDir: string;
  dbFile: string;
  /** The core's clock (ISO instant): the renderer's "today" follows it, so both agree on what is overdue. */
  now: string;
  /** Counts that tell the renderer whether the workspace is empty. */
  counts: { influencers: number; campaigns: number; collaborations: number; redemptions: number };
}

/** 300 KB of image as a base64 data URL (4/3 of the bytes, plus the `data:image/svg+xml;base64,` prefix). */
export const LOGO_MAX_BYTES = 300 * 1024;
export const LOGO_MAX_DATA_URL = Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 32;

export const settingsSchema = z.object({
  /** null = follow the operating system's locale. */
  locale: z.enum(LOCALES).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  brandName: z.string().max(120),
  tierThresholds: z
    .object({
      micro: z.number().int().min(1),
      macro: z.number().int().min(2),
      mega: z.number().int().min(3),
    })
    .refine((t) => t.micro < t.macro && t.macro < t.mega, { message: 'tiers must grow: micro < macro < mega', path: ['macro'], params: { key: 'tiersMustGrow' } }),
  maxActiveCollaborations: z.number().int().min(1).max(1000),
  /** The app time zone for "today", days and weeks (IANA name); null = the operating system's. See shared/time.ts. */
  timeZone: z
    .string()
    .max(64)
    .refine((tz) => isTimeZone(tz), { message: 'unknown time zone', params: { key: 'unknownTimeZone' } })
    .nullable(),
  /** Brand logo for printed briefings: a PNG, JPEG or SVG data URL of at most 300 KB; null = none. */
  logoDataUrl: z
    .string()
    .max(LOGO_MAX_DATA_URL, 'the logo is larger than 300 KB')
    .regex(/^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+=*$/, 'the logo must be a PNG, JPEG or SVG image')
    .nullable(),
  /** The ad label must start among the first N words/hashtags of a caption (src/shared/disclosure.ts). */
  disclosureMaxPosition: z.number().int().min(1).max(50),
  /** Today view: a delivered sample without a post after this many days is "no post yet". */
  noPostAfterDays: z.number().int().min(1).max(365),
  /** Today view: a contacted person without an answer after this many days needs a follow-up. */
  noAnswerAfterDays: z.number().int().min(1).max(365),
  /** KPIs (src/main/insights/rules.ts): how an order with several codes is attributed. */
  kpiAttribution: z.enum(['equalSplit', 'firstCode']),
  /** KPIs: orders up to this many days after a campaign's end still count (later ones are possible leaks). */
  kpiWindowDays: z.number().int().min(0).max(365),
  /** KPIs: what the engagement rate divides by; named on every ER label. */
  kpiErBasis: z.enum(['followers', 'reach', 'views']),
  /** Payments: days between invoice and due date when the invoice names none. */
  paymentTermsDays: z.number().int().min(0).max(365),
  /** Payments: the Künstlersozialabgabe rate in basis points (2026: 4.9 % = 490), applied to fees flagged KSK. */
  kskRateBp: z.number().int().min(0).max(10_000),
  /** KPIs: the user's own CPM for earned media value, minor units of the workspace currency; null = no EMV. */
  kpiEmvCpmMinor: z.number().int().min(0).max(1e9).nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  currency: 'EUR',
  brandName: '',
  tierThresholds: DEFAULT_TIER_THRESHOLDS,
  maxActiveCollaborations: 12,
  timeZone: null,
  logoDataUrl: null,
  disclosureMaxPosition: DEFAULT_DISCLOSURE_POSITION,
  noPostAfterDays: 14,
  noAnswerAfterDays: 7,
  kpiAttribution: 'equalSplit',
  kpiWindowDays: 30,
  kpiErBasis: 'reach',
  kpiEmvCpmMinor: null,
  paymentTermsDays: 14,
  kskRateBp: 490,
};

export interface JobInfo {
  jobId: string;
  kind: JobKind;
  startedAt: string;
  done: number;
  total: number;
  phase: string;
}

export const settingsContract = {
  'app.info': method<AppInfo>()(empty, 'Version, schema and data folder of the running core'),
  'settings.get': method<Settings>()(empty, 'All settings'),
  'settings.update': method<Settings>()(settingsSchema.partial().strict(), 'Change some settings; returns all', { changes: ['settings'] }),
  'workspace.reset': method<{ jobId: string }>()(
    z.object({ mode: z.enum(['demo', 'empty']) }).strict(),
    'Erase the workspace and start it empty or with the demo data (runs as a job)',
  ),
  'jobs.list': method<JobInfo[]>()(empty, 'Long-running work in progress'),
};
