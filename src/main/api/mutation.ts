import type { MethodDef } from '../../shared/contract';
import type { Core } from '../core/context';
import { write } from '../db/write';

type AnyHandler = (input: unknown, core: Core) => unknown;

const awaitingWrites = new WeakSet<object>();

/**
 * Marks a write handler that has to await (files, PDFs, spreadsheets): it cannot run inside one SQLite
 * transaction, so its service takes the write path itself (`write()` around its database part). The scopes
 * its contract method declares are still announced by the dispatcher once it finished.
 */
export function awaitingWrite<I, O>(fn: (input: I, core: Core) => Promise<O>): (input: I, core: Core) => Promise<O> {
  awaitingWrites.add(fn);
  return fn;
}

/**
 * The one mutation wrapper: a method that declares `changes` in the contract runs through the write path
 * (one immediate transaction around the whole handler) and, once committed, announces its scopes on the
 * event bus. Reads run as they are.
 */
export async function runMethod(core: Core, def: MethodDef, handler: AnyHandler, input: unknown): Promise<unknown> {
  if (!def.changes) return handler(input, core);
  const value = awaitingWrites.has(handler) ? await handler(input, core) : write(core.db, () => handler(input, core));
  if (def.changes.length) core.events.emit({ type: 'data.changed', scopes: [...def.changes] });
  return value;
}
