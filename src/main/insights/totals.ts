/**
 * Maintained totals over the day roll-up (schema.ts kpi_sales_totals, kpi_sales_weeks): what the portfolio and
 * campaign views read when no date range is set, so a read groups a few rows per card instead of every card-day
 * (at 1,000,000 orders the roll-up has ~700,000 rows; grouping them took ~0.6 s CPU per read).
 *
 * They depend on the roll-up, each campaign's dates and the window setting (kpiWindowDays), so they are refreshed
 * - with the roll-up: `refreshRollups` (import published, codes changed, leak included, time zone) and
 *   `withRollupDelta` (rollup-delta.ts: undo, by the same difference);
 * - for a campaign's cards when its dates change (campaigns/service.ts updateCampaign);
 * - entirely when the window setting differs from the one they were built for (`ensureTotals`, called by
 *   `ensureRollups` at start and when a change of the settings is announced: follow.ts). Reads check nothing.
 * The attribution setting needs nothing: both modes are stored. Scope (declined, removed, deleted campaign) is
 * applied when reading, like for the roll-up. The SQL: queries/totals.ts.
 */
import { z } from 'zod';
import type { Db } from '../db/connection';
import { parseJson } from '../db/json-columns';
import { putSetting, settingValue } from '../settings/queries';
import { getSettings } from '../settings/service';
import { write } from '../db/write';
import * as q from './queries';

const WINDOW_KEY = 'kpi.totalsWindowDays';

/**
 * Recomputes the totals of some cards (json array of ids, or a campaign's cards) or of all of them from the
 * roll-up, inside the caller's transaction (or its own).
 */
export function refreshTotals(db: Db, opts: { collaborationIds?: readonly number[]; campaignId?: number } = {}): void {
  const n = getSettings(db).kpiWindowDays;
  const run = () => {
    let ids: string | null = null;
    if (opts.campaignId !== undefined) ids = JSON.stringify(q.campaignCardIds(db, opts.campaignId));
    else if (opts.collaborationIds !== undefined) ids = JSON.stringify(opts.collaborationIds);
    q.rebuildTotals(db, n, ids);
    if (ids === null) rememberWindow(db, n);
  };
  write(db, run);
}

/** Notes the window length all totals were built for (after a whole rebuild). */
export function rememberWindow(db: Db, n: number): void {
  putSetting(db, WINDOW_KEY, JSON.stringify(n));
}

/**
 * Rebuilds all totals when they were built for another window length (or never), in a write transaction.
 * Returns true when it rebuilt. Cheap when nothing changed (one settings row), so readers call it too.
 */
export function ensureTotals(db: Db): boolean {
  if (!windowChanged(db)) return false;
  refreshTotals(db);
  return true;
}

/** Whether the totals were built for another window length than the current one (or never). */
export function windowChanged(db: Db): boolean {
  const row = settingValue(db, WINDOW_KEY);
  return !(row !== undefined && parseJson(z.number(), row) === getSettings(db).kpiWindowDays);
}
