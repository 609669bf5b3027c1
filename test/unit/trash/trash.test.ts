import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { call, callErr, campaign, influencer, type T } from '../collaborations/setup';
import type { AppEvent } from '../../../src/shared/events';

describe('trash (Papierkorb)', () => {
  let t: T;
  beforeAll(async () => {
    t = await testCore('empty');
  });
  afterAll(async () => t.dispose());

  it('lists deleted people, removed cards and deleted campaigns, restores each, and announces the change', async () => {
    const events: AppEvent[] = [];
    const off = t.core.events.subscribe((e: AppEvent) => events.push(e));
    const anna = await influencer(t, 'Anna Krüger');
    const ben = await influencer(t, 'Ben Wolf');
    const c = await campaign(t, 'Herbst');
    const gone = await campaign(t, 'Winter');
    const { added } = await call(t, 'collaborations.add', { campaignId: c.id, influencerIds: [ben] });
    expect(added).toHaveLength(1);
    const board = await call(t, 'campaigns.board', { id: c.id });
    const cardId = board.cards[0]!.id;

    await call(t, 'influencers.delete', { id: anna });
    await call(t, 'collaborations.remove', { id: cardId });
    await call(t, 'campaigns.delete', { id: gone.id });

    const items = await call(t, 'trash.list', {});
    expect(items.map((i) => [i.kind, i.name, i.campaignName]).sort()).toEqual(
      [
        ['campaign', 'Winter', null],
        ['collaboration', 'Ben Wolf', 'Herbst'],
        ['influencer', 'Anna Krüger', null],
      ].sort(),
    );
    // a deleted campaign leaves the list of campaigns
    expect((await call(t, 'campaigns.list', { includeArchived: true })).map((r) => r.name)).toEqual(['Herbst']);

    events.length = 0;
    await call(t, 'trash.restore', { kind: 'campaign', id: gone.id });
    await call(t, 'trash.restore', { kind: 'collaboration', id: cardId });
    await call(t, 'trash.restore', { kind: 'influencer', id: anna });
    expect(await call(t, 'trash.list', {})).toEqual([]);
    expect((await call(t, 'campaigns.list', { includeArchived: true })).map((r) => r.name).sort()).toEqual(['Herbst', 'Winter']);
    expect((await call(t, 'campaigns.board', { id: c.id })).cards.map((x) => x.id)).toEqual([cardId]);
    expect(events.filter((e) => e.type === 'data.changed').length).toBe(3);
    off();
  });

  it('empties the trash for good, cards of deleted campaigns and people included; nothing else is touched', async () => {
    const keep = await influencer(t, 'Clara Hofmann');
    const drop = await influencer(t, 'Dora Brandt');
    const c = await campaign(t, 'Frühling');
    const d = await campaign(t, 'Sommer');
    await call(t, 'collaborations.add', { campaignId: c.id, influencerIds: [keep, drop] });
    await call(t, 'collaborations.add', { campaignId: d.id, influencerIds: [keep] });
    await call(t, 'influencers.delete', { id: drop });
    await call(t, 'campaigns.delete', { id: d.id });

    const out = await call(t, 'trash.empty', {});
    expect(out).toEqual({ influencers: 1, collaborations: 2, campaigns: 1 });
    expect(await call(t, 'trash.list', {})).toEqual([]);
    expect((await callErr(t, 'trash.restore', { kind: 'campaign', id: d.id })).code).toBe('NOT_FOUND');
    expect((await callErr(t, 'trash.restore', { kind: 'influencer', id: drop })).code).toBe('NOT_FOUND');
    // the rest stays
    expect((await call(t, 'campaigns.board', { id: c.id })).cards.map((x) => x.influencerName)).toEqual(['Clara Hofmann']);
    expect((await call(t, 'influencers.get', { id: keep })).name).toBe('Clara Hofmann');
  });
});
