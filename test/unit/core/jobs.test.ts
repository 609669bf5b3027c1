import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
