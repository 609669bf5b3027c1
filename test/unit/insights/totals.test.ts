/**
 * The maintained KPI totals (insights/totals.ts) equal a full recompute after each change that can move them:
 * an import, a code added to a card, a campaign's dates, the window and time-zone settings, and an undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { call, importFile, type T } from '../redemptions/helpers';
import { refreshTotals } from '../../../src/main/insights/totals';
import { campaign, card } from './fixture';
import type { CampaignSummary } from '../../../src/shared/contract';

let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

const HEADER = 'Name,Email,Financial Status,Currency,Subtotal,Total,Discount Code,Discount Amount,Created at,Cancelled at,Refunded Amount';

describe('KPI totals over the roll-up', () => {
  it('stay equal to a full recompute through import, code added, campaign dates, settings and undo', async () => {
    const db = t.core.db;
    const c = db.$client;
    await call(t, 'settings.update', { timeZone: 'Europe/Berlin', kpiWindowDays: 30 });
    const k = campaign(db, { start: '2026-03-01', end: '2026-03-31' });
    const other = campaign(db, { name: 'Other', start: '2026-03-10', end: '2026-04-10' });
    const a = card(db, k);
    const b = card(db, k);
    const d = card(db, other);
    const snapshot = () => ({
      totals: c
        .prepare('SELECT collaboration_id, currency, month, in_window, round(orders_eq, 9) AS oe, orders_first, revenue_eq, revenue_first, orders_all FROM kpi_sales_totals ORDER BY 1, 2, 3, 4')
        .all(),
      weeks: c
        .prepare('SELECT collaboration_id, week, currency, month, round(orders_eq, 9) AS oe, orders_first, revenue_eq, revenue_first, orders_all FROM kpi_sales_weeks ORDER BY 1, 2, 3, 4')
        .all(),
    });
    /** The maintained rows, then the same after a full rebuild: equal, and not empty. */
    const check = () => {
      const kept = snapshot();
      refreshTotals(db);
      expect(kept).toEqual(snapshot());
      expect(kept.totals.length).toBeGreaterThan(0);
      return kept;
    };
    const revenue = async () => (await call<CampaignSummary>(t, 'kpis.campaign', { campaignId: k })).totals.revenueMinor;

    const first = [
      HEADER,
      `#1,a@example.com,paid,EUR,30.00,30.00,${a.code},0,2026-03-02 10:00:00 +0100,,0.00`,
      `#2,b@example.com,paid,USD,40.00,40.00,"${a.code}, ${b.code}",0,2026-03-31 23:30:00 +0200,,0.00`,
      `#3,c@example.com,paid,EUR,25.00,25.00,${b.code},0,2026-02-20 10:00:00 +0100,,0.00`,
      `#4,d@example.com,paid,EUR,12.00,12.00,"${b.code}, ${d.code}",0,2026-04-25 10:00:00 +0200,,0.00`,
      `#5,e@example.com,paid,EUR,9.00,9.00,LATECODE,0,2026-03-15 10:00:00 +0100,,0.00`,
    ].join('\n');
    expect((await importFile(t, 'first.csv', Buffer.from(first), 'redemptions.import')).status).toBe('done');
    const afterImport = check();
    // in-window and leak rows, a week split over two months (#2 on 31 March, Monday 30 March)
    expect(new Set(afterImport.totals.map((r) => (r as { in_window: number }).in_window))).toEqual(new Set([0, 1]));

    await call(t, 'codes.add', { collaborationId: d.collaborationId, code: 'LATECODE' });
    expect(snapshot()).not.toEqual(afterImport);
    check();

    const second = [
      HEADER,
      `#1,a@example.com,partially_refunded,EUR,30.00,30.00,${a.code},0,2026-03-02 10:00:00 +0100,,5.00`,
      `#6,f@example.com,paid,EUR,70.00,70.00,"${a.code}, ${d.code}",0,2026-03-20 10:00:00 +0100,,0.00`,
      `#7,g@example.com,paid,EUR,11.00,11.00,${b.code},0,2026-05-20 10:00:00 +0200,,0.00`,
    ].join('\n');
    const imp = await importFile(t, 'second.csv', Buffer.from(second), 'redemptions.import');
    expect(imp.status).toBe('done');
    const beforeUndo = check();

    const inWindow = await revenue();
    await call(t, 'campaigns.update', { id: k, startDate: '2026-02-15', endDate: '2026-03-20' });
    check();
    expect(await revenue()).not.toBe(inWindow);

    await call(t, 'settings.update', { kpiWindowDays: 60 });
    check();
    await call(t, 'settings.update', { timeZone: 'America/New_York' });
    check();
    await call(t, 'settings.update', { timeZone: 'Europe/Berlin', kpiWindowDays: 30 });
    await call(t, 'campaigns.update', { id: k, startDate: '2026-03-01', endDate: '2026-03-31' });
    expect(check()).toEqual(beforeUndo);

    await call(t, 'imports.undo', { id: imp.batchId });
    const afterUndo = check();
    expect(afterUndo).not.toEqual(beforeUndo);
  });
});
