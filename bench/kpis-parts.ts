/** Scratch: times each query of the portfolio and campaign summaries on the profile workspace ($OUT). */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/main/core/context';
import { kpiContext, collectCollaborations } from '../src/main/insights/figures';
import * as q from '../src/main/insights/queries';
import { portfolioSummary, campaignSummary } from '../src/main/insights/summaries';

async function main() {
  const out = process.env.OUT ?? '/tmp/kpispeed-prof/core';
  const running = await createCore({ dataDir: out, firstRun: 'empty', quietLog: true });
  const db = running.core.db;
  const k = db.$client.prepare("SELECT id FROM campaigns WHERE name = 'Bench campaign 25'").pluck().get() as number;
  const today = '2026-01-01';
  const med = (name: string, fn: () => unknown, n = 5) => {
    const xs: number[] = [];
    const cpu: number[] = [];
    let rows = 0;
    for (let i = 0; i < n; i++) {
      const s = performance.now();
      const u = process.cpuUsage();
      const r = fn();
      const d = process.cpuUsage(u);
      cpu.push((d.user + d.system) / 1000);
      xs.push(performance.now() - s);
      if (Array.isArray(r)) rows = r.length;
      else if (r instanceof Map) rows = r.size;
    }
    console.log(name.padEnd(40), xs.sort((a, b) => a - b)[Math.floor(n / 2)].toFixed(1).padStart(8), 'ms wall', cpu.sort((a, b) => a - b)[Math.floor(n / 2)].toFixed(1).padStart(8), 'ms cpu', rows, 'rows');
  };
  const ctx = kpiContext(db, today);
  const N = ctx.settings.kpiWindowDays;
  for (const [label, f] of [['portfolio', {}], ['campaign', { campaignIds: [k] }]] as const) {
    med(`${label}: kpiContext`, () => kpiContext(db, today));
    med(`${label}: collaborationsInScope`, () => q.collaborationsInScope(db, f, today));
    med(`${label}: salesByCollaboration`, () => q.salesByCollaboration(db, f, N, ctx.cols, 'EUR'));
    med(`${label}: samplesByCollaboration`, () => q.samplesByCollaboration(db, f, N, today));
    med(`${label}: linkClicks`, () => q.linkClicksByCollaboration(db, f, N));
    med(`${label}: posts`, () => q.postsByCollaboration(db, f, N, ctx.settings.timeZone || 'UTC'));
    med(`${label}: salesSeries week`, () => q.salesSeries(db, f, N, ctx.cols, 'week', label === 'campaign'));
    med(`${label}: collectCollaborations`, () => collectCollaborations(db, ctx, f, 'workspace'));
  }
  med('portfolioSummary', () => portfolioSummary(db, today, {}));
  med('portfolioSummary 2025-03-15..2025-08-20', () => portfolioSummary(db, today, { from: '2025-03-15', to: '2025-08-20' }));
  med('portfolioSummary 2025-04-01..2025-06-30', () => portfolioSummary(db, today, { from: '2025-04-01', to: '2025-06-30' }));
  med('portfolioSummary 2025-05-03..2025-06-20 (days)', () => portfolioSummary(db, today, { from: '2025-05-03', to: '2025-06-20' }));
  med('campaignSummary', () => campaignSummary(db, today, { campaignId: k }));
  if (process.env.DUMP)
    fs.writeFileSync(process.env.DUMP, JSON.stringify({ portfolio: portfolioSummary(db, today, {}), campaign: campaignSummary(db, today, { campaignId: k }) }, null, 1));
  await running.close();
}
void main();
