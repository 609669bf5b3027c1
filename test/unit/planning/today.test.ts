import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { fixedClock } from '../../../src/main/core/clock';
import { tempDir } from '../../helpers/tmp';
import type { FunnelDto, ReminderMail, TodayDto } from '../../../src/shared/contract';

/**
 * The Today view on a real core: the clock is moved the way the app's tests do it, by opening the same data
 * folder again with a later instant (KOLLAB_NOW in the e2e host).
 */
const tmp = tempDir();
let running: RunningCore;
const open = async (instant: string) => {
  if (running) await running.close();
  running = await createCore({ dataDir: tmp.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle'), clock: fixedClock(instant) });
};
const ok = async <V>(method: string, input: unknown = {}): Promise<V> => {
  const r = await running.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
};
const keys = (d: TodayDto) => d.items.map((i) => `${i.kind}@${i.section}`);

let anja: number; // German, delivered sample, deliverables, invoiced fee, a code
let sam: number; // English, contacted without answer
let campaignId: number;

beforeAll(async () => {
  await open('2026-11-10T09:00:00Z'); // Tuesday
  await ok('settings.update', { timeZone: 'Europe/Berlin', brandName: 'GrünFit' });
  ({ id: campaignId } = await ok<{ id: number }>('campaigns.create', { name: 'Winter-Launch', goal: 'launch', product: 'Vegan Protein', startDate: '2026-11-13', endDate: '2026-12-20', disclosureText: '#anzeige' }));
  const a = await ok<{ id: number }>('influencers.create', { name: 'Anja Schön', email: 'anja@example.de', language: 'de', channels: [{ platform: 'instagram', handle: 'anja' }] });
  const s = await ok<{ id: number }>('influencers.create', { name: 'Sam Lee', email: 'sam@example.com', language: 'en', channels: [{ platform: 'tiktok', handle: 'sam' }] });
  const added = await ok<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [a.id, s.id] });
  [anja, sam] = added.added;
  const stage = (key: string) => running.core.db.$client.prepare('SELECT id FROM stages WHERE campaign_id = ? AND key = ?').pluck().get(campaignId, key);
  await ok('collaborations.move', { id: anja, stageId: stage('sample_shipped'), index: 0 });
  await ok('collaborations.move', { id: sam, stageId: stage('contacted'), index: 0 });
  // the contact is logged by the core's clock (standing on the instant of this test's start)
  const logged = await ok<{ contactedAt: string }>('outreach.logContacted', { collaborationId: sam });
  expect(logged.contactedAt).toBe('2026-11-10T09:00:00.000Z');
  await ok('collaborations.update', {
    id: anja,
    feeMinor: 25_000,
    paymentStatus: 'invoiced',
    invoicedOn: '2026-10-20',
    deliverables: [
      { kind: 'reel', count: 1, dueDate: '2026-11-08' },
      { kind: 'story', count: 2, dueDate: '2026-11-14' },
    ],
  });
  await ok('samples.save', { collaborationId: anja, items: [{ name: 'Protein', quantity: 1, valueMinor: 2_999 }], status: 'delivered', shippedOn: '2026-11-07', deliveredOn: '2026-11-09' });
  await ok('codes.add', { collaborationId: anja, code: 'ANJA10', validTo: '2026-11-15' });
});
afterAll(async () => {
  await running.close();
  tmp.cleanup();
});

describe('Today / Week', () => {
  it('lists overdue and this week’s deliverables, overdue fees, expiring codes and starting campaigns', async () => {
    const d = await ok<TodayDto>('today.list');
    expect(d).toMatchObject({ today: '2026-11-10', weekStart: '2026-11-09', weekEnd: '2026-11-15', noPostAfterDays: 14, noAnswerAfterDays: 7 });
    expect(keys(d)).toEqual(['payment_overdue@overdue', 'deliverable_overdue@overdue', 'campaign_starting@week', 'deliverable_due@week', 'code_expiring@week']);
    expect(d.items[1]).toMatchObject({ key: expect.stringMatching(/^deliverable:\d+$/), days: -2, collaborationId: anja, person: { name: 'Anja Schön' }, action: 'markPosted', deliverableKind: 'reel' });
    expect(d.items[0]).toMatchObject({ date: '2026-11-03', amountMinor: 25_000, action: 'markPaid' });
    expect(d.counts).toEqual({ postsDueThisWeek: 2, overdue: 2, followUp: 0 });
  });

  it('after the set days: the sample without a post and the unanswered outreach; reminders in the person’s language', async () => {
    await open('2026-11-24T08:00:00Z');
    const d = await ok<TodayDto>('today.list');
    const sample = d.items.find((i) => i.kind === 'sample_no_post')!;
    const answer = d.items.find((i) => i.kind === 'no_answer')!;
    expect(sample).toMatchObject({ section: 'followUp', date: '2026-11-09', days: -15, collaborationId: anja, action: 'sendReminder', remindedOn: null });
    expect(answer).toMatchObject({ section: 'followUp', date: '2026-11-10', collaborationId: sam });
    const de = await ok<ReminderMail>('today.reminder', { key: sample.key });
    expect(de).toMatchObject({ language: 'de', to: 'anja@example.de' });
    expect(de.body).toContain('dein Paket für „Winter-Launch“ ist am 09.11.2026 angekommen');
    expect(de.body).toContain('(#anzeige)');
    expect(de.mailto).toMatch(/^mailto:anja@example\.de\?subject=/);
    // the funnel: one shipped, delivered, no post after 15 days; its cost counts as a sample without a post
    const funnel = await ok<FunnelDto>('funnel.get', { campaignId });
    expect(funnel).toMatchObject({ shipped: 1, delivered: 1, posted: 0, deliveredRateBp: 10_000, postedRateBp: 0, medianDaysToPost: null, costWithoutPostMinor: 2_999 });
    expect(funnel.noPost).toEqual([expect.objectContaining({ key: sample.key, person: { id: expect.any(Number), name: 'Anja Schön' }, deliveredOn: '2026-11-09', days: 15, remindedOn: null })]);
    const en = await ok<ReminderMail>('today.reminder', { key: answer.key });
    expect(en).toMatchObject({ language: 'en', to: 'sam@example.com', subject: 'Quick reminder: Winter-Launch' });

    // the reminder sent: the row rests; a post on the card ends the wait for good
    expect(await ok('today.saveReminder', { key: sample.key })).toEqual({ key: sample.key, remindedOn: '2026-11-24' });
    expect((await ok<TodayDto>('today.list')).items.some((i) => i.key === sample.key)).toBe(false);
    await open('2026-12-09T08:00:00Z');
    expect((await ok<TodayDto>('today.list')).items.find((i) => i.key === sample.key)).toMatchObject({ remindedOn: '2026-11-24' });
    await ok('posts.save', { collaborationId: anja, platform: 'instagram', kind: 'reel', postedAt: '2026-12-08', caption: '#anzeige Mein Protein' });
    const after = await ok<TodayDto>('today.list');
    expect(after.items.some((i) => i.key === sample.key)).toBe(false);
    const later = await ok<FunnelDto>('funnel.get', {});
    expect(later).toMatchObject({ shipped: 1, delivered: 1, posted: 1, postedRateBp: 10_000, medianDaysToPost: 29, costWithoutPostMinor: 0, noPost: [] });
    // the reel posted fulfils the reel deliverable
    expect(after.items.some((i) => i.kind.startsWith('deliverable') && i.deliverableKind === 'reel')).toBe(false);
  });

  it('each row’s action: mark posted, mark paid, snooze — with today’s date in the app time zone', async () => {
    const d = await ok<TodayDto>('today.list');
    const story = d.items.find((i) => i.deliverableKind === 'story')!;
    expect(await ok('today.setDone', { deliverableId: story.deliverableId })).toEqual({ id: story.deliverableId, doneAt: '2026-12-09' });
    expect(await ok('today.setPaid', { collaborationId: anja })).toEqual({ id: anja, paidOn: '2026-12-09' });
    const answer = d.items.find((i) => i.kind === 'no_answer')!;
    expect(await ok('today.snooze', { key: answer.key, days: 3 })).toEqual({ key: answer.key, snoozedUntil: '2026-12-12' });
    const after = await ok<TodayDto>('today.list');
    expect(after.items.map((i) => i.key)).not.toContain(story.key);
    expect(after.items.map((i) => i.kind)).not.toContain('payment_overdue');
    expect(after.items.map((i) => i.key)).not.toContain(answer.key);
    const bad = await running.dispatch('today.saveReminder', { key: `code:1` });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'INVALID_INPUT', key: 'planning.noReminder' });
    await open('2026-12-12T08:00:00Z');
    expect((await ok<TodayDto>('today.list')).items.map((i) => i.key)).toContain(answer.key);
  });
});
