import type { z } from 'zod';
import type { ChangeScope } from '../events';

/** One API operation: its input schema and (type-level only) its result type. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Phantom field carrying the result type; never set at run time. */
  readonly _result?: O;
  /** Human summary, listed by `GET /rpc`. */
  summary: string;
  /**
   * Set on every write: the data it changes. The dispatcher runs such a method through the one write path
   * (an immediate transaction, src/main/db/write.ts) and announces these scopes after it committed, so no
   * write can forget to say what changed. Reads leave it out.
   */
  changes?: readonly ChangeScope[];
}

/**
 * `method<Result>()(schema, summary)` declares a read once; `method<Result>()(schema, summary, { changes })` a
 * write. Main, preload and renderer share the declaration.
 */
export function method<O>() {
  return <I extends z.ZodType>(input: I, summary: string, opts: { changes?: readonly ChangeScope[] } = {}): MethodDef<I, O> => ({
    input,
    summary,
    ...(opts.changes ? { changes: opts.changes } : {}),
  });
}

export type ContractShape = Record<string, MethodDef>;
