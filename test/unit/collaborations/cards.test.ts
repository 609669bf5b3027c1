import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import type { AppEvent } from '../../../src/shared/events';
import { call, callErr, campaign, columns, expectDense, influencer, type T } from './setup';

describe('adding people and card details', () => {
  let t: T;
  beforeAll(async () => {
    t = await testCore('empty');
  });
  afterAll(async () => t.dispose());

  it('adds many at once in order, skips people already in and unknown ids, and reports the limit', async () => {
    await call(t, 'settings.update', { maxActiveCollaborations: 3 });
    const camp = await campaign(t, 'Limits');
    const ids = [];
    for (const n of ['Anna', 'Ben', 'Cem', 'Dora']) ids.push(await influencer(t, n));
    const events: AppEvent[] = [];
    const off = t.core.events.subscribe((e) => events.push(e));

    const first = await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [ids[0], ids[1]] });
    expect(first).toMatchObject({ skipped: [], active: 2, limit: 3 });
    expect(first.added).toHaveLength(2);

    const second = await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [ids[1], 987_654, ids[2], ids[3], ids[3]] });
    expect(second.skipped).toEqual([
      { influencerId: ids[1], reason: 'already_in_campaign' },
      { influencerId: 987_654, reason: 'not_found' },
      { influencerId: ids[3], reason: 'already_in_campaign' },
    ]);
    expect(second.added).toHaveLength(2);
    expect(second.active).toBe(4);
    expect(second.active > second.limit).toBe(true);
    expect(columns(t, camp.id).get(camp.stages[0])).toEqual([...first.added, ...second.added]);
    expectDense(t, camp.id);
    expect(events.some((e) => e.type === 'data.changed' && e.scopes.includes('collaborations'))).toBe(true);
    off();

    // The card's influencer matches, in input order
    const owners = t.core.db.$client.prepare('SELECT influencer_id FROM collaborations WHERE id = ?').pluck();
    expect([...first.added, ...second.added].map((c) => owners.get(c))).toEqual(ids);

    // completed / declined do not count as active
    const completed = camp.stages[6];
    const declined = camp.stages[7];
    await call(t, 'collaborations.move', { id: first.added[0], stageId: completed, index: 0 });
    await call(t, 'collaborations.move', { id: first.added[1], stageId: declined, index: 0 });
    const dana = await influencer(t, 'Emil');
    const third = await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [dana], stageId: camp.stages[2] });
    expect(third.active).toBe(3);
    expect(columns(t, camp.id).get(camp.stages[2])).toEqual(third.added);

    // a stage of another campaign is refused; an unknown campaign is NOT_FOUND
    const other = await campaign(t, 'Other');
    expect((await callErr(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [dana], stageId: other.stages[0] })).field).toBe('stageId');
    expect((await callErr(t, 'collaborations.add', { campaignId: 999_999, influencerIds: [dana] })).code).toBe('NOT_FOUND');
  });

  it('re-adding someone taken off the board restores their card (with its data) into the target stage', async () => {
    const camp = await campaign(t, 'Comeback');
    const p = await influencer(t, 'Fritz Fuchs');
    const { added } = await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [p] });
    await call(t, 'collaborations.update', { id: added[0], feeMinor: 25_000 });
    await call(t, 'collaborations.move', { id: added[0], stageId: camp.stages[3], index: 0 });
    await call(t, 'collaborations.remove', { id: added[0] });
    const again = await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [p] });
    expect(again.added).toEqual(added);
    const card = await call(t, 'collaborations.get', { id: added[0] });
    expect(card.feeMinor).toBe(25_000);
    expect(card.stageId).toBe(camp.stages[0]);
    expect(card.history.at(-1)).toMatchObject({ fromKey: 'briefed', toKey: 'shortlist', note: 'restored' });
    expectDense(t, camp.id);
  });

  it('returns the full card and updates it with replace-list deliverables', async () => {
    const camp = await campaign(t, 'Detail', { currency: 'EUR' });
    const p = await influencer(t, 'Jörg Müller', { handle: 'joerg.kocht', followers: 12_000, email: 'joerg@example.de' });
    const { added } = await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [p] });
    const id = added[0];
    let card = await call(t, 'collaborations.get', { id });
    expect(card).toMatchObject({
      id,
      campaignId: camp.id,
      campaignName: 'Detail',
      campaignCurrency: 'EUR',
      stageId: camp.stages[0],
      position: 0,
      influencer: { id: p, name: 'Jörg Müller', email: 'joerg@example.de', platform: 'instagram', handle: 'joerg.kocht', followers: 12_000, tier: 'micro', engagementRateBp: 367 },
      type: 'product_test',
      feeMinor: 0,
      deliverables: [],
      codes: [],
      links: [],
      attachments: [],
    });

    await call(t, 'collaborations.update', {
      id,
      type: 'sponsored_post',
      feeMinor: 25_000,
      commissionBp: 1_000,
      paymentStatus: 'invoiced',
      invoicedOn: '2026-05-02',
      notes: 'Prefers reels',
      deliverables: [
        { kind: 'reel', count: 1, dueDate: '2026-06-01' },
        { kind: 'story', count: 3 },
      ],
    });
    card = await call(t, 'collaborations.get', { id });
    expect(card).toMatchObject({ type: 'sponsored_post', feeMinor: 25_000, commissionBp: 1_000, paymentStatus: 'invoiced', invoicedOn: '2026-05-02', notes: 'Prefers reels' });
    expect(card.deliverables.map((d) => [d.kind, d.count, d.dueDate])).toEqual([
      ['reel', 1, '2026-06-01'],
      ['story', 3, null],
    ]);
    const reel = card.deliverables[0];

    // keep the reel (by id, changed), drop the stories, add a post
    await call(t, 'collaborations.update', { id, deliverables: [{ id: reel.id, kind: 'reel', count: 2, doneAt: '2026-06-02' }, { kind: 'post' }] });
    card = await call(t, 'collaborations.get', { id });
    expect(card.deliverables).toEqual([
      { id: reel.id, kind: 'reel', count: 2, dueDate: null, doneAt: '2026-06-02' },
      { id: expect.any(Number), kind: 'post', count: 1, dueDate: null, doneAt: null },
    ]);
    expect(card.feeMinor).toBe(25_000); // untouched fields stay

    // a deliverable of another card, and a channel of another person, are refused without any write
    const q = await influencer(t, 'Other Person');
    const { added: other } = await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [q] });
    await call(t, 'collaborations.update', { id: other[0], deliverables: [{ kind: 'live' }] });
    const foreign = (await call(t, 'collaborations.get', { id: other[0] })).deliverables[0].id;
    expect((await callErr(t, 'collaborations.update', { id, notes: 'x', deliverables: [{ id: foreign, kind: 'post' }] })).field).toBe('deliverables.0.id');
    expect((await call(t, 'collaborations.get', { id })).notes).toBe('Prefers reels');
    const foreignChannel = t.core.db.$client.prepare('SELECT id FROM channels WHERE influencer_id = ?').pluck().get(q) as number;
    expect((await callErr(t, 'collaborations.update', { id, channelId: foreignChannel })).field).toBe('channelId');
    expect((await callErr(t, 'collaborations.get', { id: 999_999 })).code).toBe('NOT_FOUND');
  });
});

describe('on the demo workspace', () => {
  let t: T;
  beforeAll(async () => {
    t = await testCore('demo');
  });
  afterAll(async () => t.dispose());

  it('reads every card, attributes demo orders to codes, builds links and keeps boards dense after moves', async () => {
    const campaigns = await call(t, 'campaigns.list', { includeArchived: true });
    let codesWithOrders = 0;
    for (const c of campaigns) {
      const board = await call(t, 'campaigns.board', { id: c.id });
      expectDense(t, c.id);
      for (const card of board.cards) {
        const d = await call(t, 'collaborations.get', { id: card.id });
        expect(d.stageId).toBe(card.stageId);
        codesWithOrders += d.codes.filter((x) => x.orders > 0).length;
      }
      const [first] = board.cards;
      const url = (await call(t, 'links.build', { collaborationId: first.id })).url;
      expect(new URL(url).searchParams.get('utm_medium')).toBe('influencer');
      const last = board.stages.at(-1)!;
      await call(t, 'collaborations.move', { id: first.id, stageId: last.id, index: 0 });
      expectDense(t, c.id);
    }
    expect(codesWithOrders).toBeGreaterThan(0);
  });
});
