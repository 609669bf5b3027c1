import { create } from 'zustand';
import { notifications } from '@mantine/notifications';
import { api } from '../api/client';
import { describeError, jobError, notifyError } from '../api/errors';
import type { JobKind } from '../../../shared/events';
import { getI18n } from '../i18n';
import { onAppEvent } from './sync';

export interface RunningJob {
  jobId: string | null;
  kind: JobKind;
  done: number;
  total: number;
  phase: string;
}

interface JobsState {
  job: RunningJob | null;
  /** Starts `workspace.reset`; progress arrives as events. */
  resetWorkspace(mode: 'demo' | 'empty'): Promise<void>;
}

export const useJobsStore = create<JobsState>((set, get) => ({
  job: null,
  async resetWorkspace(mode) {
    if (get().job) return;
    set({ job: { jobId: null, kind: 'workspace.reset', done: 0, total: 0, phase: 'start' } });
    try {
      const { jobId } = await api.call('workspace.reset', { mode });
      const job = get().job;
      // The job may already have finished (fast machines) – then job is null again.
      if (job && (job.jobId === null || job.jobId === jobId)) set({ job: { ...job, jobId } });
    } catch (err) {
      set({ job: null });
      notifyError(err);
    }
  },
}));

/** Ids of jobs that already finished, in case `finished` overtakes the call's reply. */
const finished = new Set<string>();

onAppEvent((e) => {
  // This store follows the workspace jobs only; other jobs (imports, PDF exports) report to their own screens.
  if ((e.type === 'job.progress' || e.type === 'job.finished') && e.kind !== 'workspace.reset' && e.kind !== 'demo.seed') return;
  const { job } = useJobsStore.getState();
  const t = getI18n().t;
  if (e.type === 'job.progress') {
    if (finished.has(e.jobId)) return;
    if (!job || job.jobId === null || job.jobId === e.jobId) {
      useJobsStore.setState({ job: { jobId: e.jobId, kind: e.kind, done: e.done, total: e.total, phase: e.phase } });
    }
  } else if (e.type === 'job.finished') {
    finished.add(e.jobId);
    if (job && job.jobId !== null && job.jobId !== e.jobId) return;
    useJobsStore.setState({ job: null });
    if (e.ok) notifications.show({ color: 'teal', title: t('settings.workspace.finished'), message: '' });
    else notifications.show({ color: 'red', title: t('settings.workspace.failed'), message: describeError(jobError(e)).message });
  }
});
