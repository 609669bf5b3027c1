/**
 * Date ranges over the maintained totals (insights/queries/sales.ts): whole months and weeks from the totals, only
 * the days around them from the day roll-up; the portfolio chart without filters from the all-cards week table
 * less the cards out of scope. Hand-computed on a real SQLite file.
 * Campaign "Spring" 2026-03-01 … 2026-03-31, window 30 days → orders from 01.03. to 30.04. count (UTC days).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/connection';
import { refreshRollups } from '../../../src/main/insights/rollups';
import { campaignSummary, portfolioSummary } from '../../../src/main/insights/summaries';
import { splitMonths, splitWeeks } from '../../../src/main/insights/queries';
import { updateSettings } from '../../../src/main/settings/service';
import { campaign, card, kpiDb, order, post } from './fixture';

const TODAY = '2026-06-01';
let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = kpiDb());
  updateSettings(db, { timeZone: 'UTC', kpiWindowDays: 30 });
});
afterEach(() => cleanup());

describe('splitting a range into whole months / weeks and the days around them', () => {
  it('months', () => {
    expect(splitMonths('2026-02-27', '2026-04-30')).toEqual({ months: ['2026-03', '2026-04'], days: [['2026-02-27', '2026-02-28']] });
    expect(splitMonths('2026-03-11', '2026-05-02')).toEqual({ months: ['2026-04', '2026-04'], days: [['2026-03-11', '2026-03-31'], ['2026-05-01', '2026-05-02']] });
    expect(splitMonths('2026-03-10', '2026-04-01')).toEqual({ months: null, days: [['2026-03-10', '2026-04-01']] });
    expect(splitMonths('2026-03-01', '2026-03-31')).toEqual({ months: ['2026-03', '2026-03'], days: [] });
    expect(splitMonths('2024-02-01', '2024-02-29')).toEqual({ months: ['2024-02', '2024-02'], days: [] });
    expect(splitMonths(undefined, '2026-03-15')).toEqual({ months: ['0000-01', '2026-02'], days: [['2026-03-01', '2026-03-15']] });
    expect(splitMonths('2026-12-15', undefined)).toEqual({ months: ['2027-01', '9999-12'], days: [['2026-12-15', '2026-12-31']] });
  });
  it('ISO weeks (Monday to Sunday)', () => {
    // 2026-03-04 is a Wednesday, 2026-03-20 a Friday: one whole week (Monday 9 March)
    expect(splitWeeks('2026-03-04', '2026-03-20')).toEqual({ weeks: ['2026-03-09', '2026-03-09'], days: [['2026-03-04', '2026-03-08'], ['2026-03-16', '2026-03-20']] });
    expect(splitWeeks('2026-03-09', '2026-03-22')).toEqual({ weeks: ['2026-03-09', '2026-03-16'], days: [] });
    expect(splitWeeks('2026-03-10', '2026-03-15')).toEqual({ weeks: null, days: [['2026-03-10', '2026-03-15']] });
  });
});

describe('portfolio and campaign with a date range', () => {
  function workspace() {
    const k = campaign(db);
    const a = card(db, k);
    const declined = card(db, k, { stage: 'declined' });
    const at = (d: string) => `${d}T12:00:00.000Z`;
    for (const [id, day, total] of [
      ['p', '2026-02-27', 1_000], // before the start: a leak
      ['q', '2026-03-10', 2_000],
      ['r', '2026-03-31', 3_000],
      ['s', '2026-04-01', 4_000],
      ['t', '2026-04-15', 5_000],
      ['u', '2026-05-02', 6_000], // after the window: a leak
    ] as const)
      order(db, { orderId: id, code: a.code, collaborationId: a.collaborationId, at: at(day), total });
    // a declined card is in no figure and no chart, although its week rows are in the all-cards table
    order(db, { orderId: 'x', code: declined.code, collaborationId: declined.collaborationId, at: at('2026-03-10'), total: 7_000 });
    refreshRollups(db);
    return k;
  }

  it('sums whole months from the totals and the edge days from the roll-up', () => {
    const k = workspace();
    const figures = (from?: string, to?: string) => {
      const t = portfolioSummary(db, TODAY, { from, to }).totals;
      return [t.revenueMinor, t.conversions, t.leaks.revenueMinor, t.leaks.orders];
    };
    expect(figures()).toEqual([14_000, 4, 7_000, 2]);
    // whole March and April, plus 27–28 February (the leak)
    expect(figures('2026-02-27', '2026-04-30')).toEqual([14_000, 4, 1_000, 1]);
    // whole April, plus 11–31 March and 1–2 May
    expect(figures('2026-03-11', '2026-05-02')).toEqual([12_000, 3, 6_000, 1]);
    // no whole month: days only
    expect(figures('2026-03-10', '2026-04-01')).toEqual([9_000, 3, 0, 0]);
    expect(figures('2026-04-02', '2026-04-14')).toEqual([0, 0, 0, 0]);
    const c = campaignSummary(db, TODAY, { campaignId: k, from: '2026-03-11', to: '2026-05-02' }).totals;
    expect([c.revenueMinor, c.leaks.revenueMinor]).toEqual([12_000, 6_000]);
  });

  it('charts weeks without the cards out of scope, with and without a range', () => {
    const k = workspace();
    const week = (s: { series: { start: string; revenueMinor: number }[] }) => s.series.filter((p) => p.revenueMinor).map((p) => [p.start, p.revenueMinor]);
    const expected = [
      ['2026-03-09', 2_000], // not 9,000: the declined card's order of 10 March is out
      ['2026-03-30', 7_000], // 31 March + 1 April
      ['2026-04-13', 5_000],
    ];
    const all = portfolioSummary(db, TODAY, {});
    expect(all.bucket).toBe('week');
    expect(week(all)).toEqual(expected);
    // the same through the per-card path (a campaign filter)
    expect(week(portfolioSummary(db, TODAY, { campaignIds: [k] }))).toEqual(expected);
    // 64 days → weeks: whole weeks 2 March … 20 April from the tables, 27 Feb – 1 March and 27 April – 2 May from the roll-up
    const ranged = portfolioSummary(db, TODAY, { from: '2026-02-27', to: '2026-05-02' });
    expect(ranged.bucket).toBe('week');
    expect(week(ranged)).toEqual(expected);
    // a range cutting the week of 30 March: only 31 March is in it
    expect(week(portfolioSummary(db, TODAY, { from: '2026-01-01', to: '2026-03-31' }))).toEqual([
      ['2026-03-09', 2_000],
      ['2026-03-30', 3_000],
    ]);
    // ≤ 62 days → days from the roll-up
    const days = portfolioSummary(db, TODAY, { from: '2026-03-01', to: '2026-04-01' });
    expect(days.bucket).toBe('day');
    expect(week(days)).toEqual([
      ['2026-03-10', 2_000],
      ['2026-03-31', 3_000],
      ['2026-04-01', 4_000],
    ]);
  });
});

describe('posts in a date range count by their posting day in the app time zone', () => {
  it('puts a post at 23:30 or 00:30 local time on its local day at the edge of the range', () => {
    updateSettings(db, { timeZone: 'Europe/Berlin' });
    const k = campaign(db);
    const a = card(db, k);
    post(db, a.collaborationId, { postedAt: '2026-03-31T21:30:00Z', reach: 1 }); // 23:30 in Berlin (CEST) on 31 March
    post(db, a.collaborationId, { postedAt: '2026-03-31T22:30:00Z', reach: 10 }); // 00:30 in Berlin on 1 April (31 March in UTC)
    post(db, a.collaborationId, { postedAt: '2026-04-01T03:30:00Z', reach: 100 }); // 05:30 in Berlin, 23:30 on 31 March in New York
    post(db, a.collaborationId, { postedAt: '2026-03-31', reach: 1_000 }); // a plain day stays that day in every zone
    refreshRollups(db);
    const reach = (from?: string, to?: string) => portfolioSummary(db, TODAY, { from, to }).totals.reach;
    expect(reach()).toBe(1_111);
    expect(reach('2026-03-01', '2026-03-31')).toBe(1_001);
    expect(reach('2026-04-01', '2026-04-30')).toBe(110);
    expect(campaignSummary(db, TODAY, { campaignId: k, from: '2026-03-31', to: '2026-03-31' }).totals.reach).toBe(1_001);
    // the same posts in New York: 23:30 (Berlin) is 17:30, 00:30 is 18:30, 05:30 is 23:30, all on 31 March
    updateSettings(db, { timeZone: 'America/New_York' });
    expect(reach('2026-03-01', '2026-03-31')).toBe(1_111);
    expect(reach('2026-04-01', '2026-04-30')).toBe(0);
  });
});
