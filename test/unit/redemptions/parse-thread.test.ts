/**
 * Issue 11 (speed): a large export is read in a thread of its own, pipelined with the import that writes it
 * (redemptions/parse-thread.ts). Read there or in the import's own thread, a file gives the same report, the same
 * stored rows and the same errors. KOLLAB_PARSE_THREAD_MIN_BYTES=0 sends every file through the reading thread;
 * a huge value keeps every file in the import's thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { importFile, snapshot, type T } from './helpers';
import { generate } from '../../../bench/redemptions';

const IN_THREAD = '0';
const IN_JOB = String(2 ** 40);
const saved = process.env.KOLLAB_PARSE_THREAD_MIN_BYTES;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kollab-parse-thread-'));
afterAll(() => {
  if (saved === undefined) delete process.env.KOLLAB_PARSE_THREAD_MIN_BYTES;
  else process.env.KOLLAB_PARSE_THREAD_MIN_BYTES = saved;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const H = 'Bestellnummer;Bestelldatum;Status;Gutscheincode(s);Summe (brutto);Währung';
const row = (i: number, code = `CODE${i % 3}`) => `${1000 + i};24.11.2026 13:45;abgeschlossen;${code};12,50;EUR`;
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => row(from + k));
/** Damage of every kind the reader recovers from, in one file. */
const DAMAGED = [
  H,
  ...rows(1, 3),
  `1004;"24.11.2026 13:45;abgeschlossen;CODE0;12,50;EUR`,
  ...rows(5, 6),
  row(7) + ';extra',
  '1008;24.11.2026 13:45;abgeschlossen;CODE1;12,50',
  '',
  row(9, ''),
  row(10, 'AUTOMATIC DISCOUNTS'),
  row(1),
  '1011;24.11.2026\0 13:45;abgeschlossen;CODE1;12,50;EUR',
  '\uFEFF' + H,
  ...rows(12, 14),
].join('\r\n') + '\n' + rows(15, 17).join('\r') + '\r' + '1018;24.11.2026 13:45;abgesch';

/** Runs the same file in a fresh workspace with the reading thread on or off; the outcome and what is stored. */
async function outcome(threshold: string, name: string, bytes: Buffer, mode: 'redemptions.dryRun' | 'redemptions.import') {
  process.env.KOLLAB_PARSE_THREAD_MIN_BYTES = threshold;
  const t: T = await testCore('empty');
  try {
    const out = await importFile(t, name, bytes, mode, mode === 'redemptions.import' ? { confirmLostRows: 100 } : {});
    const stored = snapshot(t);
    // Times and ids of the batch differ from run to run; what was stored does not.
    const strip = (rs: unknown[]) => rs.map((r) => Object.fromEntries(Object.entries(r as Record<string, unknown>).filter(([k]) => !/(_at|^id|hash)$/.test(k))));
    return { status: out.status, report: out.report, message: out.message, errorKey: out.errorKey ?? null, stored: Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, strip(v)])) };
  } finally {
    await t.dispose();
  }
}

describe('reading in a thread of its own', () => {
  let big: Buffer;
  beforeAll(() => {
    // Over 2 MiB: several batches, so the reader runs ahead of the writer and waits for it.
    const file = path.join(tmp, 'orders_export_1.csv');
    generate(file, 15_000, ['ANNA10', 'BEN15'], { twoCodeShare: 0.1, unknownCodes: 5 });
    big = fs.readFileSync(file);
    expect(big.length).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('a damaged German export: the same accounting, rejects and stored rows either way', async () => {
    const bytes = Buffer.from(DAMAGED, 'utf8');
    const job = await outcome(IN_JOB, 'damaged.csv', bytes, 'redemptions.import');
    const thread = await outcome(IN_THREAD, 'damaged.csv', bytes, 'redemptions.import');
    expect(job.status).toBe('done');
    expect(job.report!.accounting.rowsRejected).toBeGreaterThan(3);
    expect(thread).toEqual(job);
  }, 120_000);

  it('a multi-MiB Shopify export: the same dry run and import either way', async () => {
    for (const mode of ['redemptions.dryRun', 'redemptions.import'] as const) {
      const job = await outcome(IN_JOB, 'orders_export_1.csv', big, mode);
      const thread = await outcome(IN_THREAD, 'orders_export_1.csv', big, mode);
      expect(job.status).toBe('done');
      expect(job.report!.accounting.rowsRead).toBe(15_000);
      expect(thread).toEqual(job);
    }
  }, 300_000);

  it('a file the reader refuses fails with the same message key from the thread', async () => {
    const bytes = Buffer.from(`${H}\r\n\r\n`, 'utf8');
    const job = await outcome(IN_JOB, 'empty.csv', bytes, 'redemptions.dryRun');
    const thread = await outcome(IN_THREAD, 'empty.csv', bytes, 'redemptions.dryRun');
    expect(job.status).toBe('failed');
    expect(job.errorKey).toBe('imports.noOrders');
    expect(thread).toEqual(job);
  }, 120_000);
});
