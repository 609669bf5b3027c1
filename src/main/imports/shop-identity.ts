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
import * as q from './queries';

export function normaliseShopIdentity(db: Db): { shops: number; merged: number } {
  const spellings = q.storedShopSpellings(db).filter((s) => shopKey(s) !== s);
  if (spellings.length === 0) return { shops: 0, merged: 0 };
  return write(db, () => {
    const merge = q.shopMergeStatements(db);
    const cards = new Set<number>();
    let merged = 0;
    for (const spelling of spellings) {
      const p = { spelling, key: shopKey(spelling) };
      for (const id of merge.cardsLosingOrders(p)) cards.add(id);
      merged += merge.dropTwins(p);
      merge.moveToKey(p);
    }
    if (cards.size) refreshRollups(db, { collaborationIds: [...cards] });
    return { shops: spellings.length, merged };
  });
}
