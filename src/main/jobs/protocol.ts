import type { DataChangedEvent, JobKind } from '../../shared/events';

export interface WorkerRequest {
  /** The job to run, or 'quiet': a warm worker that runs quiet tasks as they are posted to it (pool.ts). */
  kind: JobKind | 'quiet';
  params: Record<string, unknown>;
  dbFile: string;
  dataDir: string;
  nativeBinding?: string;
  /** The main thread's count of writes waiting for the lock (db/write.ts): chunked jobs let them go first. */
  writeIntent?: Int32Array;
  /** This worker's own entry file: a job may start a helper thread from it (redemptions/parse-thread.ts). */
  workerFile?: string;
  /** A job that starts before something it must not write ahead of (the backup before an import): jobs/gate.ts. */
  gate?: Int32Array;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; phase: string }
  /** A job that writes much asks for a WAL checkpoint by a quiet worker, so that it does not wait for the copy and its fsync itself (runner.ts). */
  | { type: 'checkpoint' }
  | { type: 'done'; result: Record<string, unknown>; changed: DataChangedEvent['scopes'] }
  | {
      type: 'failed';
      message: string;
      stack?: string;
      key?: string;
      params?: Record<string, string | number>;
      /** A DomainError's code (with its field and details), or the raw error code of a storage error (SQLITE_FULL, ENOSPC). */
      domain?: { code: string; field?: string; details?: Record<string, string | number | boolean | null> };
      errorCode?: string;
    };

export type Progress = (done: number, total: number, phase: string) => void;

/** A quiet task posted to a warm worker, and its answer. */
export interface QuietRequest {
  id: number;
  kind: string;
  params: Record<string, unknown>;
}
export interface QuietReply {
  id: number;
  message: Extract<WorkerMessage, { type: 'done' } | { type: 'failed' }>;
}
