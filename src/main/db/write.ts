import type { Db } from './connection';

/**
 * The one write path of the core. Every write — a handler declared as a mutation in the contract, a service
 * that writes several rows, a job's chunk — runs through `write()`:
 *
 * - `BEGIN IMMEDIATE`: the write lock is taken when the transaction starts, so a writer never fails half-way
 *   when it tries to upgrade a read lock (SQLITE_BUSY without waiting) — it waits for the lock up to the
 *   connection's busy timeout instead (after Signal Desktop's "one writer, writes wait" rule).
 * - Nested calls join the outer transaction as a savepoint, so a service can be called on its own or from a
 *   larger write and is all-or-nothing either way.
 * - Long jobs call it once per chunk (see jobs/) so that the user's own writes get the lock between chunks.
 */
export function write<T>(db: Db, fn: () => T): T {
  const client = db.$client;
  const tx = client.transaction(fn);
  return client.inTransaction ? tx() : tx.immediate();
}
