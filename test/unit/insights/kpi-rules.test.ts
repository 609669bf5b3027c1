/**
 * The KPI rules (src/main/insights/rules.ts) on hand-computed cases, on a real SQLite file through the roll-up.
 * Campaign "Spring": 2026-03-01 … 2026-03-31, window 30 days (default) → orders from 01.03. to 30.04. count.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/connection';
import { ensureRollups, refreshRollups } from '../../../src/main/insights/rollups';
import { campaignSummary, collaborationKpis, portfolioSummary } from '../../../src/main/insights/summaries';
import { listLeaks, setLeakIncluded } from '../../../src/main/insights/leaks';
import { setRate } from '../../../src/main/insights/rates';
import { updateSettings } from '../../../src/main/settings/service';
import { addCode, removeCode } from '../../../src/main/collaborations/codes';
import { addCollaborations, getCollaboration, updateCollaboration } from '../../../src/main/collaborations/service';
import { campaign, card, kpiDb, order, post } from './fixture';

const TODAY = '2026-06-01';
let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = kpiDb());
  updateSettings(db, { timeZone: 'UTC' });
});
afterEach(() => cleanup());

const byCollab = (campaignId: number) => new Map(campaignSummary(db, TODAY, { campaignId }).collaborations.map((c) => [c.collaborationId, c.figures]));

describe('attribution: an order counts once', () => {
  it('splits an order with two codes equally (remainder to the first code) and never duplicates it', () => {
    const k = campaign(db);
    const a = card(db, k);
    const b = card(db, k);
    order(db, { orderId: '1', code: a.code, collaborationId: a.collaborationId, at: '2026-03-05T10:00:00.000Z', total: 10_001 });
    order(db, { orderId: '1', code: b.code, collaborationId: b.collaborationId, at: '2026-03-05T10:00:00.000Z', total: 10_001 });
    order(db, { orderId: '2', code: b.code, collaborationId: b.collaborationId, at: '2026-03-06T10:00:00.000Z', total: 2_000 });
    refreshRollups(db);
    const f = byCollab(k);
    expect([f.get(a.collaborationId)!.revenueMinor, f.get(a.collaborationId)!.conversions]).toEqual([5_001, 0.5]);
    expect([f.get(b.collaborationId)!.revenueMinor, f.get(b.collaborationId)!.conversions]).toEqual([7_000, 1.5]);
    const s = campaignSummary(db, TODAY, { campaignId: k });
    expect([s.totals.revenueMinor, s.totals.conversions]).toEqual([12_001, 2]);
    expect(portfolioSummary(db, TODAY, {}).totals.revenueMinor).toBe(12_001);
  });

  it('"first code wins" gives the whole order to the code stored first', () => {
    const k = campaign(db);
    const a = card(db, k);
    const b = card(db, k);
    order(db, { orderId: '1', code: a.code, collaborationId: a.collaborationId, at: '2026-03-05T10:00:00.000Z', total: 9_000 });
    order(db, { orderId: '1', code: b.code, collaborationId: b.collaborationId, at: '2026-03-05T10:00:00.000Z', total: 9_000 });
    refreshRollups(db);
    updateSettings(db, { kpiAttribution: 'firstCode' });
    const f = byCollab(k);
    expect([f.get(a.collaborationId)!.revenueMinor, f.get(b.collaborationId)!.revenueMinor]).toEqual([9_000, 0]);
    expect(campaignSummary(db, TODAY, { campaignId: k }).totals.conversions).toBe(1);
  });

  it('refreshes the split when a code is added or removed (codes nobody holds take no share)', () => {
    const k = campaign(db);
    const a = card(db, k);
    const b = card(db, k);
    order(db, { orderId: '1', code: a.code, collaborationId: a.collaborationId, at: '2026-03-05T10:00:00.000Z', total: 8_000 });
    order(db, { orderId: '1', code: 'LATER', collaborationId: null, at: '2026-03-05T10:00:00.000Z', total: 8_000 });
    refreshRollups(db);
    expect(byCollab(k).get(a.collaborationId)!.revenueMinor).toBe(8_000);
    const { id } = addCode(db, { collaborationId: b.collaborationId, code: 'later', discountDescription: '' });
    expect([byCollab(k).get(a.collaborationId)!.revenueMinor, byCollab(k).get(b.collaborationId)!.revenueMinor]).toEqual([4_000, 4_000]);
    removeCode(db, id);
    expect([byCollab(k).get(a.collaborationId)!.revenueMinor, byCollab(k).get(b.collaborationId)!.revenueMinor]).toEqual([8_000, 0]);
  });
});

describe('sales, refunds and cancellations', () => {
  it('counts paid, partially refunded and authorized orders net of refunds; refunded, cancelled and pending not at all', () => {
    const k = campaign(db);
    const a = card(db, k);
    const at = '2026-03-10T12:00:00.000Z';
    order(db, { orderId: '1', code: a.code, collaborationId: a.collaborationId, at, total: 10_000 });
    order(db, { orderId: '2', code: a.code, collaborationId: a.collaborationId, at, total: 5_000, refunded: 2_000, status: 'partially_refunded' });
    order(db, { orderId: '3', code: a.code, collaborationId: a.collaborationId, at, total: 7_000, refunded: 7_000, status: 'refunded' });
    order(db, { orderId: '4', code: a.code, collaborationId: a.collaborationId, at, total: 9_000, status: 'cancelled' });
    order(db, { orderId: '5', code: a.code, collaborationId: a.collaborationId, at, total: 4_000, status: 'authorized' });
    order(db, { orderId: '6', code: a.code, collaborationId: a.collaborationId, at, total: 3_000, status: 'pending' });
    refreshRollups(db);
    const t = campaignSummary(db, TODAY, { campaignId: k }).totals;
    expect([t.revenueMinor, t.conversions, t.aovMinor]).toEqual([17_000, 3, 5_667]);
  });
});

describe('window and leaks', () => {
  it('leaves out orders before the start or more than N days after the end, lists them, and includes them one by one', () => {
    const k = campaign(db);
    const a = card(db, k);
    const before = order(db, { orderId: 'b', code: a.code, collaborationId: a.collaborationId, at: '2026-02-28T12:00:00.000Z', total: 1_000 });
    order(db, { orderId: 'in', code: a.code, collaborationId: a.collaborationId, at: '2026-04-30T23:59:00.000Z', total: 2_000 });
    order(db, { orderId: 'late', code: a.code, collaborationId: a.collaborationId, at: '2026-05-01T00:00:00.000Z', total: 4_000 });
    refreshRollups(db);
    let t = campaignSummary(db, TODAY, { campaignId: k }).totals;
    expect([t.revenueMinor, t.leaks.orders, t.leaks.revenueMinor]).toEqual([2_000, 2, 5_000]);
    const leaks = listLeaks(db, { campaignId: k, limit: 50 });
    expect(leaks.total).toBe(2);
    expect(leaks.rows.map((r) => [r.orderId, r.reason, r.daysOutside, r.included])).toEqual([
      ['late', 'afterWindow', 1, false],
      ['b', 'beforeStart', 1, false],
    ]);
    setLeakIncluded(db, before, true);
    t = campaignSummary(db, TODAY, { campaignId: k }).totals;
    expect([t.revenueMinor, t.leaks.orders]).toEqual([3_000, 1]);
    expect(listLeaks(db, { campaignId: k, limit: 50 }).rows.find((r) => r.orderId === 'b')!.included).toBe(true);
    updateSettings(db, { kpiWindowDays: 31 });
    // what the core does when settings.update announces the change (insights/follow.ts)
    ensureRollups(db);
    expect(campaignSummary(db, TODAY, { campaignId: k }).totals.revenueMinor).toBe(7_000);
  });

  it('uses calendar days of the app time zone: 22:30 UTC on 31 March is 1 April in Berlin (summer time)', () => {
    const k = campaign(db);
    const a = card(db, k);
    updateSettings(db, { kpiWindowDays: 0 });
    order(db, { orderId: 'edge', code: a.code, collaborationId: a.collaborationId, at: '2026-03-31T22:30:00.000Z', total: 1_000 });
    refreshRollups(db);
    expect(campaignSummary(db, TODAY, { campaignId: k }).totals.revenueMinor).toBe(1_000);
    updateSettings(db, { timeZone: 'Europe/Berlin' });
    refreshRollups(db);
    const s = campaignSummary(db, TODAY, { campaignId: k });
    expect([s.totals.revenueMinor, s.totals.leaks.orders]).toEqual([0, 1]);
    expect(listLeaks(db, { campaignId: k, limit: 5 }).rows[0].day).toBe('2026-04-01');
  });
});

describe('money: every amount keeps its currency', () => {
  it('shows amounts without a rate apart and converts with the rate of their month (or the latest earlier one)', () => {
    const k = campaign(db);
    const a = card(db, k, { fee: 10_000, payment: 'agreed', currency: 'USD' });
    order(db, { orderId: '1', code: a.code, collaborationId: a.collaborationId, at: '2026-03-10T12:00:00.000Z', total: 5_000, currency: 'USD' });
    order(db, { orderId: '2', code: a.code, collaborationId: a.collaborationId, at: '2026-03-11T12:00:00.000Z', total: 3_000 });
    refreshRollups(db);
    let t = campaignSummary(db, TODAY, { campaignId: k }).totals;
    expect([t.revenueMinor, t.revenueUnconverted]).toEqual([3_000, [{ currency: 'USD', minor: 5_000 }]]);
    expect([t.costMinor, t.cost.unconverted]).toEqual([0, [{ currency: 'USD', minor: 10_000 }]]);
    expect(t.roasBp).toBeNull();
    setRate(db, { currency: 'USD', month: '2026-02', rate: '0,9' });
    t = campaignSummary(db, TODAY, { campaignId: k }).totals;
    expect([t.revenueMinor, t.revenueUnconverted, t.costMinor]).toEqual([7_500, [], 9_000]);
  });
});

describe('cost: fees by payment status, product value, shipping, commission', () => {
  it('adds each part once and shows it in the breakdown', () => {
    const k = campaign(db);
    const a = card(db, k, { fee: 30_000, payment: 'invoiced', productValue: 4_000, commissionBp: 1_000 });
    const b = card(db, k, { fee: 20_000, productValue: 9_900 });
    const declined = card(db, k, { fee: 50_000, stage: 'declined' });
    const ins = db.$client.prepare('INSERT INTO sample_shipments (collaboration_id, value_minor, shipping_cost_minor, status) VALUES (?, ?, ?, ?)');
    ins.run(b.collaborationId, 2_500, 500, 'delivered');
    ins.run(b.collaborationId, 1_000, 400, 'returned');
    ins.run(b.collaborationId, 7_000, 700, 'planned');
    order(db, { orderId: '1', code: a.code, collaborationId: a.collaborationId, at: '2026-03-10T12:00:00.000Z', total: 12_345 });
    order(db, { orderId: '2', code: declined.code, collaborationId: declined.collaborationId, at: '2026-03-10T12:00:00.000Z', total: 99_999 });
    refreshRollups(db);
    const s = campaignSummary(db, TODAY, { campaignId: k });
    expect(s.totals.cost).toEqual({ feesMinor: 50_000, productValueMinor: 6_500, shippingMinor: 900, commissionMinor: 1_235, unconverted: [] });
    expect(s.totals.costMinor).toBe(58_635);
    expect(s.totals.revenueMinor).toBe(12_345);
    expect(s.collaborations.map((c) => c.collaborationId)).not.toContain(declined.collaborationId);
    expect(s.totals.roiBp).toBe(Math.round(((12_345 - 58_635) / 58_635) * 10_000));
  });
});

describe('cost: the fee of a new card is only proposed until agreed', () => {
  it('starts a card added to the board as "proposed" (no cost) and counts the fee once it is agreed', () => {
    const k = campaign(db);
    const person = Number(db.$client.prepare("INSERT INTO influencers (name) VALUES ('Nia')").run().lastInsertRowid);
    const [addedId] = addCollaborations(db, { campaignId: k, influencerIds: [person] }).added;
    const added = { id: addedId };
    updateCollaboration(db, { id: added.id, feeMinor: 40_000, productValueMinor: 5_000 });
    expect(getCollaboration(db, added.id).paymentStatus).toBe('proposed');
    expect(campaignSummary(db, TODAY, { campaignId: k }).totals.cost).toMatchObject({ feesMinor: 0, productValueMinor: 0 });
    updateCollaboration(db, { id: added.id, paymentStatus: 'agreed' });
    expect(campaignSummary(db, TODAY, { campaignId: k }).totals.cost).toMatchObject({ feesMinor: 40_000, productValueMinor: 5_000 });
  });
});

describe('reach, engagement rate basis, clicks and ratios', () => {
  it('names the ER basis, takes the larger click source per card, and returns null for a zero divisor', () => {
    const k = campaign(db);
    const a = card(db, k, { fee: 10_000, followers: 10_000 });
    const b = card(db, k);
    post(db, a.collaborationId, { reach: 1_000, impressions: 2_000, views: 4_000, likes: 90, comments: 10, clicks: 50, channelId: a.channelId });
    db.$client.prepare('INSERT INTO tracking_links (collaboration_id, url, clicks) VALUES (?, ?, ?)').run(a.collaborationId, 'https://x', 30);
    db.$client.prepare('INSERT INTO tracking_links (collaboration_id, url, clicks) VALUES (?, ?, ?)').run(b.collaborationId, 'https://y', 20);
    order(db, { orderId: '1', code: a.code, collaborationId: a.collaborationId, at: '2026-03-10T12:00:00.000Z', total: 5_000 });
    refreshRollups(db);
    let t = campaignSummary(db, TODAY, { campaignId: k }).totals;
    expect([t.erBasis, t.engagementRateBp]).toEqual(['reach', 1_000]);
    expect([t.clicks, t.ctrBp, t.conversionRateBp, t.cpcMinor, t.cpmMinor, t.cpeMinor]).toEqual([70, 350, 143, 143, 5_000, 100]);
    expect(t.emvMinor).toBeNull();
    updateSettings(db, { kpiErBasis: 'views', kpiEmvCpmMinor: 1_200 });
    t = campaignSummary(db, TODAY, { campaignId: k }).totals;
    expect([t.erBasis, t.engagementRateBp, t.emvMinor]).toEqual(['views', 250, 2_400]);
    updateSettings(db, { kpiErBasis: 'followers' });
    expect(campaignSummary(db, TODAY, { campaignId: k }).totals.engagementRateBp).toBe(100);
    const bOnly = collaborationKpis(db, TODAY, b.collaborationId).figures;
    expect([bOnly.clicks, bOnly.ctrBp, bOnly.cpmMinor, bOnly.engagementRateBp, bOnly.roasBp, bOnly.aovMinor]).toEqual([20, null, null, null, null, null]);
  });

  it('reports progress against the campaign targets', () => {
    const k = campaign(db, { targets: { revenueMinor: 10_000, conversions: 4 } });
    const a = card(db, k);
    order(db, { orderId: '1', code: a.code, collaborationId: a.collaborationId, at: '2026-03-10T12:00:00.000Z', total: 5_000 });
    refreshRollups(db);
    const s = campaignSummary(db, TODAY, { campaignId: k });
    expect(s.targets).toEqual([
      { key: 'conversions', target: 4, actual: 1, progressBp: 2_500 },
      { key: 'revenueMinor', target: 10_000, actual: 5_000, progressBp: 5_000 },
    ]);
  });
});
