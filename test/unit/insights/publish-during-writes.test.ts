/**
 * Issue 9: the user's writes during a long shop import each within 200 ms. The import prepares its KPI roll-up
 * outside the write lock; its final transaction swaps it in unless something the roll-up is computed from changed
 * since (insights/rollup-publish.ts, kpi_inputs_version of migration 0017) — then it prepares again, and only the
 * last attempt refreshes inside the lock (seconds at 1,000,000 orders, while every user write waits).
 * The import runs on a connection of its own, like the job worker; the user's writes go through the main connection
 * between the preparation and the final transaction (runRedemptions' onPrepared). Real SQLite file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkerConnection, type Db } from '../../../src/main/db/connection';
import { ensureRollups, refreshRollups } from '../../../src/main/insights/rollups';
import { PREPARE_ATTEMPTS, runRedemptions } from '../../../src/main/redemptions/run';
import { createInfluencer } from '../../../src/main/influencers/edit';
import { addCode } from '../../../src/main/collaborations/codes';
import { updateSettings } from '../../../src/main/settings/service';
import { contract, type FileInspection } from '../../../src/shared/contract';
import { testCore } from '../../helpers/core';
import { call, fullMapping, upload, type T } from '../redemptions/helpers';
import { campaign, card, post } from './fixture';

let t: T;
let worker: Db;
beforeEach(async () => {
  t = await testCore('empty');
  updateSettings(t.core.db, { timeZone: 'Europe/Berlin', kpiWindowDays: 30 });
  ensureRollups(t.core.db); // as the app does after a settings change (insights/follow.ts)
  worker = openWorkerConnection(t.core.db.$client.name);
});
afterEach(async () => {
  worker.$client.close();
  await t.dispose();
});

const HEADER = 'Name,Email,Financial Status,Currency,Subtotal,Total,Discount Code,Discount Amount,Created at,Cancelled at,Refunded Amount';

/** Three cards (a third untouched by the file, with an order of its own), an earlier import, and the file to publish. */
async function workspace() {
  const db = t.core.db;
  const k = campaign(db, { start: '2026-03-01', end: '2026-03-31' });
  const [a, b, c] = [card(db, k), card(db, k), card(db, k)];
  const earlier = [HEADER, `#0900,c@example.com,paid,EUR,12.00,12.00,${c.code},0,2026-03-02 10:00:00 +0100,,0.00`].join('\n');
  expect((await importWith(earlier)).publish?.rollup).toBe('prepared');
  const csv = [
    HEADER,
    `#1001,x@example.com,paid,EUR,100.00,100.01,"${a.code}, ${b.code}",0,2026-03-05 10:00:00 +0100,,0.00`,
    `#1002,y@example.com,paid,EUR,50.00,50.00,${b.code},0,2026-03-31 23:30:00 +0100,,10.00`,
    `#1003,z@example.com,paid,EUR,80.00,80.00,LATECODE,0,2026-03-07 10:00:00 +0100,,0.00`,
    `#1004,w@example.com,paid,EUR,20.00,20.00,${a.code},0,2026-04-20 10:00:00 +0200,,0.00`,
  ].join('\n');
  return { db, k, a, b, c, csv };
}

/** Uploads and imports `csv` on the worker connection, calling `between` before each attempt at the final transaction. */
async function importWith(csv: string, between: (attempt: number) => void = () => undefined) {
  const fileId = await upload(t, 'orders_export.csv', Buffer.from(csv));
  const inspection = await call<FileInspection>(t, 'redemptions.inspect', { fileId });
  const params = contract['redemptions.import'].input.parse({ fileId, format: inspection.format, shop: 'Shop', mapping: fullMapping(inspection.mapping) });
  return runRedemptions(worker, params, t.dir, () => undefined, 'import', { onPrepared: between });
}

const TABLES = ['kpi_rollups', 'kpi_sales_totals', 'kpi_sales_weeks', 'kpi_sales_weeks_all'];
function kpis(db: Db): string[][] {
  return TABLES.map((table) =>
    db.$client
      .prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3, 4`)
      .all()
      .map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v))),
  );
}

/** The KPI tables as the import left them, then as a from-scratch rebuild gives them: they must be equal. */
function expectAsRecomputed(db: Db) {
  const published = kpis(db);
  expect(published[0]!.length).toBeGreaterThan(3);
  refreshRollups(db);
  expect(kpis(db)).toEqual(published);
}

describe("an import's final transaction while the user writes", () => {
  it('a write unrelated to the figures (a person added) does not send the publish back to a refresh inside the lock', async () => {
    const w = await workspace();
    const added: number[] = [];
    const result = await importWith(w.csv, () => added.push(createInfluencer(w.db, contract['influencers.create'].input.parse({ name: `Added ${added.length}` })).id));
    // the file's orders are all new (none shares a row with the earlier import): its own share is added
    expect(result.publish).toMatchObject({ rollup: 'prepared', rollupMode: 'add', attempts: 1 });
    expect(added).toHaveLength(1);
    expectAsRecomputed(w.db);
  });

  it('a file without an order split between cards adds its share, with the same figures', async () => {
    const w = await workspace();
    // #1001 with one code only: no order of the file carries two codes held on cards
    const csv = w.csv.replace(`"${w.a.code}, ${w.b.code}"`, w.a.code);
    const result = await importWith(csv);
    expect(result.publish).toMatchObject({ rollup: 'prepared', rollupMode: 'add', attempts: 1 });
    expectAsRecomputed(w.db);
  });

  it("a file with an order the earlier import stored (another code on it) replaces the cards' rows, with the same figures", async () => {
    const w = await workspace();
    // #0900 holds c's code from the earlier import; this file adds a's code to it: the split of #0900 changes for c too
    const csv = `${w.csv}\n#0900,c@example.com,paid,EUR,12.00,12.00,"${w.c.code}, ${w.a.code}",0,2026-03-02 10:00:00 +0100,,0.00`;
    const result = await importWith(csv);
    expect(result.publish).toMatchObject({ rollup: 'prepared', rollupMode: 'replace', attempts: 1 });
    expectAsRecomputed(w.db);
  });

  type W = Awaited<ReturnType<typeof workspace>>;
  const writes: [string, (w: W) => void, number][] = [
    ['a code assigned on a card (links the file’s order #1003)', (w) => void addCode(w.db, { collaborationId: w.c.collaborationId, code: 'LATECODE', discountDescription: '' }), 2],
    ['the KPI window (settings, then the totals rebuilt as the app does)', (w) => (updateSettings(w.db, { kpiWindowDays: 14 }), ensureRollups(w.db)), 2],
    ['the time zone (settings, then the roll-up rebuilt as the app does)', (w) => (updateSettings(w.db, { timeZone: 'America/New_York' }), ensureRollups(w.db)), 2],
    ["the campaign's end", (w) => w.db.$client.prepare("UPDATE campaigns SET end_date = '2026-03-10' WHERE id = ?").run(w.k), 2],
    // posts are read when the figures are read, not by the roll-up: nothing to prepare again
    ["a post's figures", (w) => post(w.db, w.a.collaborationId, { reach: 9_000, clicks: 70 }), 1],
  ];
  it.each(writes)('after %s the figures equal a recompute', async (_name, change, attempts) => {
    const w = await workspace();
    const result = await importWith(w.csv, (attempt) => attempt === 1 && change(w));
    expect(result.publish).toMatchObject({ rollup: 'prepared', rollupMode: 'add', attempts });
    expectAsRecomputed(w.db);
  });

  it(`refreshes inside the lock after ${PREPARE_ATTEMPTS} preparations that a KPI write overtook each time, with the same figures`, async () => {
    const w = await workspace();
    const result = await importWith(w.csv, (attempt) => w.db.$client.prepare('UPDATE campaigns SET end_date = ? WHERE id = ?').run(`2026-04-${10 + attempt}`, w.k));
    expect(result.publish).toMatchObject({ rollup: 'refreshed', attempts: PREPARE_ATTEMPTS });
    expectAsRecomputed(w.db);
  });
});
