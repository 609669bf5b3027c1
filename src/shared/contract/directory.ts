import { z } from 'zod';
import { method } from './define';
import { id } from './common';
import { influencerFilter, type InfluencerFilter } from './influencers';

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

export interface ImportResult {
  batchId: number;
  created: number;
  merged: number;
  skipped: number;
  rejected: number;
}

export interface SavedFilter {
  id: number;
  name: string;
  query: InfluencerFilter;
}

export const directoryContract = {
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
