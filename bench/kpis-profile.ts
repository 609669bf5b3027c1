/** Scratch: a 1M-order KPI workspace by direct inserts, kept at $OUT for profiling the KPI queries. */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/main/core/context';
import { updateSettings } from '../src/main/settings/service';
import { refreshRollups } from '../src/main/insights/rollups';
import { buildWorkspace } from './kpis';

async function main() {
  const out = process.env.OUT ?? '/tmp/kpi-prof/core';
  if (!fs.existsSync(path.join(out, 'kollab.db'))) {
    const running = await createCore({ dataDir: out, firstRun: 'empty', quietLog: true });
    updateSettings(running.core.db, { timeZone: 'UTC' });
    const codes = buildWorkspace(running);
    const c = running.core.db.$client;
    const cids = c.prepare('SELECT collaboration_id AS cid, code_norm AS code FROM voucher_codes').all() as { cid: number; code: string }[];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const ins = c.prepare(
      `INSERT INTO redemptions (shop, order_id, code_norm, collaboration_id, ordered_at, ordered_at_utc, currency, total_minor, refunded_minor, status) VALUES ('Bench shop', ?, ?, ?, ?, ?, 'EUR', ?, 0, 'paid')`,
    );
    let t = Date.UTC(2025, 0, 1);
    c.transaction(() => {
      for (let i = 0; i < 1_000_000; i++) {
        t += Math.floor(rnd() * 60_000);
        const at = new Date(t).toISOString();
        const x = cids[Math.floor(rnd() * cids.length)];
        ins.run(`#${i}`, x.code, x.cid, at, at, 1500 + Math.floor(rnd() * 20000));
        if (rnd() < 0.03) {
          const y = cids[Math.floor(rnd() * cids.length)];
          if (y.code !== x.code) ins.run(`#${i}`, y.code, y.cid, at, at, 1500);
        }
      }
    })();
    const s = performance.now();
    refreshRollups(running.core.db);
    console.log('rebuild', performance.now() - s, codes.length);
    await running.close();
  }
  const running = await createCore({ dataDir: out, firstRun: 'empty', quietLog: true });
  const k = running.core.db.$client.prepare("SELECT id FROM campaigns WHERE name = 'Bench campaign 25'").pluck().get();
  for (const [m, input] of [['kpis.portfolio', {}], ['kpis.campaign', { campaignId: k }]] as const) {
    const xs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      const r = await running.dispatch(m, input);
      if (!r.ok) throw new Error(r.error.message);
      xs.push(performance.now() - s);
    }
    console.log(m, xs.sort((a, b) => a - b)[5].toFixed(1));
  }
  await running.close();
}
void main();
