import type { Db } from './connection';

/**
 * Hand-over of the write lock between the main thread and a job worker that writes in chunks (jobs/runner.ts
 * passes this SharedArrayBuffer to its workers): [0] counts the main thread's writes waiting for the lock, [1] is
 * 1 while a job's chunk holds it. A waiting write sleeps until the chunk's commit wakes it (Atomics), instead of
 * in SQLite's busy handler, whose steps grow to 100 ms; the job lets a waiting write go before its next chunk.
 */
let shared: Int32Array | null = null;
const WAITING = 0;
const JOB_HOLDS = 1;

/** The hand-over counters, created on first use (main thread; passed to job workers). */
export function writeIntentCounter(): Int32Array {
  shared ??= new Int32Array(new SharedArrayBuffer(8));
  return shared;
}

/** Main thread, when a job worker has ended (killed mid-chunk too): the lock is no longer the job's. */
export function releaseJobHold(): void {
  if (!shared) return;
  Atomics.store(shared, JOB_HOLDS, 0);
  Atomics.notify(shared, JOB_HOLDS);
}

/** In a job worker: the main thread's counters (from the worker's request). */
export function useWriteIntentCounter(counter: Int32Array | undefined): void {
  yieldTo = counter ?? null;
}
let yieldTo: Int32Array | null = null;

/** In a job worker: whether a write of the main thread is waiting for the lock now (false outside a job worker). */
export function writesWaiting(): boolean {
  return yieldTo !== null && Atomics.load(yieldTo, WAITING) > 0;
}

/**
 * In a job worker: one chunk's write. While a write of the main thread waits for the lock, waits first (up to
 * `maxMs`) until that write has it; then marks the lock as the job's while `fn` runs and wakes waiting writes
 * when it commits.
 */
export function jobChunk<T>(db: Db, fn: () => T, maxMs = 250): T {
  const w = yieldTo;
  if (!w) return write(db, fn);
  const start = Date.now();
  for (let n = Atomics.load(w, WAITING); n > 0 && Date.now() - start < maxMs; n = Atomics.load(w, WAITING)) Atomics.wait(w, WAITING, n, 5);
  Atomics.store(w, JOB_HOLDS, 1);
  try {
    return write(db, fn);
  } finally {
    Atomics.store(w, JOB_HOLDS, 0);
    Atomics.notify(w, JOB_HOLDS);
  }
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
  const w = shared;
  if (!w) return client.transaction(fn).immediate();
  // Counted while waiting for the lock only: once BEGIN IMMEDIATE has it, a job's next chunk queues behind it.
  let counted = true;
  const done = () => {
    if (counted) Atomics.sub(w, WAITING, 1);
    counted = false;
  };
  Atomics.add(w, WAITING, 1);
  // A job's chunk holds the lock: sleep until its commit wakes us (bounded; SQLite's busy timeout still applies).
  if (Atomics.load(w, JOB_HOLDS) === 1) Atomics.wait(w, JOB_HOLDS, 1, 1000);
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

/**
 * Reads that must see one consistent state (a job preparing work outside the write lock): a deferred transaction
 * that only reads takes no write lock, so nobody waits for it. Inside a transaction it simply runs.
 */
export function readSnapshot<T>(db: Db, fn: () => T): T {
  const client = db.$client;
  return client.inTransaction ? fn() : client.transaction(fn).deferred();
}
