import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SpareWorker } from '../../../src/main/jobs/spare';
import type { WorkerMessage, WorkerRequest } from '../../../src/main/jobs/protocol';
import { testCore } from '../../helpers/core';
import type { AppEvent } from '../../../src/shared/events';

type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

describe('jobs in a worker thread', () => {
  it('runs the workspace reset in a worker, reports progress as events, and main keeps answering', async () => {
    const events: AppEvent[] = [];
    const off = t.core.events.subscribe((e) => events.push(e));
    const started = await t.dispatch('workspace.reset', { mode: 'demo' });
    expect(started.ok).toBe(true);
    const jobId = started.ok ? (started.value as { jobId: string }).jobId : '';
    // The UI's connection answers while the worker writes.
    const during = await t.dispatch('app.info', {});
    expect(during.ok).toBe(true);
    const result = await t.core.jobs.wait(jobId);
    off();
    expect(result.mode).toBe('demo');
    expect(Number(result.influencers)).toBeGreaterThanOrEqual(35);
    expect(events.some((e) => e.type === 'job.progress' && e.jobId === jobId)).toBe(true);
    expect(events).toContainEqual(expect.objectContaining({ type: 'job.finished', jobId, ok: true }));
    expect(events).toContainEqual({ type: 'data.changed', scopes: ['all'] });
    // Main's own connection sees what the worker committed.
    const info = await t.dispatch('app.info', {});
    expect(info.ok && (info.value as { counts: { influencers: number } }).counts.influencers).toBe(Number(result.influencers));
  });

  it('empties the workspace again on request', async () => {
    const started = await t.dispatch('workspace.reset', { mode: 'empty' });
    await t.core.jobs.wait(started.ok ? (started.value as { jobId: string }).jobId : '');
    const info = await t.dispatch('app.info', {});
    expect(info.ok && (info.value as { counts: Record<string, number> }).counts).toEqual({ influencers: 0, campaigns: 0, collaborations: 0, redemptions: 0 });
  });

  it('a failed job names its message by key in the job.finished event (the UI never shows the English text)', async () => {
    const events: AppEvent[] = [];
    const off = t.core.events.subscribe((e) => events.push(e));
    const jobId = t.core.jobs.start('no.such.job' as never);
    await expect(t.core.jobs.wait(jobId)).rejects.toThrow();
    off();
    expect(events).toContainEqual(expect.objectContaining({ type: 'job.finished', jobId, ok: false, errorKey: 'app.unknownJob', errorParams: { kind: 'no.such.job' } }));
  });
});

describe('a job worker started ahead of its job (jobs/spare.ts)', () => {
  const request = (kind: string): WorkerRequest => ({ kind: kind as WorkerRequest['kind'], params: { mode: 'empty' }, dbFile: t.core.dbFile, dataDir: t.core.dataDir, workerFile: inject('workerBundle') });
  const outcome = (w: Worker) =>
    new Promise<WorkerMessage>((resolve, reject) => {
      w.on('message', (m: WorkerMessage) => m.type !== 'progress' && resolve(m));
      w.on('error', reject);
    });

  it('runs the request it is given on the thread it started, once', async () => {
    const spare = new SpareWorker();
    const file = inject('workerBundle');
    spare.prepare(file, [], 'workspace.reset');
    const w = spare.take(file, request('workspace.reset'));
    expect(w).not.toBeNull();
    // taken: the next job gets a worker of its own
    expect(spare.take(file, request('workspace.reset'))).toBeNull();
    const m = await outcome(w!);
    expect(m).toMatchObject({ type: 'done', result: { mode: 'empty' } });
    await w!.terminate();
  });

  it('names a failure by key like a fresh worker', async () => {
    const spare = new SpareWorker();
    const file = inject('workerBundle');
    spare.prepare(file, [], 'workspace.reset');
    const w = spare.take(file, request('no.such.job'))!;
    expect(await outcome(w)).toMatchObject({ type: 'failed', key: 'app.unknownJob', params: { kind: 'no.such.job' } });
    await w.terminate();
  });

  it('is not used once it ended, nor for another entry file', async () => {
    const spare = new SpareWorker();
    const file = inject('workerBundle');
    spare.prepare(file, [], 'workspace.reset');
    expect(spare.take(`${file}.other`, request('workspace.reset'))).toBeNull();
    await spare.stop();
    expect(spare.take(file, request('workspace.reset'))).toBeNull();
  });

  it('the runner hands a prepared worker to the next job, which runs as usual', async () => {
    t.core.jobs.prewarm('workspace.reset');
    const started = await t.dispatch('workspace.reset', { mode: 'demo' });
    const result = await t.core.jobs.wait(started.ok ? (started.value as { jobId: string }).jobId : '');
    expect(result.mode).toBe('demo');
    const info = await t.dispatch('app.info', {});
    expect(info.ok && (info.value as { counts: { influencers: number } }).counts.influencers).toBe(Number(result.influencers));
  });
});

describe('a quiet worker started ahead of its task (pool.ts prewarm)', () => {
  it('serves the next quiet task, and prewarming again starts no second idle worker', async () => {
    t.core.jobs.prewarmQuiet();
    t.core.jobs.prewarmQuiet();
    expect(t.core.jobs.busy()).toBe(false);
    const r = await t.core.jobs.run<{ log: number; checkpointed: number }>('workspace.checkpoint');
    expect(r.log).toBeGreaterThanOrEqual(0);
    expect(r.checkpointed).toBeLessThanOrEqual(r.log);
  });
});
