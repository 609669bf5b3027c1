import type { Db } from '../db/connection';
import type { DashboardSummary, ImportBatchRow } from '../../shared/contract';
import { collaborationFigures, totalsOf, SALE_STATUSES } from './kpis';
import { getSettings } from '../settings/service';
import { phaseOf } from '../campaigns/service';

/** ISO week label (YYYY-Www) of a UTC ISO instant. */
export function isoWeek(iso: string): string {
  const d = new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Every ISO week from the earliest to the latest instant, so a chart shows quiet weeks as zero. */
export function contiguousWeeks(instants: string[]): string[] {
  if (!instants.length) return [];
  const sorted = [...instants].sort();
  const out: string[] = [];
  const end = isoWeek(sorted[sorted.length - 1]);
  const d = new Date(`${sorted[0].slice(0, 10)}T00:00:00Z`);
  for (let guard = 0; guard < 1000; guard++) {
    const w = isoWeek(d.toISOString());
    if (out[out.length - 1] !== w) out.push(w);
    if (w === end) break;
    d.setUTCDate(d.getUTCDate() + 7);
  }
  return out;
}

export function dashboardSummary(db: Db, campaignId?: number): DashboardSummary {
  const figures = collaborationFigures(db, campaignId);
  const scope = campaignId === undefined ? '' : 'AND co.campaign_id = ?';
  const scopeParams = campaignId === undefined ? [] : [campaignId];
  const byStage = db.$client
    .prepare(
      `SELECT coalesce(s.key, s.name) AS key, count(*) AS count FROM collaborations co JOIN stages s ON s.id = co.stage_id
       WHERE co.removed_at IS NULL ${scope} GROUP BY coalesce(s.key, s.name) ORDER BY min(s.position)`,
    )
    .all(...scopeParams) as { key: string; count: number }[];
  const sale = SALE_STATUSES.map((s) => `'${s}'`).join(',');
  const orders = db.$client
    .prepare(
      `SELECT r.ordered_at_utc AS at, r.total_minor - r.refunded_minor AS revenue FROM redemptions r
       JOIN collaborations co ON co.id = r.collaboration_id
       WHERE r.status IN (${sale}) AND co.removed_at IS NULL ${scope}`,
    )
    .all(...scopeParams) as { at: string; revenue: number }[];
  const weeks = new Map<string, { revenueMinor: number; orders: number }>();
  for (const o of orders) {
    const w = isoWeek(o.at);
    const cur = weeks.get(w) ?? { revenueMinor: 0, orders: 0 };
    cur.revenueMinor += o.revenue;
    cur.orders += 1;
    weeks.set(w, cur);
  }
  const names = db.$client
    .prepare(
      `SELECT co.id, i.name AS influencerName, ca.name AS campaignName FROM collaborations co
       JOIN influencers i ON i.id = co.influencer_id JOIN campaigns ca ON ca.id = co.campaign_id`,
    )
    .all() as { id: number; influencerName: string; campaignName: string }[];
  const nameOf = new Map(names.map((n) => [n.id, n]));
  const top = [...figures]
    .filter((f) => f.revenueMinor > 0)
    .sort((a, b) => b.revenueMinor - a.revenueMinor)
    .slice(0, 8)
    .map((f) => ({
      collaborationId: f.collaborationId,
      influencerName: nameOf.get(f.collaborationId)?.influencerName ?? '',
      campaignName: nameOf.get(f.collaborationId)?.campaignName ?? '',
      revenueMinor: f.revenueMinor,
      orders: f.conversions,
    }));
  const campaigns = db.$client
    .prepare('SELECT archived_at AS archivedAt, start_date AS startDate, end_date AS endDate FROM campaigns WHERE deleted_at IS NULL')
    .all() as { archivedAt: string | null; startDate: string | null; endDate: string | null }[];
  const influencers = (db.$client.prepare('SELECT count(*) AS n FROM influencers WHERE deleted_at IS NULL').get() as { n: number }).n;
  return {
    currency: getSettings(db).currency,
    totals: totalsOf(figures),
    influencers,
    activeCampaigns: campaigns.filter((c) => phaseOf(c) === 'active').length,
    collaborationsByStage: byStage,
    revenueByWeek: contiguousWeeks(orders.map((o) => o.at)).map((week) => ({ week, ...(weeks.get(week) ?? { revenueMinor: 0, orders: 0 }) })),
    topCollaborations: top,
  };
}

export function listImports(db: Db, kind?: string): ImportBatchRow[] {
  const rows = db.$client
    .prepare(
      `SELECT id, kind, file_name AS fileName, format, status, counts, started_at AS startedAt, finished_at AS finishedAt
       FROM import_batches WHERE (? IS NULL OR kind = ?) ORDER BY started_at DESC, id DESC`,
    )
    .all(kind ?? null, kind ?? null) as (Omit<ImportBatchRow, 'counts'> & { counts: string })[];
  return rows.map((r) => ({ ...r, counts: JSON.parse(r.counts) }));
}
