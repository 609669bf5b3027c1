/**
 * The physical removal of an undone shop import's orders. Undo (batches.ts undoBatch) marks the batch 'undone' in
 * one short transaction — from then on no reader sees its rows (db/sql.ts PUBLISHED_REDEMPTION) and the KPI
 * roll-up has them subtracted — and the rows are deleted afterwards in chunks of PURGE_CHUNK, each its own short
 * write transaction, with the event loop free between chunks: the user's writes get the lock in between (a
 * 100,000-order DELETE in one transaction held it ~1 s with the table's four indexes).
 * If the app stops half-way, start-up finishes the job (imports/recovery.ts), and an import purges first, since a
 * left-over row would take the place of the same order in the new file (the key shop × order × code is unique).
 */
import type { Db } from '../db/connection';
import { write } from '../db/write';
import { deleteUndoneRows, undoneRowsLeft } from './queries';

export { undoneRowsLeft };

const PURGE_CHUNK = 2_000;

/** Deletes one chunk of rows of undone batches in its own transaction; the number deleted. */
function purgeChunk(db: Db, chunk: number): number {
  return write(db, () => deleteUndoneRows(db, chunk));
}

/** Deletes every row of undone batches now, chunk by chunk (start-up, before an import). Returns the rows deleted. */
export function purgeUndoneBatches(db: Db, chunk = PURGE_CHUNK): number {
  let removed = 0;
  for (;;) {
    const n = purgeChunk(db, chunk);
    removed += n;
    if (n < chunk) return removed;
  }
}

/** The background delete running on a connection, settled with the rows it deleted. */
const running = new WeakMap<object, Promise<number>>();

/** Resolves when the background delete on this connection (if any) has finished; the rows it deleted. */
export function whenPurged(db: Db): Promise<number> {
  return running.get(db.$client) ?? Promise.resolve(0);
}

/**
 * Deletes the rows of undone batches in the background: one chunk per turn of the event loop, so the calls waiting
 * in between (the user's writes among them) run between two chunks. Once per connection at a time; stops when the
 * connection closes (start-up finishes the job). `startAfterMs` lets the calls that follow the undo (the screens
 * reading the figures again) run before the first chunk.
 */
export function schedulePurge(db: Db, chunk = PURGE_CHUNK, startAfterMs = 0): Promise<number> {
  const client = db.$client;
  const already = running.get(client);
  if (already) return already;
  const done = new Promise<number>((resolve) => {
    let removed = 0;
    const finish = () => {
      running.delete(client);
      resolve(removed);
    };
    const step = () => {
      if (!client.open) return finish();
      let n: number;
      try {
        n = purgeChunk(db, chunk);
      } catch {
        // the lock is busy (a job writing) or the connection closing: try again in a second (start-up and the next
        // import purge too, so nothing depends on this)
        setTimeout(step, 1_000).unref();
        return;
      }
      removed += n;
      if (n < chunk) finish();
      else setImmediate(step);
    };
    if (startAfterMs > 0) setTimeout(step, startAfterMs);
    else setImmediate(step);
  });
  running.set(client, done);
  return done;
}
