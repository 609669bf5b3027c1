import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/main/backups/service';
import { testCore } from '../../helpers/core';

/**
 * Backups and the integrity check run in a worker thread (JobRunner.run): while one runs, the core answers other
 * calls — reads and writes. Were the copy on the thread that answers (as before), the other call would only be
 * answered after the backup was complete.
 */
let r: Awaited<ReturnType<typeof testCore>>;

beforeAll(async () => {
  r = await testCore();
  // Enough orders that VACUUM INTO takes a noticeable while (a few hundred ms).
  const db = r.core.db.$client;
  const batch = db.prepare("INSERT INTO import_batches (kind, file_name, file_hash, file_size, format) VALUES ('redemptions', 't.csv', 'x', 1, 'shopify')").run().lastInsertRowid;
  const ins = db.prepare(
    `INSERT INTO redemptions (shop, order_id, code_norm, ordered_at, ordered_at_utc, currency, total_minor, subtotal_minor, status, batch_id)
     VALUES ('shop', ?, ?, '2026-03-01T10:00:00+01:00', '2026-03-01T09:00:00Z', 'EUR', 1000, 900, 'paid', ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < 300_000; i++) ins.run(`#${i}`, `CODE${i % 300}`, batch);
  })();
  // A first backup warms the worker up, so what follows measures the copy, not starting a thread.
  const warm = await r.dispatch('backups.create', {});
  expect(warm.ok).toBe(true);
}, 120_000);
afterAll(() => r.dispose());

describe('work off the thread that answers the UI', () => {
  it('answers a read and a write while a backup is being written', async () => {
    const before = listBackups(r.dir).length;
    let backupDone = false;
    const backup = r.dispatch('backups.create', {}).then((env) => {
      backupDone = true;
      return env;
    });
    const list = await r.dispatch('influencers.list', { limit: 10 });
    expect(list.ok).toBe(true);
    expect(backupDone).toBe(false);
    expect(r.core.jobs.busy()).toBe(true);
    expect(listBackups(r.dir)).toHaveLength(before); // the new one is not there yet
    const created = await r.dispatch('influencers.create', { name: 'Während Sicherung' });
    expect(created.ok).toBe(true);
    const env = await backup;
    expect(env.ok).toBe(true);
    expect(listBackups(r.dir)).toHaveLength(before + 1);
    expect(r.core.jobs.busy()).toBe(false);
  }, 60_000);

  it('answers while the full integrity check of Settings runs', async () => {
    let checkDone = false;
    const check = r.dispatch('workspace.check', {}).then((env) => {
      checkDone = true;
      return env;
    });
    const info = await r.dispatch('app.info', {});
    expect(info.ok).toBe(true);
    expect(checkDone).toBe(false);
    const env = await check;
    expect(env).toMatchObject({ ok: true, value: { ok: true, problems: [], foreignKeyProblems: 0 } });
  }, 60_000);
});
