import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import type { SampleDto } from '../../../src/shared/contract';

/** The samples domain (src/main/samples): its refusals, kept as they were when samples lived in content/. */

type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
let collaborationId: number;
const ok = async <V>(method: string, input: unknown): Promise<V> => {
  const r = await t.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
};
const item = { name: 'Shaker', quantity: 1, valueMinor: 990 };

beforeAll(async () => {
  t = await testCore('empty');
  const { id: campaignId } = await ok<{ id: number }>('campaigns.create', { name: 'Launch', goal: 'launch' });
  const { id: influencerId } = await ok<{ id: number }>('influencers.create', { name: 'Jörg', channels: [{ platform: 'instagram', handle: 'joerg' }] });
  collaborationId = (await ok<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [influencerId] })).added[0];
});
afterAll(async () => t.dispose());

describe('samples', () => {
  it('refuses a card that does not exist, naming the card', async () => {
    for (const [method, input] of [
      ['samples.list', { collaborationId: 999 }],
      ['samples.save', { collaborationId: 999, items: [item] }],
    ] as const) {
      const r = await t.dispatch(method, input);
      expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'collaborations.notFound', params: { id: 999 }, field: 'collaborationId' } });
    }
  });

  it('refuses changing or deleting a sample that is not there, and deletes one that is', async () => {
    const { id } = await ok<{ id: number }>('samples.save', { collaborationId, items: [item] });
    const wrong = await t.dispatch('samples.save', { id: id + 1, collaborationId, items: [item] });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'content.sampleNotFound', params: { id: id + 1 }, field: 'id' } });
    expect(await ok<{ id: number }>('samples.remove', { id })).toEqual({ id });
    expect(await ok<SampleDto[]>('samples.list', { collaborationId })).toEqual([]);
    const again = await t.dispatch('samples.remove', { id });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'content.sampleNotFound', params: { id } } });
  });
});
