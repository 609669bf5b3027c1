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
import { parseJson } from '../db/json-columns';
import * as q from './queries';
import { z } from 'zod';

type Row = Record<string, unknown>;

/** influencer_import_changes.before: a MergeBefore as captured. */
const rowSchema = z.record(z.string(), z.unknown());
const mergeBeforeColumn = z.object({ influencer: rowSchema, channels: z.array(rowSchema), snapshots: z.array(rowSchema), day: z.string() });

/** A merged person as it was: the influencers row, its channels rows, and the snapshots of `day` of those channels. */
export interface MergeBefore {
  influencer: Row;
  channels: Row[];
  snapshots: Row[];
  day: string;
}

export function captureBefore(db: Db, influencerId: number, day: string): MergeBefore {
  const influencer = q.influencerRecord(db, influencerId);
  if (!influencer) throw new DomainError('NOT_FOUND', `Influencer ${influencerId} not found`, { field: 'id', key: 'influencers.notFound', params: { id: influencerId } });
  const channels = q.records(db, 'SELECT * FROM channels WHERE influencer_id = ? ORDER BY id', influencerId);
  const snapshots = q.recordsWithDay(db, 'SELECT s.* FROM channel_snapshots s JOIN channels c ON c.id = s.channel_id WHERE c.influencer_id = ? AND s.taken_on = ?', influencerId, day);
  return { influencer, channels, snapshots, day };
}

export function recordImportChange(db: Db, batchId: number, influencerId: number, action: 'created' | 'merged', before: MergeBefore | null): void {
  q.recordChange(db, batchId, influencerId, action, before ? JSON.stringify(before) : null);
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/** Writes a captured row back under its id (every column; names come from our own SELECT *). */
function putRow(db: Db, table: 'influencers' | 'channels' | 'channel_snapshots', row: Row): void {
  const cols = Object.keys(row).filter((c) => IDENT.test(c));
  q.putRecord(db, table, cols, cols.map((c) => row[c]));
}

function restoreMerged(db: Db, influencerId: number, b: MergeBefore): void {
  putRow(db, 'influencers', b.influencer);
  const keep = new Set(b.channels.map((c) => Number(c.id)));
  for (const c of q.pluckNumbers(db, 'SELECT id FROM channels WHERE influencer_id = ?', influencerId)) {
    if (!keep.has(c)) q.deleteChannel(db, c);
  }
  // channels first without their unique handles clashing: restore in id order
  for (const c of b.channels) putRow(db, 'channels', c);
  q.deleteSnapshotsOfDay(db, influencerId, b.day);
  for (const s of b.snapshots) putRow(db, 'channel_snapshots', s);
  refreshAuthenticity(db, influencerId);
}

export function undoInfluencerImport(db: Db, id: number): { id: number; removed: number; restored: number } {
  return write(db, () => {
    const b = q.batchState(db, id);
    if (!b) throw new DomainError('NOT_FOUND', `Import ${id} not found`, { field: 'id', key: 'imports.notFound', params: { id } });
    if (b.status === 'undone') throw new DomainError('CONFLICT', 'This import was already undone.', { field: 'id', key: 'imports.alreadyUndone' });
    if (b.status !== 'done') throw new DomainError('CONFLICT', 'This import did not finish, so there is nothing to undo.', { field: 'id', key: 'imports.notFinished' });
    const later = q.laterBatchesTouching(db, id);
    if (later.length) {
      throw new DomainError('CONFLICT', `A later import (#${later.join(', #')}) changed people of this one; undo that import first.`, {
        field: 'id',
        key: 'imports.laterImport',
        params: { batches: later.map((x) => `#${x}`).join(', ') },
      });
    }
    const changes = q.importChanges(db, id);
    let removed = 0;
    let restored = 0;
    for (const c of changes) {
      if (c.action === 'merged' && c.before) {
        restoreMerged(db, c.influencerId, parseJson(mergeBeforeColumn, c.before));
        restored++;
      } else if (c.action === 'created') {
        if (q.inAnyCampaign(db, c.influencerId)) q.binIfLive(db, c.influencerId);
        else q.deleteInfluencerRow(db, c.influencerId);
        removed++;
      }
    }
    q.markBatchUndone(db, id);
    return { id, removed, restored };
  });
}
