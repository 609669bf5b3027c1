/**
 * Code leaks: signs that a creator's code circulates beyond her audience (coupon sites, browser extensions).
 *
 * Per voucher code, over the orders considered (a file in the dry run, a batch afterwards), by order day as the
 * shop recorded it (the date part of the order time, in the shop's own offset):
 * - before_start: orders before the code's `valid_from`, or, without one, before the collaboration's start
 *   date (falling back to the campaign's start date). One flag per code: the first such day, all such orders.
 * - after_end: orders after the code's `valid_to`, or, without one, more than 30 days after the campaign's end
 *   date. One flag per code: the first such day, all such orders.
 * - spike: a day with more than max(20, 5 × the code's median orders per day) orders, the median taken over the
 *   days with at least one order. One flag per such day.
 */
import type { Db } from '../db/connection';
import type { LeakFlag } from '../../shared/contract/redemptions';
import { batchDailyRows, codeWindowStatement } from './queries';

export const SPIKE_MIN_ORDERS = 20;
export const SPIKE_FACTOR = 5;
export const AFTER_END_GRACE_DAYS = 30;

export interface CodeWindow {
  code: string;
  collaborationId: number | null;
  start: string | null;
  /** Last day on which orders are fine. */
  end: string | null;
}

/** code_norm → day (YYYY-MM-DD) → orders. */
export type DailyCounts = Map<string, Map<string, number>>;

export function addDay(counts: DailyCounts, codeNorm: string, day: string): void {
  let m = counts.get(codeNorm);
  if (!m) counts.set(codeNorm, (m = new Map()));
  m.set(day, (m.get(day) ?? 0) + 1);
}

function plusDays(date: string, days: number): string {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Pure: the flags for the given daily counts and windows (codes without a window are skipped). */
export function leakFlags(counts: DailyCounts, windows: Map<string, CodeWindow>): LeakFlag[] {
  const flags: LeakFlag[] = [];
  const norms = [...counts.keys()].sort();
  for (const norm of norms) {
    const w = windows.get(norm);
    if (!w) continue;
    const days = [...counts.get(norm)!.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const before = w.start ? days.filter(([d]) => d < w.start!) : [];
    if (before.length) flags.push({ code: w.code, collaborationId: w.collaborationId, kind: 'before_start', day: before[0][0], orders: before.reduce((n, [, c]) => n + c, 0) });
    const after = w.end ? days.filter(([d]) => d > w.end!) : [];
    if (after.length) flags.push({ code: w.code, collaborationId: w.collaborationId, kind: 'after_end', day: after[0][0], orders: after.reduce((n, [, c]) => n + c, 0) });
    const limit = Math.max(SPIKE_MIN_ORDERS, SPIKE_FACTOR * median(days.map(([, c]) => c)));
    for (const [day, c] of days) if (c > limit) flags.push({ code: w.code, collaborationId: w.collaborationId, kind: 'spike', day, orders: c });
  }
  return flags;
}

/** The windows of the given codes, from the voucher code, its collaboration and campaign. */
export function codeWindows(db: Db, norms: Iterable<string>): Map<string, CodeWindow> {
  const stmt = codeWindowStatement(db);
  const out = new Map<string, CodeWindow>();
  for (const norm of norms) {
    const r = stmt.get(norm);
    if (!r) continue;
    const day = (s: string | null) => (s ? s.slice(0, 10) : null);
    out.set(norm, {
      code: r.code,
      collaborationId: r.collaborationId,
      start: day(r.validFrom) ?? day(r.collabStart) ?? day(r.campaignStart),
      end: day(r.validTo) ?? (r.campaignEnd ? plusDays(r.campaignEnd.slice(0, 10), AFTER_END_GRACE_DAYS) : null),
    });
  }
  return out;
}

export function leaksFor(db: Db, counts: DailyCounts): LeakFlag[] {
  return leakFlags(counts, codeWindows(db, counts.keys()));
}

/** Flags over the orders a batch inserted or changed (attributed ones only). */
export function batchLeaks(db: Db, batchId: number): LeakFlag[] {
  const rows = batchDailyRows(db, batchId);
  const counts: DailyCounts = new Map();
  for (const r of rows) {
    let m = counts.get(r.norm);
    if (!m) counts.set(r.norm, (m = new Map()));
    m.set(r.day, r.n);
  }
  return leaksFor(db, counts);
}
