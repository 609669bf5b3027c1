/**
 * Issue 9: a large influencer spreadsheet import and the user's own writes. The import stages its people in short
 * transactions and publishes them in one short final one (src/main/influencers/import-commit.ts); the merges into
 * people who exist are prepared outside the lock and applied there at once (import-publish.ts). Printed, in one
 * run: the longest transaction of the import with its merges prepared inside the final transaction (before) and
 * outside (now), the CPU time of the whole import, and the latency of the user's writes while the import runs in
 * its worker (p50/p95/max). KOLLAB_BENCH_ONE_TX=1 adds the oldest variant: the whole sheet in one transaction.
 */
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/main/core/context';
import { openWorkerConnection } from '../src/main/db/connection';
import { commitImport, type CommitHooks } from '../src/main/influencers/import-commit';
import { previewImport } from '../src/main/influencers/transfer';
import { appendChunk, beginUpload, finishUpload } from '../src/main/imports/uploads';
import type { Report } from './backups';

function sheet(rows: number, merges: number): Buffer {
  const lines = ['Name,Instagram,TikTok,Follower,E-Mail,Stadt,Notizen'];
  // the merges bring a second channel and a note, so each changes columns, channels, snapshots and the search index
  for (let i = 0; i < merges; i++) lines.push(`Bestand ${i},@bestand.${i},@bestand.tt.${i},${90_000 + i},neu${i}@example.de,Berlin,Aus der Liste ${i}`);
  for (let i = merges; i < rows; i++) lines.push(`Creator ${i} Müller,@creator.${i},,${1000 + i},creator${i}@example.com,Köln,`);
  return Buffer.from(lines.join('\n'), 'utf8');
}

const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

export async function influencerImportBench(dir: string, report: Report, rows = 20_000, merges = 200): Promise<void> {
  const label = `${rows.toLocaleString('en')} rows, ${merges} merges`;
  const load = () => `load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`;
  const bytes = sheet(rows, merges);
  const setup = async (name: string) => {
    const r = await createCore({ dataDir: path.join(dir, name), firstRun: 'empty', quietLog: true });
    for (let i = 0; i < merges; i++) {
      await r.dispatch('influencers.create', { name: `Bestand ${i}`, notes: 'Stammkundin', channels: [{ platform: 'instagram', handle: `bestand.${i}`, followers: 50_000 }] });
    }
    return r;
  };

  // The lock held, in-process with the import's hooks.
  const modes: [string, CommitHooks][] = [
    ['merges prepared in the final transaction (before)', { prepareInLock: true }],
    ['merges prepared outside the lock (now)', {}],
  ];
  if (process.env.KOLLAB_BENCH_ONE_TX === '1') modes.unshift(['whole sheet in one transaction (oldest)', { chunkMs: Infinity, prepareInLock: true }]);
  for (const [mode, base] of modes) {
    const r = await setup(`lock-${modes.findIndex((m) => m[0] === mode)}`);
    const db = openWorkerConnection(r.core.dbFile);
    const file = { fileName: 'creators.csv', bytes: new Uint8Array(bytes) };
    const preview = await previewImport(db, file, { locale: 'auto' });
    const duplicates = preview.duplicates.map((d) => ({ row: d.row, action: 'merge' as const }));
    let longest = 0;
    let chunks = 0;
    let publish = 0;
    const t = performance.now();
    const cpu = process.cpuUsage();
    const result = await commitImport(db, file, { mapping: preview.mapping, locale: 'auto', duplicates, acceptHeld: false }, {
      ...base,
      afterChunk: (_b, ms) => ((longest = Math.max(longest, ms)), chunks++),
      published: (ms) => (publish = ms),
    });
    const used = process.cpuUsage(cpu);
    const total = performance.now() - t;
    db.$client.close();
    await r.close();
    if (result.merged !== merges) throw new Error(`expected ${merges} merges, got ${result.merged}`);
    report(
      `influencer import ${label}: ${mode}, final transaction`,
      publish,
      'ms',
      `${chunks} staging chunk(s), longest ${longest.toFixed(0)} ms; import ${total.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU; ${load()}`,
    );
  }

  // The user's writes while the import runs in its worker (through the dispatcher, as the app does).
  const r = await setup('user');
  const { fileId } = beginUpload(r.core.dataDir, { fileName: 'creators.csv', sizeBytes: bytes.length });
  for (let off = 0; off < bytes.length; off += 4 * 1024 * 1024) appendChunk(r.core.dataDir, { fileId, offset: off, dataBase64: bytes.subarray(off, off + 4 * 1024 * 1024).toString('base64') });
  await finishUpload(r.core.dataDir, fileId);
  const preview = await r.dispatch('influencers.import.preview', { fileId, locale: 'auto' });
  if (!preview.ok) throw new Error(preview.error.message);
  const p = preview.value as { mapping: Record<string, string | null>; duplicates: { row: number }[] };
  let done = false;
  const t = performance.now();
  const commit = r
    .dispatch('influencers.import.commit', { fileId, mapping: p.mapping, locale: 'auto', duplicates: p.duplicates.map((d) => ({ row: d.row, action: 'merge' })), acceptHeld: false })
    .finally(() => (done = true));
  const latencies: number[] = [];
  let failed = 0;
  for (let i = 0; !done; i++) {
    const s = performance.now();
    const env = await r.dispatch('influencers.create', { name: `Während ${i}` });
    latencies.push(performance.now() - s);
    if (!env.ok) failed++;
    await new Promise((res) => setTimeout(res, 20));
  }
  const env = await commit;
  if (!env.ok) throw new Error(env.error.message);
  const took = performance.now() - t;
  await r.close();
  latencies.sort((a, b) => a - b);
  const over = latencies.filter((l) => l > 200).length;
  report(
    `influencer import ${label}: user writes during it, p95`,
    quantile(latencies, 0.95),
    'ms',
    `n=${latencies.length}, failed ${failed}, p50 ${quantile(latencies, 0.5).toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms, ${over} over 200 ms; import (backup + worker) ${took.toFixed(0)} ms; ${load()}`,
  );
}
