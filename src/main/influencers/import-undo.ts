/**
 * Undo of an influencer spreadsheet import (`imports.undo` on a batch of kind 'influencers'): the people the
 * import created are removed again (moved to the bin when they have joined a campaign since), the people it
 * merged into get back every column, their channels and the snapshots of the import day as they were before.
 * What the import did is recorded per person in influencer_import_changes while it runs (`recordImportChange`).
 */
import type { Db } from '../db/connection';
import { write } from '../db/write';
import { DomainError } from '../../shared/envelope';
import { refreshAuthenticity } from './authenticity-cache';

type Row = Record<string, unknown>;

/** A merged person as it was: the influencers row, its channels rows, and the snapshots of `day` of those channels. */
export interface MergeBefore {
  influencer: Row;
  channels: Row[];
  snapshots: Row[];
  day: string;
}

export function captureBefore(db: Db, influencerId: number, day: string): MergeBefore {
  const influencer = db.$client.prepare('SELECT * FROM influencers WHERE id = ?').get(influencerId) as Row;
  const channels = db.$client.prepare('SELECT * FROM channels WHERE influencer_id = ? ORDER BY id').all(influencerId) as Row[];
  const snapshots = db.$client
    .prepare('SELECT s.* FROM channel_snapshots s JOIN channels c ON c.id = s.channel_id WHERE c.influencer_id = ? AND s.taken_on = ?')
    .all(influencerId, day) as Row[];
  return { influencer, channels, snapshots, day };
}

export function recordImportChange(db: Db, batchId: number, influencerId: number, action: 'created' | 'merged', before: MergeBefore | null): void {
  db.$client
    .prepare('INSERT INTO influencer_import_changes (batch_id, influencer_id, action, before) VALUES (?, ?, ?, ?)')
    .run(batchId, influencerId, action, before ? JSON.stringify(before) : null);
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/** Writes a captured row back under its id (every column; names come from our own SELECT *). */
function putRow(db: Db, table: 'influencers' | 'channels' | 'channel_snapshots', row: Row): void {
  const cols = Object.keys(row).filter((c) => IDENT.test(c));
  db.$client
    .prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ON CONFLICT (id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`)
    .run(...cols.map((c) => row[c] as never));
}

function restoreMerged(db: Db, influencerId: number, b: MergeBefore): void {
  putRow(db, 'influencers', b.influencer);
  const keep = new Set(b.channels.map((c) => Number(c.id)));
  for (const c of db.$client.prepare('SELECT id FROM channels WHERE influencer_id = ?').pluck().all(influencerId) as number[]) {
    if (!keep.has(c)) db.$client.prepare('DELETE FROM channels WHERE id = ?').run(c);
  }
  // channels first without their unique handles clashing: restore in id order
  for (const c of b.channels) putRow(db, 'channels', c);
  db.$client
    .prepare('DELETE FROM channel_snapshots WHERE taken_on = ? AND channel_id IN (SELECT id FROM channels WHERE influencer_id = ?)')
    .run(b.day, influencerId);
  for (const s of b.snapshots) putRow(db, 'channel_snapshots', s);
  refreshAuthenticity(db, influencerId);
}

export function undoInfluencerImport(db: Db, id: number): { id: number; removed: number; restored: number } {
  return write(db, () => {
    const b = db.$client.prepare('SELECT kind, status FROM import_batches WHERE id = ?').get(id) as { kind: string; status: string } | undefined;
    if (!b) throw new DomainError('NOT_FOUND', `Import ${id} not found`, { field: 'id', key: 'imports.notFound', params: { id } });
    if (b.status === 'undone') throw new DomainError('CONFLICT', 'This import was already undone.', { field: 'id', key: 'imports.alreadyUndone' });
    if (b.status !== 'done') throw new DomainError('CONFLICT', 'This import did not finish, so there is nothing to undo.', { field: 'id', key: 'imports.notFinished' });
    const later = db.$client
      .prepare(
        `SELECT DISTINCT c.batch_id FROM influencer_import_changes c JOIN import_batches lb ON lb.id = c.batch_id
         WHERE c.batch_id > ? AND lb.status = 'done' AND c.influencer_id IN (SELECT influencer_id FROM influencer_import_changes WHERE batch_id = ?)
         ORDER BY c.batch_id`,
      )
      .pluck()
      .all(id, id) as number[];
    if (later.length) {
      throw new DomainError('CONFLICT', `A later import (#${later.join(', #')}) changed people of this one; undo that import first.`, {
        field: 'id',
        key: 'imports.laterImport',
        params: { batches: later.map((x) => `#${x}`).join(', ') },
      });
    }
    const changes = db.$client
      .prepare('SELECT influencer_id AS influencerId, action, before FROM influencer_import_changes WHERE batch_id = ? ORDER BY id DESC')
      .all(id) as { influencerId: number; action: string; before: string | null }[];
    let removed = 0;
    let restored = 0;
    for (const c of changes) {
      if (c.action === 'merged' && c.before) {
        restoreMerged(db, c.influencerId, JSON.parse(c.before) as MergeBefore);
        restored++;
      } else if (c.action === 'created') {
        const inCampaign = db.$client.prepare('SELECT 1 FROM collaborations WHERE influencer_id = ? LIMIT 1').get(c.influencerId);
        if (inCampaign) db.$client.prepare("UPDATE influencers SET deleted_at = coalesce(deleted_at, strftime('%Y-%m-%dT%H:%M:%fZ','now')) WHERE id = ?").run(c.influencerId);
        else db.$client.prepare('DELETE FROM influencers WHERE id = ?').run(c.influencerId);
        removed++;
      }
    }
    db.$client.prepare("UPDATE import_batches SET status = 'undone', undone_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?").run(id);
    return { id, removed, restored };
  });
}
