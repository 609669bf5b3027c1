import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { appToday } from '../../../src/main/core/today';
import type { ImportPreview } from '../../../src/shared/contract';

/**
 * Issue 13: an influencer import can be undone like a shop import (people it created go, people it merged into
 * get back every stored column, their channels and snapshots), and a duplicate's merge shows and honours a
 * choice per field. On a real SQLite file, through the real dispatcher.
 */
type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
const ok = async <V>(method: string, input: unknown): Promise<V> => {
  const r = await t.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
};
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const dump = (id: number) => ({
  influencer: t.core.db.$client.prepare('SELECT * FROM influencers WHERE id = ?').get(id),
  channels: t.core.db.$client.prepare('SELECT * FROM channels WHERE influencer_id = ? ORDER BY id').all(id),
  snapshots: t.core.db.$client.prepare('SELECT s.* FROM channel_snapshots s JOIN channels c ON c.id = s.channel_id WHERE c.influencer_id = ? ORDER BY s.id').all(id),
});

beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => {
  await t.dispose();
});

describe('influencer import undo and per-field merge', () => {
  it('shows old → new per field with larger/newer defaults, merges as chosen, and undo restores every column', async () => {
    const { id: lea } = await ok<{ id: number }>('influencers.create', {
      name: 'Lea Sommer',
      email: 'lea@example.de',
      city: 'Köln',
      country: 'DE',
      niches: ['vegan'],
      tags: ['Stammkundin'],
      notes: 'Mag Hafer.',
      audience: { topCountries: [{ country: 'DE', shareBp: 8000 }], ageBands: { '25-34': 6000 }, gender: { female: 7000, male: 2500, other: 500 } },
      rates: [{ kind: 'post', amountMinor: 25_000, currency: 'EUR' }],
      channels: [{ platform: 'instagram', handle: 'lea.sommer', followers: 138_850, avgLikes: 4_000, avgComments: 80, isPrimary: true }],
    });
    const channelId = (dump(lea).channels[0] as { id: number }).id;
    await ok('influencers.snapshots.add', { channelId, takenOn: '2026-01-05', followers: 120_000, avgLikes: 3_000, avgComments: 50 });
    // a snapshot typed in on the import day, which the import overwrites
    await ok('influencers.snapshots.add', { channelId, takenOn: appToday(t.core), followers: 138_850, avgLikes: 4_000, avgComments: 80 });
    const before = dump(lea);

    const sheet =
      'Name;Instagram;Follower;Ø Likes;Engagement-Rate;E-Mail;Ort;Nische;Notizen;TikTok\n' +
      'Lea S.;@lea.sommer;12.900;5.100;2,1 %;neu@example.de;Berlin;Vegan Food;Neue Notiz;@lea.tt\n' +
      'Tom Neu;@tom.neu;4.000;;;;;;;\n';
    const preview = await ok<ImportPreview>('influencers.import.preview', { fileName: 'liste.csv', dataBase64: b64(sheet), locale: 'de' });
    const dup = preview.duplicates.find((d) => d.existingInfluencerId === lea)!;
    const byField = Object.fromEntries(dup.fields.map((f) => [f.field, f]));
    // old → new, with the defaults: contact data kept, the larger follower count kept, newer likes and ER taken
    expect(byField.followers).toMatchObject({ existing: 138_850, incoming: 12_900, choice: 'existing' });
    expect(byField.avgLikes).toMatchObject({ existing: 4_000, incoming: 5_100, choice: 'incoming' });
    expect(byField.engagementRate).toMatchObject({ existing: null, incoming: 210, choice: 'incoming' });
    expect(byField.email).toMatchObject({ existing: 'lea@example.de', incoming: 'neu@example.de', choice: 'existing' });
    expect(byField.city).toMatchObject({ existing: 'Köln', incoming: 'Berlin', choice: 'existing' });
    expect(byField.name).toMatchObject({ existing: 'Lea Sommer', incoming: 'Lea S.', choice: 'existing' });
    expect(byField.niches?.incoming).toBe('vegan, Vegan Food');

    // the user takes the sheet's city and keeps the old likes
    const res = await ok<{ batchId: number; created: number; merged: number }>('influencers.import.commit', {
      fileName: 'liste.csv',
      dataBase64: b64(sheet),
      mapping: preview.mapping,
      locale: 'de',
      duplicates: [{ row: dup.row, action: 'merge', fields: { city: 'incoming', avgLikes: 'existing' } }],
    });
    expect(res).toMatchObject({ created: 1, merged: 1 });
    const merged = dump(lea);
    expect(merged.influencer).toMatchObject({ name: 'Lea Sommer', email: 'lea@example.de', city: 'Berlin' });
    const ig = (merged.channels as { handle: string; followers: number; avg_likes: number; sheet_er_bp: number | null }[]).find((c) => c.handle === 'lea.sommer')!;
    expect(ig).toMatchObject({ followers: 138_850, avg_likes: 4_000, sheet_er_bp: 210 });
    expect(merged.channels).toHaveLength(2); // the TikTok channel was added
    expect(merged).not.toEqual(before);
    expect(t.core.db.$client.prepare('SELECT count(*) FROM influencer_import_changes WHERE batch_id = ?').pluck().get(res.batchId)).toBe(2);

    // undo: Tom is gone, Lea is back to every stored column, channel and snapshot
    const undo = await ok<{ removed: number; restored: number }>('imports.undo', { id: res.batchId });
    expect(undo).toMatchObject({ removed: 1, restored: 1 });
    expect(dump(lea)).toEqual(before);
    const tom = await ok<{ total: number }>('influencers.list', { search: 'Tom Neu' });
    expect(tom.total).toBe(0);
    expect(t.core.db.$client.prepare("SELECT count(*) FROM channels WHERE handle IN ('tom.neu', 'lea.tt')").pluck().get()).toBe(0);
    const batch = await ok<{ status: string }>('imports.get', { id: res.batchId });
    expect(batch.status).toBe('undone');
    // a second undo is refused with a keyed message
    const again = await t.dispatch('imports.undo', { id: res.batchId });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.key).toBe('imports.alreadyUndone');
  });
});
