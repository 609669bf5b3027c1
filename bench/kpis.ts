/**
 * Issue 12: KPIs at a million orders. Builds 2,000 influencers, 50 campaigns and 5,000 collaborations (each with
 * a code), imports 1,000,000 Shopify orders THROUGH THE IMPORT JOB (so the roll-up is maintained the real way),
 * then measures, side by side in one run:
 * - the portfolio summary and one campaign's summary through the dispatcher (roll-up), and
 * - the same figures straight from the raw redemptions table in SQLite (no roll-up; the reference);
 * - the undo of 100,000-order batches, before and now, three times each (kpis-undo.ts);
 * and checks that the figures agree: dispatcher = reference, the exported XLSX = the dashboard, and after the
 * undo the figures are those from before the batch. Targets (issue 12): portfolio ≤ 150 ms, one campaign ≤ 20 ms,
 * undo of 100,000 orders ≤ 2 s.
 */
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createCore, type RunningCore } from '../src/main/core/context';
import { createCampaign } from '../src/main/campaigns/service';
import { updateSettings } from '../src/main/settings/service';
import { REDEMPTION_FIELDS, type CampaignSummary, type PortfolioSummary } from '../src/shared/contract';
import { SALE_SQL, FEE_AGREED_SQL } from '../src/main/insights/rules';
import { generate, job, uploadFile } from './redemptions';
import { undoBench } from './kpis-undo';

type Report = (name: string, value: number, unit: string, note: string) => void;

const CAMPAIGNS = 50;
const PER_CAMPAIGN = 100;
const INFLUENCERS = 2_000;
/** KOLLAB_BENCH_KPIS_ORDERS=200000 for a quicker run while iterating (the targets are for 1,000,000). */
const ORDERS = Number(process.env.KOLLAB_BENCH_KPIS_ORDERS) || 1_000_000;
const WINDOW_DAYS = 30;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function value<V>(running: RunningCore, method: string, input: unknown): Promise<V> {
  const r = await running.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
}

/** Median wall time and median CPU time of the process (the machine is shared: CPU shows the work, wall the wait). */
async function timed<V>(runs: number, fn: () => Promise<V> | V): Promise<{ ms: number; cpu: number; v: V }> {
  const xs: number[] = [];
  const cpu: number[] = [];
  let v!: V;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    const u = process.cpuUsage();
    v = await fn();
    const d = process.cpuUsage(u);
    xs.push(performance.now() - s);
    cpu.push((d.user + d.system) / 1000);
  }
  return { ms: median(xs), cpu: median(cpu), v };
}

/** 50 campaigns (stages by the service), 2,000 influencers, 5,000 cards with one code each; returns the codes. */
export function buildWorkspace(running: RunningCore): string[] {
  const db = running.core.db;
  const c = db.$client;
  const codes: string[] = [];
  c.transaction(() => {
    const insI = c.prepare('INSERT INTO influencers (name) VALUES (?)');
    const insCh = c.prepare("INSERT INTO channels (influencer_id, platform, handle, followers, is_primary) VALUES (?, 'instagram', ?, ?, 1)");
    const people: number[] = [];
    for (let i = 0; i < INFLUENCERS; i++) {
      const id = Number(insI.run(`Bench creator ${i}`).lastInsertRowid);
      insCh.run(id, `bench.${i}`, 2_000 + ((i * 7919) % 90_000));
      people.push(id);
    }
    const stageOf = c.prepare('SELECT key, id FROM stages WHERE campaign_id = ?');
    const insCo = c.prepare(
      `INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, fee_minor, payment_status, product_value_minor, commission_bp, currency)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'EUR')`,
    );
    const insCode = c.prepare('INSERT INTO voucher_codes (collaboration_id, code, code_norm) VALUES (?, ?, ?)');
    const stageKeys = ['shortlist', 'contacted', 'negotiating', 'briefed', 'sample_shipped', 'content_live', 'completed'];
    const payments = ['agreed', 'invoiced', 'paid'];
    for (let k = 0; k < CAMPAIGNS; k++) {
      const start = new Date(Date.UTC(2025, 0, 1 + k * 5));
      const end = new Date(start.getTime() + 150 * 86_400_000);
      const campaignId = createCampaign(db, {
        name: `Bench campaign ${String(k + 1).padStart(2, '0')}`,
        goal: 'sales',
        product: '',
        startDate: start.toISOString().slice(0, 10),
        endDate: end.toISOString().slice(0, 10),
        budgetMinor: 0,
        currency: 'EUR',
        targetKpis: {},
        disclosureText: '#werbung',
        notes: '',
      }).id;
      const stages = new Map((stageOf.all(campaignId) as { key: string; id: number }[]).map((s) => [s.key, s.id]));
      for (let j = 0; j < PER_CAMPAIGN; j++) {
        const stage = j % 25 === 24 ? 'declined' : stageKeys[j % stageKeys.length];
        const fee = 10_000 + ((j * 37) % 50) * 1_000;
        const cid = Number(
          insCo.run(campaignId, people[(k * PER_CAMPAIGN + j) % INFLUENCERS], stages.get(stage), j, fee, payments[j % 3], j % 3 === 0 ? 2_500 : 0, j % 4 === 0 ? 500 : 0)
            .lastInsertRowid,
        );
        const code = `BENCH${cid}`;
        insCode.run(cid, code, code);
        codes.push(code);
      }
    }
  })();
  return codes;
}

/**
 * The reference: the same figures straight from the raw redemptions table (equal split over the coded rows of an
 * order, sale statuses, campaign window in UTC days, cards on a board), no roll-up. `campaignId` narrows it.
 */
function reference(running: RunningCore, campaignId: number | null, range: { from: string; to: string } | null = null): { revenueMinor: number; conversions: number; costMinor: number; byCampaign: Map<number, number> } {
  const c = running.core.db.$client;
  const scope = `SELECT co.id AS cid, co.campaign_id AS campaignId, co.commission_bp AS bp, ca.start_date AS ws, date(ca.end_date, '+${WINDOW_DAYS} days') AS we
    FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id JOIN stages st ON st.id = co.stage_id
    WHERE co.removed_at IS NULL AND ca.deleted_at IS NULL AND coalesce(st.key, '') <> 'declined' AND (@k IS NULL OR co.campaign_id = @k)`;
  const orders =
    campaignId === null
      ? 'SELECT * FROM redemptions WHERE collaboration_id IS NOT NULL'
      : `SELECT * FROM redemptions WHERE collaboration_id IS NOT NULL AND (shop, order_id) IN (SELECT shop, order_id FROM redemptions WHERE collaboration_id IN (SELECT cid FROM sc))`;
  const rows = c
    .prepare(
      `WITH sc AS MATERIALIZED (${scope}),
       coded AS (SELECT r.collaboration_id AS cid, r.status, r.total_minor - r.refunded_minor AS net, date(r.ordered_at_utc) AS day,
                        count(*) OVER w AS n, row_number() OVER (w ORDER BY r.id) AS k
                 FROM (${orders}) r WINDOW w AS (PARTITION BY r.shop, r.order_id)),
       per AS (SELECT sc.cid, sc.campaignId, sc.bp, substr(coded.day, 1, 7) AS month, sum(1.0 / n) AS orders,
                      sum(CASE WHEN k = 1 THEN net - (net / n) * (n - 1) ELSE net / n END) AS revenue
               FROM coded JOIN sc ON sc.cid = coded.cid
               WHERE coded.status IN (${SALE_SQL}) AND coded.day BETWEEN sc.ws AND sc.we AND coded.day BETWEEN @from AND @to
               GROUP BY sc.cid, month)
       SELECT campaignId, sum(orders) AS orders, sum(revenue) AS revenue, sum(round(revenue * bp / 10000.0)) AS commission FROM per GROUP BY campaignId`,
    )
    .all({ k: campaignId, from: range?.from ?? '0000-01-01', to: range?.to ?? '9999-12-31' }) as { campaignId: number; orders: number; revenue: number; commission: number }[];
  const fixed = c
    .prepare(
      `WITH sc AS (${scope}) SELECT coalesce(sum(co.fee_minor + co.product_value_minor), 0) FROM sc JOIN collaborations co ON co.id = sc.cid
       WHERE co.payment_status IN (${FEE_AGREED_SQL})`,
    )
    .pluck()
    .get({ k: campaignId }) as number;
  const byCampaign = new Map(rows.map((r) => [r.campaignId, r.revenue]));
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  return {
    revenueMinor: sum((r) => r.revenue),
    conversions: Math.round(sum((r) => r.orders) * 100) / 100,
    costMinor: fixed + sum((r) => r.commission),
    byCampaign,
  };
}

/** The campaigns sheet (or a campaign's cost sheet) of the exported XLSX, as numbers in minor units. */
async function exported(running: RunningCore, input: Record<string, unknown>): Promise<{ revenueByName: Map<string, number>; costMinor: number }> {
  const file = await value<{ dataBase64: string }>(running, 'kpis.exportTable', { ...input, format: 'xlsx', lang: 'en' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
  const first = wb.worksheets[0];
  const head = (first.getRow(1).values as unknown[]).map(String);
  const iRevenue = head.indexOf('Revenue');
  const revenueByName = new Map<string, number>();
  first.eachRow((row, n) => {
    if (n > 1) revenueByName.set(String(row.getCell(1).value), Math.round(Number(row.getCell(iRevenue).value) * 100));
  });
  const cost = wb.worksheets.find((w) => w.name === 'Cost breakdown') ?? wb.worksheets[2];
  let costMinor = NaN;
  cost.eachRow((row) => {
    if (row.getCell(1).value === 'Cost') costMinor = Math.round(Number(row.getCell(2).value) * 100);
  });
  return { revenueByName, costMinor };
}

function same(a: number, b: number, tolerance = 0): boolean {
  return Math.abs(a - b) <= tolerance;
}

export async function kpisBench(report: Report): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-bench-kpis-'));
  try {
    const running = await createCore({ dataDir: path.join(dir, 'core'), firstRun: 'empty', quietLog: true });
    updateSettings(running.core.db, { timeZone: 'UTC', kpiWindowDays: WINDOW_DAYS, kpiAttribution: 'equalSplit' });
    const t = performance.now();
    const codes = buildWorkspace(running);
    report('kpis: build workspace', performance.now() - t, 'ms', `${INFLUENCERS} influencers, ${CAMPAIGNS} campaigns, ${codes.length} collaborations with a code`);

    const mapping = Object.fromEntries(REDEMPTION_FIELDS.map((f) => [f, '']));
    const importFile = async (file: string) => {
      const fileId = await uploadFile(running, file);
      const r = await job(running, 'redemptions.import', { fileId, format: 'shopify', shop: 'Bench shop', mapping });
      const batchId = running.core.db.$client.prepare("SELECT max(id) FROM import_batches WHERE kind = 'redemptions' AND status = 'done'").pluck().get() as number;
      return { ...r, batchId };
    };
    const main = path.join(dir, 'orders_1m.csv');
    const gen = generate(main, ORDERS, codes, { oneOrderPerRow: true, codeShare: 0.9, twoCodeShare: 0.03, unknownCodes: 10 });
    const imp = await importFile(main);
    report(`kpis: import ${ORDERS.toLocaleString('en')} orders (job, roll-up published)`, imp.ms, 'ms', `${gen.coded} orders with a code, ${imp.value.report.inserted} redemptions`);
    fs.rmSync(main);
    const rollups = running.core.db.$client.prepare('SELECT count(*) FROM kpi_rollups').pluck().get() as number;
    const attributed = running.core.db.$client.prepare('SELECT count(*) FROM redemptions WHERE collaboration_id IS NOT NULL').pluck().get() as number;
    report('kpis: redemptions attributed to a card', attributed, 'rows', `${rollups} roll-up rows (card × day × currency)`);

    const campaignId = running.core.db.$client.prepare("SELECT id FROM campaigns WHERE name = 'Bench campaign 25'").pluck().get() as number;
    const checks: string[] = [];
    const compare = (what: string, got: number, want: number, tolerance = 0) => {
      if (!same(got, want, tolerance)) checks.push(`${what}: ${got} ≠ ${want}`);
    };

    const portfolio = await timed(15, () => value<PortfolioSummary>(running, 'kpis.portfolio', {}));
    const portfolioRef = await timed(3, () => reference(running, null));
    report('kpis: portfolio, dispatcher (roll-up)', portfolio.ms, 'ms', `median of 15 (CPU ${portfolio.cpu.toFixed(0)} ms); target ≤ 150 → ${portfolio.ms <= 150 ? 'holds' : 'MISSED'}`);
    // with a date range: whole months from the totals, edge days from the roll-up (insights/queries/sales.ts)
    for (const range of [
      { from: '2025-04-01', to: '2025-06-30' },
      { from: '2025-03-15', to: '2025-08-20' },
      { from: '2025-05-03', to: '2025-06-20' },
    ]) {
      const r = await timed(9, () => value<PortfolioSummary>(running, 'kpis.portfolio', range));
      const ref = reference(running, null, range);
      compare(`portfolio revenue ${range.from}..${range.to}`, r.v.totals.revenueMinor, ref.revenueMinor);
      compare(`portfolio orders ${range.from}..${range.to}`, r.v.totals.conversions, ref.conversions, 1);
      report(`kpis: portfolio ${range.from}..${range.to}`, r.ms, 'ms', `median of 9 (CPU ${r.cpu.toFixed(0)} ms), ${r.v.bucket}s; target ≤ 150 → ${r.ms <= 150 ? 'holds' : 'MISSED'}`);
    }
    report('kpis: portfolio, plain SQL over redemptions (ref)', portfolioRef.ms, 'ms', 'median of 3; revenue, orders, cost per campaign');
    const campaign = await timed(30, () => value<CampaignSummary>(running, 'kpis.campaign', { campaignId }));
    const campaignRef = await timed(3, () => reference(running, campaignId));
    report('kpis: one campaign, dispatcher (roll-up)', campaign.ms, 'ms', `median of 30 (CPU ${campaign.cpu.toFixed(0)} ms); 100 cards; target ≤ 20 → ${campaign.ms <= 20 ? 'holds' : 'MISSED'}`);
    report('kpis: one campaign, plain SQL over redemptions (ref)', campaignRef.ms, 'ms', 'median of 3');

    // Figures: dispatcher = reference (orders to two decimals: the engine rounds per card, the reference once).
    const p = portfolio.v;
    const pr = portfolioRef.v;
    compare('portfolio revenue', p.totals.revenueMinor, pr.revenueMinor);
    compare('portfolio orders', p.totals.conversions, pr.conversions, 1);
    compare('portfolio cost', p.totals.costMinor, pr.costMinor);
    for (const row of p.campaigns) compare(`revenue of ${row.name}`, row.figures.revenueMinor, pr.byCampaign.get(row.campaignId) ?? 0);
    compare('campaign revenue', campaign.v.totals.revenueMinor, campaignRef.v.revenueMinor);
    compare('campaign orders', campaign.v.totals.conversions, campaignRef.v.conversions, 0.5);
    compare('campaign cost', campaign.v.totals.costMinor, campaignRef.v.costMinor);
    // The exported file = the dashboard.
    const file = await exported(running, {});
    for (const row of p.campaigns) compare(`XLSX revenue of ${row.name}`, file.revenueByName.get(row.name) ?? NaN, row.figures.revenueMinor);
    compare('XLSX portfolio cost', file.costMinor, p.totals.costMinor);
    const cfile = await exported(running, { campaignId });
    const cRevenue = [...cfile.revenueByName.values()].reduce((a, b) => a + b, 0);
    compare('XLSX campaign revenue (sum of cards)', cRevenue, campaign.v.totals.revenueMinor);
    compare('XLSX campaign cost', cfile.costMinor, campaign.v.totals.costMinor);

    // Batches of 100,000 new orders imported and undone, three times as before and three times as now (kpis-undo.ts).
    checks.push(...(await undoBench(running, codes, dir, report)));
    const after = await value<PortfolioSummary>(running, 'kpis.portfolio', {});
    compare('revenue after undo', after.totals.revenueMinor, p.totals.revenueMinor);
    compare('orders after undo', after.totals.conversions, p.totals.conversions, 0.01);
    compare('cost after undo', after.totals.costMinor, p.totals.costMinor);

    report('kpis: figures agree (dispatcher = SQL = XLSX, undo)', checks.length, 'diffs', checks.length ? checks.slice(0, 3).join('; ') : 'all equal');
    await running.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
