import { parentPort, workerData } from 'node:worker_threads';
import { openWorkerConnection } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { tasks } from './tasks';
import type { WorkerMessage, WorkerRequest } from './protocol';

/** Entry of a job worker: one task, on its own connection, progress throttled to ~20 messages a second. */
async function run(): Promise<void> {
  const req = workerData as WorkerRequest;
  const post = (m: WorkerMessage) => parentPort!.postMessage(m);
  const db = openWorkerConnection(req.dbFile, req.nativeBinding);
  let last = 0;
  try {
    const task = tasks[req.kind];
    if (!task) throw new DomainError('UNSUPPORTED', `Unknown job kind: ${req.kind}`, { key: 'app.unknownJob', params: { kind: req.kind } });
    const out = await task(db, req.params, { dataDir: req.dataDir }, (done, total, phase) => {
      const now = Date.now();
      if (now - last >= 50 || done === total) {
        last = now;
        post({ type: 'progress', done, total, phase });
      }
    });
    post({ type: 'done', result: out.result, changed: out.changed });
  } catch (err) {
    const e = err as Error;
    const named = err instanceof DomainError && err.key ? { key: err.key, params: err.params } : { key: 'jobs.failed' };
    post({ type: 'failed', message: err instanceof DomainError ? e.message : 'The background task failed. Nothing was changed.', stack: e?.stack, ...named });
  } finally {
    db.$client.close();
  }
}

void run();
