import type { z } from 'zod';

/** One API operation: its input schema and (type-level only) its result type. */
export interface MethodDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Phantom field carrying the result type; never set at run time. */
  readonly _result?: O;
  /** Human summary, listed by `GET /rpc`. */
  summary: string;
}

/** `method<Result>()(schema, summary)` declares an operation once; main, preload and renderer share it. */
export function method<O>() {
  return <I extends z.ZodType>(input: I, summary: string): MethodDef<I, O> => ({ input, summary });
}

export type ContractShape = Record<string, MethodDef>;
