/**
 * A job worker started ahead of the job it will run. Starting a thread and loading the tasks' modules takes
 * ~0.2–0.3 s before a job does its first piece of work (measured on the shop import of 1,000,000 rows: 0.22 s
 * from the worker's entry to the import's start, of a 4.7 s import). The shop import's dry run asks for one
 * (runner.ts prewarm), so the import that usually follows it starts at once.
 *
 * The spare loads the modules and waits for its request (jobs/worker.ts, `kind: 'spare'`); taken by a job, it
 * gets the request as a message and runs it as a freshly started worker would — its own connection, opened then.
 * One spare at most; it ends unused after SPARE_MS, and never keeps the process alive.
 */
import { Worker } from 'node:worker_threads';
import type { WorkerRequest } from './protocol';
import type { JobKind } from '../../shared/events';

/** How long a spare waits for its job before it ends. */
const SPARE_MS = 10 * 60_000;

/** What a spare is started with, and what it is sent when a job takes it. */
export type SpareRequest = { kind: 'spare'; next: JobKind };
export type SpareRun = { type: 'run'; request: WorkerRequest };

export class SpareWorker {
  private worker: Worker | null = null;
  private file = '';
  private timer: NodeJS.Timeout | null = null;

  /** Starts a spare from entry `file` with the modules of job `next` loaded, unless one is waiting. */
  prepare(file: string, execArgv: string[], next: JobKind): void {
    if (this.worker && this.file === file) return;
    void this.stop();
    const request: SpareRequest = { kind: 'spare', next };
    const worker = new Worker(file, { workerData: request, execArgv });
    worker.unref();
    // A spare that fails to start or ends is simply not used: the job starts a worker of its own.
    const drop = () => {
      if (this.worker === worker) this.clear();
    };
    worker.on('error', drop);
    worker.on('exit', drop);
    this.worker = worker;
    this.file = file;
    this.timer = setTimeout(() => void this.stop(), SPARE_MS);
    this.timer.unref();
  }

  /** The waiting spare, now running `request` (the caller listens to it as to a new worker); null if none. */
  take(file: string, request: WorkerRequest): Worker | null {
    const worker = this.worker;
    if (!worker || this.file !== file) return null;
    this.clear();
    worker.removeAllListeners();
    worker.ref();
    const run: SpareRun = { type: 'run', request };
    worker.postMessage(run);
    return worker;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.clear();
    if (worker) await worker.terminate();
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.worker = null;
  }
}
