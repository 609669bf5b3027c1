import { ZodError } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract';
import { DomainError, validationDetails, type Envelope, type ApiErrorBody } from '../../shared/envelope';
import type { Handlers } from './handlers';
import type { Core } from '../core/context';
import { runMethod } from './mutation';
import { classifyStorageError, STORAGE_MESSAGES } from '../db/storage-errors';

/** The longest text of the caller's input an error message may repeat. */
const ECHO_MAX = 200;

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** Turns a zod failure into one error naming the first offending field. */
export function zodToError(err: ZodError): ApiErrorBody {
  const issue = err.issues[0];
  const field = issue && issue.path.length ? issue.path.map(String).join('.') : undefined;
  const text = issue ? issue.message.slice(0, ECHO_MAX) : 'invalid input';
  const message = field ? `${field}: ${text}` : text;
  return { code: 'INVALID_INPUT', message, ...(field ? { field } : {}), ...(issue ? { details: validationDetails(issue) } : {}) };
}

/**
 * The one entry point for every call, whatever the transport: checks the method exists,
 * parses the input with its schema (before any write), runs the handler, wraps the result.
 */
export function createDispatcher(core: Core, handlers: Handlers): Dispatch {
  return async (method, rawInput) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${String(method).slice(0, 100)}` } };
    }
    const def = contract[method];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: zodToError(parsed.error) };
    try {
      const handler = handlers[method as MethodName] as (input: unknown, core: Core) => unknown;
      const value = await runMethod(core, def, handler, parsed.data);
      return { ok: true, value: value === undefined ? null : value };
    } catch (err) {
      if (err instanceof DomainError) {
        return {
          ok: false,
          error: {
            code: err.code,
            message: err.message,
            ...(err.field ? { field: err.field } : {}),
            ...(err.details ? { details: err.details } : {}),
            ...(err.key ? { key: err.key } : {}),
            ...(err.params ? { params: err.params } : {}),
          },
        };
      }
      if (err instanceof ZodError) return { ok: false, error: zodToError(err) };
      const storage = classifyStorageError(err);
      if (storage) {
        core.log.error(`Storage error in ${method}`, err);
        return { ok: false, error: { code: storage, message: STORAGE_MESSAGES[storage], key: `storage.${storage}` } };
      }
      core.log.error(`Unexpected error in ${method}`, err);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong. The details were written to the log.' } };
    }
  };
}

/** What `GET /rpc` lists. */
export function describeMethods(): { method: string; summary: string }[] {
  return Object.entries(contract).map(([name, def]) => ({ method: name, summary: def.summary }));
}
