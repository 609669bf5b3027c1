/**
 * Shop identity of stored orders, the same rule as new imports (src/shared/codes.ts shopKey): Unicode NFC, case
 * folded by the Unicode case mapping, surrounding spaces trimmed and inner runs collapsed. Migration 0005 folded
 * with SQLite's lower(), which knows only A–Z: `MÜLLERSHOP` became `mÜllershop`, a shop apart from the
 * `müllershop` that imports write now, so a re-import doubled its orders. This start-up fix-up moves every order
 * whose shop is not yet its key onto the key; an order stored under two spellings keeps its first stored copy
 * (as migration 0005 did), and the KPI roll-up of the cards concerned is rebuilt. Idempotent and cheap when
 * nothing is left to do (one pass over the shop index).
 */
import type { Db } from '../db/connection';
import { shopKey } from '../../shared/codes';
import { write } from '../db/write';
import { refreshRollups } from '../insights/rollups';

export function normaliseShopIdentity(db: Db): { shops: number; merged: number } {
  const c = db.$client;
  const spellings = (c.prepare('SELECT DISTINCT shop FROM redemptions').pluck().all() as string[]).filter((s) => shopKey(s) !== s);
  if (spellings.length === 0) return { shops: 0, merged: 0 };
  return write(db, () => {
    const twin = (a: string) =>
      `SELECT 1 FROM redemptions t WHERE t.shop = @${a} AND t.order_id = redemptions.order_id AND t.code_norm = redemptions.code_norm AND t.id < redemptions.id`;
    const doomed = c.prepare(
      `SELECT DISTINCT collaboration_id FROM redemptions WHERE collaboration_id IS NOT NULL AND (
         (shop = @spelling AND EXISTS (${twin('key')})) OR (shop = @key AND EXISTS (${twin('spelling')})))`,
    );
    // The later copy of an order stored under both the spelling and the key goes; the first stored one stays.
    const dropSpelling = c.prepare(`DELETE FROM redemptions WHERE shop = @spelling AND EXISTS (${twin('key')})`);
    const dropKey = c.prepare(`DELETE FROM redemptions WHERE shop = @key AND EXISTS (${twin('spelling')})`);
    const move = c.prepare('UPDATE redemptions SET shop = @key WHERE shop = @spelling');
    const cards = new Set<number>();
    let merged = 0;
    for (const spelling of spellings) {
      const p = { spelling, key: shopKey(spelling) };
      for (const id of doomed.pluck().all(p) as number[]) cards.add(id);
      merged += dropSpelling.run(p).changes + dropKey.run(p).changes;
      move.run(p);
    }
    if (cards.size) refreshRollups(db, { collaborationIds: [...cards] });
    return { shops: spellings.length, merged };
  });
}
