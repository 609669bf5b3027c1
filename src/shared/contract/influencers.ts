import { z } from 'zod';
import { method } from './define';
import { id, isoDate, paging, patchOf, sortDir, type FileDownload } from './common';
import { PLATFORMS, TIERS } from '../domain';
import type { Platform, Tier } from '../domain';

export type AuthVerdict = 'ok' | 'review' | 'suspicious';
/** A reason from the authenticity check or the fit score: a machine code with parameters the UI translates. */
export interface Reason {
  code: string;
  severity?: 'info' | 'review' | 'suspicious';
  params: Record<string, string | number | null>;
}

export interface InfluencerRow {
  id: number;
  name: string;
  platform: Platform | null;
  handle: string | null;
  followers: number;
  tier: Tier;
  /** Basis points of the main channel; null without followers. */
  engagementRateBp: number | null;
  /** The main channel's ER is the one an imported sheet gave (no averages to compute it from). */
  erFromSheet: boolean;
  niches: string[];
  country: string | null;
  language: string | null;
  campaignCount: number;
  lastContactAt: string | null;
  /** Worst verdict over the influencer's channels. */
  authVerdict: AuthVerdict;
  tags: string[];
  /** Fit for the campaign given as `fitCampaignId`, 0–100; null otherwise. */
  fitScore: number | null;
  /** Why: the fit score's reasons (src/main/influencers/directory/fit.ts), for the UI to translate; null without a campaign. */
  fitReasons?: FitReasonDto[] | null;
}

/** One part of the fit score: a code, the points it gave of its maximum, and what the text needs. */
export interface FitReasonDto {
  code: string;
  params: Record<string, string | number | string[] | null>;
}

export interface ChannelDto {
  id: number;
  platform: Platform;
  handle: string;
  url: string | null;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  avgViews: number;
  /** The ER as an imported sheet gave it (basis points); the channel's ER while the averages are 0. */
  sheetErBp: number | null;
  isPrimary: boolean;
  engagementRateBp: number | null;
  tier: Tier;
  authVerdict: AuthVerdict;
  authReasons: Reason[];
  snapshots: SnapshotDto[];
}

export interface SnapshotDto {
  id: number;
  takenOn: string;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
  avgViews: number;
  source: string;
}

export interface Audience {
  topCountries: { country: string; shareBp: number }[];
  ageBands: Record<string, number>;
  gender: { female: number; male: number; other: number };
}

export interface Rate {
  kind: string;
  amountMinor: number;
  currency: string;
}

export interface InfluencerDetail {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  language: string | null;
  niches: string[];
  tags: string[];
  notes: string;
  lastContactAt: string | null;
  audience: Audience | null;
  rates: Rate[];
  authVerdict: AuthVerdict;
  channels: ChannelDto[];
  collaborations: {
    id: number;
    campaignId: number;
    campaignName: string;
    stageKey: string | null;
    stageName: string | null;
    feeMinor: number;
    currency: string;
    codes: string[];
    orders: number;
    revenueMinor: number;
  }[];
  samples: { id: number; campaignName: string; items: string; valueMinor: number; currency: string; carrier: string | null; status: string; shippedOn: string | null }[];
  posts: { id: number; campaignName: string; platform: string; kind: string; url: string | null; postedAt: string | null; reach: number; likes: number; comments: number; disclosurePresent: boolean }[];
  createdAt: string;
  updatedAt: string;
}

const channelInput = z.object({
  platform: z.enum(PLATFORMS),
  handle: z.string().trim().min(1, 'handle is required').max(100),
  url: z.string().url().nullable().optional(),
  followers: z.number().int().min(0).default(0),
  avgLikes: z.number().int().min(0).default(0),
  avgComments: z.number().int().min(0).default(0),
  avgShares: z.number().int().min(0).default(0),
  avgViews: z.number().int().min(0).default(0),
  /** Left out: kept as stored (forms that do not show it); null: cleared. */
  sheetErBp: z.number().int().min(0).max(1_000_000).nullable().optional(),
  isPrimary: z.boolean().default(false),
});

export const influencerInput = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  email: z.string().trim().email('not a valid e-mail address').nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  street: z.string().trim().max(200).nullable().optional(),
  postalCode: z.string().trim().max(20).nullable().optional(),
  city: z.string().trim().max(100).nullable().optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as DE').nullable().optional(),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code such as de').nullable().optional(),
  niches: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  tags: z.array(z.string().trim().min(1).max(40)).max(50).default([]),
  notes: z.string().max(20_000).default(''),
  channels: z.array(channelInput).max(20).default([]),
  audience: z
    .object({
      topCountries: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/), shareBp: z.number().int().min(0).max(10_000) })).max(10),
      ageBands: z.record(z.string().max(10), z.number().int().min(0).max(10_000)),
      gender: z.object({ female: z.number().int().min(0).max(10_000), male: z.number().int().min(0).max(10_000), other: z.number().int().min(0).max(10_000) }),
    })
    .nullable()
    .optional(),
  rates: z
    .array(z.object({ kind: z.string().min(1).max(40), amountMinor: z.number().int().min(0), currency: z.string().regex(/^[A-Z]{3}$/) }))
    .max(30)
    .default([]),
});
export type InfluencerInput = z.input<typeof influencerInput>;

/** The directory's filter: also what a saved filter stores and what the export takes. */
export const influencerFilter = z
  .object({
    search: z.string().max(200).optional(),
    platform: z.enum(PLATFORMS).optional(),
    tier: z.enum(TIERS).optional(),
    niche: z.string().max(40).optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as DE').optional(),
    language: z.string().regex(/^[a-z]{2}$/).optional(),
    erMinBp: z.number().int().min(0).max(100_000).optional(),
    erMaxBp: z.number().int().min(0).max(100_000).optional(),
    /** Only influencers in this campaign. */
    campaignId: id.optional(),
    /** Only influencers NOT in this campaign (candidates to add). */
    notInCampaignId: id.optional(),
    authVerdict: z.enum(['ok', 'review', 'suspicious']).optional(),
  })
  .strict();
export type InfluencerFilter = z.infer<typeof influencerFilter>;

export const influencerListInput = influencerFilter
  .extend({
    sort: z.enum(['name', 'followers', 'engagementRate', 'country', 'lastContactAt', 'campaignCount', 'tier', 'fit']).default('name'),
    dir: sortDir,
    /** Adds a fit score per row for this campaign's target audience (and allows sort 'fit'). */
    fitCampaignId: id.optional(),
    limit: z.number().int().min(1).max(20_000).default(100),
    offset: paging.offset,
  })
  .strict();

const snapshotInput = z
  .object({
    channelId: id,
    takenOn: isoDate,
    followers: z.number().int().min(0),
    avgLikes: z.number().int().min(0).default(0),
    avgComments: z.number().int().min(0).default(0),
    avgShares: z.number().int().min(0).default(0),
    avgViews: z.number().int().min(0).default(0),
  })
  .strict();

// The directory's spreadsheet import (src/main/influencers/directory) and saved filters.

/** Import targets a column can be mapped to (see src/main/influencers/directory/columns.ts). */
export const IMPORT_TARGETS = [
  'name', 'email', 'phone', 'street', 'postalCode', 'city', 'country', 'language', 'niches', 'tags', 'notes',
  'platform', 'handle', 'url', 'followers', 'avgLikes', 'avgComments', 'avgShares', 'avgViews', 'engagementRate',
  'instagram', 'tiktok', 'youtube',
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** The sheet: a finished upload (`uploads.begin/chunk/finish`, how the app sends files), or its name and bytes in the call. */
const fileInput = {
  fileId: z.string().regex(/^[a-f0-9-]{36}$/, 'unknown file').optional(),
  fileName: z.string().min(1).max(260).optional(),
  /** The file's bytes, base64. 25 MB at most. */
  dataBase64: z.string().min(1, 'the file is empty').max(34_000_000, 'the file is larger than 25 MB').optional(),
};
const oneFile = (v: { fileId?: string; fileName?: string; dataBase64?: string }) =>
  v.fileId !== undefined ? v.dataBase64 === undefined : v.dataBase64 !== undefined && v.fileName !== undefined;
const oneFileRule = { message: 'send the file: fileId, or fileName with dataBase64', path: ['fileId'] };
const mappingInput = z.record(z.string(), z.enum(IMPORT_TARGETS).nullable());

export interface ImportProblemDto {
  row: number;
  field: string;
  column: string | null;
  value: string | null;
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Fields a duplicate's merge can keep from the existing record or take from the sheet. */
export const MERGE_FIELDS = [
  'name', 'email', 'phone', 'street', 'postalCode', 'city', 'country', 'language', 'niches', 'tags', 'notes',
  'followers', 'avgLikes', 'avgComments', 'avgShares', 'avgViews', 'engagementRate', 'url',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeChoice = 'existing' | 'incoming';
/** One field that differs: the existing value, the sheet's (for niches, tags and notes: the merged result), the default choice. ER in basis points. */
export interface MergeFieldDiff {
  field: MergeField;
  existing: string | number | null;
  incoming: string | number | null;
  choice: MergeChoice;
}

export interface ImportDuplicateDto {
  /** Field-by-field differences to the existing person (empty for a duplicate of an earlier row of the file). */
  fields: MergeFieldDiff[];
  row: number;
  platform: string;
  handle: string;
  name: string | null;
  existingInfluencerId: number | null;
  existingName: string | null;
  sameFileRow: number | null;
}

export interface ImportPreview {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  /** The mapping used: the one given, else the remembered one for these headers, else the guess. */
  mapping: Record<string, ImportTarget | null>;
  mappingSource: 'given' | 'remembered' | 'guessed';
  /** First rows as read, with their row numbers (header = 1). */
  sample: { row: number; cells: string[] }[];
  totalRows: number;
  ready: number;
  held: number;
  problems: ImportProblemDto[];
  duplicates: ImportDuplicateDto[];
}

/**
 * A sheet row the import could not bring in because the directory changed while it ran: `handleTaken` — someone
 * (`influencerId`, `name`: a person the user can see, usually added by hand meanwhile) now holds the row's handle;
 * `gone` — the person the row was to be merged into was erased meanwhile.
 */
export interface ImportConflict {
  row: number;
  platform: string;
  handle: string;
  reason: 'handleTaken' | 'gone';
  influencerId: number | null;
  name: string | null;
}

export interface ImportResult {
  batchId: number;
  created: number;
  merged: number;
  skipped: number;
  rejected: number;
  /** Rows not imported because the directory changed while the import ran (not counted above). */
  conflicts: ImportConflict[];
}

export interface SavedFilter {
  id: number;
  name: string;
  query: InfluencerFilter;
}

/** Erasing a person is confirmed by typing their name: case and surrounding blanks aside (the core and the dialog alike). */
export function confirmsName(typed: string, name: string): boolean {
  return typed.trim().toLocaleLowerCase() === name.trim().toLocaleLowerCase();
}

export const influencersContract = {
  'influencers.list': method<{ total: number; rows: InfluencerRow[] }>()(influencerListInput, 'Directory rows, filtered and sorted'),
  'influencers.get': method<InfluencerDetail>()(z.object({ id }).strict(), 'One profile with channels and history'),
  'influencers.create': method<{ id: number }>()(influencerInput.strict(), 'Add an influencer', { changes: ['influencers'] }),
  'influencers.update': method<{ id: number }>()(
    patchOf(influencerInput).extend({ id }).strict(),
    'Change an influencer; given channels replace the stored ones',
    { changes: ['influencers'] },
  ),
  'influencers.delete': method<{ id: number }>()(z.object({ id }).strict(), 'Move an influencer to the bin (undo with restore)', { changes: ['influencers'] }),
  'influencers.restore': method<{ id: number }>()(z.object({ id }).strict(), 'Undo a delete', { changes: ['influencers'] }),
  'influencers.snapshots.add': method<{ id: number }>()(snapshotInput, 'Add or replace the dated numbers of a channel for one day', { changes: ['influencers'] }),
  'influencers.snapshots.delete': method<{ id: number }>()(z.object({ id }).strict(), 'Remove a dated snapshot', { changes: ['influencers'] }),
  'influencers.erase': method<{ id: number; name: string }>()(
    z.object({ id, confirmName: z.string() }).strict(),
    'Erase a person and everything about them for good (privacy); the name must be typed to confirm',
    { changes: ['influencers', 'collaborations', 'campaigns', 'redemptions'] },
  ),
  'influencers.privacyExport': method<FileDownload>()(z.object({ id }).strict(), "All personal data held about one influencer, as one JSON file"),
  'influencers.export': method<FileDownload>()(
    z.object({ format: z.enum(['csv', 'xlsx']), filter: influencerFilter.default({}), language: z.enum(['de', 'en']).default('en') }).strict(),
    'The directory (or the filtered rows) as CSV or XLSX',
  ),
  'influencers.facets': method<{ countries: string[]; niches: string[]; languages: string[] }>()(
    z.object({}).strict(),
    'Values present in the directory, for filter menus',
  ),
  'influencers.import.preview': method<ImportPreview>()(
    z
      .object({ ...fileInput, mapping: mappingInput.optional(), locale: z.enum(['de', 'en', 'auto']).default('auto') })
      .strict()
      .refine(oneFile, oneFileRule),
    'Read a spreadsheet (CSV or XLSX), guess or apply the column mapping, and plan the import without writing',
  ),
  'influencers.import.commit': method<ImportResult>()(
    z
      .object({
        ...fileInput,
        mapping: mappingInput,
        locale: z.enum(['de', 'en', 'auto']).default('auto'),
        /** What to do with each duplicate row (default: skip). */
        duplicates: z
          .array(
            z.object({
              row: z.number().int().min(1),
              action: z.enum(['merge', 'skip']),
              /** Per field: keep the existing value or take the sheet's (default: the preview's choice). */
              fields: z.partialRecord(z.enum(MERGE_FIELDS), z.enum(['existing', 'incoming'])).optional(),
            }),
          )
          .default([]),
        /** Import held rows without their unreadable values instead of rejecting them. */
        acceptHeld: z.boolean().default(false),
      })
      .strict()
      .refine(oneFile, oneFileRule),
    'Import the planned rows in one transaction; duplicates merged or skipped as chosen',
    { changes: ['influencers', 'imports'] },
  ),
  'savedFilters.list': method<SavedFilter[]>()(z.object({}).strict(), 'Saved directory filters'),
  'savedFilters.save': method<{ id: number }>()(
    z.object({ name: z.string().trim().min(1, 'name is required').max(80), query: influencerFilter }).strict(),
    'Save a directory filter under a name (replaces one of the same name)',
    { changes: ['influencers'] },
  ),
  'savedFilters.delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a saved filter', { changes: ['influencers'] }),
};
