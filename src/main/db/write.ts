import type { Db } from './connection';

/**
 * Writes waiting in this thread, shared with the job workers (SharedArrayBuffer, see jobs/runner.ts): a long job
 * that writes in chunks checks it between chunks (`yieldToWaitingWrites`) and lets a waiting write go first.
 * Without it, SQLite's busy handler sleeps in growing steps (…, 25, 50, 100 ms) while the job takes the lock
 * again right after each chunk, so a user's write could miss several free moments in a row.
 */
let waiting: Int32Array | null = null;

/** The counter of this thread's waiting writes, created on first use (main thread; passed to job workers). */
export function writeIntentCounter(): Int32Array {
  waiting ??= new Int32Array(new SharedArrayBuffer(4));
  return waiting;
}

/** In a job worker: the main thread's counter (from the worker's request). */
export function useWriteIntentCounter(counter: Int32Array | undefined): void {
  yieldTo = counter ?? null;
}
let yieldTo: Int32Array | null = null;

/**
 * In a job worker, between two write chunks: while a write of the main thread waits for the lock, wait (up to
 * `maxMs`) until it has the lock (the job's next BEGIN IMMEDIATE then queues behind it). Returns the ms waited.
 */
export function yieldToWaitingWrites(maxMs = 250): number {
  const w = yieldTo;
  if (!w || Atomics.load(w, 0) === 0) return 0;
  const start = Date.now();
  for (let n = Atomics.load(w, 0); n > 0 && Date.now() - start < maxMs; n = Atomics.load(w, 0)) Atomics.wait(w, 0, n, 5);
  return Date.now() - start;
}

/**
 * The one write path of the core. Every write — a handler declared as a mutation in the contract, a service
 * that writes several rows, a job's chunk — runs through `write()`:
 *
 * - `BEGIN IMMEDIATE`: the write lock is taken when the transaction starts, so a writer never fails half-way
 *   when it tries to upgrade a read lock (SQLITE_BUSY without waiting) — it waits for the lock up to the
 *   connection's busy timeout instead (after Signal Desktop's "one writer, writes wait" rule).
 * - Nested calls join the outer transaction as a savepoint, so a service can be called on its own or from a
 *   larger write and is all-or-nothing either way.
 * - Long jobs call it once per chunk (see jobs/) so that the user's own writes get the lock between chunks; while
 *   an outermost write waits for the lock it says so in the counter above.
 */
export function write<T>(db: Db, fn: () => T): T {
  const client = db.$client;
  if (client.inTransaction) return client.transaction(fn)();
  const w = waiting;
  if (!w) return client.transaction(fn).immediate();
  // Counted while waiting for the lock only: once BEGIN IMMEDIATE has it, a job may queue behind this write.
  let counted = true;
  const done = () => {
    if (counted) Atomics.sub(w, 0, 1);
    counted = false;
  };
  Atomics.add(w, 0, 1);
  try {
    return client
      .transaction(() => {
        done();
        return fn();
      })
      .immediate();
  } finally {
    done();
  }
}
