/**
 * WAL checkpoints away from the user's wait. SQLite copies the WAL into the database file inside the commit that
 * finds the WAL over `wal_autocheckpoint` pages (1,000), on the committing connection: after a large import the
 * next commit on the main thread paid for copying it — measured on the undo of a 100,000-order import: 13,000
 * frames, ~70 MB written and synced inside the undo's commit.
 *
 * `holdCheckpoints` switches the connection's automatic checkpoint off for a piece of work (the undo's commit and
 * its background delete, imports/batches.ts); when the last hold is released, one PASSIVE checkpoint runs off the
 * main thread (a quiet worker with its own connection, registered by the core) and the automatic checkpoint is
 * switched back on. A checkpoint never takes the write lock, so the user's writes go on meanwhile.
 */
import type { Db } from './connection';

type Client = Db['$client'];

/** Per connection: how to run a checkpoint elsewhere (core: a quiet worker task). */
const elsewhere = new WeakMap<Client, () => Promise<unknown>>();
/** Per connection: open holds, and the autocheckpoint setting to restore. */
const holds = new WeakMap<Client, { n: number; pages: number }>();

/** The core registers how a checkpoint runs off this connection's thread. */
export function checkpointElsewhere(db: Db, run: () => Promise<unknown>): void {
  elsewhere.set(db.$client, run);
}

/** A PASSIVE checkpoint: in the registered worker, else on this connection once the event loop is free. */
function checkpointLater(client: Client): Promise<unknown> {
  const run = elsewhere.get(client);
  if (run) return run().catch(() => undefined);
  return new Promise((resolve) =>
    setTimeout(() => {
      try {
        if (client.open) client.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        // busy or closing: the next automatic checkpoint does it
      }
      resolve(undefined);
    }, 0),
  );
}

/**
 * No automatic checkpoint on this connection until the returned release is called (once); then one checkpoint off
 * the thread, after which the automatic checkpoint is on again (unless another hold began meanwhile).
 */
export function holdCheckpoints(db: Db): () => void {
  const client = db.$client;
  const h = holds.get(client) ?? { n: 0, pages: 0 };
  if (h.n === 0) {
    h.pages = Number(client.pragma('wal_autocheckpoint', { simple: true }));
    client.pragma('wal_autocheckpoint = 0');
    holds.set(client, h);
  }
  h.n++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--h.n > 0) return;
    void checkpointLater(client).then(() => {
      if (h.n === 0 && client.open) client.pragma(`wal_autocheckpoint = ${h.pages}`);
    });
  };
}

/**
 * A TRUNCATE checkpoint, which copies the whole WAL into the database file and empties the -wal file (the erasure:
 * no old page image of a person may stay behind). While another connection runs a checkpoint (the quiet worker's,
 * after an import) SQLite answers busy at once, without its busy handler: so it is tried again, waiting a little
 * longer each time, until the WAL is empty or `timeoutMs` passed. Resolves with whether the WAL was emptied.
 */
export async function truncateWal(db: Db, timeoutMs = 10_000): Promise<boolean> {
  const client = db.$client;
  const until = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    // the first column of wal_checkpoint's row: 1 when it could not finish
    if (Number(client.pragma('wal_checkpoint(TRUNCATE)', { simple: true })) === 0) return true;
    if (Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
