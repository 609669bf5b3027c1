/**
 * The influencer spreadsheet import's write (issue 9): the user's own writes must not wait for a large sheet.
 *
 * - The batch starts as 'running' in a short transaction.
 * - The people the sheet creates are written in short transactions (at most CHUNK_MS each; a user's write that
 *   waits for the lock goes first, db/write.ts jobChunk) and staged: they carry the batch's id, so every reader of
 *   live people leaves them out while the batch is 'running' (db/sql.ts LIVE_INFLUENCER). Rejected rows go with them.
 * - One short final transaction publishes the batch: the merges the user chose are applied (they change people
 *   the user can see, so never before) and the batch is marked 'done', which publishes all its people at once: its
 *   work grows with the merges, not with the sheet (issue 9: updating 20,000 staged rows took 490 ms under load).
 * - A failure discards what was staged (`discardInfluencerImport`); a crash leaves a 'running' batch that the
 *   next start-up discards the same way (imports/recovery.ts). Undo works on the published batch as before.
 */
import { createHash } from 'node:crypto';
import { optimizeDatabase, type Db } from '../db/connection';
import { jobChunk, write } from '../db/write';
import type { ImportConflict, ImportResult, ParsedInputOf } from '../../shared/contract';
import type { SpreadsheetFile } from './directory/spreadsheet';
import type { ImportPlan, ParsedInfluencerInput } from './directory/import-plan';
import { recordImportChange } from './import-undo';
import { createInfluencer } from './edit';
import { groupByTarget, prepareMerges, publishMerges, type MergeRequest, type PreparedMerge } from './import-publish';
import { refreshAuthenticity } from './authenticity-cache';
import { DomainError } from '../../shared/envelope';
import { headerSignature, plan, type SheetFile } from './transfer';
import * as q from './queries';
import { appTodayOf } from '../core/today';

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

/** The conflict a create met when someone holds one of its handles (edit.ts `influencers.handleTaken`), else null. */
function handleTaken(err: unknown): Omit<ImportConflict, 'row'> | null {
  if (!(err instanceof DomainError) || err.key !== 'influencers.handleTaken') return null;
  const p = err.params ?? {};
  const id = err.details?.influencerId;
  return { platform: String(p.platform), handle: String(p.handle), reason: 'handleTaken', influencerId: typeof id === 'number' ? id : null, name: typeof p.name === 'string' ? p.name : null };
}

const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs `fn` over `items` in transactions of at most `chunkMs` (timed from when the chunk has the lock, so a wait for
 * a user's write does not shorten it), pausing between them; `onChunk(ms)` after each with how long it held the lock.
 */
async function inChunks<T>(db: Db, items: readonly T[], fn: (item: T) => void, chunkMs: number, onChunk?: (ms: number) => void): Promise<void> {
  let i = 0;
  while (i < items.length) {
    let started = 0;
    jobChunk(db, () => {
      started = performance.now();
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
  /** After the merges were prepared, before the final transaction (tests: the user edits a person meanwhile). */
  prepared?(batchId: number): void;
  /** Inside the final transaction, after everything was applied (tests: a failure there leaves nothing). */
  publishing?(batchId: number): void;
  /** Bench: prepare the merges inside the final transaction, as before (the figure to compare with). */
  prepareInLock?: boolean;
  /** The day the sheet's numbers are dated (snapshots): the core's today in the app time zone, passed by the handler. */
  today?: string;
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
    const conflicts: ImportConflict[] = [];
    /** channel key → influencer id, for rows of this file that merge into an earlier row. */
    const createdByKey = new Map<string, number>();
    /** staged person → sheet row, for the people a user's own write displaced meanwhile (edit.ts). */
    const rowOf = new Map<number, number>();
    const keyOf = (platform: string, handle: string) => `${platform}:${handle.toLowerCase()}`;
    const today = hooks.today ?? appTodayOf(db);
    const create = (row: number, inp: ParsedInfluencerInput) => {
      let id: number;
      try {
        id = createInfluencer(db, inp, { displaceStaged: false }).id;
      } catch (err) {
        // someone took one of the row's handles while the import ran (added by hand): their write wins
        const taken = handleTaken(err);
        if (!taken) throw err;
        conflicts.push({ row, ...taken });
        return;
      }
      q.stageInfluencer(db, id, batchId);
      recordImportSnapshots(db, id, today);
      recordImportChange(db, batchId, id, 'created', null);
      for (const c of inp.channels) createdByKey.set(keyOf(c.platform, c.handle), id);
      rowOf.set(id, row);
      created++;
    };
    const chunkMs = hooks.chunkMs ?? CHUNK_MS;
    const afterChunk = (ms: number) => hooks.afterChunk?.(batchId, ms);

    // Staged in chunks: new people (hidden until published) and rejected rows, in the order of the sheet.
    await inChunks(
      db,
      items.filter((it) => it.kind !== 'dup'),
      (it) => {
        if (it.kind === 'ready') create(it.row, it.input!);
        else if (input.acceptHeld && it.input) create(it.row, it.input);
        else {
          reject(batchId, it.row, problemsOf(it.row).join('; ') || 'unreadable row', rawOf(sheet, it.row));
          rejected++;
        }
      },
      chunkMs,
      afterChunk,
    );

    // The merges the user chose, prepared outside the lock in slices (import-publish.ts).
    let skipped = 0;
    const requests: MergeRequest[] = [];
    for (const it of items) {
      if (it.kind !== 'dup') continue;
      const target = it.dup!.existingInfluencerId ?? createdByKey.get(keyOf(it.dup!.platform, it.dup!.handle));
      const usable = it.input && (!heldRows.has(it.row) || input.acceptHeld);
      if ((decisions.get(it.row) ?? 'skip') === 'merge' && target !== undefined && usable) {
        requests.push({ row: it.row, target, input: it.input!, channel: it.dup!, choices: fieldChoices.get(it.row) ?? {} });
      } else skipped++;
    }
    const groups = groupByTarget(requests);
    const prepared: PreparedMerge[] = [];
    const pending = hooks.prepareInLock ? [] : [...groups];
    while (pending.length) {
      const started = performance.now();
      do prepared.push(...prepareMerges(db, pending.splice(0, 1), today));
      while (pending.length && performance.now() - started < chunkMs);
      if (pending.length) await pause(PAUSE_MS);
    }

    hooks.prepared?.(batchId);

    // Published in one short transaction: the merges, the staged people out of the bin, the batch done.
    let publishing = 0;
    const done = jobChunk(db, () => {
      publishing = performance.now(); // the lock is ours from here (a user's waiting write went first)
      const merges = publishMerges(db, batchId, groups, prepared, today);
      conflicts.push(...merges.conflicts);
      // staged people a user's own write displaced meanwhile (edit.ts): not created, reported with who took the handle
      const displaced = q.displacedOf(db, batchId);
      for (const d of displaced) {
        conflicts.push({ row: rowOf.get(d.influencerId) ?? 0, platform: d.platform, handle: d.handle, reason: 'handleTaken', influencerId: d.holderId, name: d.holderName });
      }
      const kept = created - displaced.length;
      conflicts.sort((a, b) => a.row - b.row);
      const counts = { rows: sheet.rows.length, created: kept, merged: merges.merged, skipped, rejected, conflicts: conflicts.length };
      q.finishBatch(db, batchId, JSON.stringify(counts));
      q.rememberMapping(db, headerSignature(sheet.headers), sheet.format, JSON.stringify(mapping));
      hooks.publishing?.(batchId);
      return { batchId, created: kept, merged: merges.merged, skipped, rejected, conflicts };
    });
    hooks.published?.(performance.now() - publishing);
    // The planner's statistics of a workspace that just grew by a sheet (milliseconds, analysis_limit; a short write).
    jobChunk(db, () => optimizeDatabase(db.$client));
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
  return jobChunk(db, () => {
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
