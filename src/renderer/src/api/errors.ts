import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { ApiError, validationDetails } from '../../../shared/envelope';
import { getI18n } from '../i18n';
import { formatNumber } from '../lib/format';

/** Turns any thrown value into a user-facing title + message (translated by error code). */
export function describeError(err: unknown): { title: string; message: string } {
  const t = getI18n().t;
  if (err instanceof ApiError) {
    const title = t(`errors.codes.${err.code}`, { defaultValue: t('errors.title') });
    // The core names its message by key and parameters; its English text is only the fallback.
    // An unexpected failure without a key has no text worth showing in the user's language: the generic one.
    const message = err.key
      ? t(`errors.domain.${err.key}`, { ...(err.params ?? {}), defaultValue: err.code === 'INTERNAL' ? t('errors.domain.jobs.internal') : err.message })
      : err.code === 'INTERNAL'
        ? t('errors.domain.jobs.internal')
        : err.message;
    return { title, message };
  }
  return { title: t('errors.title'), message: err instanceof Error ? err.message : String(err) };
}

/**
 * A failed background job (shop import, batch PDF, reset, …) as an error shown by its key in the user's
 * language — never the core's English text (`jobs.failed` when the job named no key).
 */
export function jobError(f: { errorKey?: string | null; errorParams?: Record<string, string | number> | null; message?: string | null }): ApiError {
  return new ApiError({ code: 'INTERNAL', message: f.message ?? 'job failed', key: f.errorKey ?? 'jobs.failed', ...(f.errorParams ? { params: f.errorParams } : {}) });
}

/**
 * The message of any error in the user's language: the core's key and parameters when it named them,
 * the validation rule or kind for input errors, the English text only as the last fallback.
 */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError && !err.key && err.code === 'INVALID_INPUT' && err.details) return validationMessage(err);
  return describeError(err).message;
}

/** The global error toast. INVALID_INPUT errors with a field should be shown on the field instead (see fieldError). */
export function notifyError(err: unknown): void {
  const { title, message } = describeError(err);
  console.error(err);
  notifications.show({ color: 'red', title, message, autoClose: 8000 });
}

/**
 * The message of a validation error in the user's language: the contract's own rules by their key,
 * zod's kinds of problem (required, too short/long, too small/big, wrong format) by kind; anything else
 * falls back to the core's English text without the field prefix.
 */
export function validationMessage(err: ApiError): string {
  const fallback = err.field && err.message.startsWith(`${err.field}: `) ? err.message.slice(err.field.length + 2) : err.message;
  return detailsMessage((err.details ?? {}) as Record<string, string | number | boolean | null>, fallback);
}

/** A zod issue of the contract's schema (checked in the renderer before sending) said like the core's error. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  return detailsMessage(validationDetails(issue), issue.message);
}

function detailsMessage(d: Record<string, string | number | boolean | null>, fallback: string): string {
  const t = getI18n().t;
  const key = typeof d.key === 'string' ? d.key : null;
  if (key) return t(`errors.validation.rules.${key}`, { defaultValue: fallback });
  const isText = d.origin === 'string';
  // A limit is a number the user reads: in their format („Höchstens 100.000.“), like every other figure.
  const limit = (n: unknown) => (typeof n === 'number' ? formatNumber(n, getI18n().language === 'de' ? 'de' : 'en', 20) : n);
  switch (d.issue) {
    case 'too_small':
      if (isText && d.minimum === 1) return t('errors.validation.required');
      return t(isText ? 'errors.validation.tooShort' : 'errors.validation.tooSmall', { min: limit(d.minimum) });
    case 'too_big':
      return t(isText ? 'errors.validation.tooLong' : 'errors.validation.tooBig', { max: limit(d.maximum) });
    case 'invalid_format':
      return t(d.format === 'email' ? 'errors.validation.email' : d.format === 'url' ? 'errors.validation.url' : 'errors.validation.format');
    case 'invalid_type':
    case 'invalid_value':
      return t('errors.validation.invalid');
    default:
      return fallback;
  }
}

/**
 * If `err` is an INVALID_INPUT error about a field, returns that field path and message;
 * forms put it on the matching input. `known` lists the fields the form can show.
 */
export function fieldError(err: unknown, known?: readonly string[]): { field: string; message: string } | null {
  if (!(err instanceof ApiError) || err.code !== 'INVALID_INPUT' || !err.field) return null;
  if (known && !known.includes(err.field)) return null;
  return { field: err.field, message: errorMessage(err) };
}

/**
 * Standard handling for a form submit failure: put a field error on the form when it has the field,
 * otherwise show the global notification. Returns the field errors to set.
 */
export function handleFormError(err: unknown, known: readonly string[]): Record<string, string> {
  const fe = fieldError(err, known);
  if (fe) return { [fe.field]: fe.message };
  notifyError(err);
  return {};
}
