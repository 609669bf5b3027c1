/**
 * Export safe cells (rules: text a spreadsheet would run as a formula is neutralised, in XLSX and CSV; numbers
 * stay numbers) and the on-time matching of posts to deliverables (rule `onTime`).
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/connection';
import { refreshRollups } from '../../../src/main/insights/rollups';
import { exportTables, safeText } from '../../../src/main/insights/export';
import { influencerSummary, punctuality } from '../../../src/main/insights/influencer';
import { updateSettings } from '../../../src/main/settings/service';
import { campaign, card, kpiDb, order, post } from './fixture';

const TODAY = '2026-06-01';
let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = kpiDb());
  updateSettings(db, { timeZone: 'UTC' });
});
afterEach(() => cleanup());

const NASTY = ['=HYPERLINK("http://x")', '+49 30 1234', '-2+3', '@SUM(A1)'];

describe('export: safe cells', () => {
  it('neutralises =, +, - and @ at the start of a text cell in XLSX and CSV, and keeps numbers as numbers', async () => {
    expect(NASTY.map(safeText)).toEqual(NASTY.map((s) => `'${s}`));
    expect(safeText('Spring = sale')).toBe('Spring = sale');
    const k = campaign(db, { name: NASTY[0] });
    NASTY.forEach((name, i) => {
      const c = card(db, k, { name });
      order(db, { orderId: String(i), code: c.code, collaborationId: c.collaborationId, at: '2026-03-05T10:00:00Z', total: 1_000 + i });
    });
    refreshRollups(db);

    const file = await exportTables(db, TODAY, { campaignId: k, format: 'xlsx', lang: 'en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
    const creators = wb.getWorksheet('Creators')!;
    const names: unknown[] = [];
    const revenue: unknown[] = [];
    const iRevenue = (creators.getRow(1).values as unknown[]).indexOf('Revenue');
    creators.eachRow((row, n) => {
      if (n === 1) return;
      names.push(row.getCell(1).value);
      revenue.push(row.getCell(iRevenue).value);
      // nothing in the sheet is a formula
      row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
    });
    expect([...names].sort()).toEqual(NASTY.map((s) => `'${s}`).sort());
    expect(revenue.every((v) => typeof v === 'number')).toBe(true);

    const csv = Buffer.from((await exportTables(db, TODAY, { campaignId: k, format: 'csv', lang: 'en' })).dataBase64, 'base64').toString('utf8');
    const firstCells = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.replace(/^"/, '').slice(0, 1));
    expect(firstCells.length).toBe(NASTY.length);
    expect(firstCells.every((c) => c === "'")).toBe(true);
  });
});

describe('on time: posts matched to deliverables by kind, in order of due date', () => {
  it('counts on time, late and missing per slot; another kind fulfils nothing; no due date is on time', () => {
    const slots = [
      { kind: 'post', due: '2026-03-10' },
      { kind: 'post', due: '2026-03-20' },
      { kind: 'story', due: '2026-03-12' },
      { kind: 'reel', due: null },
      { kind: 'video', due: '2026-07-01' },
    ];
    const posts = [
      // the later post fills the later slot: 03-09 ≤ 03-10 on time, 03-21 > 03-20 late
      { kind: 'post', postedAt: '2026-03-21T08:00:00Z' },
      { kind: 'post', postedAt: '2026-03-09T22:00:00Z' },
      // a reel does not fulfil the story; the story slot (due before today) is missing
      { kind: 'reel', postedAt: '2026-05-01T10:00:00Z' },
      { kind: 'story', postedAt: null },
    ];
    expect(punctuality(slots, posts, TODAY, 'UTC')).toEqual({ onTime: 2, late: 1, missing: 1 });
    // the video is due after today: neither missing nor counted
    expect(punctuality([{ kind: 'video', due: '2026-07-01' }], [], TODAY, 'UTC')).toEqual({ onTime: 0, late: 0, missing: 0 });
    // posted on the due day itself is on time
    expect(punctuality([{ kind: 'post', due: '2026-03-10' }], [{ kind: 'post', postedAt: '2026-03-10T23:00:00Z' }], TODAY, 'UTC')).toEqual({ onTime: 1, late: 0, missing: 0 });
  });

  it('compares days in the app time zone (Europe/Berlin), not UTC days', () => {
    updateSettings(db, { timeZone: 'Europe/Berlin' });
    const k = campaign(db);
    const c = card(db, k);
    const due = db.$client.prepare("INSERT INTO deliverables (collaboration_id, kind, count, due_date) VALUES (?, ?, 1, '2026-03-10')");
    due.run(c.collaborationId, 'post');
    due.run(c.collaborationId, 'story');
    due.run(c.collaborationId, 'reel');
    // 23:30 in Berlin on the due day (CET, UTC+1) = 22:30Z on the 10th: on time
    post(db, c.collaborationId, { kind: 'post', postedAt: '2026-03-10T22:30:00.000Z' });
    // 23:30Z on the due day = 00:30 on 11 March in Berlin: late (UTC days called it on time)
    post(db, c.collaborationId, { kind: 'story', postedAt: '2026-03-10T23:30:00Z' });
    // 00:30 in Berlin on the due day = 23:30Z on the 9th, written with its offset: on time either way
    post(db, c.collaborationId, { kind: 'reel', postedAt: '2026-03-10T00:30:00+01:00' });
    const s = influencerSummary(db, TODAY, c.influencerId);
    expect([s.postsOnTime, s.postsLate, s.postsMissing]).toEqual([2, 1, 0]);
    expect(s.onTimeBp).toBe(6_667);
    // the same posts by UTC days would be three on time: the zone is what makes the story late
    updateSettings(db, { timeZone: 'UTC' });
    expect(influencerSummary(db, TODAY, c.influencerId).postsLate).toBe(0);
    // summer time (CEST, UTC+2): 23:30 in Berlin on 10 June is 21:30Z; 22:30Z is already the 11th
    updateSettings(db, { timeZone: 'Europe/Berlin' });
    expect(punctuality([{ kind: 'post', due: '2026-06-10' }], [{ kind: 'post', postedAt: '2026-06-10T21:30:00Z' }], TODAY, 'Europe/Berlin')).toEqual({ onTime: 1, late: 0, missing: 0 });
    expect(punctuality([{ kind: 'post', due: '2026-06-10' }], [{ kind: 'post', postedAt: '2026-06-10T22:30:00Z' }], TODAY, 'Europe/Berlin')).toEqual({ onTime: 0, late: 1, missing: 0 });
    // a plain date is already a day in the app zone
    expect(punctuality([{ kind: 'post', due: '2026-06-10' }], [{ kind: 'post', postedAt: '2026-06-10' }], TODAY, 'Pacific/Auckland')).toEqual({ onTime: 1, late: 0, missing: 0 });
  });
});
