import type { z } from 'zod';

/**
 * The result envelope every API call returns, over IPC and HTTP alike
 * (after Signal Desktop's pattern: the transport never throws, the envelope says what happened).
 */
export type ErrorCode =
  | 'UNKNOWN_METHOD'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNSUPPORTED'
  | 'INTERNAL'
  /** Storage faults, classified (src/main/db/storage-errors.ts); each has a message saying what to do. */
  | 'STORAGE_BUSY'
  | 'STORAGE_FULL'
  | 'STORAGE_READONLY'
  | 'STORAGE_CORRUPT'
  | 'STORAGE_IO';

/** Parameters of a user-visible message (interpolated by the renderer's i18n). */
export type MessageParams = Record<string, string | number>;

export interface ApiErrorBody {
  code: ErrorCode;
  /** Short, user-presentable message (English; the renderer translates by code/field where it can). */
  message: string;
  /** Dotted path of the offending input field, when the error concerns one field. */
  field?: string;
  /** Extra machine-readable details (e.g. which collaboration holds a taken voucher code). */
  details?: Record<string, string | number | boolean | null>;
  /** i18n key of the message (under `errors.domain.` in the renderer's resources) and its parameters. */
  key?: string;
  params?: MessageParams;
}

/**
 * What kind of validation problem a zod issue is, for the renderer to say in the user's language (the core's
 * error details and the forms' own check before sending use the same): `key` for the contract's own rules
 * (refinements carry `params.key`), else zod's issue kind and bound.
 */
export function validationDetails(issue: z.core.$ZodIssue): Record<string, string | number> {
  const out: Record<string, string | number> = { issue: issue.code };
  const i = issue as unknown as { params?: { key?: unknown }; minimum?: unknown; maximum?: unknown; origin?: unknown; format?: unknown };
  if (typeof i.params?.key === 'string') out.key = i.params.key;
  for (const k of ['minimum', 'maximum', 'origin', 'format'] as const) {
    const v = i[k];
    if (typeof v === 'number' || typeof v === 'string') out[k] = v;
    else if (typeof v === 'bigint') out[k] = Number(v);
  }
  return out;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Thrown by domain code for expected failures; the dispatcher turns it into an error envelope. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly details?: ApiErrorBody['details'];
  readonly key?: string;
  readonly params?: MessageParams;
  constructor(
    code: ErrorCode,
    message: string,
    opts: { field?: string; details?: ApiErrorBody['details']; key?: string; params?: MessageParams } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = opts.field;
    this.details = opts.details;
    this.key = opts.key;
    this.params = opts.params;
  }
}

/** Thrown by the renderer's client when an envelope is not ok. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly details?: ApiErrorBody['details'];
  readonly key?: string;
  readonly params?: MessageParams;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.field = body.field;
    this.details = body.details;
    this.key = body.key;
    this.params = body.params;
  }
}
