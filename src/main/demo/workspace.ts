import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import type { Progress } from '../jobs/protocol';
import { seedDemo } from './seed';
import { refreshAuthenticity } from '../influencers/authenticity-cache';
import { write } from '../db/write';

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

/** The workspace's own files next to the database: exported with it, moved with it, removed when it is emptied. */
export const WORKSPACE_FILE_FOLDERS = ['attachments', 'exports'] as const;
/** Uploads waiting for an import are the workspace's too (not exported: they are transient). */
const RESET_FOLDERS = [...WORKSPACE_FILE_FOLDERS, 'uploads'] as const;

/** Removes the workspace's files (after its rows are gone): attachments, exported briefings, uploads. */
export function removeWorkspaceFiles(dataDir: string): number {
  let removed = 0;
  for (const f of RESET_FOLDERS) {
    const dir = path.join(dataDir, f);
    if (!fs.existsSync(dir)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    removed++;
  }
  return removed;
}

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
    // Dates of the demo are relative to today, so its campaigns stay planned / active / finished.
    const counts = mode === 'demo' ? seedDemo(db, { progress, today: new Date().toISOString().slice(0, 10) }) : {};
    if (mode === 'demo') refreshAuthenticity(db);
    client
      .prepare(
        `INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
      )
      .run(INITIALISED_KEY, JSON.stringify(mode));
    return counts;
  });
  return { mode, ...counts };
}
