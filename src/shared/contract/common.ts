import { z } from 'zod';
import { isValidIsoDate } from '../time';

export const id = z.number().int().positive();
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-11-24')
  .refine(isValidIsoDate, { message: 'not a calendar date', params: { key: 'impossibleDate' } });
export const currency = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR');
export const minor = z.number().int().min(0).max(1e13);
export const bp = z.number().int().min(0).max(1_000_000);
export const empty = z.object({}).strict();
export const paging = {
  limit: z.number().int().min(1).max(10_000).default(100),
  offset: z.number().int().min(0).default(0),
};
export const sortDir = z.enum(['asc', 'desc']).default('asc');

/**
 * The schema of a partial update: every field optional and WITHOUT its default. (zod's `.partial()` keeps
 * defaults, so `{id, name}` would come out with `notes: ''`, `channels: []` … and wipe what is stored.)
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): ReturnType<z.ZodObject<T>['partial']> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as unknown as Record<string, z.ZodType>)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
    shape[key] = inner.optional();
  }
  return z.object(shape) as unknown as ReturnType<z.ZodObject<T>['partial']>;
}

/** A file produced by the core for the user to save (base64, so IPC and HTTP carry the same JSON). */
export interface FileDownload {
  fileName: string;
  mime: string;
  dataBase64: string;
}
