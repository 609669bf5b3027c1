/**
 * JSON columns as they are read back: each one parsed by a zod schema instead of `JSON.parse(...) as T`.
 * The schemas describe what Kollab writes (drizzle's `$type` on the column); objects are loose so a key
 * written by a newer build survives a read-modify-write instead of being dropped.
 */
import { z } from 'zod';
import { REDEMPTION_FIELDS } from '../../shared/contract/redemptions';

/** Parses a JSON column with its schema (a value that does not fit throws, naming the column). */
export function parseJson<T>(schema: z.ZodType<T>, text: string): T {
  return schema.parse(JSON.parse(text));
}

/** The same for a nullable column: SQL NULL (or an empty string) reads as null. */
export function parseJsonOrNull<T>(schema: z.ZodType<T>, text: string | null): T | null {
  return text ? parseJson(schema, text) : null;
}

export const stringList = z.array(z.string());

export const audienceColumn = z.looseObject({
  topCountries: z.array(z.looseObject({ country: z.string(), shareBp: z.number() })),
  ageBands: z.record(z.string(), z.number()),
  gender: z.looseObject({ female: z.number(), male: z.number(), other: z.number() }),
});

export const ratesColumn = z.array(z.looseObject({ kind: z.string(), amountMinor: z.number(), currency: z.string() }));

export const reasonsColumn = z.array(
  z.looseObject({
    code: z.string(),
    severity: z.enum(['info', 'review', 'suspicious']).optional(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  }),
);

/** campaigns.target_audience: what the fit score compares against. */
export const targetAudienceColumn = z.looseObject({
  countries: z.array(z.string()).optional(),
  ageBands: z.array(z.string()).optional(),
  gender: z.enum(['female', 'male', 'any']).optional(),
  niches: z.array(z.string()).optional(),
  followersMin: z.number().optional(),
  followersMax: z.number().optional(),
});

/** sample_shipments.items */
export const sampleItemsColumn = z.array(z.looseObject({ name: z.string(), sku: z.string().optional(), quantity: z.number(), valueMinor: z.number() }));

/** campaigns.target_kpis */
export const targetKpisColumn = z.looseObject({
  engagementRateBp: z.number().optional(),
  conversions: z.number().optional(),
  revenueMinor: z.number().optional(),
  roasBp: z.number().optional(),
  reach: z.number().optional(),
});

/** stage_events.params of a moved deadline (collaborations/deadlines.ts). */
export const deadlineMovedParams = z.looseObject({ deliverableId: z.number(), kind: z.string(), from: z.string(), to: z.string() });

/** stage_events.params in general: a flat record of texts and numbers. */
export const eventParamsColumn = z.record(z.string(), z.union([z.string(), z.number()]));

/** import_batches.counts: flat numbers (rows, orders, …, the row accounting as rowsRead, ignored_<why> …). */
export const batchCountsColumn = z.record(z.string(), z.number());

/** import_rejects.params: the variable parts of a reject's reason. */
export const rejectParamsColumn = z.record(z.string(), z.union([z.string(), z.number()]));

/** redemption_revisions.before: an order's columns as they were before a batch changed it. */
export const revisionBeforeColumn = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

/** header_mappings.mapping: the columns the user mapped to the order fields (redemptions/formats.ts Mapping). */
export const redemptionMappingColumn = z.partialRecord(z.enum(REDEMPTION_FIELDS), z.string());

/**
 * For documents that must print whatever is stored: text that is not JSON, or JSON that does not fit the schema,
 * reads as `fallback` instead of throwing (as the briefing and shortlist builders always did).
 */
export function parseJsonOr<T, F>(schema: z.ZodType<T>, text: string | null, fallback: F): T | F {
  if (!text) return fallback;
  try {
    const r = schema.safeParse(JSON.parse(text));
    return r.success ? r.data : fallback;
  } catch {
    return fallback;
  }
}
