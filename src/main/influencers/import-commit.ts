/**
 * The influencer spreadsheet import's write (issue 9): the user's own writes must not wait for a large sheet.
 *
 * - The batch starts as 'running' in a short transaction.
 * - The people the sheet creates are written in short transactions (at most CHUNK_MS each, then a pause of
 *   PAUSE_MS so a waiting writer gets the lock) and staged: they go in with `deleted_at` set, so every reader of
 *   live people leaves them out, and the bin and its purge leave them out too (db/sql.ts STAGED_INFLUENCER).
 *   Rejected rows are written with them.
 * - One short final transaction publishes the batch: the merges the user chose are applied (they change people
 *   the user can see, so never before), the staged people are taken out of the bin, the batch is 'done'.
 * - A failure discards what was staged (`discardInfluencerImport`); a crash leaves a 'running' batch that the
 *   next start-up discards the same way (imports/recovery.ts). Undo works on the published batch as before.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/connection';
import { write } from '../db/write';
import type { ImportResult, ParsedInputOf } from '../../shared/contract';
import type { SpreadsheetFile } from './directory/spreadsheet';
import { mergeWithChoices } from './directory/merge-diff';
import type { ImportPlan, ParsedInfluencerInput } from './directory/import-plan';
import { captureBefore, recordImportChange } from './import-undo';
import { createInfluencer, updateInfluencer } from './edit';
import { refreshAuthenticity } from './authenticity-cache';
import { headerSignature, plan, storedInput, type SheetFile } from './transfer';
import * as q from './queries';

/** Longest a chunk holds the write lock, and the pause after it (a waiting writer's busy handler gets the lock). */
export const CHUNK_MS = 40;
export const PAUSE_MS = 10;

/** The numbers a sheet brought become a dated snapshot (source 'import'), so the growth chart starts with them. */
function recordImportSnapshots(db: Db, influencerId: number, today: string): void {
  q.insertImportSnapshots(db, influencerId, today);
  refreshAuthenticity(db, influencerId);
}

function rawOf(sheet: SpreadsheetFile, row: number): string {
  const idx = sheet.rowNumbers.indexOf(row);
  return idx >= 0 ? sheet.rows[idx].join(' | ').slice(0, 2000) : '';
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs `fn` over `items` in transactions of at most `chunkMs`, pausing between them; `onChunk(ms)` after each. */
async function inChunks<T>(db: Db, items: readonly T[], fn: (item: T) => void, chunkMs: number, onChunk?: (ms: number) => void): Promise<void> {
  let i = 0;
  while (i < items.length) {
    const started = performance.now();
    write(db, () => {
      do fn(items[i++]!);
      while (i < items.length && performance.now() - started < chunkMs);
    });
    onChunk?.(performance.now() - started);
    if (i < items.length) await pause(PAUSE_MS);
  }
}

type Item = { row: number; kind: 'ready' | 'held' | 'dup'; input: ParsedInfluencerInput | null; dup?: ImportPlan['duplicates'][number] };

export interface CommitHooks {
  /** Called after each committed chunk with how long it held the lock (tests: abort in the middle; bench). */
  afterChunk?(batchId: number, ms: number): void;
  /** How long the final transaction held the lock (bench). */
  published?(ms: number): void;
  /** Longest transaction of the staging part (default CHUNK_MS; the bench passes Infinity for the old single one). */
  chunkMs?: number;
}

/**
 * Writes the plan: new rows created (staged, in chunks), duplicates merged or skipped as the user chose (in the
 * final transaction), held rows created without their unreadable values (if accepted) or kept as rejected rows of
 * the batch. The mapping is remembered for the header signature.
 */
export async function commitImport(db: Db, file: SheetFile, input: ParsedInputOf<'influencers.import.commit'>, hooks: CommitHooks = {}): Promise<ImportResult> {
  const { bytes } = file;
  const { sheet, mapping, result } = await plan(db, file, input);
  const decisions = new Map(input.duplicates.map((d) => [d.row, d.action]));
  const fieldChoices = new Map(input.duplicates.map((d) => [d.row, d.fields ?? {}]));
  const heldRows = new Set(result.held.map((h) => h.row));
  const problemsOf = (row: number) => result.problems.filter((p) => p.row === row && p.severity === 'error').map((p) => p.message);
  const dupRows = new Set(result.duplicates.map((d) => d.row));
  const items: Item[] = [
    ...result.rows.map((r) => ({ row: r.row, kind: 'ready' as const, input: r.input })),
    ...result.held.filter((h) => !dupRows.has(h.row)).map((h) => ({ row: h.row, kind: 'held' as const, input: h.input })),
    ...result.duplicates.map((d) => ({ row: d.row, kind: 'dup' as const, input: d.input, dup: d })),
  ].sort((a, b) => a.row - b.row);

  const batchId = write(db, () =>
    q.startInfluencerBatch(db, {
      fileName: file.fileName,
      fileHash: createHash('sha256').update(bytes).digest('hex'),
      fileSize: bytes.length,
      format: sheet.format,
      encoding: sheet.format === 'csv' ? sheet.encoding : 'xlsx',
      delimiter: sheet.format === 'csv' ? sheet.delimiter : '',
      mapping: JSON.stringify(mapping),
    }),
  );
  try {
    const reject = q.rejectWriter(db);
    let created = 0;
    let rejected = 0;
    /** channel key → influencer id, for rows of this file that merge into an earlier row. */
    const createdByKey = new Map<string, number>();
    const keyOf = (platform: string, handle: string) => `${platform}:${handle.toLowerCase()}`;
    const today = new Date().toISOString().slice(0, 10);
    const create = (inp: ParsedInfluencerInput) => {
      const { id } = createInfluencer(db, inp);
      q.stageInfluencer(db, id);
      recordImportSnapshots(db, id, today);
      recordImportChange(db, batchId, id, 'created', null);
      for (const c of inp.channels) createdByKey.set(keyOf(c.platform, c.handle), id);
      created++;
    };

    // Staged in chunks: new people (hidden until published) and rejected rows, in the order of the sheet.
    await inChunks(
      db,
      items.filter((it) => it.kind !== 'dup'),
      (it) => {
        if (it.kind === 'ready') create(it.input!);
        else if (input.acceptHeld && it.input) create(it.input);
        else {
          reject(batchId, it.row, problemsOf(it.row).join('; ') || 'unreadable row', rawOf(sheet, it.row));
          rejected++;
        }
      },
      hooks.chunkMs ?? CHUNK_MS,
      (ms) => hooks.afterChunk?.(batchId, ms),
    );

    // Published in one short transaction: the merges, the staged people out of the bin, the batch done.
    const publishing = performance.now();
    const done = write(db, () => {
      let merged = 0;
      let skipped = 0;
      for (const it of items) {
        if (it.kind !== 'dup') continue;
        const action = decisions.get(it.row) ?? 'skip';
        const target = it.dup!.existingInfluencerId ?? createdByKey.get(keyOf(it.dup!.platform, it.dup!.handle));
        const usable = it.input && (!heldRows.has(it.row) || input.acceptHeld);
        if (action === 'merge' && target !== undefined && usable) {
          // what the person was before, for undo (every column, channels and the import day's snapshots)
          recordImportChange(db, batchId, target, 'merged', captureBefore(db, target, today));
          // merging into someone in the bin (or staged by this import) brings them back
          q.undelete(db, target);
          const mergedInput = mergeWithChoices(storedInput(db, target), it.input!, it.dup!, fieldChoices.get(it.row));
          updateInfluencer(db, { id: target, ...mergedInput });
          recordImportSnapshots(db, target, today);
          merged++;
        } else {
          skipped++;
        }
      }
      q.publishStaged(db, batchId);
      const counts = { rows: sheet.rows.length, created, merged, skipped, rejected };
      q.finishBatch(db, batchId, JSON.stringify(counts));
      q.rememberMapping(db, headerSignature(sheet.headers), sheet.format, JSON.stringify(mapping));
      return { batchId, created, merged, skipped, rejected };
    });
    hooks.published?.(performance.now() - publishing);
    return done;
  } catch (err) {
    await discardInfluencerImport(db, batchId);
    throw err;
  }
}

/** Rows per transaction when a staged import is discarded. */
const DISCARD_CHUNK = 500;

/** One step of discarding an unfinished import; the batch itself goes with the last one. True while more is left. */
function discardStep(db: Db, batchId: number): boolean {
  return write(db, () => {
    if (q.batchState(db, batchId)?.status !== 'running') return false;
    if (q.dropStaged(db, batchId, DISCARD_CHUNK) === DISCARD_CHUNK) return true;
    q.dropBatch(db, batchId);
    return false;
  });
}

/**
 * Removes what an unfinished influencer import staged (its people, their channels and snapshots by cascade, its
 * rejected rows) and the batch itself, in short transactions. Only for a batch that is still 'running': a published
 * one is undone instead (import-undo.ts).
 */
export async function discardInfluencerImport(db: Db, batchId: number): Promise<void> {
  while (discardStep(db, batchId)) await pause(PAUSE_MS);
}

/** Start-up: influencer imports still 'running' (the app was killed) are discarded as if they never ran. */
export function discardUnfinishedInfluencerImports(db: Db): number[] {
  const ids = q.runningInfluencerBatches(db);
  for (const id of ids) while (discardStep(db, id));
  return ids;
}
