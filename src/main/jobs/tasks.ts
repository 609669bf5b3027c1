import type { Db } from '../db/connection';
import type { DataChangedEvent, JobKind } from '../../shared/events';
import type { Progress } from './protocol';
import { resetWorkspace } from '../demo/workspace';

export interface TaskOutput {
  result: Record<string, number | string | boolean | null>;
  changed: DataChangedEvent['scopes'];
}
export type Task = (db: Db, params: Record<string, unknown>, progress: Progress) => Promise<TaskOutput> | TaskOutput;

/** Every kind of long work, by job kind. Later issues add imports and PDF batches here. */
export const tasks: Record<JobKind, Task> = {
  'demo.seed': (db, _params, progress) => ({
    result: resetWorkspace(db, 'demo', progress),
    changed: ['all'],
  }),
  'workspace.reset': (db, params, progress) => ({
    result: resetWorkspace(db, params.mode === 'demo' ? 'demo' : 'empty', progress),
    changed: ['all'],
  }),
};
