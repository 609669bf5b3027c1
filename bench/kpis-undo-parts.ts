/**
 * Scratch: where the undo of a 100,000-order batch spends its time, on the profile workspace ($OUT, a copy):
 * the last 100,000 orders are made a finished batch, then undone through the dispatcher with $CACHE_MB of page
 * cache (default: the connection's): the DELETE alone (rolled back), then each statement of the undo over 30 ms.
 */
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/main/core/context';

async function main() {
  const out = process.env.OUT ?? '/tmp/kpispeed-prof/undo';
  const running = await createCore({ dataDir: out, firstRun: 'empty', quietLog: true });
  const c = running.core.db.$client;
  if (process.env.CACHE_MB) c.pragma(`cache_size = -${Number(process.env.CACHE_MB) * 1024}`);
  const id = Number(
    c
      .prepare("INSERT INTO import_batches (kind, file_name, file_hash, file_size, format, shop, status) VALUES ('redemptions', 'x.csv', 'x', 1, 'shopify', 'bench shop', 'done')")
      .run().lastInsertRowid,
  );
  c.prepare("UPDATE redemptions SET batch_id = ? WHERE order_id IN (SELECT order_id FROM redemptions ORDER BY id DESC LIMIT 100000)").run(id);
  c.pragma('wal_checkpoint(TRUNCATE)');
  const n = c.prepare('SELECT count(*) FROM redemptions WHERE batch_id = ?').pluck().get(id);
  // statement by statement, rolled back
  c.exec('BEGIN IMMEDIATE');
  let t = performance.now();
  c.prepare('DELETE FROM redemptions WHERE batch_id = ?').run(id);
  console.log('DELETE redemptions alone', (performance.now() - t).toFixed(0), 'ms');
  c.exec('ROLLBACK');
  // every statement of the undo over 30 ms, with its wall and CPU time
  const prep = c.prepare.bind(c);
  (c as { prepare: unknown }).prepare = (sql: string) => {
    const st = prep(sql);
    for (const m of ['run', 'all', 'get'] as const) {
      const f = (st[m] as (...a: unknown[]) => unknown).bind(st);
      (st as unknown as Record<string, unknown>)[m] = (...a: unknown[]) => {
        const s0 = performance.now();
        const u = process.cpuUsage();
        const out = f(...a);
        const d = process.cpuUsage(u);
        const ms = performance.now() - s0;
        if (ms > 30) console.log(`  ${ms.toFixed(0).padStart(6)} ms wall ${((d.user + d.system) / 1000).toFixed(0).padStart(6)} ms cpu  ${sql.replace(/\s+/g, ' ').slice(0, 110)}`);
        return out;
      };
    }
    return st;
  };
  t = performance.now();
  const r = await running.dispatch('imports.undo', { id });
  console.log('imports.undo', (performance.now() - t).toFixed(0), 'ms', n, 'rows', r.ok ? '' : r.error.message);
  await running.close();
}
void main();
