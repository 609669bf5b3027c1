import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openDatabase, type Db } from '../../../src/main/db/connection';
import { totalsOf, collaborationFigures } from '../../../src/main/insights/kpis';
import { isoWeek, contiguousWeeks, dashboardSummary } from '../../../src/main/insights/dashboard';
import { createCampaign } from '../../../src/main/campaigns/service';
import { tempDir } from '../../helpers/tmp';

let db: Db;
let cleanup: () => void;
beforeAll(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  db = openDatabase(path.join(t.dir, 'k.db'));
});
afterAll(() => {
  db.$client.close();
  cleanup();
});

describe('KPI arithmetic', () => {
  it('derives ER, CPM, CPE, CPA, ROAS and ROI, with null where the divisor is 0', () => {
    const t = totalsOf([{ reach: 20_000, engagements: 1_000, clicks: 300, conversions: 40, revenueMinor: 200_000, costMinor: 50_000 }]);
    expect(t.engagementRateBp).toBe(500); // 5 %
    expect(t.cpmMinor).toBe(2_500); // 25,00 € per 1,000 reach
    expect(t.cpeMinor).toBe(50);
    expect(t.cpaMinor).toBe(1_250);
    expect(t.roasBp).toBe(40_000); // 4.0×
    expect(t.roiBp).toBe(30_000); // +300 %
    const none = totalsOf([]);
    expect([none.engagementRateBp, none.cpmMinor, none.cpeMinor, none.cpaMinor, none.roasBp, none.roiBp]).toEqual([null, null, null, null, null, null]);
  });

  it('counts fees from the briefed stage on, samples sent, commission on sales, and only sale statuses as revenue', () => {
    const { id: campaignId } = createCampaign(db, {
      name: 'K', goal: 'sales', product: '', budgetMinor: 0, currency: 'EUR', targetKpis: {}, disclosureText: '#werbung', notes: '',
    });
    const stage = (key: string) => db.$client.prepare('SELECT id FROM stages WHERE campaign_id = ? AND key = ?').pluck().get(campaignId, key);
    const inf = (name: string) => Number(db.$client.prepare('INSERT INTO influencers (name) VALUES (?)').run(name).lastInsertRowid);
    const collab = (name: string, key: string, fee: number, commissionBp = 0) =>
      Number(
        db.$client
          .prepare('INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, fee_minor, commission_bp) VALUES (?, ?, ?, 0, ?, ?)')
          .run(campaignId, inf(name), stage(key), fee, commissionBp).lastInsertRowid,
      );
    const shortlisted = collab('A', 'shortlist', 10_000);
    const briefed = collab('B', 'briefed', 20_000, 1_000);
    const declined = collab('C', 'declined', 30_000);
    db.$client
      .prepare("INSERT INTO sample_shipments (collaboration_id, value_minor, shipping_cost_minor, status) VALUES (?, 4000, 499, 'shipped'), (?, 9999, 0, 'planned')")
      .run(briefed, briefed);
    const order = db.$client.prepare(
      "INSERT INTO redemptions (shop, order_id, code_norm, collaboration_id, ordered_at, ordered_at_utc, currency, total_minor, refunded_minor, status) VALUES ('s', ?, 'B10', ?, '2026-11-02T10:00:00+01:00', '2026-11-02T09:00:00.000Z', 'EUR', ?, ?, ?)",
    );
    order.run('1', briefed, 10_000, 0, 'paid');
    order.run('2', briefed, 5_000, 2_000, 'partially_refunded');
    order.run('3', briefed, 7_000, 7_000, 'refunded');
    order.run('4', briefed, 9_000, 0, 'cancelled');
    const figures = collaborationFigures(db, campaignId);
    const byId = new Map(figures.map((f) => [f.collaborationId, f]));
    expect(byId.has(declined)).toBe(false);
    expect(byId.get(shortlisted)!.costMinor).toBe(0);
    expect(byId.get(briefed)!.revenueMinor).toBe(13_000);
    expect(byId.get(briefed)!.conversions).toBe(2);
    expect(byId.get(briefed)!.costMinor).toBe(20_000 + 4_499 + 1_300);
  });

  it('labels ISO weeks and fills quiet weeks with zero', () => {
    expect(isoWeek('2026-01-01T10:00:00Z')).toBe('2026-W01');
    expect(isoWeek('2027-01-01T10:00:00Z')).toBe('2026-W53');
    expect(contiguousWeeks(['2026-11-23T00:00:00Z', '2026-11-02T00:00:00Z'])).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    const summary = dashboardSummary(db);
    expect(summary.revenueByWeek).toEqual([{ week: '2026-W45', revenueMinor: 13_000, orders: 2 }]);
  });
});
