/**
 * Possible leaks (rule `window`): orders attributed to a collaboration but placed before its campaign's start or
 * more than N days (Settings → kpiWindowDays) after its end, by calendar day in the app time zone. They count in
 * no KPI until the user includes them one by one (kpi_leak_decisions); including refreshes the roll-up.
 * The list reads redemptions by (collaboration, instant) through their index, only outside the window bounds.
 */
import type { Db } from '../db/connection';
import type { LeakRow } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { addDays, dayIn, daysBetween } from '../../shared/time';
import { getSettings } from '../settings/service';
import { write } from '../db/write';
import { effectiveZone, refreshRollups, startOfDayUtc } from './rollups';
import { campaignDates, leakRows, redemptionKey, setLeakDecision } from './queries';

export function listLeaks(db: Db, input: { campaignId?: number; collaborationId?: number; limit: number }): { rows: LeakRow[]; total: number } {
  const zone = effectiveZone(db);
  const N = getSettings(db).kpiWindowDays;
  const camps = campaignDates(db, input.campaignId ?? null);
  const bounds = camps.map((c) => [c.id, c.startDate ? startOfDayUtc(zone, c.startDate) : '', c.endDate ? startOfDayUtc(zone, addDays(c.endDate, N + 1)) : '9999']);
  const { total, rows } = leakRows(db, JSON.stringify(bounds), input.collaborationId ?? null, input.limit);
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
    const r = redemptionKey(db, redemptionId);
    if (!r) throw new DomainError('NOT_FOUND', `Order ${redemptionId} not found`, { field: 'redemptionId', key: 'kpis.orderNotFound', params: { id: redemptionId } });
    setLeakDecision(db, r, included);
    if (r.cid !== null) refreshRollups(db, { collaborationIds: [r.cid] });
    return { redemptionId, included };
  });
}
