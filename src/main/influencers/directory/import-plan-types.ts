/** The influencer import plan's shapes (import-plan.ts builds it, import-merge.ts merges its rows). */
import type { z } from 'zod';
import type { influencerInput } from '../../../shared/contract/influencers';
import type { Platform } from '../../../shared/domain';
import type { LocaleHint, NumberLocale, PercentScale } from '../../../shared/numbers';
import type { TargetField } from './columns';

export type ParsedInfluencerInput = z.output<typeof influencerInput>;
export type ChannelInput = ParsedInfluencerInput['channels'][number];

export interface PlanSheet {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  /** Source row numbers (header = 1); defaults to index + 2. */
  rowNumbers?: readonly number[];
}

export interface ExistingChannel {
  platform: string;
  handle: string;
  influencerId: number;
  name: string;
}

export interface PlanOptions {
  locale?: LocaleHint;
  /** Platform for handles given without platform column, URL or platform-named column; else such rows are held. */
  defaultPlatform?: Platform;
}

export type ProblemCode =
  | 'not_a_number'
  | 'out_of_range'
  | 'missing_name'
  | 'unknown_platform'
  | 'missing_platform'
  | 'invalid_handle'
  | 'invalid_url'
  | 'invalid_email'
  | 'unknown_country'
  | 'unknown_language'
  | 'er_without_followers'
  | 'metrics_without_channel'
  | 'too_many_values'
  | 'value_too_long'
  | 'invalid';

export interface ImportProblem {
  /** Source row number (header = 1). */
  row: number;
  /** The target field, or the input path zod complained about (`channels.0.handle`). */
  field: string;
  /** The sheet's header of the column, if one column caused it. */
  column: string | null;
  value: string | null;
  code: ProblemCode;
  /** `error`: the row is held back. `warning`: the row is imported without that value. */
  severity: 'error' | 'warning';
  /** English text for logs and tests; the UI translates `code` with `column` and `value`. */
  message: string;
}

export interface PlannedRow {
  row: number;
  input: ParsedInfluencerInput;
}

export interface HeldRow {
  row: number;
  /** What would be imported if the user accepts the row without its unreadable values; null if even that is invalid. */
  input: ParsedInfluencerInput | null;
}

export interface ImportDuplicate {
  row: number;
  platform: Platform;
  handle: string;
  existingInfluencerId?: number;
  existingName?: string;
  /** The earlier row of the same file with this channel. */
  sameFileRow?: number;
  /** The row's data, to merge into the existing influencer; null if the row itself is invalid. */
  input: ParsedInfluencerInput | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  held: HeldRow[];
  problems: ImportProblem[];
  duplicates: ImportDuplicate[];
  /** What was decided per numeric column, for display. */
  columns: { header: string; field: TargetField; locale: NumberLocale | null; percentScale?: PercentScale }[];
}

export const COUNT_FIELDS = ['followers', 'avgLikes', 'avgComments', 'avgShares', 'avgViews'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** One channel's identity: platform + handle, case-insensitive. */
export const channelKey = (platform: string, handle: string): string => `${platform}:${handle.trim().toLowerCase()}`;
