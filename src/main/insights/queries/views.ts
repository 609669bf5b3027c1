/**
 * The KPI views' small reads and writes besides the sales (scope.ts, sales.ts): campaigns, people,
 * deliverables and posts, leaks and their decisions, exchange rates, and the legacy dashboard.
 * Typed rows through the statements' generics; JSON columns parsed by zod.
 */
import type { z } from 'zod';
import { liveInfluencerSql, PUBLISHED_REDEMPTION } from '../../db/sql';
import type { Db } from '../../db/connection';
import type { LeakRow } from '../../../shared/contract';
import { SALE_SQL } from '../rules';
import { parseJson, targetKpisColumn } from '../../db/json-columns';

// ---- campaigns and people ----

export interface CampaignListRow {
  id: number;
  name: string;
  currency: string;
  startDate: string | null;
  endDate: string | null;
  archivedAt: string | null;
}

/** Campaigns not in the trash, newest first (the portfolio's campaign table). */
export function liveCampaigns(db: Db): CampaignListRow[] {
  return db.$client
    .prepare<[], CampaignListRow>(
      'SELECT id, name, currency, start_date AS startDate, end_date AS endDate, archived_at AS archivedAt FROM campaigns WHERE deleted_at IS NULL ORDER BY coalesce(start_date, created_at) DESC, id DESC',
    )
    .all();
}

export interface CampaignRow {
  id: number;
  name: string;
  currency: string;
  startDate: string | null;
  endDate: string | null;
  targetKpis: z.infer<typeof targetKpisColumn>;
}

export function campaignById(db: Db, campaignId: number): CampaignRow | undefined {
  const row = db.$client
    .prepare<[number], Omit<CampaignRow, 'targetKpis'> & { targetKpis: string }>(
      'SELECT id, name, currency, start_date AS startDate, end_date AS endDate, target_kpis AS targetKpis FROM campaigns WHERE id = ?',
    )
    .get(campaignId);
  return row && { ...row, targetKpis: parseJson(targetKpisColumn, row.targetKpis) };
}

export function influencerById(db: Db, influencerId: number): { id: number; name: string } | undefined {
  return db.$client.prepare<[number], { id: number; name: string }>('SELECT id, name FROM influencers WHERE id = ?').get(influencerId);
}

/** Names of some campaigns or people, sorted (a report's filter line). */
export function namesOf(db: Db, table: 'campaigns' | 'influencers', ids: readonly number[]): string[] {
  return db.$client.prepare<[string], string>(`SELECT name FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY name`).pluck().all(JSON.stringify(ids));
}

export function deliverableSlots(db: Db, collaborationIds: readonly number[]): { cid: number; kind: string; count: number; due: string | null }[] {
  return db.$client
    .prepare<[string], { cid: number; kind: string; count: number; due: string | null }>(
      'SELECT collaboration_id AS cid, kind, count, due_date AS due FROM deliverables WHERE collaboration_id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify(collaborationIds));
}

export function postDates(db: Db, collaborationIds: readonly number[]): { cid: number; kind: string; postedAt: string | null }[] {
  return db.$client
    .prepare<[string], { cid: number; kind: string; postedAt: string | null }>(
      'SELECT collaboration_id AS cid, kind, posted_at AS postedAt FROM content_posts WHERE collaboration_id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify(collaborationIds));
}

// ---- leaks ----

export function campaignDates(db: Db, campaignId: number | null): { id: number; startDate: string | null; endDate: string | null }[] {
  return db.$client
    .prepare<{ campaignId: number | null }, { id: number; startDate: string | null; endDate: string | null }>(
      'SELECT id, start_date AS startDate, end_date AS endDate FROM campaigns WHERE deleted_at IS NULL AND (@campaignId IS NULL OR id = @campaignId) AND (start_date IS NOT NULL OR end_date IS NOT NULL)',
    )
    .all({ campaignId });
}

/** A leak as stored: the contract's row before the day and the reason are worked out in the app time zone. */
export type LeakDbRow = Omit<LeakRow, 'day' | 'reason' | 'daysOutside' | 'included'> & {
  orderedAtUtc: string;
  startDate: string | null;
  endDate: string | null;
  included: number;
};

/**
 * Sale orders of cards on a board outside their campaign's window, given as UTC instants per campaign
 * (`bounds`: json [[campaignId, startUtc, endUtc], …]); newest first, with their total count.
 */
export function leakRows(db: Db, bounds: string, collaborationId: number | null, limit: number): { total: number; rows: LeakDbRow[] } {
  const scope = `WITH w AS (SELECT json_extract(value, '$[0]') AS campaignId, json_extract(value, '$[1]') AS su, json_extract(value, '$[2]') AS eu FROM json_each(@bounds)),
    sc AS (SELECT co.id AS cid, co.campaign_id AS campaignId, co.influencer_id AS influencerId, w.su, w.eu
           FROM collaborations co JOIN w ON w.campaignId = co.campaign_id JOIN stages st ON st.id = co.stage_id
           WHERE co.removed_at IS NULL AND coalesce(st.key, '') <> 'declined' AND (@collaborationId IS NULL OR co.id = @collaborationId))`;
  const outside = `r.status IN (${SALE_SQL}) AND ${PUBLISHED_REDEMPTION} AND (r.ordered_at_utc < sc.su OR r.ordered_at_utc >= sc.eu)`;
  const args = { bounds, collaborationId };
  const total = db.$client.prepare<typeof args, number>(`${scope} SELECT count(*) FROM sc JOIN redemptions r ON r.collaboration_id = sc.cid WHERE ${outside}`).pluck().get(args) ?? 0;
  const rows = db.$client
    .prepare<typeof args & { limit: number }, LeakDbRow>(
      `${scope}
       SELECT r.id AS redemptionId, r.shop, r.order_id AS orderId, coalesce(vc.code, r.code_norm) AS code, sc.cid AS collaborationId,
              i.name AS influencerName, sc.campaignId, ca.name AS campaignName, r.ordered_at AS orderedAt, r.ordered_at_utc AS orderedAtUtc,
              r.currency, r.total_minor - r.refunded_minor AS netMinor, ca.start_date AS startDate, ca.end_date AS endDate,
              (d.shop IS NOT NULL) AS included
       FROM sc JOIN redemptions r ON r.collaboration_id = sc.cid
       JOIN influencers i ON i.id = sc.influencerId JOIN campaigns ca ON ca.id = sc.campaignId
       LEFT JOIN voucher_codes vc ON vc.id = r.voucher_code_id
       LEFT JOIN kpi_leak_decisions d ON d.shop = r.shop AND d.order_id = r.order_id AND d.code_norm = r.code_norm
       WHERE ${outside}
       ORDER BY r.ordered_at_utc DESC, r.id DESC LIMIT @limit`,
    )
    .all({ ...args, limit });
  return { total, rows };
}

export function redemptionKey(db: Db, redemptionId: number): { shop: string; orderId: string; codeNorm: string; cid: number | null } | undefined {
  return db.$client
    .prepare<[number], { shop: string; orderId: string; codeNorm: string; cid: number | null }>(
      'SELECT shop, order_id AS orderId, code_norm AS codeNorm, collaboration_id AS cid FROM redemptions WHERE id = ?',
    )
    .get(redemptionId);
}

export function setLeakDecision(db: Db, key: { shop: string; orderId: string; codeNorm: string }, included: boolean): void {
  if (included) db.$client.prepare('INSERT OR IGNORE INTO kpi_leak_decisions (shop, order_id, code_norm) VALUES (?, ?, ?)').run(key.shop, key.orderId, key.codeNorm);
  else db.$client.prepare('DELETE FROM kpi_leak_decisions WHERE shop = ? AND order_id = ? AND code_norm = ?').run(key.shop, key.orderId, key.codeNorm);
}

// ---- exchange rates ----

export function putRate(db: Db, currency: string, month: string, micros: number): void {
  db.$client
    .prepare(
      `INSERT INTO exchange_rates (currency, month, rate_micros) VALUES (?, ?, ?)
       ON CONFLICT (currency, month) DO UPDATE SET rate_micros = excluded.rate_micros, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
    )
    .run(currency, month, micros);
}

/** Deletes a rate; the number of rows deleted (0 or 1). */
export function deleteRate(db: Db, currency: string, month: string): number {
  return db.$client.prepare('DELETE FROM exchange_rates WHERE currency = ? AND month = ?').run(currency, month).changes;
}

// ---- legacy dashboard, import list ----

export function cardsByStage(db: Db, campaignId: number | undefined): { key: string; count: number }[] {
  return db.$client
    .prepare<{ k: number | null }, { key: string; count: number }>(
      `SELECT coalesce(s.key, s.name) AS key, count(*) AS count FROM collaborations co JOIN stages s ON s.id = co.stage_id
       JOIN campaigns ca ON ca.id = co.campaign_id
       WHERE co.removed_at IS NULL AND ca.deleted_at IS NULL AND (@k IS NULL OR co.campaign_id = @k) GROUP BY coalesce(s.key, s.name) ORDER BY min(s.position)`,
    )
    .all({ k: campaignId ?? null });
}

export function liveInfluencerCount(db: Db): number {
  return db.$client.prepare<[], number>(`SELECT count(*) FROM influencers WHERE ${liveInfluencerSql('')}`).pluck().get() ?? 0;
}
