import fs from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi, inject } from 'vitest';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { fixedClock } from '../../../src/main/core/clock';
import { icsPath } from '../../../src/main/planning/ics';
import type { CalendarDto } from '../../../src/shared/contract';
import { tempDir } from '../../helpers/tmp';

/**
 * The calendar on a real core: events of a range, a deadline moved through the contract (a write method: one
 * transaction, then data.changed), and the .ics file in the data folder rewritten after it — parsed back with ical.js.
 */
const tmp = tempDir();
let running: RunningCore;
const ok = async <V>(method: string, input: unknown = {}): Promise<V> => {
  const r = await running.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
};
let collab: number;
let campaignId: number;
let anjaId: number;

/** The VEVENTs of an .ics text: summary, first day, last day (DTEND is exclusive for all-day events). */
function parseIcs(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate };
  });
}
const fileEvents = () => parseIcs(fs.readFileSync(icsPath(tmp.dir), 'utf8'));

beforeAll(async () => {
  running = await createCore({ dataDir: tmp.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle'), clock: fixedClock('2026-11-10T09:00:00Z') });
  await ok('settings.update', { timeZone: 'Europe/Berlin', locale: 'de' });
  ({ id: campaignId } = await ok<{ id: number }>('campaigns.create', { name: 'Winter-Launch', goal: 'launch', product: 'Protein', startDate: '2026-11-01', endDate: '2026-12-20' }));
  const a = await ok<{ id: number }>('influencers.create', { name: 'Anja Schön', language: 'de', channels: [{ platform: 'instagram', handle: 'anja' }] });
  anjaId = a.id;
  [collab] = (await ok<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [a.id] })).added as [number];
  await ok('collaborations.update', { id: collab, deliverables: [{ kind: 'reel', count: 1, dueDate: '2026-11-20' }, { kind: 'story', count: 2, dueDate: '2027-01-05' }] });
  await ok('samples.save', { collaborationId: collab, items: [{ name: 'Protein', quantity: 1, valueMinor: 2_999 }], status: 'delivered', shippedOn: '2026-11-07', deliveredOn: '2026-11-09' });
  await ok('posts.save', { collaborationId: collab, platform: 'instagram', kind: 'story', postedAt: '2026-11-12', caption: '#anzeige Protein' });
});
afterAll(async () => {
  await running.close();
  tmp.cleanup();
});

describe('calendar', () => {
  it('lists deadlines, posts, shipments, deliveries and the campaign phase of a range, by day', async () => {
    const d = await ok<CalendarDto>('calendar.events', { from: '2026-11-01', to: '2026-11-30' });
    expect(d.today).toBe('2026-11-10');
    expect(d.events.map((e) => `${e.kind}@${e.date}`)).toEqual(['phase@2026-11-01', 'shipment@2026-11-07', 'delivery@2026-11-09', 'post@2026-11-12', 'deadline@2026-11-20']);
    expect(d.events[0]).toMatchObject({ endDate: '2026-12-20', campaignName: 'Winter-Launch', person: null });
    expect(d.events.at(-1)).toMatchObject({ kind: 'deadline', deliverableKind: 'reel', collaborationId: collab, person: { name: 'Anja Schön' }, done: false });
    // the story due in January is outside the range; the phase still overlaps December
    const dec = await ok<CalendarDto>('calendar.events', { from: '2026-12-01', to: '2026-12-31' });
    expect(dec.events.map((e) => e.kind)).toEqual(['phase']);
  });

  it('refuses a range that ends before it starts, and impossible days', async () => {
    expect((await running.dispatch('calendar.events', { from: '2026-11-30', to: '2026-11-01' })).ok).toBe(false);
    expect((await running.dispatch('calendar.moveDeliverable', { deliverableId: 1, dueDate: '2026-02-30' })).ok).toBe(false);
  });

  it('the .ics in the data folder holds the deadline; moving it rewrites the file', async () => {
    await vi.waitFor(() => expect(fileEvents().find((e) => e.summary.startsWith('Fällig: Anja Schön – Reel'))).toMatchObject({ start: '2026-11-20', end: '2026-11-21', allDay: true }));
    expect(fileEvents().find((e) => e.summary === 'Kampagne: Winter-Launch')).toMatchObject({ start: '2026-11-01', end: '2026-12-21' });

    const deadline = (await ok<CalendarDto>('calendar.events', { from: '2026-11-20', to: '2026-11-20' })).events.find((e) => e.kind === 'deadline')!;
    expect(await ok('calendar.moveDeliverable', { deliverableId: deadline.deliverableId, dueDate: '2026-11-24' })).toMatchObject({
      id: deadline.deliverableId,
      collaborationId: collab,
      dueDate: '2026-11-24',
      move: { from: '2026-11-20', to: '2026-11-24' },
    });
    await vi.waitFor(() => expect(fileEvents().find((e) => e.uid === `deadline:${deadline.deliverableId}@kollab`)).toMatchObject({ start: '2026-11-24' }), { timeout: 5_000 });
    expect(fileEvents().filter((e) => e.summary.startsWith('Fällig: Anja Schön – Reel'))).toHaveLength(1);
    // the card shows the moved deadline
    const card = await ok<{ deliverables: { kind: string; dueDate: string | null }[] }>('collaborations.get', { id: collab });
    expect(card.deliverables.find((x) => x.kind === 'reel')?.dueDate).toBe('2026-11-24');
  });

  it('a deliverable that does not exist is refused and changes nothing', async () => {
    const before = fs.readFileSync(icsPath(tmp.dir), 'utf8');
    const r = await running.dispatch('calendar.moveDeliverable', { deliverableId: 9_999, dueDate: '2026-11-24' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'NOT_FOUND', key: 'planning.deliverableNotFound' });
    expect(fs.readFileSync(icsPath(tmp.dir), 'utf8')).toBe(before);
  });

  it('the download is the same calendar, in the app language', async () => {
    const file = await ok<{ fileName: string; mime: string; dataBase64: string; path: string }>('calendar.ics');
    expect(file).toMatchObject({ fileName: 'kollab.ics', mime: 'text/calendar', path: icsPath(tmp.dir) });
    const events = parseIcs(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
    expect(events.map((e) => e.summary)).toContain('Gepostet: Anja Schön – Story (Winter-Launch)');
    expect(events.find((e) => e.summary.startsWith('Fällig: Anja Schön – 2× Story'))).toMatchObject({ start: '2027-01-05' });
    await ok('settings.update', { locale: 'en' });
    await vi.waitFor(() => expect(fileEvents().map((e) => e.summary)).toContain('Due: Anja Schön – Reel (Winter-Launch)'), { timeout: 5_000 });
  });

  it('a change that moves nothing on the calendar leaves the file as it is (no rebuild in the answer); the next one that does rewrites it', async () => {
    const file = icsPath(tmp.dir);
    const marker = 'X-TEST-MARKER:kept\r\n';
    fs.appendFileSync(file, marker);
    // a new person without a card: announced under 'influencers' (handled at once), nothing dated changes
    await ok('influencers.create', { name: 'Ohne Karte', language: 'de', channels: [{ platform: 'instagram', handle: 'ohnekarte' }] });
    expect(fs.readFileSync(file, 'utf8')).toContain(marker);
    await ok('influencers.update', { id: anjaId, name: 'Anja Schön-Berg' });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain(marker);
    expect(text).toContain('Anja Schön-Berg');
  });

  it('a renamed (or erased) person leaves the file at once, without waiting for the debounce', async () => {
    await ok('influencers.update', { id: anjaId, name: 'Anja Berg' });
    const text = fs.readFileSync(icsPath(tmp.dir), 'utf8');
    expect(text).toContain('Anja Berg');
    expect(text).not.toContain('Anja Schön');
  });
});
