/**
 * Following the worker jobs that read a shop export (the upload itself is `lib/upload.ts`, shared by both wizards):
 * - `followJob` relays `job.progress` events of one job and resolves with `imports.job` once it is over
 *   (polling as a fallback, so a `job.finished` that overtook the call's reply is never missed).
 */
import { api } from '../../api/client';
import type { ResultOf } from '../../../../shared/contract';
import { onAppEvent } from '../../lib/sync';
import { AbortedError } from '../../lib/upload';

export { AbortedError, toBase64, uploadFile } from '../../lib/upload';

export type JobState = ResultOf<'imports.job'>;
export interface JobTick {
  done: number;
  total: number;
  phase: string;
}

/**
 * Follows one dry-run or import job until it is no longer running. Progress comes from `job.progress` events;
 * `imports.job` is asked when `job.finished` arrives and every `pollMs` besides.
 */
export function followJob(jobId: string, onTick: (tick: JobTick) => void, opts: { pollMs?: number; signal?: AbortSignal } = {}): Promise<JobState> {
  const pollMs = opts.pollMs ?? 1500;
  return new Promise<JobState>((resolve, reject) => {
    let over = false;
    let asking = false;
    let again = false;
    const stop = () => {
      over = true;
      off();
      clearInterval(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const ask = async () => {
      if (over) return;
      if (asking) {
        again = true;
        return;
      }
      asking = true;
      try {
        const state = await api.call('imports.job', { jobId });
        if (over) return;
        if (state.status !== 'running') {
          stop();
          resolve(state);
          return;
        }
        if (state.total > 0 || state.done > 0) onTick({ done: state.done, total: state.total, phase: '' });
      } catch (err) {
        if (!over) {
          stop();
          reject(err);
        }
      } finally {
        asking = false;
        if (again && !over) {
          again = false;
          void ask();
        }
      }
    };
    const off = onAppEvent((e) => {
      if (over) return;
      if (e.type === 'job.progress' && e.jobId === jobId) onTick({ done: e.done, total: e.total, phase: e.phase });
      else if (e.type === 'job.finished' && e.jobId === jobId) void ask();
    });
    const onAbort = () => {
      if (over) return;
      stop();
      reject(new AbortedError());
    };
    opts.signal?.addEventListener('abort', onAbort);
    const timer = setInterval(() => void ask(), pollMs);
    void ask();
  });
}
