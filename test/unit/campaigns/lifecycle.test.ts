import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { updateCampaign } from '../../../src/main/campaigns/service';
import { call, callErr, campaign, influencer, type T } from '../collaborations/setup';

describe('campaign life cycle', () => {
  let t: T;
  beforeAll(async () => {
    t = await testCore('empty');
  });
  afterAll(async () => t.dispose());

  it('updates only the given fields and checks the dates against the stored ones', async () => {
    const c = await campaign(t, 'Spring', { startDate: '2026-03-01', endDate: '2026-04-30', budgetMinor: 500_000, notes: 'keep me', baseUrl: 'https://shop.example' });
    updateCampaign(t.core.db, { id: c.id, name: 'Spring 2026', targetKpis: { reach: 100_000 } });
    const got = await call(t, 'campaigns.get', { id: c.id });
    expect(got).toMatchObject({ name: 'Spring 2026', budgetMinor: 500_000, notes: 'keep me', baseUrl: 'https://shop.example', startDate: '2026-03-01', targetKpis: { reach: 100_000 } });

    // end before the stored start: refused, nothing written
    expect(() => updateCampaign(t.core.db, { id: c.id, endDate: '2026-02-01' })).toThrow(/end date is before start date/);
    const err = await callErr(t, 'campaigns.update', { id: c.id, name: 'Spring', goal: 'launch', startDate: '2026-05-01' });
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'startDate' });
    expect((await call(t, 'campaigns.get', { id: c.id })).startDate).toBe('2026-03-01');
    // clearing a date is allowed
    updateCampaign(t.core.db, { id: c.id, endDate: null, baseUrl: null, targetAudience: null });
    expect(await call(t, 'campaigns.get', { id: c.id })).toMatchObject({ endDate: null, baseUrl: null, targetAudience: null });
    // field rules are the create rules
    expect((await callErr(t, 'campaigns.update', { id: c.id, currency: 'euro' })).field).toBe('currency');
    expect((await callErr(t, 'campaigns.update', { id: 999_999, name: 'x' })).code).toBe('NOT_FOUND');
  });

  // The contract's `campaignInput.partial()` keeps the schema defaults (zod 4), so a partial update through
  // the dispatcher arrives with product '', budgetMinor 0, notes '' … filled in and overwrites them.
  // Reported to the contract owner; remove `.fails` once campaigns.update has a defaults-free schema.
  it('through the dispatcher, keeps fields the call leaves out', async () => {
    const c = await campaign(t, 'Partial', { budgetMinor: 123_400, notes: 'important' });
    await call(t, 'campaigns.update', { id: c.id, name: 'Partial 2' });
    expect(await call(t, 'campaigns.get', { id: c.id })).toMatchObject({ name: 'Partial 2', budgetMinor: 123_400, notes: 'important' });
  });

  it('archives and unarchives', async () => {
    const c = await campaign(t, 'To archive');
    await call(t, 'campaigns.archive', { id: c.id, archived: true });
    expect((await call(t, 'campaigns.get', { id: c.id })).phase).toBe('archived');
    expect((await call(t, 'campaigns.list', {})).map((r) => r.id)).not.toContain(c.id);
    expect((await call(t, 'campaigns.list', { includeArchived: true })).map((r) => r.id)).toContain(c.id);
    await call(t, 'campaigns.archive', { id: c.id, archived: false });
    expect((await call(t, 'campaigns.get', { id: c.id })).phase).not.toBe('archived');
    expect((await callErr(t, 'campaigns.archive', { id: 999_999, archived: true })).code).toBe('NOT_FOUND');
  });

  it('duplicates settings, stages and the briefing, but not people, codes or samples', async () => {
    const src = await campaign(t, 'Vegan Protein Launch', { startDate: '2026-03-01', budgetMinor: 900_000, disclosureText: '#anzeige', baseUrl: 'https://shop.example' });
    const db = t.core.db.$client;
    db.prepare('UPDATE campaigns SET utm_rules = ? WHERE id = ?').run(JSON.stringify({ medium: 'creator' }), src.id);
    await call(t, 'stages.rename', { id: src.stages[0], name: 'Longlist' });
    await call(t, 'stages.add', { campaignId: src.id, name: 'Follow-up', index: 1 });
    await call(t, 'stages.remove', { id: src.stages[7] }); // declined
    const srcStages = (await call(t, 'campaigns.get', { id: src.id })).stages;

    const p = await influencer(t, 'Jörg Müller');
    const card = (await call(t, 'collaborations.add', { campaignId: src.id, influencerIds: [p] })).added[0];
    await call(t, 'codes.add', { collaborationId: card, code: 'JOERG15' });
    db.prepare("INSERT INTO sample_shipments (collaboration_id, value_minor, status) VALUES (?, 1500, 'shipped')").run(card);
    db.prepare(`INSERT INTO briefings (campaign_id, collaboration_id, language, sections) VALUES (?, NULL, 'de', ?)`).run(src.id, JSON.stringify({ goals: 'Launch' }));
    db.prepare(`INSERT INTO briefings (campaign_id, collaboration_id, language, sections) VALUES (?, ?, 'de', ?)`).run(src.id, card, JSON.stringify({ tone: 'locker' }));

    const { id } = await call(t, 'campaigns.duplicate', { id: src.id });
    expect(id).not.toBe(src.id);
    const copy = await call(t, 'campaigns.get', { id });
    expect(copy).toMatchObject({
      name: 'Vegan Protein Launch (copy)',
      goal: 'launch',
      product: 'Vegan Protein',
      startDate: '2026-03-01',
      budgetMinor: 900_000,
      disclosureText: '#anzeige',
      baseUrl: 'https://shop.example',
      collaborations: 0,
    });
    expect(copy.stages.map((s) => [s.key, s.name, s.position])).toEqual(srcStages.map((s) => [s.key, s.name, s.position]));
    expect(copy.stages.map((s) => s.id).some((sid) => srcStages.some((s) => s.id === sid))).toBe(false);
    expect(db.prepare('SELECT utm_rules FROM campaigns WHERE id = ?').pluck().get(id)).toBe(JSON.stringify({ medium: 'creator' }));
    expect(db.prepare('SELECT collaboration_id AS c, language, sections FROM briefings WHERE campaign_id = ?').all(id)).toEqual([
      { c: null, language: 'de', sections: JSON.stringify({ goals: 'Launch' }) },
    ]);
    expect(db.prepare('SELECT count(*) FROM collaborations WHERE campaign_id = ?').pluck().get(id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM voucher_codes').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM sample_shipments').pluck().get()).toBe(1);

    const named = await call(t, 'campaigns.duplicate', { id: src.id, name: 'Autumn Launch' });
    expect((await call(t, 'campaigns.get', { id: named.id })).name).toBe('Autumn Launch');
    expect((await callErr(t, 'campaigns.duplicate', { id: 999_999 })).code).toBe('NOT_FOUND');
  });
});
