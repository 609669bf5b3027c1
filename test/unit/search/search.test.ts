/**
 * Global search (issue 14) on the real demo workspace: people, campaigns, codes, orders and briefings, each
 * found the way a user types them (part of a name, another case, without '#'); nothing from the trash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import type { SearchHit } from '../../../src/shared/contract';

let t: Awaited<ReturnType<typeof testCore>>;
beforeAll(async () => {
  t = await testCore('demo');
});
afterAll(async () => t.dispose());

const search = async (q: string): Promise<SearchHit[]> => {
  const r = await t.dispatch('search.global', { q });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { hits: SearchHit[] }).hits;
};
const one = <T,>(sql: string): T => t.core.db.$client.prepare(sql).get() as T;

describe('search.global', () => {
  it('finds a person by the start of a name, and no longer once they are in the trash', async () => {
    const p = one<{ id: number; name: string }>('SELECT id, name FROM influencers WHERE deleted_at IS NULL ORDER BY id LIMIT 1');
    const part = p.name.split(' ')[0]!.slice(0, 4);
    expect((await search(part)).some((h) => h.kind === 'person' && h.influencerId === p.id)).toBe(true);
    await t.dispatch('influencers.delete', { id: p.id });
    expect((await search(p.name)).some((h) => h.kind === 'person' && h.influencerId === p.id)).toBe(false);
    await t.dispatch('influencers.restore', { id: p.id });
  });

  it('finds a campaign by its name in another case', async () => {
    const c = one<{ id: number; name: string }>('SELECT id, name FROM campaigns ORDER BY id LIMIT 1');
    const hits = await search(c.name.toLocaleUpperCase('de').slice(0, 8));
    expect(hits).toContainEqual(expect.objectContaining({ kind: 'campaign', campaignId: c.id }));
  });

  it('finds a voucher code typed in lower case, with the card it belongs to', async () => {
    const v = one<{ code: string; collaborationId: number }>('SELECT code, collaboration_id AS collaborationId FROM voucher_codes ORDER BY id LIMIT 1');
    const hits = await search(v.code.toLowerCase());
    expect(hits).toContainEqual(expect.objectContaining({ kind: 'code', title: v.code, collaborationId: v.collaborationId }));
  });

  it("finds an order by its number with or without '#'", async () => {
    const o = one<{ orderId: string; collaborationId: number | null }>('SELECT order_id AS orderId, collaboration_id AS collaborationId FROM redemptions WHERE collaboration_id IS NOT NULL ORDER BY id LIMIT 1');
    const bare = o.orderId.replace(/^#/, '');
    for (const typed of [bare, `#${bare}`]) {
      const hits = await search(typed);
      expect(hits).toContainEqual(expect.objectContaining({ kind: 'order', title: o.orderId, collaborationId: o.collaborationId }));
    }
  });

  it('finds a word of a briefing and shows it in context', async () => {
    await t.dispatch('campaigns.list', {});
    const b = one<{ campaignId: number } | undefined>('SELECT campaign_id AS campaignId FROM briefings WHERE collaboration_id IS NULL LIMIT 1');
    const campaignId = b?.campaignId ?? one<{ id: number }>('SELECT id FROM campaigns ORDER BY id LIMIT 1').id;
    const r = await t.dispatch('briefings.save', { campaignId, sections: { hashtags: 'Bitte zeig das Müsli beim Frühstück, nicht im Fitnessstudio.' } });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const hits = await search('frühstück');
    const hit = hits.find((h) => h.kind === 'briefing' && h.campaignId === campaignId);
    expect(hit?.detail).toContain('Frühstück');
  });

  it('answers a query with nothing to find with no hits, and refuses an empty one', async () => {
    expect(await search('zzqxv-nothing')).toEqual([]);
    const r = await t.dispatch('search.global', { q: '   ' });
    expect(r.ok).toBe(false);
  });
});
