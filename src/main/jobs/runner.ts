import { Worker } from 'node:worker_threads';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventBus } from '../core/events';
import type { Logger } from '../core/log';
import type { JobKind } from '../../shared/events';
import type { JobInfo } from '../../shared/contract';
import type { WorkerRequest, WorkerMessage } from './protocol';
import { QuietPool, type QuietKind } from './pool';
import { SpareWorker } from './spare';
import { releaseJobHold, writeIntentCounter } from '../db/write';

export interface JobRunnerOptions {
  dbFile: string;
  /** The workspace folder (uploads, attachments), passed on to tasks. */
  dataDir: string;
  nativeBinding?: string;
  /** Built worker bundle; defaults to the TypeScript source run through tsx (tests, dev). */
  workerFile?: string;
  events: EventBus;
  log: Logger;
}

type JobResult = Record<string, unknown>;

export interface FinishedJob {
  info: JobInfo;
  ok: boolean;
  result: JobResult | null;
  message: string | null;
  /** A failed task's message as key + params, when the task named it (DomainError with a key). */
  error?: { key: string; params?: Record<string, string | number> };
}

interface Running {
  info: JobInfo;
  worker: Worker;
  promise: Promise<JobResult>;
}

/**
 * Runs long work in a worker thread with its own database connection (WAL lets the UI's
 * connection keep reading), relaying progress as events. The process answering the UI never blocks.
 */
export class JobRunner {
  private running = new Map<string, Running>();
  /** The last finished jobs, so a renderer that missed the event can still read the result. */
  private finished = new Map<string, FinishedJob>();
  /** Quiet work in warm workers (backups, checks, parsing): not listed, no events, the caller awaits the result. */
  private readonly pool: QuietPool;
  /** A worker started ahead of the next job (prewarm). */
  private readonly spare = new SpareWorker();
  private stopped = false;
  constructor(private readonly opts: JobRunnerOptions) {
    // Quiet tasks that write in chunks (the spreadsheet import) hand the write lock over like jobs do (db/write.ts).
    this.pool = new QuietPool(() => this.workerSpec(), { dbFile: opts.dbFile, dataDir: opts.dataDir, nativeBinding: opts.nativeBinding, writeIntent: writeIntentCounter() }, opts.log);
  }

  private workerSpec(): { file: string; execArgv: string[] } {
    if (this.opts.workerFile) return { file: this.opts.workerFile, execArgv: [] };
    const here = fileURLToPath(import.meta.url);
    if (here.endsWith('.ts')) return { file: path.join(path.dirname(here), 'worker-from-source.mjs'), execArgv: [] };
    return { file: path.join(path.dirname(here), 'worker.js'), execArgv: [] };
  }

  /**
   * Starts a worker for the next job now, if none is waiting (jobs/spare.ts): for a job the user is about to
   * start (the shop import after its dry run).
   */
  prewarm(next: JobKind): void {
    if (this.stopped) return;
    const { file, execArgv } = this.workerSpec();
    this.spare.prepare(file, execArgv, next);
  }

  /** Starts a warm worker for quiet tasks now (pool.ts prewarm): for one about to be asked for. */
  prewarmQuiet(): void {
    this.pool.prewarm();
  }

  start(kind: JobKind, params: Record<string, unknown> = {}, extra: Partial<WorkerRequest> = {}): string {
    const jobId = randomUUID();
    const { file, execArgv } = this.workerSpec();
    const request: WorkerRequest = { kind, params, dbFile: this.opts.dbFile, nativeBinding: this.opts.nativeBinding, dataDir: this.opts.dataDir, writeIntent: writeIntentCounter(), workerFile: file, ...extra };
    const worker = this.spare.take(file, request) ?? new Worker(file, { workerData: request, execArgv });
    const info: JobInfo = { jobId, kind, startedAt: new Date().toISOString(), done: 0, total: 0, phase: 'starting' };
    const { events, log } = this.opts;
    const promise = new Promise<JobResult>((resolve, reject) => {
      let settled = false;
      const finish = (ok: boolean, result?: JobResult, message?: string, error?: FinishedJob['error']) => {
        if (settled) return;
        settled = true;
        this.running.delete(jobId);
        this.finished.set(jobId, { info: { ...info }, ok, result: result ?? null, message: message ?? null, ...(error ? { error } : {}) });
        while (this.finished.size > 50) this.finished.delete(this.finished.keys().next().value!);
        const named = ok ? {} : { errorKey: error?.key ?? 'jobs.failed', ...(error?.params ? { errorParams: error.params } : {}) };
        events.emit({ type: 'job.finished', jobId, kind, ok, ...(result ? { result } : {}), ...(message ? { message } : {}), ...named });
        if (ok) resolve(result ?? {});
        else reject(new Error(message ?? 'job failed'));
      };
      worker.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'checkpoint') this.checkpointAside();
        else if (msg.type === 'progress') {
          Object.assign(info, { done: msg.done, total: msg.total, phase: msg.phase });
          events.emit({ type: 'job.progress', jobId, kind, done: msg.done, total: msg.total, phase: msg.phase });
        } else if (msg.type === 'done') {
          if (msg.changed.length) events.emit({ type: 'data.changed', scopes: msg.changed });
          finish(true, msg.result);
        } else if (msg.type === 'failed') {
          log.error(`Job ${kind} failed: ${msg.message}`, msg.stack ? new Error(msg.stack) : undefined);
          finish(false, undefined, msg.message, msg.key ? { key: msg.key, params: msg.params } : undefined);
        }
      });
      worker.on('error', (err) => {
        log.error(`Job ${kind} crashed`, err);
        finish(false, undefined, 'The background task stopped unexpectedly. Nothing was changed.', { key: 'jobs.crashed' });
      });
      worker.on('exit', (code) => {
        releaseJobHold(); // a worker killed mid-chunk leaves no claim on the write lock behind
        if (code !== 0) finish(false, undefined, `The background task ended with code ${code}. Nothing was changed.`, { key: 'jobs.exited', params: { code } });
        else finish(false, undefined, 'The background task ended without a result.', { key: 'jobs.noResult' });
      });
    });
    promise.catch(() => undefined); // observed through events or wait()
    this.running.set(jobId, { info, worker, promise });
    return jobId;
  }

  /**
   * Runs one quiet task in a worker thread (own connection) and resolves with its result: the same worker bundle
   * as the jobs, but kept warm between tasks (pool.ts) — no progress events, not in `list()`, nothing kept after it
   * ended. For work that would block the thread answering the UI for more than a moment (a backup's VACUUM INTO,
   * an integrity check, parsing a large spreadsheet). A failure rejects with the task's DomainError (code, key,
   * params), or with an error that carries the SQLite / file system code so the dispatcher can name a storage problem.
   */
  run<T = Record<string, unknown>>(kind: QuietKind, params: Record<string, unknown> = {}): Promise<T> {
    return this.pool.run<T>(kind, params);
  }

  /** A checkpoint a job asked for is running (one at a time: a request meanwhile is covered by the next). */
  private checkpointing = false;

  /**
   * A PASSIVE checkpoint in a quiet worker, for a job that writes much (the shop import every ~20,000 orders): on
   * the job's own thread it waited for the copy and its fsync — ~0.3 s of a 1,000,000-row import, two thirds of it
   * the fsync. A request while one runs is dropped: the running one copies what was committed when it began, the
   * next request the rest.
   */
  private checkpointAside(): void {
    if (this.checkpointing) return;
    this.checkpointing = true;
    void this.run('workspace.checkpoint')
      .catch((err: unknown) => this.opts.log.warn(`A checkpoint asked for by a job failed: ${String(err)}`))
      .finally(() => (this.checkpointing = false));
  }

  /** Whether any work runs in a worker now: a listed job or a quiet task. */
  busy(): boolean {
    return this.running.size > 0 || this.pool.busy();
  }

  /** Resolves with the job's result (rejects on failure). Resolves immediately for unknown ids. */
  wait(jobId: string): Promise<JobResult> {
    return this.running.get(jobId)?.promise ?? Promise.resolve({});
  }

  /** A running or recently finished job; undefined for ids never seen (or long gone). */
  get(jobId: string): { running: JobInfo } | { finished: FinishedJob } | undefined {
    const r = this.running.get(jobId);
    if (r) return { running: { ...r.info } };
    const f = this.finished.get(jobId);
    return f ? { finished: f } : undefined;
  }

  list(): JobInfo[] {
    return [...this.running.values()].map((r) => ({ ...r.info }));
  }

  async stopAll(): Promise<void> {
    this.stopped = true;
    await Promise.all([this.spare.stop(), ...[...this.running.values()].map((r) => r.worker.terminate()), this.pool.stop()]);
    this.running.clear();
  }
}
