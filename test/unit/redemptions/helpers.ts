import fs from 'node:fs';
import path from 'node:path';
import type { testCore } from '../../helpers/core';
import { REDEMPTION_FIELDS, type DryRunReport, type FileInspection, type RedemptionField } from '../../../src/shared/contract';

export type T = Awaited<ReturnType<typeof testCore>>;
export const FIXTURES = path.resolve(__dirname, '../../fixtures/shop-exports');

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, name));
}

export async function call<V>(t: T, method: string, input: unknown): Promise<V> {
  const r = await t.dispatch(method, input);
  if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.message}`), { error: r.error });
  return r.value as V;
}

export async function callError(t: T, method: string, input: unknown): Promise<{ code: string; message: string; field?: string }> {
  const r = await t.dispatch(method, input);
  if (r.ok) throw new Error(`${method} succeeded unexpectedly`);
  return r.error;
}

/** Uploads bytes through uploads.begin/chunk/finish in the chunk size the server asks for. */
export async function upload(t: T, fileName: string, bytes: Buffer | Uint8Array, chunk?: number): Promise<string> {
  const b = Buffer.from(bytes);
  const { fileId, chunkBytes } = await call<{ fileId: string; chunkBytes: number }>(t, 'uploads.begin', { fileName, sizeBytes: b.length });
  const size = chunk ?? chunkBytes;
  for (let off = 0; off < b.length; off += size) {
    await call(t, 'uploads.chunk', { fileId, offset: off, dataBase64: b.subarray(off, off + size).toString('base64') });
  }
  await call(t, 'uploads.finish', { fileId });
  return fileId;
}

export interface JobOutcome {
  status: 'running' | 'done' | 'failed';
  report: DryRunReport | null;
  batchId: number | null;
  message: string | null;
  errorKey?: string | null;
  errorParams?: Record<string, string | number> | null;
}

export async function runJob(t: T, method: 'redemptions.dryRun' | 'redemptions.import', input: Record<string, unknown>): Promise<JobOutcome> {
  const { jobId } = await call<{ jobId: string }>(t, method, input);
  await t.core.jobs.wait(jobId).catch(() => undefined);
  return call<JobOutcome>(t, 'imports.job', { jobId });
}

/** Upload, inspect, then dry run or import with the detected format and shop (or overrides). */
export async function importFile(
  t: T,
  name: string,
  bytes: Buffer,
  mode: 'redemptions.dryRun' | 'redemptions.import',
  extra: Record<string, unknown> = {},
): Promise<JobOutcome & { inspection: FileInspection }> {
  const fileId = await upload(t, name, bytes);
  const inspection = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
  const out = await runJob(t, mode, { fileId, format: inspection.format, shop: inspection.shop || 'Shop', mapping: fullMapping(inspection.mapping), ...extra });
  return { ...out, inspection };
}

/**
 * The contract's mapping is `z.record(z.enum(REDEMPTION_FIELDS), …)`, which zod 4 makes exhaustive: every field
 * must be present, unmapped ones as ''.
 */
export function fullMapping(m: Partial<Record<RedemptionField, string>>): Record<RedemptionField, string> {
  return Object.fromEntries(REDEMPTION_FIELDS.map((f) => [f, m[f] ?? ''])) as Record<RedemptionField, string>;
}

export function count(t: T, sql: string, ...params: unknown[]): number {
  return Number(t.core.db.$client.prepare(sql).pluck().get(...params));
}

/** Every table an import writes, as a comparable snapshot. */
export function snapshot(t: T): Record<string, unknown[]> {
  const c = t.core.db.$client;
  const out: Record<string, unknown[]> = {};
  for (const table of ['redemptions', 'redemption_revisions', 'import_batches', 'import_rejects', 'header_mappings', 'voucher_codes']) {
    out[table] = c.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();
  }
  return out;
}

/** A minimal RFC 4180 reader for the tests' own expectations (whole text in memory; not the code under test). */
export function simpleCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** `12.34` → 1234 by string arithmetic (independent of the app's parser). */
export function cents(s: string): number {
  const [i, f = ''] = s.trim().split('.');
  const neg = i.startsWith('-');
  const v = Math.abs(Number(i)) * 100 + Number((f + '00').slice(0, 2));
  return neg ? -v : v;
}

/** Influencer → campaign → stage → collaboration (+ voucher code) by plain SQL; returns the collaboration id. */
export function makeCollab(
  t: T,
  o: { name: string; code?: string; collabStart?: string | null; campaignStart?: string | null; campaignEnd?: string | null; validFrom?: string | null; validTo?: string | null },
): number {
  const c = t.core.db.$client;
  const inf = Number(c.prepare('INSERT INTO influencers (name) VALUES (?)').run(o.name).lastInsertRowid);
  const camp = Number(
    c.prepare("INSERT INTO campaigns (name, goal, start_date, end_date) VALUES (?, 'sales', ?, ?)").run(`Campaign ${o.name}`, o.campaignStart ?? null, o.campaignEnd ?? null)
      .lastInsertRowid,
  );
  const stage = Number(c.prepare("INSERT INTO stages (campaign_id, key, name, position) VALUES (?, 'briefed', 'Briefed', 0)").run(camp).lastInsertRowid);
  const collab = Number(
    c.prepare('INSERT INTO collaborations (campaign_id, influencer_id, stage_id, position, start_date) VALUES (?, ?, ?, 0, ?)').run(camp, inf, stage, o.collabStart ?? null)
      .lastInsertRowid,
  );
  if (o.code) {
    c.prepare('INSERT INTO voucher_codes (collaboration_id, code, code_norm, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)').run(
      collab,
      o.code,
      o.code.toUpperCase(),
      o.validFrom ?? null,
      o.validTo ?? null,
    );
  }
  return collab;
}
