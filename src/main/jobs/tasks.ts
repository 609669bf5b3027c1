import type { Db } from '../db/connection';
import type { DataChangedEvent, JobKind } from '../../shared/events';
import type { Progress } from './protocol';
import { resetWorkspace } from '../demo/workspace';
import { removeWorkspaceFiles } from '../core/paths';
import { redemptionsDryRunTask, redemptionsImportTask } from '../redemptions/tasks';

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
}
export type Task = (db: Db, params: Record<string, unknown>, ctx: TaskContext, progress: Progress) => Promise<TaskOutput> | TaskOutput;

/** Every kind of long work, by job kind. Later issues add imports and PDF batches here. */
export const tasks: Partial<Record<JobKind, Task>> = {
  'demo.seed': (db, _params, _ctx, progress) => ({
    result: resetWorkspace(db, 'demo', progress),
    changed: ['all'],
  }),
  'workspace.reset': (db, params, ctx, progress) => {
    const result = resetWorkspace(db, params.mode === 'demo' ? 'demo' : 'empty', progress);
    // The rows are gone (committed); their files go too. A backup was taken before the job started.
    removeWorkspaceFiles(ctx.dataDir);
    return { result, changed: ['all'] };
  },
  'redemptions.dryRun': redemptionsDryRunTask,
  'redemptions.import': redemptionsImportTask,
};
