/** Events pushed from main to the renderer (IPC `kollab:event` or the host's server-sent events). */
export type JobKind = 'demo.seed' | 'workspace.reset' | 'redemptions.dryRun' | 'redemptions.import' | 'briefings.pdfBatch';

export interface JobProgressEvent {
  type: 'job.progress';
  jobId: string;
  kind: JobKind;
  /** Units done so far and in all; total 0 = unknown yet. */
  done: number;
  total: number;
  /** Machine key of the current phase; the renderer translates it. */
  phase: string;
}

export interface JobFinishedEvent {
  type: 'job.finished';
  jobId: string;
  kind: JobKind;
  ok: boolean;
  /** Short message on failure (English, for logs; the UI shows `errorKey`). */
  message?: string;
  /** The failure's message as key + params under errors.domain.* (always set on failure). */
  errorKey?: string;
  errorParams?: Record<string, string | number>;
  result?: Record<string, unknown>;
}

/** Tells stores to refetch: a scope changed because of work done elsewhere (a job, another window). */
export type ChangeScope = 'influencers' | 'campaigns' | 'collaborations' | 'redemptions' | 'imports' | 'settings' | 'backups' | 'planning' | 'all';

export interface DataChangedEvent {
  type: 'data.changed';
  scopes: ChangeScope[];
}

export type AppEvent = JobProgressEvent | JobFinishedEvent | DataChangedEvent;
