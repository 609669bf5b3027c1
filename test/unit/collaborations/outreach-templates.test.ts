import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createCore, type RunningCore } from '../../../src/main/core/context';
import { fixedClock } from '../../../src/main/core/clock';
import { tempDir } from '../../helpers/tmp';
import { renderUtmRule, utmParamsFor } from '../../../src/main/collaborations/utm';
import type { CollaborationDetail, EmailTemplateDto, ReminderMail, TodayDto, UtmLinkChange } from '../../../src/shared/contract';

/**
 * Own outreach templates, their variables and follow-up sequences, and a campaign's UTM rules, on a real core.
 * The clock moves the way the app's tests move it: the same data folder opened again at a later instant.
 */
const tmp = tempDir();
let running: RunningCore;
const open = async (instant: string) => {
  if (running) await running.close();
  running = await createCore({ dataDir: tmp.dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle'), clock: fixedClock(instant) });
};
const call = (method: string, input: unknown = {}) => running.dispatch(method, input);
const ok = async <V>(method: string, input: unknown = {}): Promise<V> => {
  const r = await call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
};
const todayRows = async () => (await ok<TodayDto>('today.list')).items.filter((i) => i.collaborationId === card);

let campaignId: number;
let card: number;

beforeAll(async () => {
  await open('2026-11-10T09:00:00Z');
  await ok('settings.update', { timeZone: 'Europe/Berlin', brandName: 'GrünFit', noAnswerAfterDays: 4 });
  ({ id: campaignId } = await ok<{ id: number }>('campaigns.create', { name: 'Winter Launch', goal: 'launch', product: 'Vegan Protein', baseUrl: 'https://shop.example.de/protein?ref=x' }));
  const p = await ok<{ id: number }>('influencers.create', { name: 'Jana Müller', email: 'jana@example.de', language: 'de', channels: [{ platform: 'instagram', handle: 'jana.fit' }] });
  [card] = (await ok<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [p.id] })).added;
  await ok('codes.add', { collaborationId: card, code: 'JANA15' });
});
afterAll(async () => {
  await running.close();
  tmp.cleanup();
});

describe('own templates', () => {
  it('creates, edits, duplicates (built-ins stay read-only), deletes with undo', async () => {
    const { id } = await ok<{ id: string }>('outreach.createTemplate', { name: 'Erstkontakt kurz', language: 'de', subject: 'Hallo {{vorname}}', body: 'Kurz: {{kampagne}}' });
    await ok('outreach.updateTemplate', { id: Number(id), name: 'Erstkontakt knapp', language: 'de', subject: 'Hi {{vorname}}', body: 'Neu: {{kampagne}}', followUpDays: [3] });
    let list = await ok<EmailTemplateDto[]>('outreach.templates', { language: 'de' });
    expect(list.find((t) => t.id === id)).toMatchObject({ name: 'Erstkontakt knapp', subject: 'Hi {{vorname}}', builtin: false, followUpDays: [3], followUpTemplateId: null });

    const copy = await ok<{ id: string }>('outreach.duplicateTemplate', { templateId: 'builtin:first_contact.de' });
    list = await ok<EmailTemplateDto[]>('outreach.templates', { language: 'de' });
    const builtin = list.find((t) => t.id === 'builtin:first_contact.de')!;
    expect(list.find((t) => t.id === copy.id)).toMatchObject({ name: 'Erstkontakt (Kopie)', body: builtin.body, builtin: false });

    const readOnly = await call('outreach.updateTemplate', { id: 0, name: 'x', language: 'de', subject: '', body: 'x' });
    expect(readOnly.ok).toBe(false); // a built-in has no numeric id: only a copy can be edited
    const unordered = await call('outreach.createTemplate', { name: 'x', language: 'de', subject: '', body: 'x', followUpDays: [10, 5] });
    expect(unordered.ok).toBe(false);

    await ok('outreach.removeTemplate', { id: Number(copy.id) });
    expect((await ok<EmailTemplateDto[]>('outreach.templates', {})).some((t) => t.id === copy.id)).toBe(false);
    const gone = await call('outreach.compose', { collaborationId: card, templateId: copy.id });
    expect(gone.ok).toBe(false);
    await ok('outreach.restoreTemplate', { id: Number(copy.id) });
    expect((await ok<EmailTemplateDto[]>('outreach.templates', {})).some((t) => t.id === copy.id)).toBe(true);
  });

  it('fills German and English variables from a real card; unknown ones are listed', async () => {
    await ok('links.add', { collaborationId: card, url: 'https://shop.example.de/protein?utm_source=instagram' });
    const p = await ok<{ subject: string; body: string; unknown: string[] }>('outreach.preview', {
      collaborationId: card,
      language: 'de',
      subject: '{{ kampagne }} – {{firstName}}',
      body: 'Hallo {{vorname}}, {{produkt}} mit Code {{code}}: {{link}} ({{handle}}, {{honorar}}) {{gibtsnicht}}',
    });
    expect(p.subject).toBe('Winter Launch – Jana');
    expect(p.body).toBe('Hallo Jana, Vegan Protein mit Code JANA15: https://shop.example.de/protein?utm_source=instagram (@jana.fit, 0,00 €) {{gibtsnicht}}');
    expect(p.unknown).toEqual(['gibtsnicht']);
  });
});

describe('follow-up sequences (app time zone)', () => {
  it('first contact → reminder after 5 days → second after 10, in Today instead of "no answer"', async () => {
    const reminder = await ok<{ id: string }>('outreach.createTemplate', { name: 'Nachfassen', language: 'de', subject: 'Nochmal: {{kampagne}}', body: 'Hallo {{vorname}}, kurz nachgefragt.' });
    const first = await ok<{ id: string }>('outreach.createTemplate', {
      name: 'Erstkontakt mit Folge',
      language: 'de',
      subject: 'Anfrage',
      body: 'Hallo {{vorname}}',
      followUpDays: [5, 10],
      followUpTemplateId: reminder.id,
    });
    const contacted = (await ok<{ stages: { id: number; key: string | null }[] }>('campaigns.board', { id: campaignId })).stages.find((s) => s.key === 'contacted')!;
    await ok('collaborations.move', { id: card, stageId: contacted.id, index: 0 });
    // 23:30 UTC is already the 11th in Berlin: the days count from the 11th
    await open('2026-11-10T23:30:00Z');
    await ok('outreach.logContacted', { collaborationId: card, templateId: first.id });

    await open('2026-11-15T22:59:00Z'); // Berlin: 15th 23:59 — four days after
    expect(await todayRows()).toEqual([]);
    await open('2026-11-15T23:00:00Z'); // Berlin: 16th 00:00 — due, and no "no answer" row although 4 days passed
    let rows = await todayRows();
    expect(rows.map((r) => [r.key, r.kind, r.section, r.date, r.step, r.steps, r.action])).toEqual([
      [`sequence:${card}`, 'follow_up_due', 'followUp', '2026-11-16', 1, 2, 'sendReminder'],
    ]);
    const mail = await ok<ReminderMail>('today.reminder', { key: `sequence:${card}` });
    expect(mail).toMatchObject({ language: 'de', to: 'jana@example.de', subject: 'Nochmal: Winter Launch', body: 'Hallo Jana, kurz nachgefragt.' });

    await ok('today.saveReminder', { key: `sequence:${card}` });
    expect(await todayRows()).toEqual([]);
    await open('2026-11-20T12:00:00Z');
    expect(await todayRows()).toEqual([]);
    await open('2026-11-21T08:00:00Z');
    rows = await todayRows();
    expect(rows.map((r) => [r.kind, r.date, r.step])).toEqual([['follow_up_due', '2026-11-21', 2]]);
    await ok('today.snooze', { key: `sequence:${card}`, days: 2 });
    expect(await todayRows()).toEqual([]);
    await open('2026-11-23T08:00:00Z');
    expect((await todayRows()).map((r) => r.kind)).toEqual(['follow_up_due']);
    await ok('today.saveReminder', { key: `sequence:${card}` });

    // the sequence is done: the plain rule counts from the last follow-up (4 days)
    await open('2026-11-26T08:00:00Z');
    expect(await todayRows()).toEqual([]);
    await open('2026-11-27T08:00:00Z');
    expect((await todayRows()).map((r) => r.kind)).toEqual(['no_answer']);
  });

  it('a one-off message leaves a running sequence alone; a template without one keeps the plain "no answer" rule', async () => {
    const seq = await ok<{ id: string }>('outreach.createTemplate', { name: 'Mit Folge', language: 'de', subject: '', body: 'x', followUpDays: [3] });
    await ok('outreach.logContacted', { collaborationId: card, templateId: seq.id }); // 2026-11-27
    await ok('outreach.logContacted', { collaborationId: card, templateId: 'builtin:reminder.de' }); // no sequence: it keeps running
    expect(running.core.db.$client.prepare('SELECT outreach_template_id FROM collaborations WHERE id = ?').pluck().get(card)).toBe(seq.id);
    await ok('outreach.removeTemplate', { id: Number(seq.id) }); // a deleted template's sequence ends: the plain rule again
    await ok('outreach.logContacted', { collaborationId: card, templateId: 'builtin:first_contact.de' });
    await open('2026-12-01T08:00:00Z');
    expect((await todayRows()).map((r) => [r.kind, r.date])).toEqual([['no_answer', '2026-11-27']]);
  });
});

describe('follow-up sequences from the shortlist', () => {
  it('a card contacted straight from the shortlist follows its sequence; the plain rule leaves it alone', async () => {
    const p = await ok<{ id: number }>('influencers.create', { name: 'Ole Sand', language: 'de', channels: [{ platform: 'tiktok', handle: 'ole' }] });
    const [ole] = (await ok<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [p.id] })).added;
    const tpl = await ok<{ id: string }>('outreach.createTemplate', { name: 'DM kurz', language: 'de', subject: '', body: 'Hi {{vorname}}', followUpDays: [2] });
    await ok('outreach.logContacted', { collaborationId: ole, templateId: tpl.id }); // 2026-12-01
    const rows = async () => (await ok<TodayDto>('today.list')).items.filter((i) => i.collaborationId === ole).map((i) => [i.kind, i.date]);
    await open('2026-12-02T08:00:00Z');
    expect(await rows()).toEqual([]);
    await open('2026-12-03T08:00:00Z');
    expect(await rows()).toEqual([['follow_up_due', '2026-12-03']]);
    await ok('today.saveReminder', { key: `sequence:${ole}` });
    await open('2026-12-20T08:00:00Z');
    expect(await rows()).toEqual([]); // still on the shortlist: no "no answer" row
  });
});

describe('UTM rules per campaign', () => {
  const ctx = { platform: 'instagram', handle: '@jana.fit', campaignName: 'Winter Launch', influencerName: 'Jana Müller' };

  it('renders {{kanal}} {{handle}} {{kampagne}} {{name}}; empty or unknown rules fall back', () => {
    expect(renderUtmRule('{{kanal}}-{{ handle }}_{{kampagne}}/{{name}}', ctx)).toBe('instagram-jana.fit_winter-launch/jana-mueller');
    expect(renderUtmRule('{{unbekannt}}', ctx)).toBe('{{unbekannt}}');
    expect(utmParamsFor(ctx, { source: 'ig', medium: '', content: '{{kanal}}' })).toEqual({ source: 'ig', medium: 'influencer', campaign: 'winter-launch', content: 'instagram' });
    expect(utmParamsFor({ ...ctx, platform: null, handle: null }, { source: '{{kanal}}' })).toEqual({ source: 'influencer', medium: 'influencer', campaign: 'winter-launch', content: 'jana-mueller' });
  });

  it('shows which saved links change, regenerates them on save and notes it on the card', async () => {
    const built = await ok<{ url: string }>('links.build', { collaborationId: card });
    expect(built.url).toBe('https://shop.example.de/protein?ref=x&utm_source=instagram&utm_medium=influencer&utm_campaign=winter-launch&utm_content=jana.fit');
    const saved = await ok<{ id: number }>('links.add', { collaborationId: card, url: built.url });
    await ok('links.add', { collaborationId: card, url: 'https://example.de/plain' }); // typed in, no UTM: never rewritten
    const rules = { source: '{{kanal}}', medium: 'creator', campaign: 'wl-{{kampagne}}', content: '{{handle}}' };
    const preview = await ok<{ changes: UtmLinkChange[]; sample: string }>('campaigns.utmPreview', { campaignId, rules });
    const to = 'https://shop.example.de/protein?ref=x&utm_source=instagram&utm_medium=creator&utm_campaign=wl-winter-launch&utm_content=jana.fit';
    expect(preview.changes.find((c) => c.linkId === saved.id)).toMatchObject({ person: 'Jana Müller', from: built.url, to });
    expect(preview.changes.map((c) => c.to)).not.toContain('https://example.de/plain');
    expect(preview.sample).toBe(to);

    const r = await ok<{ regenerated: number }>('campaigns.setUtmRules', { campaignId, rules });
    expect(r.regenerated).toBe(preview.changes.length);
    expect(await ok('campaigns.utmRules', { campaignId })).toMatchObject({ rules });
    const d = await ok<CollaborationDetail>('collaborations.get', { id: card });
    expect(d.links.map((l) => l.url)).toContain(to);
    expect(d.links.map((l) => l.url)).toContain('https://example.de/plain');
    expect(d.history.some((e) => e.note === `link_regenerated\n${built.url}\n${to}`)).toBe(true);
    expect((await ok<{ url: string }>('links.build', { collaborationId: card })).url).toBe(to);
    // back to the defaults: nothing stored, the link follows today's rule again
    await ok('campaigns.setUtmRules', { campaignId, rules: {} });
    expect(await ok('campaigns.utmRules', { campaignId })).toMatchObject({ rules: {} });
    expect((await ok<{ url: string }>('links.build', { collaborationId: card })).url).toBe(built.url);
  });
});
