import type { DataChangedEvent, JobKind } from '../../shared/events';

export interface WorkerRequest {
  kind: JobKind;
  params: Record<string, unknown>;
  dbFile: string;
  dataDir: string;
  nativeBinding?: string;
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; phase: string }
  | { type: 'done'; result: Record<string, unknown>; changed: DataChangedEvent['scopes'] }
  | { type: 'failed'; message: string; stack?: string; key?: string; params?: Record<string, string | number> };

export type Progress = (done: number, total: number, phase: string) => void;
