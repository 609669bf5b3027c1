/**
 * Issue 11: a shop import starts reading its file while the backup before it is written (redemptions/handlers.ts,
 * jobs/gate.ts) and writes only once the backup is done — the backup is still the workspace before the import; a
 * failed backup calls the import off with nothing written, and the call fails as before. Real core, real files.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/main/backups/service';
import { openWorkerConnection } from '../../../src/main/db/connection';
import { callOff, newGate, openGate } from '../../../src/main/jobs/gate';
import { runRedemptions } from '../../../src/main/redemptions/run';
import { contract, type FileInspection } from '../../../src/shared/contract';
import { testCore } from '../../helpers/core';
import { call, callError, count, fullMapping, runJob, upload, type T } from './helpers';

const HEADER = 'Name,Email,Financial Status,Currency,Subtotal,Total,Discount Code,Discount Amount,Created at,Refunded Amount';
const csv = (orders: number, first = 1000) =>
  [HEADER, ...Array.from({ length: orders }, (_, i) => `#${first + i},c${i}@example.com,paid,EUR,10.00,10.00,CODE${i % 7},0,2026-03-02 10:00:00 +0100,0.00`)].join('\n');

let t: T | null = null;
afterEach(async () => {
  await t?.dispose();
  t = null;
});

async function prepared(core: T, text: string) {
  const fileId = await upload(core, 'orders_export.csv', Buffer.from(text));
  const inspection = await call<FileInspection>(core, 'redemptions.inspect', { fileId });
  return { fileId, format: inspection.format, shop: 'Shop', mapping: fullMapping(inspection.mapping) };
}

describe('the backup before a shop import', () => {
  it('holds the workspace before the import, which then stores the file', async () => {
    t = await testCore('empty');
    const first = await runJob(t, 'redemptions.import', await prepared(t, csv(40)));
    expect(first.status).toBe('done');
    const second = await runJob(t, 'redemptions.import', await prepared(t, csv(25, 5000)));
    expect(second.status).toBe('done');
    expect(count(t, 'SELECT count(*) FROM redemptions')).toBe(65);
    const backups = listBackups(t.dir).filter((b) => b.reason === 'import');
    expect(backups).toHaveLength(2);
    // newest first: the copy taken before the second import has the first import's orders only
    const copy = new Database(path.join(t.dir, 'backups', backups[0]!.name), { readonly: true });
    try {
      expect(copy.prepare('SELECT count(*) FROM redemptions').pluck().get()).toBe(40);
      expect(copy.prepare("SELECT count(*) FROM import_batches WHERE kind = 'redemptions'").pluck().get()).toBe(1);
    } finally {
      copy.close();
    }
  });

  it('that fails calls the import off: the call says why, nothing is written', async () => {
    t = await testCore('empty');
    const input = await prepared(t, csv(40));
    // A file where the backups folder should be: the copy cannot be written.
    fs.rmSync(path.join(t.dir, 'backups'), { recursive: true, force: true });
    fs.writeFileSync(path.join(t.dir, 'backups'), 'not a folder');
    // the call fails, as it did when the backup ran before the job started
    const error = await callError(t, 'redemptions.import', input);
    expect(error.message).not.toBe('');
    // the job that had started reading ends without a batch or an order
    await expect.poll(() => t!.core.jobs.busy(), { timeout: 20_000 }).toBe(false);
    expect(count(t, 'SELECT count(*) FROM import_batches')).toBe(0);
    expect(count(t, 'SELECT count(*) FROM redemptions')).toBe(0);
  });
});

describe('an import behind a closed gate', () => {
  it('reads but writes nothing until the gate opens; called off, it fails with nothing written', async () => {
    t = await testCore('empty');
    const worker = openWorkerConnection(t.core.db.$client.name);
    try {
      const params = contract['redemptions.import'].input.parse(await prepared(t, csv(30)));
      const gate = newGate();
      let read = 0;
      const running = runRedemptions(worker, params, t.dir, (done) => void (read = done), 'import', { gate });
      // the file is read (its progress reported) while the gate is closed: no batch, no order
      await expect.poll(() => read, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(count(t, 'SELECT count(*) FROM import_batches')).toBe(0);
      expect(count(t, 'SELECT count(*) FROM redemptions')).toBe(0);
      openGate(gate);
      const result = await running;
      expect(result.report.inserted).toBe(30);
      expect(count(t, "SELECT count(*) FROM import_batches WHERE status = 'done'")).toBe(1);

      const again = contract['redemptions.import'].input.parse(await prepared(t, csv(10, 9000)));
      const closed = newGate();
      const calledOff = runRedemptions(worker, again, t.dir, () => undefined, 'import', { gate: closed });
      callOff(closed);
      await expect(calledOff).rejects.toMatchObject({ key: 'jobs.calledOff' });
      expect(count(t, 'SELECT count(*) FROM import_batches')).toBe(1);
      expect(count(t, 'SELECT count(*) FROM redemptions')).toBe(30);
    } finally {
      worker.$client.close();
    }
  });
});
