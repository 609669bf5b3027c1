import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { isPermutationOf, placeAt } from '../../../src/main/collaborations/ordering';
import { call, callErr, campaign, columns, expectDense, influencer, type T } from './setup';

describe('ordering helpers', () => {
  it('places an item at its final index, clamping past the end', () => {
    expect(placeAt([1, 2, 3, 4], 1, 2)).toEqual([2, 3, 1, 4]); // down
    expect(placeAt([1, 2, 3, 4], 4, 0)).toEqual([4, 1, 2, 3]); // up
    expect(placeAt([1, 2, 3], 9, 1)).toEqual([1, 9, 2, 3]); // from elsewhere
    expect(placeAt([1, 2, 3], 9, 99)).toEqual([1, 2, 3, 9]);
    expect(placeAt([1, 2, 3], 1, 99)).toEqual([2, 3, 1]);
  });
  it('checks permutations', () => {
    expect(isPermutationOf([3, 1, 2], [1, 2, 3])).toBe(true);
    expect(isPermutationOf([1, 1, 2], [1, 2, 3])).toBe(false);
    expect(isPermutationOf([1, 2], [1, 2, 3])).toBe(false);
    expect(isPermutationOf([1, 2, 4], [1, 2, 3])).toBe(false);
  });
});

describe('cards and stages on a real database', () => {
  let t: T;
  let camp: { id: number; stages: number[] };
  let cards: number[];
  const events = (id: number) =>
    t.core.db.$client.prepare('SELECT from_stage_id AS f, to_stage_id AS t, at, note FROM stage_events WHERE collaboration_id = ? ORDER BY id').all(id) as {
      f: number | null;
      t: number | null;
      at: string;
      note: string | null;
    }[];

  beforeAll(async () => {
    t = await testCore('empty');
    camp = await campaign(t);
    const people = [];
    for (const n of ['Anna Adler', 'Ben Berg', 'Cem Cakir', 'Dora Dietz', 'Emil Ernst']) people.push(await influencer(t, n));
    const res = await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: people });
    cards = res.added;
  });
  afterAll(async () => t.dispose());

  it('moves within a column down and up, keeping positions dense', async () => {
    const [s0] = camp.stages;
    const [a, b, c, d, e] = cards;
    expect(columns(t, camp.id).get(s0)).toEqual([a, b, c, d, e]);
    expect(await call(t, 'collaborations.move', { id: a, stageId: s0, index: 3 })).toEqual({ id: a, stageId: s0, position: 3 });
    expect(columns(t, camp.id).get(s0)).toEqual([b, c, d, a, e]);
    expectDense(t, camp.id);
    await call(t, 'collaborations.move', { id: e, stageId: s0, index: 0 });
    expect(columns(t, camp.id).get(s0)).toEqual([e, b, c, d, a]);
    expectDense(t, camp.id);
    // No stage change, no history entry beyond 'added'
    expect(events(a).map((x) => x.note)).toEqual(['added']);
  });

  it('moves between columns, records the stage change, appends past the end', async () => {
    const [s0, s1] = camp.stages;
    const [a, b, c, d, e] = cards;
    const before = new Date().toISOString();
    expect(await call(t, 'collaborations.move', { id: b, stageId: s1, index: 0 })).toEqual({ id: b, stageId: s1, position: 0 });
    expect(await call(t, 'collaborations.move', { id: c, stageId: s1, index: 99 })).toEqual({ id: c, stageId: s1, position: 1 });
    expect(await call(t, 'collaborations.move', { id: d, stageId: s1, index: 1 })).toEqual({ id: d, stageId: s1, position: 1 });
    const cols = columns(t, camp.id);
    expect(cols.get(s0)).toEqual([e, a]);
    expect(cols.get(s1)).toEqual([b, d, c]);
    expectDense(t, camp.id);
    const ev = events(b);
    expect(ev).toHaveLength(2);
    expect(ev[1]).toMatchObject({ f: s0, t: s1, note: null });
    expect(ev[1].at >= before).toBe(true);
    expect(ev[1].at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const history = (await call(t, 'collaborations.get', { id: b })).history;
    expect(history.map((h) => [h.fromKey, h.toKey])).toEqual([
      [null, 'shortlist'],
      ['shortlist', 'contacted'],
    ]);
  });

  it("refuses another campaign's stage and removed cards", async () => {
    const other = await campaign(t, 'Other');
    const err = await callErr(t, 'collaborations.move', { id: cards[0], stageId: other.stages[0], index: 0 });
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'stageId' });
    expect(t.core.db.$client.prepare('SELECT stage_id FROM collaborations WHERE id = ?').pluck().get(cards[0])).toBe(camp.stages[0]);
    expect((await callErr(t, 'collaborations.move', { id: cards[0], stageId: 999_999, index: 0 })).code).toBe('NOT_FOUND');
  });

  it('heals positions from the database state, not from the client', async () => {
    const [, s1] = camp.stages;
    // Corrupt the column on purpose: duplicates and a gap.
    t.core.db.$client.prepare('UPDATE collaborations SET position = 7 WHERE stage_id = ?').run(s1);
    await call(t, 'collaborations.move', { id: cards[0], stageId: s1, index: 1 });
    expectDense(t, camp.id);
    expect(columns(t, camp.id).get(s1)).toHaveLength(4);
  });

  it('takes a card off the board and restores it at the end of its stage', async () => {
    const [s0, s1] = camp.stages;
    const col = columns(t, camp.id).get(s1)!;
    const victim = col[1];
    await call(t, 'collaborations.remove', { id: victim });
    expect(columns(t, camp.id).get(s1)).toEqual(col.filter((x) => x !== victim));
    expectDense(t, camp.id);
    const board = await call(t, 'campaigns.board', { id: camp.id });
    expect(board.cards.map((c) => c.id)).not.toContain(victim);
    await call(t, 'collaborations.restore', { id: victim });
    expect(columns(t, camp.id).get(s1)).toEqual([...col.filter((x) => x !== victim), victim]);
    expectDense(t, camp.id);
    expect(columns(t, camp.id).get(s0)).toBeDefined();
  });

  it('adds, renames and reorders stages (reorder must list exactly the stages)', async () => {
    const { id: extra } = await call(t, 'stages.add', { campaignId: camp.id, name: 'Follow-up', index: 2 });
    let stages = (await call(t, 'campaigns.get', { id: camp.id })).stages;
    expect(stages.map((s) => s.id).indexOf(extra)).toBe(2);
    expect(stages).toHaveLength(9);
    expectDense(t, camp.id);

    await call(t, 'stages.rename', { id: camp.stages[0], name: 'Longlist' });
    stages = (await call(t, 'campaigns.get', { id: camp.id })).stages;
    expect(stages.find((s) => s.id === camp.stages[0])).toMatchObject({ key: 'shortlist', name: 'Longlist' });
    await call(t, 'stages.rename', { id: camp.stages[0], name: null });
    stages = (await call(t, 'campaigns.get', { id: camp.id })).stages;
    expect(stages.find((s) => s.id === camp.stages[0])?.name).toBeNull();
    expect((await callErr(t, 'stages.rename', { id: extra, name: null })).field).toBe('name');

    const ids = stages.map((s) => s.id);
    const reversed = [...ids].reverse();
    await call(t, 'stages.reorder', { campaignId: camp.id, stageIds: reversed });
    expect((await call(t, 'campaigns.get', { id: camp.id })).stages.map((s) => s.id)).toEqual(reversed);
    expectDense(t, camp.id);

    for (const bad of [ids.slice(1), [...ids, ids[0]], [...ids.slice(1), ids[1]], [...ids.slice(1), 999_999]]) {
      const err = await callErr(t, 'stages.reorder', { campaignId: camp.id, stageIds: bad });
      expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'stageIds' });
    }
    expect((await call(t, 'campaigns.get', { id: camp.id })).stages.map((s) => s.id)).toEqual(reversed);
    await call(t, 'stages.reorder', { campaignId: camp.id, stageIds: ids });
  });

  it('removes a stage: refuses without a target when it holds cards, moves cards in order otherwise', async () => {
    const [s0, s1, s2] = camp.stages;
    const fromCards = columns(t, camp.id).get(s1)!;
    const targetBefore = columns(t, camp.id).get(s0)!;
    expect(fromCards.length).toBeGreaterThan(1);

    const refused = await callErr(t, 'stages.remove', { id: s1 });
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'moveCardsTo' });
    const other = await campaign(t, 'Another');
    expect((await callErr(t, 'stages.remove', { id: s1, moveCardsTo: other.stages[0] })).field).toBe('moveCardsTo');
    expect((await callErr(t, 'stages.remove', { id: s1, moveCardsTo: s1 })).field).toBe('moveCardsTo');
    expect(columns(t, camp.id).get(s1)).toEqual(fromCards);

    // A soft-removed card in the stage follows along, so restoring it later works.
    const ghost = fromCards[fromCards.length - 1];
    await call(t, 'collaborations.remove', { id: ghost });
    const visible = fromCards.slice(0, -1);

    expect(await call(t, 'stages.remove', { id: s1, moveCardsTo: s0 })).toEqual({ id: s1, moved: visible.length });
    expect(columns(t, camp.id).get(s0)).toEqual([...targetBefore, ...visible]);
    expect(columns(t, camp.id).has(s1)).toBe(false);
    expectDense(t, camp.id);
    expect(events(visible[0]).at(-1)).toMatchObject({ f: null, t: s0, note: 'stage_removed' }); // from = the removed stage, now gone

    await call(t, 'collaborations.restore', { id: ghost });
    expect(columns(t, camp.id).get(s0)!.at(-1)).toBe(ghost);
    expectDense(t, camp.id);

    // An empty stage goes without a target.
    expect(columns(t, camp.id).get(s2)).toEqual([]);
    expect(await call(t, 'stages.remove', { id: s2 })).toEqual({ id: s2, moved: 0 });
    expectDense(t, camp.id);
  });

  it('refuses to remove the last stage', async () => {
    const solo = await campaign(t, 'Solo');
    for (const s of solo.stages.slice(1)) await call(t, 'stages.remove', { id: s });
    const err = await callErr(t, 'stages.remove', { id: solo.stages[0] });
    expect(err).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect((await call(t, 'campaigns.get', { id: solo.id })).stages).toHaveLength(1);
  });

  it('stays dense under 200 concurrent random moves', async () => {
    const c = await campaign(t, 'Busy');
    const people = [];
    for (let i = 0; i < 24; i++) people.push(await influencer(t, `Person ${String.fromCharCode(65 + i)}`));
    const { added } = await call(t, 'collaborations.add', { campaignId: c.id, influencerIds: people });
    // mulberry32: a small deterministic PRNG
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4_294_967_296) * n);
    };
    const moves = Array.from({ length: 200 }, () => ({ id: added[rnd(added.length)], stageId: c.stages[rnd(c.stages.length)], index: rnd(12) }));
    const results = await Promise.all(moves.map((m) => t.dispatch('collaborations.move', m)));
    expect(results.every((r) => r.ok)).toBe(true);
    expectDense(t, c.id);
    const all = [...columns(t, c.id).values()].flat();
    expect(all.sort((x, y) => x - y)).toEqual([...added].sort((x, y) => x - y));
    const changes = t.core.db.$client
      .prepare(`SELECT count(*) FROM stage_events e JOIN collaborations co ON co.id = e.collaboration_id WHERE co.campaign_id = ? AND e.note IS NULL`)
      .pluck()
      .get(c.id) as number;
    expect(changes).toBeGreaterThan(100);
  });
});
