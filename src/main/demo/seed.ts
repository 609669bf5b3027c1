/**
 * The demo workspace: one invented brand ("GrünFit", sustainable sports nutrition and apparel), forty
 * influencers, three campaigns in different phases and a few thousand shop orders with voucher codes.
 *
 * Deterministic: a Faker with a fixed seed and dates derived only from `today` (default 2026-11-24),
 * so every machine produces the same rows (timestamps included). Expects an empty workspace and runs
 * inside the caller's transaction.
 *
 * One file per phase, run in this order because they share one Faker stream (seed-context.ts):
 * people → campaigns (cards, samples, codes, links) → orders → posts.
 */
import type { Db } from '../db/connection';
import { createSeed, type SeedOptions } from './seed-context';
import { peopleSteps } from './seed-people';
import { campaignSteps } from './seed-campaigns';
import { orderSteps } from './seed-orders';
import { contentSteps } from './seed-content';

export { DEMO_SEED, DEMO_TODAY, type SeedOptions } from './seed-context';

export function seedDemo(db: Db, opts: SeedOptions = {}): Record<string, number> {
  const seed = createSeed(db, opts);
  peopleSteps(seed).writeInfluencers();
  campaignSteps(seed).writeCampaigns();
  orderSteps(seed).writeRedemptions();

  const { writePosts } = contentSteps(seed);
  const live = seed.collabs.filter((x) => x.posts.length > 0);
  live.forEach((collab, i) => {
    writePosts(collab);
    seed.progress(i + 1, live.length, 'content');
  });
  return seed.counts;
}
