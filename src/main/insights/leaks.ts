/**
 * Possible leaks (rule `window`): orders attributed to a collaboration but placed before its campaign's start or
 * more than N days (Settings → kpiWindowDays) after its end, by calendar day in the app time zone. They count in
 * no KPI until the user includes them one by one (kpi_leak_decisions); including refreshes the roll-up.
 * The list reads redemptions by (collaboration, instant) through their index, only outside the window bounds.
 */
import { PUBLISHED_REDEMPTION } from '../db/sql';
import type { Db } from '../db/connection';
import type { LeakRow } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { addDays, dayIn, daysBetween } from '../../shared/time';
import { getSettings } from '../settings/service';
import { write } from '../db/write';
import { SALE_SQL } from './rules';
import { effectiveZone, refreshRollups, startOfDayUtc } from './rollups';

interface Row {
  redemptionId: number;
  shop: string;
  orderId: string;
  code: string;
  collaborationId: number;
  influencerName: string;
  campaignId: number;
  campaignName: string;
  orderedAt: string;
  orderedAtUtc: string;
  currency: string;
  netMinor: number;
  startDate: string | null;
  endDate: string | null;
  included: number;
}

export function listLeaks(db: Db, input: { campaignId?: number; collaborationId?: number; limit: number }): { rows: LeakRow[]; total: number } {
  const zone = effectiveZone(db);
  const N = getSettings(db).kpiWindowDays;
  const camps = db.$client
    .prepare<{ campaignId: number | null }, { id: number; startDate: string | null; endDate: string | null }>(
      'SELECT id, start_date AS startDate, end_date AS endDate FROM campaigns WHERE deleted_at IS NULL AND (@campaignId IS NULL OR id = @campaignId) AND (start_date IS NOT NULL OR end_date IS NOT NULL)',
    )
    .all({ campaignId: input.campaignId ?? null });
  const bounds = camps.map((c) => [c.id, c.startDate ? startOfDayUtc(zone, c.startDate) : '', c.endDate ? startOfDayUtc(zone, addDays(c.endDate, N + 1)) : '9999']);
  const scope = `WITH w AS (SELECT json_extract(value, '$[0]') AS campaignId, json_extract(value, '$[1]') AS su, json_extract(value, '$[2]') AS eu FROM json_each(@bounds)),
    sc AS (SELECT co.id AS cid, co.campaign_id AS campaignId, co.influencer_id AS influencerId, w.su, w.eu
           FROM collaborations co JOIN w ON w.campaignId = co.campaign_id JOIN stages st ON st.id = co.stage_id
           WHERE co.removed_at IS NULL AND coalesce(st.key, '') <> 'declined' AND (@collaborationId IS NULL OR co.id = @collaborationId))`;
  const outside = `r.status IN (${SALE_SQL}) AND ${PUBLISHED_REDEMPTION} AND (r.ordered_at_utc < sc.su OR r.ordered_at_utc >= sc.eu)`;
  const args = { bounds: JSON.stringify(bounds), collaborationId: input.collaborationId ?? null };
  const total =
    db.$client
      .prepare<typeof args, number>(`${scope} SELECT count(*) FROM sc JOIN redemptions r ON r.collaboration_id = sc.cid WHERE ${outside}`)
      .pluck()
      .get(args) ?? 0;
  const rows = db.$client
    .prepare<typeof args & { limit: number }, Row>(
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
    .all({ ...args, limit: input.limit });
  return {
    total,
    rows: rows.map(({ orderedAtUtc, startDate, endDate, included, ...r }) => {
      const day = dayIn(zone, new Date(orderedAtUtc));
      const before = !!startDate && day < startDate;
      const windowEnd = endDate ? addDays(endDate, N) : day;
      return {
        ...r,
        day,
        reason: before ? 'beforeStart' : 'afterWindow',
        daysOutside: before ? daysBetween(day, startDate!) : daysBetween(windowEnd, day),
        included: included === 1,
      };
    }),
  };
}

/** Includes one order outside the window in its campaign's KPIs (or excludes it again); refreshes the roll-up. */
export function setLeakIncluded(db: Db, redemptionId: number, included: boolean): { redemptionId: number; included: boolean } {
  return write(db, () => {
    const r = db.$client
      .prepare<[number], { shop: string; orderId: string; codeNorm: string; cid: number | null }>(
        'SELECT shop, order_id AS orderId, code_norm AS codeNorm, collaboration_id AS cid FROM redemptions WHERE id = ?',
      )
      .get(redemptionId);
    if (!r) throw new DomainError('NOT_FOUND', `Order ${redemptionId} not found`, { field: 'redemptionId', key: 'kpis.orderNotFound', params: { id: redemptionId } });
    if (included) {
      db.$client.prepare('INSERT OR IGNORE INTO kpi_leak_decisions (shop, order_id, code_norm) VALUES (?, ?, ?)').run(r.shop, r.orderId, r.codeNorm);
    } else {
      db.$client.prepare('DELETE FROM kpi_leak_decisions WHERE shop = ? AND order_id = ? AND code_norm = ?').run(r.shop, r.orderId, r.codeNorm);
    }
    if (r.cid !== null) refreshRollups(db, { collaborationIds: [r.cid] });
    return { redemptionId, included };
  });
}
