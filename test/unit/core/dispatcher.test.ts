import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { contract } from '../../../src/shared/contract';
import { handlers } from '../../../src/main/api/registry';

type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

describe('dispatcher', () => {
  it('has a handler for every method of the contract and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('refuses an unknown method', async () => {
    const r = await t.dispatch('influencers.drop', {});
    expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method: influencers.drop' } });
  });

  it('rejects invalid input before any write, naming the field', async () => {
    const r = await t.dispatch('influencers.create', { name: 'Lena', email: 'not-an-email' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.field).toBe('email');
      expect(r.error.message).toMatch(/email/);
    }
    const nested = await t.dispatch('influencers.create', { name: 'Lena', channels: [{ platform: 'instagram', handle: '' }] });
    expect(!nested.ok && nested.error.field).toBe('channels.0.handle');
    const unknownKey = await t.dispatch('influencers.create', { name: 'Lena', sneaky: 1 });
    expect(unknownKey.ok).toBe(false);
    expect(t.core.db.$client.prepare('SELECT count(*) FROM influencers').pluck().get()).toBe(0);
  });

  it('returns a value envelope and persists through the real database', async () => {
    const created = await t.dispatch('influencers.create', {
      name: 'Jörg Müller',
      country: 'DE',
      niches: ['food'],
      channels: [{ platform: 'instagram', handle: '@joerg.kocht', followers: 12_000, avgLikes: 400, avgComments: 30, avgShares: 10 }],
    });
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const got = await t.dispatch('influencers.get', { id });
    expect(got.ok && (got.value as { channels: { handle: string; engagementRateBp: number; tier: string }[] }).channels[0]).toMatchObject({
      handle: 'joerg.kocht',
      engagementRateBp: 367,
      tier: 'micro',
    });
  });

  it('updates only the fields a call names (no defaults wipe what is stored)', async () => {
    const list = await t.dispatch('influencers.list', { search: 'Jörg' });
    const id = list.ok ? (list.value as { rows: { id: number }[] }).rows[0].id : 0;
    await t.dispatch('influencers.update', { id, niches: ['food', 'vegan'], notes: 'kocht vegan' });
    const renamed = await t.dispatch('influencers.update', { id, name: 'Jörg M. Müller' });
    expect(renamed.ok).toBe(true);
    const got = await t.dispatch('influencers.get', { id });
    expect(got.ok && got.value).toMatchObject({ name: 'Jörg M. Müller', niches: ['food', 'vegan'], notes: 'kocht vegan' });
    expect(got.ok && (got.value as { channels: unknown[] }).channels).toHaveLength(1);
    await t.dispatch('influencers.update', { id, name: 'Jörg Müller' });
  });

  it('maps domain errors to their code and field', async () => {
    const r = await t.dispatch('influencers.create', { name: 'Copy', channels: [{ platform: 'instagram', handle: 'JOERG.KOCHT' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('CONFLICT');
      expect(r.error.field).toBe('channels.0.handle');
      expect(r.error.message).toContain('Jörg Müller');
    }
    const missing = await t.dispatch('campaigns.get', { id: 4242 });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });

  it('hides unexpected errors behind a short message without a stack trace', async () => {
    const original = t.core.db.$client.prepare.bind(t.core.db.$client);
    (t.core.db.$client as unknown as { prepare: unknown }).prepare = () => {
      throw new Error('disk on fire at /secret/path');
    };
    try {
      const r = await t.dispatch('influencers.list', {});
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INTERNAL');
        expect(JSON.stringify(r)).not.toMatch(/secret|disk on fire|at /);
      }
    } finally {
      (t.core.db.$client as unknown as { prepare: unknown }).prepare = original;
    }
  });

  it('validates settings as a whole', async () => {
    const r = await t.dispatch('settings.update', { tierThresholds: { micro: 5000, macro: 1000, mega: 2_000_000 } });
    expect(!r.ok && r.error.field).toBe('tierThresholds.macro');
    const ok = await t.dispatch('settings.update', { locale: 'de', maxActiveCollaborations: 8 });
    expect(ok.ok && (ok.value as { locale: string; maxActiveCollaborations: number })).toMatchObject({ locale: 'de', maxActiveCollaborations: 8 });
  });
});
