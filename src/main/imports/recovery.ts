/**
 * Start-up of the import domain: what an earlier run left behind is removed before anyone can see it.
 * - Imports that were still running (app killed, power cut) are discarded: their rows are invisible as a whole.
 * - Orders whose shop is not yet its identity key (stored before the key was Unicode-aware) are moved onto it.
 * - Uploaded exports are deleted (they hold customers' personal data and are never needed across runs), and
 *   while the app runs, uploads older than 24 hours are deleted every hour.
 */
import { purgeUndoneBatches } from './purge';
import type { Db } from '../db/connection';
import type { Logger } from '../core/log';
import { discardUnfinishedBatches } from './batches';
import { normaliseShopIdentity } from './shop-identity';
import { clearUploads, cleanOldUploads } from './uploads';
import { discardUnfinishedInfluencerImports } from '../influencers/import-commit';

const SWEEP_MS = 60 * 60 * 1000;

export function startImports(db: Db, dataDir: string, log: Logger): { stop(): void } {
  const discarded = [...discardUnfinishedBatches(db), ...discardUnfinishedInfluencerImports(db)];
  if (discarded.length) log.warn(`Discarded ${discarded.length} unfinished import(s) left by an earlier run: #${discarded.join(', #')}`);
  // an undo whose chunked delete the app did not finish (imports/purge.ts)
  const purged = purgeUndoneBatches(db);
  if (purged) log.info(`Removed ${purged} order(s) of undone import(s) left by an earlier run`);
  const shops = normaliseShopIdentity(db);
  if (shops.shops) log.info(`Shop identity: ${shops.shops} spelling(s) folded, ${shops.merged} order(s) stored twice merged`);
  clearUploads(dataDir);
  const timer = setInterval(() => cleanOldUploads(dataDir), SWEEP_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
