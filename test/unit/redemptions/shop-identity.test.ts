/**
 * Issue 11, shop identity of stored orders: migration 0005 folded with SQLite's ASCII-only lower(), so orders of
 * `MÜLLERSHOP` were left under `mÜllershop` while imports now key the shop as `müllershop`. The start-up fix-up
 * (imports/shop-identity.ts) moves them onto the same key as new imports, merging orders stored twice.
 */
import { afterEach, describe, expect, it, inject } from 'vitest';
import { createCore } from '../../../src/main/core/context';
import { tempDir } from '../../helpers/tmp';
import { count, importFile, type T } from './helpers';

const H = 'Bestellnummer;Bestelldatum;Status;Gutscheincode(s);Summe (brutto);Währung';
const file = Buffer.from([H, '1;24.11.2026 13:45;abgeschlossen;MUELLER10;12,50;EUR', '2;24.11.2026 14:00;abgeschlossen;MUELLER10;20,00;EUR'].join('\n') + '\n');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function core(dir: string): Promise<T> {
  const running = await createCore({ dataDir: dir, firstRun: 'empty', quietLog: true, workerFile: inject('workerBundle'), appVersion: '9.9.9' });
  return { ...running, dir, dispose: () => running.close() } as T;
}

describe('shop identity of stored orders uses the Unicode rule of new imports', () => {
  it('SQLite lower() is ASCII-only (why the fix-up exists)', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const t = await core(tmp.dir);
    cleanups.push(() => t.dispose());
    expect(t.core.db.$client.prepare("SELECT lower('MÜLLERSHOP')").pluck().get()).toBe('mÜllershop');
  });

  it('orders left as MÜLLERSHOP / mÜllershop join müllershop at start-up; an order stored twice keeps its first copy; a re-import adds nothing', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    let t = await core(tmp.dir);
    const first = await importFile(t, 'mueller.csv', file, 'redemptions.import', { shop: 'Müllershop' });
    expect(first.status).toBe('done');
    expect(count(t, "SELECT count(*) FROM redemptions WHERE shop = 'müllershop'")).toBe(2);
    // What migration 0005 left for older rows, and an old spelling untouched by it, stored before the import above
    // for order 1 (so the copy under the old spelling is the first one stored) and after it for order 3.
    const c = t.core.db.$client;
    const firstId = Number(c.prepare("SELECT min(id) FROM redemptions WHERE shop = 'müllershop'").pluck().get());
    c.prepare("UPDATE redemptions SET shop = 'mÜllershop' WHERE id = ?").run(firstId);
    const ins = c.prepare(
      `INSERT INTO redemptions (shop, order_id, code_norm, ordered_at, ordered_at_utc, currency, total_minor, status)
       VALUES (?, ?, 'MUELLER10', '2026-11-24T13:45:00+01:00', '2026-11-24T12:45:00.000Z', 'EUR', ?, 'paid')`,
    );
    ins.run('müllershop', '1', 1250); // the later copy of order 1, under the new key
    ins.run('MÜLLERSHOP', '3', 3000);
    ins.run(' MÜLLERSHOP ', '3', 3000); // order 3 twice under two old spellings
    expect(count(t, "SELECT count(DISTINCT shop) FROM redemptions WHERE order_id IN ('1', '2', '3')")).toBe(4);
    await t.dispose();

    t = await core(tmp.dir);
    cleanups.push(() => t.dispose());
    expect(t.core.db.$client.prepare('SELECT DISTINCT shop FROM redemptions').pluck().all()).toEqual(['müllershop']);
    expect(t.core.db.$client.prepare('SELECT order_id FROM redemptions ORDER BY order_id').pluck().all()).toEqual(['1', '2', '3']);
    expect(count(t, 'SELECT id FROM redemptions WHERE order_id = ?', '1')).toBe(firstId);

    const again = await importFile(t, 'mueller.csv', file, 'redemptions.import', { shop: 'MÜLLERSHOP' });
    expect(again.report).toMatchObject({ inserted: 0, unchanged: 2 });
    expect(count(t, 'SELECT count(*) FROM redemptions')).toBe(3);
  });
});
