/**
 * The portfolio report (data, XLSX, CSV and the PDF's print route) honours the campaign and influencer filters
 * chosen on the portfolio dashboard: only the filtered campaigns and people appear, the totals are theirs, and
 * the header names the filter.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/connection';
import { refreshRollups } from '../../../src/main/insights/rollups';
import { portfolioSummary } from '../../../src/main/insights/summaries';
import { reportData } from '../../../src/main/insights/report';
import { exportTables } from '../../../src/main/insights/export';
import { reportRoute } from '../../../src/main/reports/pdf';
import { parsePrintLocation } from '../../../src/renderer/src/lib/printRoute';
import { updateSettings } from '../../../src/main/settings/service';
import { campaign, card, kpiDb, order } from './fixture';

const TODAY = '2026-06-01';
let db: Db;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = kpiDb());
  updateSettings(db, { timeZone: 'UTC' });
});
afterEach(() => cleanup());

async function sheets(input: Parameters<typeof exportTables>[2]): Promise<Map<string, string[][]>> {
  const file = await exportTables(db, TODAY, input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  return new Map(
    wb.worksheets.map((ws) => {
      const rows: string[][] = [];
      ws.eachRow((row, n) => {
        if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v)));
      });
      return [ws.name, rows];
    }),
  );
}

describe('portfolio report with the dashboard filters', () => {
  it('lists only the filtered campaigns and people, with their totals, in the data, the XLSX and the CSV', async () => {
    const spring = campaign(db, { name: 'Spring' });
    const summer = campaign(db, { name: 'Summer' });
    const autumn = campaign(db, { name: 'Autumn' });
    const ava = card(db, spring, { name: 'Ava' });
    const ben = card(db, summer, { name: 'Ben' });
    const cid = card(db, autumn, { name: 'Cleo' });
    const ava2 = card(db, summer, { name: 'Ava two' });
    order(db, { orderId: '1', code: ava.code, collaborationId: ava.collaborationId, at: '2026-03-05T10:00:00Z', total: 1_000 });
    order(db, { orderId: '2', code: ben.code, collaborationId: ben.collaborationId, at: '2026-03-06T10:00:00Z', total: 2_000 });
    order(db, { orderId: '3', code: cid.code, collaborationId: cid.collaborationId, at: '2026-03-07T10:00:00Z', total: 4_000 });
    order(db, { orderId: '4', code: ava2.code, collaborationId: ava2.collaborationId, at: '2026-03-08T10:00:00Z', total: 8_000 });
    refreshRollups(db);

    // unfiltered: all three campaigns
    expect((await sheets({ format: 'xlsx', lang: 'en' })).get('Campaigns')!.map((r) => r[0]).sort()).toEqual(['Autumn', 'Spring', 'Summer']);

    const filter = { campaignIds: [spring, summer] };
    const data = reportData(db, TODAY, { ...filter, lang: 'en' });
    expect(data.totals.revenueMinor).toBe(portfolioSummary(db, TODAY, filter).totals.revenueMinor);
    expect(data.totals.revenueMinor).toBe(11_000);
    expect(data.filter).toEqual({ campaigns: ['Spring', 'Summer'], influencers: [] });
    const x = await sheets({ ...filter, format: 'xlsx', lang: 'en' });
    expect(x.get('Campaigns')!.map((r) => r[0]).sort()).toEqual(['Spring', 'Summer']);
    expect(x.get('Creators')!.map((r) => r[0]).sort()).toEqual(['Ava', 'Ava two', 'Ben']);
    expect(x.get('Cost breakdown')).toBeDefined();

    // influencer filter: only Ben (in Summer)
    const onlyBen = await sheets({ influencerIds: [ben.influencerId], format: 'xlsx', lang: 'de' });
    expect(onlyBen.get('Kampagnen')!.map((r) => [r[0], r[8]])).toEqual([['Summer', '20']]);
    expect(onlyBen.get('Creator')!.map((r) => r[0])).toEqual(['Ben']);

    const csv = await exportTables(db, TODAY, { campaignIds: [autumn], format: 'csv', lang: 'en' });
    const text = Buffer.from(csv.dataBase64, 'base64').toString('utf8');
    expect(text).toContain('Autumn');
    expect(text).not.toMatch(/Spring|Summer/);
  });

  it('carries the filters through the PDF print route', () => {
    const route = reportRoute({ language: 'de', paper: 'a4', campaignIds: [3, 7], influencerIds: [12] });
    expect(parsePrintLocation(route)).toMatchObject({ kind: 'portfolio-report', campaignIds: [3, 7], influencerIds: [12], lang: 'de' });
    // a campaign report ignores the portfolio filters
    expect(parsePrintLocation(reportRoute({ language: 'en', paper: 'a4', campaignId: 5, campaignIds: [3] }))).not.toHaveProperty('campaignIds');
  });
});
