/**
 * The reads of the global search, with typed rows (statement generics, no casts). Each kind returns at most
 * `limit` rows; everything in the trash and every row of an import still running is left out.
 */
import type { Db } from '../db/connection';
import { LIVE_INFLUENCER, PRIMARY_CHANNEL_JOIN, PUBLISHED_REDEMPTION } from '../db/sql';

export function people(db: Db, fts: string, limit: number) {
  return db.$client
    .prepare<[string, number], { id: number; name: string; handle: string | null; platform: string | null }>(
      `SELECT i.id, i.name, ch.handle, ch.platform FROM influencers i ${PRIMARY_CHANNEL_JOIN}
       WHERE ${LIVE_INFLUENCER} AND i.id IN (SELECT rowid FROM influencers_fts WHERE influencers_fts MATCH ?)
       ORDER BY i.name LIMIT ?`,
    )
    .all(fts, limit);
}

/** Campaigns are few: all live ones, matched in JS with Unicode case folding. */
export function campaigns(db: Db) {
  return db.$client
    .prepare<[], { id: number; name: string; product: string; startDate: string | null; endDate: string | null }>(
      'SELECT id, name, product, start_date AS startDate, end_date AS endDate FROM campaigns WHERE deleted_at IS NULL ORDER BY coalesce(start_date, created_at) DESC',
    )
    .all();
}

/** Codes whose matching key starts with the typed key (index on code_norm). */
export function codes(db: Db, keyPrefix: string, limit: number) {
  return db.$client
    .prepare<{ key: string; limit: number }, { code: string; collaborationId: number; campaignId: number; campaignName: string; person: string }>(
      `SELECT v.code, co.id AS collaborationId, ca.id AS campaignId, ca.name AS campaignName, i.name AS person
       FROM voucher_codes v JOIN collaborations co ON co.id = v.collaboration_id JOIN campaigns ca ON ca.id = co.campaign_id
       JOIN influencers i ON i.id = co.influencer_id
       WHERE substr(v.code_norm, 1, length(@key)) = @key AND co.removed_at IS NULL AND ca.deleted_at IS NULL
       ORDER BY v.code_norm LIMIT @limit`,
    )
    .all({ key: keyPrefix, limit });
}

/**
 * The shops orders are stored for (few), so an order number is looked up through the (shop, order) index:
 * a loose index scan that jumps from one shop to the next instead of reading every order.
 */
export function shops(db: Db): string[] {
  return db.$client
    .prepare<[], string>(
      `WITH RECURSIVE s(shop) AS (SELECT min(shop) FROM redemptions UNION ALL SELECT (SELECT min(shop) FROM redemptions WHERE shop > s.shop) FROM s WHERE s.shop IS NOT NULL)
       SELECT shop FROM s WHERE shop IS NOT NULL`,
    )
    .pluck()
    .all();
}

export function orders(db: Db, shop: string, orderIds: string[], limit: number) {
  const ids = JSON.stringify(orderIds);
  return db.$client
    .prepare<[string, string, number], { orderId: string; shop: string; code: string; orderedAt: string; collaborationId: number | null; campaignId: number | null; batchId: number | null }>(
      `SELECT r.order_id AS orderId, r.shop, coalesce(v.code, r.code_norm) AS code, r.ordered_at AS orderedAt,
              r.collaboration_id AS collaborationId, co.campaign_id AS campaignId, r.batch_id AS batchId
       FROM redemptions r LEFT JOIN voucher_codes v ON v.id = r.voucher_code_id LEFT JOIN collaborations co ON co.id = r.collaboration_id
       WHERE r.shop = ? AND r.order_id IN (SELECT value FROM json_each(?)) AND ${PUBLISHED_REDEMPTION}
       ORDER BY r.ordered_at DESC LIMIT ?`,
    )
    .all(shop, ids, limit);
}

/** Briefings of live campaigns (their text is JSON sections); matched in JS. */
export function briefings(db: Db) {
  return db.$client
    .prepare<[], { campaignId: number; collaborationId: number | null; campaignName: string; person: string | null; sections: string }>(
      `SELECT b.campaign_id AS campaignId, b.collaboration_id AS collaborationId, ca.name AS campaignName, i.name AS person, b.sections
       FROM briefings b JOIN campaigns ca ON ca.id = b.campaign_id
       LEFT JOIN collaborations co ON co.id = b.collaboration_id LEFT JOIN influencers i ON i.id = co.influencer_id
       WHERE ca.deleted_at IS NULL AND (co.id IS NULL OR co.removed_at IS NULL)`,
    )
    .all();
}
