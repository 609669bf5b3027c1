import { refreshRollups } from '../insights/rollups';
import type { Db } from '../db/connection';
import type { Progress } from '../jobs/protocol';
import { seedDemo } from './seed';
import { refreshAuthenticity } from '../influencers/authenticity-cache';
import { write } from '../db/write';
import { appTodayOf } from '../core/today';

/** Tables in an order that deletes children before parents (settings are kept on purpose). */
const WORKSPACE_TABLES = [
  'redemption_revisions',
  'redemptions',
  'import_rejects',
  'import_batches',
  'header_mappings',
  'content_posts',
  'sample_shipments',
  'briefings',
  'briefing_templates',
  'tracking_links',
  'voucher_codes',
  'attachments',
  'stage_events',
  'deliverables',
  'collaborations',
  'stages',
  'campaigns',
  'channel_snapshots',
  'channels',
  'saved_filters',
  'influencers',
  'email_templates',
] as const;

const INITIALISED_KEY = 'workspace.initialised';

export function isWorkspaceInitialised(db: Db): boolean {
  return !!db.$client.prepare('SELECT 1 FROM settings WHERE key = ?').get(INITIALISED_KEY);
}

/**
 * Empties the workspace and, for 'demo', fills it with the generated demo data — all in one
 * transaction, so a failure leaves the previous workspace untouched.
 */
export function resetWorkspace(db: Db, mode: 'demo' | 'empty', progress: Progress = () => undefined): Record<string, number | string> {
  const client = db.$client;
  const counts = write(db, () => {
    progress(0, 0, 'clearing');
    for (const t of WORKSPACE_TABLES) client.prepare(`DELETE FROM ${t}`).run();
    client.prepare(`DELETE FROM sqlite_sequence WHERE name IN (${WORKSPACE_TABLES.map(() => '?').join(',')})`).run(...WORKSPACE_TABLES);
    // Dates of the demo are relative to today (the app's, in its time zone), so its campaigns stay planned / active / finished.
    const counts = mode === 'demo' ? seedDemo(db, { progress, today: appTodayOf(db) }) : {};
    if (mode === 'demo') refreshAuthenticity(db);
    refreshRollups(db);
    client
      .prepare(
        `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
      )
      .run(INITIALISED_KEY, JSON.stringify(mode));
    return counts;
  });
  return { mode, ...counts };
}
