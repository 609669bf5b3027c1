import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import type { InfluencerDetail, InfluencerRow } from '../../../src/shared/contract';

/** Issue 13: an import stores what the sheet says — on a real SQLite file, through the real dispatcher. */
type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
const ok = async <V>(method: string, input: unknown): Promise<V> => {
  const r = await t.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
};
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => {
  await t.dispose();
});

describe('spreadsheet import fidelity', () => {
  it('keeps an ER of 2,1 % as 2,1 %, marked as from the sheet, without invented likes; own niches stay whole', async () => {
    const sheet = 'Name;Instagram;Follower;Engagement-Rate;Nische\nLea Sommer;@lea.sommer;138.850;2,1 %;Vegan Food, Eltern & Familie\n';
    const preview = await ok<{ mapping: Record<string, string | null> }>('influencers.import.preview', { fileName: 'liste.csv', dataBase64: b64(sheet), locale: 'de' });
    const res = await ok<{ created: number }>('influencers.import.commit', { fileName: 'liste.csv', dataBase64: b64(sheet), mapping: preview.mapping, locale: 'de', duplicates: [] });
    expect(res.created).toBe(1);
    const { rows } = await ok<{ rows: InfluencerRow[] }>('influencers.list', { search: 'Lea Sommer' });
    expect(rows[0]).toMatchObject({ engagementRateBp: 210, erFromSheet: true }); // the directory row marks it too
    const detail = await ok<InfluencerDetail>('influencers.get', { id: rows[0].id });
    const ch = detail.channels[0];
    expect(ch).toMatchObject({ followers: 138850, avgLikes: 0, avgComments: 0, sheetErBp: 210, engagementRateBp: 210 });
    expect(detail.niches).toEqual(['Vegan Food', 'parenting']);
    // The row stored in the file itself, not only what the API computes.
    const stored = t.core.db.$client.prepare('SELECT avg_likes AS likes, sheet_er_bp AS er FROM channels WHERE handle = ?').get('lea.sommer');
    expect(stored).toEqual({ likes: 0, er: 210 });
    // The ER filter sees the sheet's ER too.
    const filtered = await ok<{ total: number }>('influencers.list', { erMinBp: 200, erMaxBp: 220 });
    expect(filtered.total).toBe(1);
  });

  it('keeps the sheet ER when the profile is saved from a form that does not send it', async () => {
    const { rows } = await ok<{ rows: InfluencerRow[] }>('influencers.list', { search: 'Lea Sommer' });
    const d = await ok<InfluencerDetail>('influencers.get', { id: rows[0].id });
    const channels = d.channels.map(({ platform, handle, url, followers, avgLikes, avgComments, avgShares, avgViews, isPrimary }) => ({
      platform, handle, url, followers, avgLikes, avgComments, avgShares, avgViews, isPrimary,
    }));
    await ok('influencers.update', { id: d.id, name: d.name, channels, niches: d.niches });
    const again = await ok<InfluencerDetail>('influencers.get', { id: d.id });
    expect(again.channels[0]).toMatchObject({ sheetErBp: 210, engagementRateBp: 210 });
  });
});
