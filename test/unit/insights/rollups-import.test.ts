/**
 * The roll-up is maintained the real way: an import job publishes it, undo takes it back, and the dispatcher's
 * KPI methods read it. A Shopify export with one order carrying two codes (split) and one order before the start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { call, importFile, type T } from '../redemptions/helpers';
import { updateSettings } from '../../../src/main/settings/service';
import { refreshRollups } from '../../../src/main/insights/rollups';
import { campaign, card } from './fixture';
import type { CampaignSummary, ExchangeRate, PortfolioSummary } from '../../../src/shared/contract';

let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

const HEADER = 'Name,Email,Financial Status,Currency,Subtotal,Total,Discount Code,Discount Amount,Created at,Cancelled at,Refunded Amount';

describe('KPI roll-up through the import job', () => {
  it('counts imported orders by the rules, in the portfolio and the campaign, and undo takes them back', async () => {
    const db = t.core.db;
    updateSettings(db, { timeZone: 'Europe/Berlin' });
    const k = campaign(db, { start: '2026-03-01', end: '2026-03-31' });
    const a = card(db, k);
    const b = card(db, k);
    const csv = [
      HEADER,
      `#1001,x@example.com,paid,EUR,100.00,100.01,"${a.code}, ${b.code}",0,2026-03-05 10:00:00 +0100,,0.00`,
      `#1002,y@example.com,paid,EUR,50.00,50.00,${b.code},0,2026-03-06 10:00:00 +0100,,10.00`,
      `#1003,z@example.com,authorized,EUR,80.00,80.00,${a.code},0,2026-03-07 10:00:00 +0100,2026-03-08 09:00:00 +0100,0.00`,
      `#1004,w@example.com,paid,EUR,20.00,20.00,${a.code},0,2026-02-20 10:00:00 +0100,,0.00`,
    ].join('\n');
    const imp = await importFile(t, 'orders_export.csv', Buffer.from(csv), 'redemptions.import');
    expect(imp.status).toBe('done');
    const s = await call<CampaignSummary>(t, 'kpis.campaign', { campaignId: k });
    // 100.01 split 50.01 / 50.00; 50.00 − 10.00 refunded; #1003 cancelled despite "authorized"; #1004 before the start.
    expect([s.totals.revenueMinor, s.totals.conversions, s.totals.leaks.orders, s.totals.leaks.revenueMinor]).toEqual([14_001, 2, 1, 2_000]);
    const byId = new Map(s.collaborations.map((c) => [c.collaborationId, c.figures.revenueMinor]));
    expect([byId.get(a.collaborationId), byId.get(b.collaborationId)]).toEqual([5_001, 9_000]);
    const p = await call<PortfolioSummary>(t, 'kpis.portfolio', { from: '2026-03-01', to: '2026-03-31' });
    expect([p.totals.revenueMinor, p.bucket, p.series.length]).toEqual([14_001, 'day', 2]);
    await call(t, 'imports.undo', { id: imp.batchId });
    const after = await call<CampaignSummary>(t, 'kpis.campaign', { campaignId: k });
    expect([after.totals.revenueMinor, after.totals.conversions, after.totals.leaks.orders]).toEqual([0, 0, 0]);
  });

  it('undo by difference leaves the roll-up a full recompute gives (new orders, shared codes, orders changed by the batch)', async () => {
    const db = t.core.db;
    const k = campaign(db, { name: 'Undo', start: '2026-04-01', end: '2026-04-30' });
    const a = card(db, k);
    const b = card(db, k);
    const c = card(db, k);
    const first = [
      HEADER,
      `#2001,a@example.com,paid,EUR,30.00,30.00,${a.code},0,2026-04-02 10:00:00 +0200,,0.00`,
      `#2002,b@example.com,paid,EUR,40.00,40.00,"${a.code}, ${b.code}",0,2026-04-03 23:30:00 +0200,,0.00`,
      `#2003,c@example.com,pending,EUR,25.00,25.00,${c.code},0,2026-04-04 10:00:00 +0200,,0.00`,
    ].join('\n');
    expect((await importFile(t, 'first.csv', Buffer.from(first), 'redemptions.import')).status).toBe('done');
    const rollup = () =>
      db.$client
        .prepare('SELECT collaboration_id, day, currency, included, round(orders_eq, 9) AS oe, orders_first, revenue_eq, revenue_first, orders_all FROM kpi_rollups ORDER BY 1, 2, 3, 4')
        .all();
    const before = rollup();
    const figures = async () => (await call<CampaignSummary>(t, 'kpis.campaign', { campaignId: k })).totals;
    const totalsBefore = await figures();
    // The second file: #2002 partly refunded and #2003 paid now (updates), #2004 new with three codes, #2005 new.
    const second = [
      HEADER,
      `#2002,b@example.com,partially_refunded,EUR,40.00,40.00,"${a.code}, ${b.code}",0,2026-04-03 23:30:00 +0200,,10.00`,
      `#2003,c@example.com,paid,EUR,25.00,25.00,${c.code},0,2026-04-04 10:00:00 +0200,,0.00`,
      `#2004,d@example.com,paid,EUR,10.00,10.00,"${a.code}, ${b.code}, ${c.code}",0,2026-04-05 10:00:00 +0200,,0.00`,
      `#2005,e@example.com,paid,EUR,7.00,7.00,${b.code},0,2026-04-06 10:00:00 +0200,,0.00`,
    ].join('\n');
    const imp = await importFile(t, 'second.csv', Buffer.from(second), 'redemptions.import');
    expect(imp.status).toBe('done');
    const during = await figures();
    // 30 + (40 − 10) + 25 + 10 + 7 = 102 € (the batch changed the figures, so the undo has something to take back)
    expect([totalsBefore.revenueMinor, during.revenueMinor]).toEqual([7_000, 10_200]);
    await call(t, 'imports.undo', { id: imp.batchId });
    const afterUndo = rollup();
    expect(afterUndo).toEqual(before);
    refreshRollups(db);
    expect(rollup()).toEqual(afterUndo);
    expect(await figures()).toEqual(totalsBefore);
  });

  it('stores exchange rates per currency and month and refuses a rate for the workspace currency', async () => {
    await call(t, 'exchangeRates.set', { currency: 'USD', month: '2026-03', rate: '0,92' });
    expect(await call<ExchangeRate[]>(t, 'exchangeRates.list', {})).toEqual([{ currency: 'USD', month: '2026-03', rate: '0.92' }]);
    const r = await t.dispatch('exchangeRates.set', { currency: 'EUR', month: '2026-03', rate: '1' });
    expect(r.ok ? null : r.error.code).toBe('INVALID_INPUT');
  });
});
