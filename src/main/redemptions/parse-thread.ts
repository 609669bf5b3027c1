/**
 * Reading a large shop export in a thread of its own (parse-source.ts), pipelined with the import that writes
 * it: while the import thread writes the orders of one MiB of the file, this one parses the next. Batches are
 * handed over as structured clones (orders with a code as columns, order-columns.ts, and rejected rows); the
 * reader stays at most IN_FLIGHT batches ahead of the writer, so memory stays flat whatever the file's size. The
 * reading thread never touches the database: if it fails, the import fails as it would have in one thread.
 */
import { parentPort, Worker } from 'node:worker_threads';
import { DomainError } from '../../shared/envelope';
import { parseShopFile, type ParseBatch, type ParseEnd, type ParseInput } from './parse-source';
import { packOrders, unpackOrders, type OrderColumns } from './order-columns';

/** The request a job worker's entry (jobs/worker.ts) hands to `serveParse`. */
export interface ParseRequest {
  kind: 'redemptions.parse';
  params: ParseInput;
}

/**
 * Batches (about a MiB of the file each) the reader may be ahead of the writer. The writer takes them in bursts:
 * while it writes a chunk (up to ~100 ms, several batches' orders) the reader must keep parsing, else the two
 * take turns instead of working at once. With 2 the reader stalled after two batches and a 1,000,000-row import
 * read for 7.7 s of which the writer waited 3.0 s for it; with 16, 6.1 s and 0.3 s (bench/redemptions.ts phases).
 * 16 batches of orders with a code stay under ~10 MiB.
 */
const IN_FLIGHT = 16;
/**
 * Batches the reader may be ahead before the writer took the first one: an import writes only once the backup before
 * it is done (jobs/gate.ts), and the file is read meanwhile — with 16 the reading stopped after ~0.25 s, while the
 * backup of a larger workspace takes longer (0.4–0.6 s after one 1,000,000-row import). 32 batches (about 32 MiB of
 * the file) of orders with a code stay under ~20 MiB.
 */
const IN_FLIGHT_BEFORE_WRITING = 32;

type ErrorData = { message: string; stack?: string; domain?: Pick<DomainError, 'code' | 'field' | 'details' | 'key' | 'params'> };
/** A batch on its way to the writer: its orders as columns (order-columns.ts), unpacked by the writer's side. */
type PostedBatch = Omit<ParseBatch, 'orders'> & { orders: OrderColumns };
type ToWriter = { type: 'batch'; batch: PostedBatch } | { type: 'end'; end: ParseEnd } | { type: 'error'; error: ErrorData };

function errorData(err: unknown): ErrorData {
  const e = err instanceof Error ? err : new Error(String(err));
  if (err instanceof DomainError) return { message: e.message, domain: { code: err.code, field: err.field, details: err.details, key: err.key, params: err.params } };
  return { message: e.message, stack: e.stack };
}

function revive(d: ErrorData): Error {
  if (d.domain) return new DomainError(d.domain.code, d.message, { field: d.domain.field, details: d.domain.details, key: d.domain.key ?? 'jobs.failed', params: d.domain.params });
  const e = new Error(d.message);
  if (d.stack) e.stack = d.stack;
  return e;
}

/** Reading thread: parses the file, posting each batch and waiting while IN_FLIGHT of them are not yet written. */
export async function serveParse(input: ParseInput): Promise<void> {
  const port = parentPort!;
  let inFlight = 0;
  let limit = IN_FLIGHT_BEFORE_WRITING;
  let wake: (() => void) | null = null;
  port.on('message', (m: { type: 'ack' }) => {
    if (m.type !== 'ack') return;
    limit = IN_FLIGHT;
    inFlight--;
    wake?.();
    wake = null;
  });
  const post = (m: ToWriter) => port.postMessage(m);
  try {
    const end = await parseShopFile(input, async (batch) => {
      post({ type: 'batch', batch: { ...batch, orders: packOrders(batch.orders) } });
      inFlight++;
      while (inFlight >= limit) await new Promise<void>((r) => (wake = r));
    });
    post({ type: 'end', end });
  } catch (err) {
    post({ type: 'error', error: errorData(err) });
  }
  // The import thread ends this one once it has handled the last message.
}

/**
 * Import thread: starts the reading thread (`workerFile`, the job worker's own entry) and hands its batches to
 * `onBatch` one after the other, in file order; resolves with the file's figures once the last batch is handled.
 */
export function parseInThread(workerFile: string, input: ParseInput, onBatch: (b: ParseBatch) => void | Promise<void>): Promise<ParseEnd> {
  return new Promise<ParseEnd>((resolve, reject) => {
    const request: ParseRequest = { kind: 'redemptions.parse', params: input };
    const worker = new Worker(workerFile, { workerData: request });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      fn();
    };
    const fail = (err: unknown) => settle(() => reject(err instanceof Error ? err : new Error(String(err))));
    let chain = Promise.resolve();
    let ended = false;
    worker.on('message', (m: ToWriter) => {
      if (m.type === 'batch') {
        chain = chain
          .then(async () => {
            if (settled) return;
            await onBatch({ ...m.batch, orders: unpackOrders(m.batch.orders) });
            worker.postMessage({ type: 'ack' });
          })
          .catch(fail);
      } else if (m.type === 'end') {
        ended = true;
        chain = chain.then(() => settle(() => resolve(m.end))).catch(fail);
      }
      else fail(revive(m.error));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!ended) fail(new Error(`The thread reading the file ended early (code ${code}).`));
    });
  });
}
