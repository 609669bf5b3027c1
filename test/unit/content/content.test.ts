import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { hasDisclosure } from '../../../src/main/content/service';
import type { DashboardSummary, PostDto, SampleDto } from '../../../src/shared/contract';

type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
let collaborationId: number;
const ok = async <V>(method: string, input: unknown): Promise<V> => {
  const r = await t.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
};

beforeAll(async () => {
  t = await testCore('empty');
  const { id: campaignId } = await ok<{ id: number }>('campaigns.create', { name: 'Launch', goal: 'launch', disclosureText: '#anzeige' });
  const { id: influencerId } = await ok<{ id: number }>('influencers.create', { name: 'Jörg', channels: [{ platform: 'instagram', handle: 'joerg' }] });
  const added = await ok<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: [influencerId] });
  collaborationId = added.added[0];
  const briefed = t.core.db.$client.prepare("SELECT id FROM stages WHERE campaign_id = ? AND key = 'briefed'").pluck().get(campaignId);
  await ok('collaborations.move', { id: collaborationId, stageId: briefed, index: 0 });
  await ok('collaborations.update', { id: collaborationId, feeMinor: 30_000, paymentStatus: 'agreed' }); // a proposed fee is not a cost yet (insights/rules.ts)
});
afterAll(async () => t.dispose());

describe('ad disclosure detection', () => {
  it('finds the usual labels as words of their own, and the campaign text', () => {
    expect(hasDisclosure('Mein neues Lieblingsprotein #werbung')).toBe(true);
    expect(hasDisclosure('ANZEIGE | Protein-Test')).toBe(true);
    // issue 14: #ad alone is a weak label for a German audience (the default without a campaign label)
    expect(hasDisclosure('Loving this #ad')).toBe(false);
    expect(hasDisclosure('Loving this #ad', '#ad')).toBe(true);
    expect(hasDisclosure('Bezahlte Partnerschaft mit GrünFit')).toBe(true);
    expect(hasDisclosure('Mein #adventskalender ist da')).toBe(false);
    expect(hasDisclosure('Werbungskosten sparen')).toBe(false);
    // issue 14: "Kooperation" is a weak label in a German campaign even when the campaign chose it; its own clear label counts
    expect(hasDisclosure('Danke @gruenfit! [Kooperation]', '[Kooperation]')).toBe(false);
    expect(hasDisclosure('GrünFit-Test: Danke @gruenfit!', 'GrünFit-Test')).toBe(true);
    expect(hasDisclosure('no label at all')).toBe(false);
  });
});

describe('samples and posts', () => {
  it('records a sample shipment, sums its items, and counts it as cost once shipped', async () => {
    const { id } = await ok<{ id: number }>('samples.save', {
      collaborationId,
      items: [{ name: 'Vegan Protein Vanille', quantity: 2, valueMinor: 2_999 }, { name: 'Shaker', quantity: 1, valueMinor: 990 }],
      shippingCostMinor: 499,
      carrier: 'DHL',
      trackingNumber: '00340434161234567890',
      status: 'planned',
    });
    let samples = await ok<SampleDto[]>('samples.list', { collaborationId });
    expect(samples[0]).toMatchObject({ id, valueMinor: 6_988, shippingCostMinor: 499, carrier: 'DHL' });
    let kpis = await ok<DashboardSummary>('dashboard.summary', {});
    expect(kpis.totals.costMinor).toBe(30_000); // planned: not a cost yet
    await ok('samples.save', { id, collaborationId, items: samples[0].items, shippingCostMinor: 499, status: 'shipped', shippedOn: '2026-11-20' });
    kpis = await ok<DashboardSummary>('dashboard.summary', {});
    expect(kpis.totals.costMinor).toBe(30_000 + 6_988 + 499);
    const bad = await t.dispatch('samples.save', { collaborationId, items: [{ name: 'X', quantity: 1, valueMinor: 1 }], shippedOn: '2026-11-20', deliveredOn: '2026-11-19' });
    expect(!bad.ok && bad.error.field).toBe('deliveredOn');
    samples = await ok<SampleDto[]>('samples.list', { collaborationId });
    expect(samples).toHaveLength(1);
  });

  it('records posts with their numbers, detects the disclosure and feeds the KPIs', async () => {
    const first = await ok<{ id: number; disclosurePresent: boolean }>('posts.save', {
      collaborationId, platform: 'instagram', kind: 'reel', postedAt: '2026-11-22', caption: 'Mein Frühstück mit GrünFit #anzeige',
      reach: 20_000, likes: 900, comments: 60, shares: 30, saves: 10, clicks: 120,
    });
    expect(first.disclosurePresent).toBe(true);
    const second = await ok<{ id: number; disclosurePresent: boolean }>('posts.save', {
      collaborationId, platform: 'instagram', kind: 'story', caption: 'Swipe up!', reach: 5_000, likes: 0, comments: 0,
    });
    expect(second.disclosurePresent).toBe(false);
    const posts = await ok<PostDto[]>('posts.list', { collaborationId });
    expect(posts.map((p) => p.engagementRateBp)).toEqual([500, 0]);
    const board = await ok<{ cards: { badges: { contentLive: boolean; disclosureMissing: boolean } }[] }>('campaigns.board', {
      id: (t.core.db.$client.prepare('SELECT campaign_id FROM collaborations WHERE id = ?').pluck().get(collaborationId) as number),
    });
    expect(board.cards[0].badges).toMatchObject({ contentLive: true, disclosureMissing: true });
    const kpis = await ok<DashboardSummary>('dashboard.summary', {});
    expect(kpis.totals.reach).toBe(25_000);
    expect(kpis.totals.engagements).toBe(1_000);
    expect(kpis.totals.engagementRateBp).toBe(400);
    await ok('posts.remove', { id: second.id });
    expect(await ok<PostDto[]>('posts.list', { collaborationId })).toHaveLength(1);
    const missing = await t.dispatch('posts.remove', { id: second.id });
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
  });
});
