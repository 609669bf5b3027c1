import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import type { Clock } from '../../../src/main/core/clock';
import type { CollaborationDetail, DeadlineMove, FunnelDto } from '../../../src/shared/contract';
import { tempDir } from '../../helpers/tmp';

/**
 * On a real core: a moved deadline writes a history entry on the card (calendar and card form) and its undo takes
 * the entry out again; the funnel across all campaigns breaks down per campaign; the reminder on start is claimed
 * once per day of the app time zone, kept in the workspace.
 */
const tmp = tempDir();
let running: RunningCore;
let now = new Date('2026-11-10T09:00:00Z');
const clock: Clock = { now: () => now };
const ok = async <V>(method: string, input: unknown = {}): Promise<V> => {
  const r = await running.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
};
let collab: number;
let deliverableId: number;
let winter: number;
let spring: number;

beforeAll(async () => {
  running = await createCore({ dataDir: tmp.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle'), clock });
  await ok('settings.update', { timeZone: 'Europe/Berlin', locale: 'de', noPostAfterDays: 7 });
  ({ id: winter } = await ok<{ id: number }>('campaigns.create', { name: 'Winter-Launch', goal: 'launch', product: 'Protein' }));
  ({ id: spring } = await ok<{ id: number }>('campaigns.create', { name: 'Frühling', goal: 'launch', product: 'Riegel' }));
  const people = [];
  for (const name of ['Anja Schön', 'Ben Kurz', 'Cem Arslan']) people.push((await ok<{ id: number }>('influencers.create', { name, channels: [{ platform: 'instagram', handle: name.split(' ')[0].toLowerCase() }] })).id);
  const w = (await ok<{ added: number[] }>('collaborations.add', { campaignId: winter, influencerIds: [people[0], people[1]] })).added;
  const s = (await ok<{ added: number[] }>('collaborations.add', { campaignId: spring, influencerIds: [people[2]] })).added;
  collab = w[0];
  await ok('collaborations.update', { id: collab, deliverables: [{ kind: 'reel', count: 1, dueDate: '2026-11-24' }] });
  deliverableId = (await ok<CollaborationDetail>('collaborations.get', { id: collab })).deliverables[0].id;
  // winter: two samples delivered, one posted 3 days later; spring: one shipped, not delivered
  const sample = (c: number, valueMinor: number, status: string, deliveredOn?: string) =>
    ok('samples.save', { collaborationId: c, items: [{ name: 'Box', quantity: 1, valueMinor }], shippingCostMinor: 490, status, shippedOn: '2026-11-01', ...(deliveredOn ? { deliveredOn } : {}) });
  await sample(w[0], 3_000, 'delivered', '2026-11-02');
  await sample(w[1], 4_000, 'delivered', '2026-11-02');
  await sample(s[0], 2_500, 'shipped');
  await ok('posts.save', { collaborationId: w[0], platform: 'instagram', kind: 'reel', postedAt: '2026-11-05', caption: '#werbung' });
});
afterAll(async () => {
  await running.close();
  tmp.cleanup();
});

const history = async () => (await ok<CollaborationDetail>('collaborations.get', { id: collab })).history.filter((e) => e.note === 'deadline_moved');

describe('a moved deadline', () => {
  it('writes "moved from … to …" on the card from the calendar, and its undo takes the entry back out', async () => {
    const r = await ok<{ move: DeadlineMove }>('calendar.moveDeliverable', { deliverableId, dueDate: '2026-11-28' });
    expect(r.move).toMatchObject({ deliverableId, collaborationId: collab, kind: 'reel', from: '2026-11-24', to: '2026-11-28' });
    expect(await history()).toEqual([expect.objectContaining({ id: r.move.eventId, params: { deliverableId, kind: 'reel', from: '2026-11-24', to: '2026-11-28' } })]);

    const undone = await ok<{ move: DeadlineMove | null }>('calendar.moveDeliverable', { deliverableId, dueDate: '2026-11-24', undoOf: r.move.eventId });
    expect(undone.move).toBeNull();
    expect(await history()).toEqual([]);
    expect((await ok<CollaborationDetail>('collaborations.get', { id: collab })).deliverables[0].dueDate).toBe('2026-11-24');
    // an undo of an entry that is not this deliverable's move is refused, and nothing moves
    const bad = await running.dispatch('calendar.moveDeliverable', { deliverableId, dueDate: '2026-12-01', undoOf: r.move.eventId });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.key).toBe('planning.moveNotFound');
    expect((await ok<CollaborationDetail>('collaborations.get', { id: collab })).deliverables[0].dueDate).toBe('2026-11-24');
  });

  it('writes the entry when the card form moves the date (and none for an unchanged or first date)', async () => {
    const r = await ok<{ moved: DeadlineMove[] }>('collaborations.update', {
      id: collab,
      deliverables: [
        { id: deliverableId, kind: 'reel', count: 1, dueDate: '2026-11-26' },
        { kind: 'story', count: 1, dueDate: '2026-11-30' },
      ],
    });
    expect(r.moved).toEqual([expect.objectContaining({ deliverableId, from: '2026-11-24', to: '2026-11-26' })]);
    expect((await history()).map((e) => e.params)).toEqual([{ deliverableId, kind: 'reel', from: '2026-11-24', to: '2026-11-26' }]);
    const same = await ok<{ moved: DeadlineMove[] }>('collaborations.update', { id: collab, notes: 'nur Notiz' });
    expect(same.moved).toEqual([]);
  });
});

describe('the funnel across all campaigns', () => {
  it('breaks the figures down per campaign', async () => {
    const f = await ok<FunnelDto>('funnel.get', {});
    expect(f).toMatchObject({ shipped: 3, delivered: 2, posted: 1 });
    expect(f.campaigns).toEqual([
      { campaignId: winter, campaignName: 'Winter-Launch', shipped: 2, delivered: 2, posted: 1, deliveredRateBp: 10_000, postedRateBp: 5_000, medianDaysToPost: 3, costWithoutPostMinor: 4_490, currency: 'EUR' },
      { campaignId: spring, campaignName: 'Frühling', shipped: 1, delivered: 0, posted: 0, deliveredRateBp: 0, postedRateBp: null, medianDaysToPost: null, costWithoutPostMinor: 0, currency: 'EUR' },
    ]);
    expect((await ok<FunnelDto>('funnel.get', { campaignId: winter })).campaigns).toBeUndefined();
  });
});

describe('the reminder on start', () => {
  it('is claimed once per day of the app time zone, kept in the workspace', async () => {
    now = new Date('2026-11-10T22:30:00Z'); // 23:30 in Berlin: still the 10th
    expect(await ok('today.claimStartupReminder')).toEqual({ show: true, day: '2026-11-10' });
    expect(await ok('today.claimStartupReminder')).toEqual({ show: false, day: '2026-11-10' });
    now = new Date('2026-11-10T23:30:00Z'); // 00:30 in Berlin: the 11th, although UTC still says the 10th
    expect(await ok('today.claimStartupReminder')).toEqual({ show: true, day: '2026-11-11' });
    const kept = running.core.db.$client.prepare("SELECT value FROM settings WHERE key = 'planning.startupReminderShownOn'").pluck().get();
    expect(kept).toBe('"2026-11-11"');
  });
});
