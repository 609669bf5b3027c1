import { Worker } from 'node:worker_threads';
import type { Logger } from '../core/log';
import { DomainError, type ErrorCode } from '../../shared/envelope';
import type { QuietRequest, QuietReply, WorkerRequest } from './protocol';
import type { QuietKind } from './quiet-tasks';
import { releaseJobHold } from '../db/write';

export type { QuietKind } from './quiet-tasks';

/** How long an idle worker is kept for the next task before it ends. */
const IDLE_MS = 60_000;
/** At most this many quiet tasks run at once (the machine has few cores; more wait for a free worker). */
const MAX_WORKERS = 2;

interface Slot {
  worker: Worker;
  idleTimer: NodeJS.Timeout | null;
  current: { id: number; resolve(v: unknown): void; reject(e: unknown): void; kind: QuietKind } | null;
}

/**
 * Warm worker threads for quiet tasks (src/main/jobs/quiet-tasks.ts): starting a thread and loading the core's
 * modules costs more than many tasks, so up to MAX_WORKERS threads stay for IDLE_MS after their last task. Each
 * task opens its own connection and closes it when done, so no connection outlives a task (a restore can swap the
 * file in between). A worker that dies fails its task and is replaced by the next one asked for.
 */
export class QuietPool {
  private slots: Slot[] = [];
  private queue: { kind: QuietKind; params: Record<string, unknown>; resolve(v: unknown): void; reject(e: unknown): void }[] = [];
  private nextId = 1;
  private stopped = false;

  constructor(
    private readonly spec: () => { file: string; execArgv: string[] },
    private readonly base: Omit<WorkerRequest, 'kind' | 'params'>,
    private readonly log: Logger,
  ) {}

  run<T>(kind: QuietKind, params: Record<string, unknown>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ kind, params, resolve: resolve as (v: unknown) => void, reject });
      this.pump();
    });
  }

  /**
   * Starts a worker now, if none is idle, for a task about to be asked for (the backup before a shop import): a
   * worker starting for the task delayed it by ~0.2 s. It waits idle like a worker after its task.
   */
  prewarm(): void {
    if (this.stopped || this.slots.length >= MAX_WORKERS || this.slots.some((s) => !s.current)) return;
    this.idle(this.spawn());
  }

  busy(): boolean {
    return this.queue.length > 0 || this.slots.some((s) => s.current);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const closing = () => new Error('The app is closing.');
    for (const q of this.queue.splice(0)) q.reject(closing());
    const slots = this.slots;
    this.slots = [];
    for (const s of slots) {
      if (s.idleTimer) clearTimeout(s.idleTimer);
      const cur = s.current;
      s.current = null;
      cur?.reject(closing());
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length && !this.stopped) {
      let slot = this.slots.find((s) => !s.current);
      if (!slot) {
        if (this.slots.length >= MAX_WORKERS) return;
        slot = this.spawn();
      }
      const next = this.queue.shift()!;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      const id = this.nextId++;
      slot.current = { id, kind: next.kind, resolve: next.resolve, reject: next.reject };
      slot.worker.ref();
      const msg: QuietRequest = { id, kind: next.kind, params: next.params };
      slot.worker.postMessage(msg);
    }
  }

  /** Idle: kept warm for a while, without keeping the process alive. */
  private idle(slot: Slot): void {
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => {
      this.slots = this.slots.filter((s) => s !== slot);
      void slot.worker.terminate();
    }, IDLE_MS);
    slot.idleTimer.unref();
  }

  private spawn(): Slot {
    const { file, execArgv } = this.spec();
    const workerData: WorkerRequest = { ...this.base, kind: 'quiet', params: {} };
    const slot: Slot = { worker: new Worker(file, { workerData, execArgv }), idleTimer: null, current: null };
    const fail = (err: unknown) => {
      releaseJobHold(); // a worker that died mid-chunk leaves no claim on the write lock behind
      this.slots = this.slots.filter((s) => s !== slot);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      const cur = slot.current;
      slot.current = null;
      cur?.reject(err);
      this.pump();
    };
    slot.worker.on('message', (reply: QuietReply) => {
      const cur = slot.current;
      if (!cur || reply.id !== cur.id) return;
      slot.current = null;
      const msg = reply.message;
      if (msg.type === 'done') cur.resolve(msg.result);
      else if (msg.type === 'failed') {
        if (msg.domain) {
          cur.reject(new DomainError(msg.domain.code as ErrorCode, msg.message, { field: msg.domain.field, details: msg.domain.details, key: msg.key ?? 'jobs.failed', params: msg.params }));
        } else {
          this.log.error(`Task ${cur.kind} failed: ${msg.message}`, msg.stack ? new Error(msg.stack) : undefined);
          cur.reject(Object.assign(new Error(msg.message), msg.errorCode ? { code: msg.errorCode } : {}));
        }
      }
      this.idle(slot);
      this.pump();
    });
    slot.worker.on('error', (err) => {
      this.log.error('A background worker stopped unexpectedly', err);
      fail(err);
    });
    slot.worker.on('exit', (code) => fail(new Error(`The background worker ended with code ${code}.`)));
    this.slots.push(slot);
    return slot;
  }
}
