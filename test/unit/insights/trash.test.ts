/**
 * Trashed campaigns (campaigns.deleted_at) and trashed cards (collaborations.removed_at) count in no KPI figure:
 * not in the portfolio, the campaign view, the influencer view, the leaks, the legacy dashboard, nor the report
 * and its exported file. Restoring brings them back (so the test sees them counted before).
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/connection';
import { refreshRollups } from '../../../src/main/insights/rollups';
import { campaignSummary, portfolioSummary } from '../../../src/main/insights/summaries';
import { influencerSummary } from '../../../src/main/insights/influencer';
import { listLeaks } from '../../../src/main/insights/leaks';
import { dashboardSummary } from '../../../src/main/insights/dashboard';
import { reportData } from '../../../src/main/insights/report';
import { exportTables } from '../../../src/main/insights/export';
import { deleteCampaign, restoreFromTrash } from '../../../src/main/trash/service';
import { removeCollaboration } from '../../../src/main/collaborations/service';
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

async function xlsxCampaignNames(): Promise<string[]> {
  const file = await exportTables(db, TODAY, { format: 'xlsx', lang: 'en' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  const names: string[] = [];
  wb.worksheets[0].eachRow((row, n) => {
    if (n > 1) names.push(String(row.getCell(1).value));
  });
  return names;
}

describe('trash: nothing deleted counts', () => {
  it('leaves out the cards of a trashed campaign and trashed cards everywhere', async () => {
    const kept = campaign(db, { name: 'Kept' });
    const trashed = campaign(db, { name: 'Trashed' });
    const a = card(db, kept, { name: 'Ava', fee: 10_000 });
    const gone = card(db, kept, { name: 'Gone card', fee: 20_000 });
    const b = card(db, trashed, { name: 'Ben', fee: 40_000 });
    // Ava also works on the trashed campaign: her influencer view must not count it.
    const c = db.$client;
    const stage = c.prepare("SELECT id FROM stages WHERE campaign_id = ? AND key = 'briefed'").pluck().get(trashed);
    const avaTrashed = Number(
      c
        .prepare("INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, fee_minor, payment_status, currency) VALUES (?, ?, ?, 1, 80000, 'paid', 'EUR')")
        .run(trashed, a.influencerId, stage).lastInsertRowid,
    );
    c.prepare("INSERT INTO voucher_codes (collaboration_id, code, code_norm) VALUES (?, 'AVAOLD', 'AVAOLD')").run(avaTrashed);
    order(db, { orderId: '1', code: a.code, collaborationId: a.collaborationId, at: '2026-03-05T10:00:00Z', total: 1_000 });
    order(db, { orderId: '2', code: gone.code, collaborationId: gone.collaborationId, at: '2026-03-06T10:00:00Z', total: 2_000 });
    order(db, { orderId: '3', code: b.code, collaborationId: b.collaborationId, at: '2026-03-07T10:00:00Z', total: 4_000 });
    order(db, { orderId: '4', code: 'AVAOLD', collaborationId: avaTrashed, at: '2026-03-08T10:00:00Z', total: 8_000 });
    // leaks (before the start) of the trashed campaign and of the trashed card
    order(db, { orderId: '5', code: b.code, collaborationId: b.collaborationId, at: '2026-01-07T10:00:00Z', total: 500 });
    order(db, { orderId: '6', code: gone.code, collaborationId: gone.collaborationId, at: '2026-01-08T10:00:00Z', total: 500 });
    refreshRollups(db);

    // Everything counts before the trash.
    expect(portfolioSummary(db, TODAY, {}).totals.revenueMinor).toBe(15_000);
    expect(listLeaks(db, { limit: 50 }).total).toBe(2);

    deleteCampaign(db, trashed);
    removeCollaboration(db, gone.collaborationId);

    const p = portfolioSummary(db, TODAY, {});
    expect([p.totals.revenueMinor, p.totals.cost.feesMinor, p.totals.leaks.orders, p.leakCount, p.influencers]).toEqual([1_000, 10_000, 0, 0, 1]);
    expect(p.campaigns.map((x) => x.name)).toEqual(['Kept']);
    expect(p.topCollaborations.map((x) => x.influencerName)).toEqual(['Ava']);
    expect(p.series.reduce((s, x) => s + x.revenueMinor, 0)).toBe(1_000);

    const k = campaignSummary(db, TODAY, { campaignId: kept });
    expect([k.totals.revenueMinor, k.totals.costMinor, k.collaborations.length, k.series.length]).toEqual([1_000, 10_000, 1, 1]);
    expect(campaignSummary(db, TODAY, { campaignId: trashed }).totals.revenueMinor).toBe(0);

    const ava = influencerSummary(db, TODAY, a.influencerId);
    expect([ava.totals.revenueMinor, ava.totals.costMinor, ava.campaigns.map((x) => x.campaignName)]).toEqual([1_000, 10_000, ['Kept']]);

    expect(listLeaks(db, { limit: 50 }).total).toBe(0);

    const legacy = dashboardSummary(db, TODAY);
    expect([legacy.totals.revenueMinor, legacy.collaborationsByStage.reduce((s, x) => s + x.count, 0)]).toEqual([1_000, 1]);

    const report = reportData(db, TODAY, { lang: 'en' });
    expect(report.tables.find((t) => t.key === 'campaigns')!.rows.map((r) => r[0])).toEqual(['Kept']);
    expect(report.totals.revenueMinor).toBe(1_000);
    expect(await xlsxCampaignNames()).toEqual(['Kept']);

    // Restored, they count again.
    restoreFromTrash(db, 'campaign', trashed);
    expect(portfolioSummary(db, TODAY, {}).totals.revenueMinor).toBe(13_000);
    expect(await xlsxCampaignNames()).toEqual(expect.arrayContaining(['Kept', 'Trashed']));
  });
});
