import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../../shared/envelope';
import type { QuietReply, QuietRequest, WorkerMessage, WorkerRequest } from './protocol';
import type { ParseRequest } from '../redemptions/parse-thread';
import type { SpareRequest, SpareRun } from './spare';

const post = (m: WorkerMessage | QuietReply) => parentPort!.postMessage(m);

function failure(err: unknown): Extract<WorkerMessage, { type: 'failed' }> {
  const e = err as Error;
  const named = err instanceof DomainError && err.key ? { key: err.key, params: err.params } : { key: 'jobs.failed' };
  const domain = err instanceof DomainError ? { domain: { code: err.code, ...(err.field ? { field: err.field } : {}), ...(err.details ? { details: err.details } : {}) } } : {};
  const code = typeof err === 'object' && err !== null && 'code' in err && typeof (err as { code: unknown }).code === 'string' ? { errorCode: (err as { code: string }).code } : {};
  return { type: 'failed', message: err instanceof DomainError ? e.message : 'The background task failed. Nothing was changed.', stack: e?.stack, ...named, ...domain, ...code };
}

/** Entry of a job worker: one task, on its own connection, progress throttled to ~20 messages a second. */
async function runJob(req: WorkerRequest): Promise<void> {
  // Loaded here, not at the top: the reading thread of an import starts from this entry too and needs no database.
  const [{ openWorkerConnection }, { useWriteIntentCounter }] = await Promise.all([import('../db/connection'), import('../db/write')]);
  const db = openWorkerConnection(req.dbFile, req.nativeBinding);
  useWriteIntentCounter(req.writeIntent);
  let last = 0;
  try {
    const { tasks } = await import('./tasks');
    const task = req.kind === 'quiet' ? undefined : tasks[req.kind];
    if (!task) throw new DomainError('UNSUPPORTED', `Unknown job kind: ${req.kind}`, { key: 'app.unknownJob', params: { kind: req.kind } });
    const out = await task(db, req.params, { dataDir: req.dataDir, dbFile: req.dbFile, nativeBinding: req.nativeBinding, workerFile: req.workerFile, gate: req.gate, requestCheckpoint: () => post({ type: 'checkpoint' }) }, (done, total, phase) => {
      const now = Date.now();
      if (now - last >= 50 || done === total) {
        last = now;
        post({ type: 'progress', done, total, phase });
      }
    });
    post({ type: 'done', result: out.result, changed: out.changed });
  } catch (err) {
    post(failure(err));
  } finally {
    db.$client.close();
  }
}

/** Entry of a warm worker (pool.ts): quiet tasks one after the other, each on a connection of its own. */
function serveQuiet(req: WorkerRequest): void {
  // loaded now rather than with the first task (a prewarmed worker waits for it: pool.ts)
  void import('./quiet-tasks');
  parentPort!.on('message', (msg: QuietRequest) => {
    void (async () => {
      try {
        const [{ quietTasks }, { useWriteIntentCounter }] = await Promise.all([import('./quiet-tasks'), import('../db/write')]);
        useWriteIntentCounter(req.writeIntent); // chunked writes let the main thread's waiting writes go first
        const task = quietTasks[msg.kind as keyof typeof quietTasks];
        if (!task) throw new DomainError('UNSUPPORTED', `Unknown task: ${msg.kind}`, { key: 'app.unknownJob', params: { kind: msg.kind } });
        const result = await task(msg.params, { dataDir: req.dataDir, dbFile: req.dbFile, nativeBinding: req.nativeBinding });
        post({ id: msg.id, message: { type: 'done', result, changed: [] } });
      } catch (err) {
        post({ id: msg.id, message: failure(err) });
      }
    })();
  });
}

/** A spare (jobs/spare.ts): the modules a job needs loaded now, the job's request when one takes it. */
function waitAsSpare(spare: SpareRequest): void {
  const loaded = Promise.all([import('../db/connection'), import('../db/write'), import('./tasks').then((m) => m.taskModules[spare.next]?.())]);
  parentPort!.once('message', (msg: SpareRun) => void loaded.then(() => runJob(msg.request), () => runJob(msg.request)));
}

const req = workerData as WorkerRequest | ParseRequest | SpareRequest;
if (req.kind === 'spare') waitAsSpare(req);
else if (req.kind === 'quiet') serveQuiet(req);
// The reading thread of a large shop import (started by the import's own job worker), no database connection.
else if (req.kind === 'redemptions.parse') void import('../redemptions/parse-thread').then((m) => m.serveParse(req.params));
else void runJob(req);
