import type { Db } from '../db/connection';
import type { DataChangedEvent, JobKind } from '../../shared/events';
import type { Progress } from './protocol';
import { removeWorkspaceFiles } from '../core/paths';

export interface TaskOutput {
  /** JSON-safe result: shown in the job.finished event and kept for imports.job. */
  result: Record<string, unknown>;
  changed: DataChangedEvent['scopes'];
}
export interface TaskContext {
  dataDir: string;
  /** The workspace file the worker's connection is open on. */
  dbFile: string;
  nativeBinding?: string;
  /** The job worker's entry file, for a helper thread of the task. */
  workerFile?: string;
  /** Opened by the caller when the job may write (jobs/gate.ts); none: at once. */
  gate?: Int32Array;
  /** Asks for a PASSIVE WAL checkpoint on another thread (runner.ts): returns at once. */
  requestCheckpoint?: () => void;
}
export type Task = (db: Db, params: Record<string, unknown>, ctx: TaskContext, progress: Progress) => Promise<TaskOutput> | TaskOutput;

/**
 * Every kind of long work, by job kind. Each task loads its own modules when it starts: a job worker runs one
 * task, and the demo generator (faker) alone takes over a second to load — time a shop import would wait for.
 */
export const tasks: Partial<Record<JobKind, Task>> = {
  'demo.seed': async (db, _params, _ctx, progress) => {
    const { resetWorkspace } = await import('../demo/workspace');
    return { result: resetWorkspace(db, 'demo', progress), changed: ['all'] };
  },
  'workspace.reset': async (db, params, ctx, progress) => {
    const { resetWorkspace } = await import('../demo/workspace');
    const result = resetWorkspace(db, params.mode === 'demo' ? 'demo' : 'empty', progress);
    // The rows are gone (committed); their files go too. A backup was taken before the job started.
    removeWorkspaceFiles(ctx.dataDir);
    return { result, changed: ['all'] };
  },
  'redemptions.dryRun': async (...args) => (await redemptionTasks()).redemptionsDryRunTask(...args),
  'redemptions.import': async (...args) => (await redemptionTasks()).redemptionsImportTask(...args),
};

const redemptionTasks = () => import('../redemptions/tasks');

/** A task's modules, loaded ahead by a spare worker that knows which job comes next (spare.ts). */
export const taskModules: Partial<Record<JobKind, () => Promise<unknown>>> = {
  'redemptions.dryRun': redemptionTasks,
  'redemptions.import': redemptionTasks,
};
