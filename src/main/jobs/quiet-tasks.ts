import { openWorkerConnection, type Db } from '../db/connection';
import type { ParsedInputOf } from '../../shared/contract';
import type { ErasedPerson } from '../influencers/privacy-backups';

/**
 * Quiet tasks: work a handler awaits that would block the thread answering the UI (JobRunner.run, pool.ts).
 * Each runs in a warm worker on a connection of its own, opened for the task and closed after it. Each loads
 * its modules when first asked for, so a worker that only ever takes backups never loads the spreadsheet reader.
 */
export interface QuietContext {
  dataDir: string;
  /** The workspace file. */
  dbFile: string;
  nativeBinding?: string;
}
type QuietTask = (params: Record<string, unknown>, ctx: QuietContext) => Promise<Record<string, unknown>>;

async function withDb<T>(ctx: QuietContext, fn: (db: Db) => Promise<T> | T): Promise<T> {
  const db = openWorkerConnection(ctx.dbFile, ctx.nativeBinding);
  try {
    return await fn(db);
  } finally {
    db.$client.close();
  }
}

const str = (v: unknown): string => String(v);

export const quietTasks = {
  /** A consistent copy of the workspace (VACUUM INTO) at `target`. */
  'backups.snapshot': async (params, ctx) => {
    const { snapshotInto } = await import('../db/snapshot');
    await withDb(ctx, (db) => snapshotInto(db.$client, str(params.target)));
    return {};
  },
  /** A restore candidate checked (quick_check, schema) and staged as a migrated copy next to the workspace. */
  'backups.stage': async (params, ctx) => {
    const { checkAndStage } = await import('../backups/restore');
    const migrationsDir = typeof params.migrationsDir === 'string' ? params.migrationsDir : undefined;
    return { staged: checkAndStage(str(params.source), ctx.dbFile, { migrationsDir, nativeBinding: ctx.nativeBinding }, str(params.label)) };
  },
  /** The start-up look at the workspace file (read-only: schema version, quick_check); a problem is returned, not thrown. */
  'workspace.fileCheck': async (params, ctx) => {
    const { checkDatabaseFile, WorkspaceFileError } = await import('../db/file-check');
    const delayMs = Number(params.delayMs ?? 0);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    try {
      checkDatabaseFile(ctx.dbFile, { known: params.known as { count: number; last: number }, needsWrite: true, nativeBinding: ctx.nativeBinding });
      return { problem: null };
    } catch (err) {
      if (err instanceof WorkspaceFileError) return { problem: err.problem, params: err.params };
      throw err;
    }
  },
  /** A PASSIVE WAL checkpoint off the main thread (db/checkpoint.ts): frames copied, of the WAL's frames. */
  'workspace.checkpoint': async (_params, ctx) =>
    withDb(ctx, (db) => {
      const [r] = db.$client.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
      return { log: r?.log ?? 0, checkpointed: r?.checkpointed ?? 0 };
    }),
  /** integrity_check and foreign_key_check of the workspace. */
  'workspace.check': async (_params, ctx) => {
    const { checkIntegrity } = await import('../backups/queries');
    return withDb(ctx, (db) => ({ ...checkIntegrity(db) }));
  },
  'workspace.export': async (params, ctx) => {
    const { writeWorkspaceExport } = await import('../backups/transfer');
    return withDb(ctx, (db) => ({ ...writeWorkspaceExport({ db, dataDir: ctx.dataDir, appVersion: str(params.appVersion), now: new Date(str(params.now)) }) }));
  },
  'workspace.unpack': async (params) => {
    const { unpackWorkspaceZip } = await import('../backups/transfer');
    return { ...unpackWorkspaceZip(str(params.zipFile), str(params.into), str(params.label)) };
  },
  /**
   * Reads a spreadsheet (a 16 MB CSV takes seconds) and plans the import against the directory, without writing.
   * The input is the method's, already checked by its schema.
   */
  'influencers.preview': async (params, ctx) => {
    const { previewImport, sheetFile } = await import('../influencers/transfer');
    const input = params as ParsedInputOf<'influencers.import.preview'>;
    return withDb(ctx, async (db) => ({ ...(await previewImport(db, sheetFile(ctx.dataDir, input), input)) }));
  },
  /**
   * Reads the spreadsheet again and writes the plan: staged in short transactions, published in one short final one
   * (influencers/import-commit.ts), so the user's own writes get the lock meanwhile.
   */
  'influencers.commit': async (params, ctx) => {
    const { sheetFile } = await import('../influencers/transfer');
    const { commitImport } = await import('../influencers/import-commit');
    const { today, ...input } = params as ParsedInputOf<'influencers.import.commit'> & { today: string };
    // How long the import held the write lock (its longest staging chunk, its final transaction): logged by the handler.
    const lock = { chunks: 0, longestChunkMs: 0, publishMs: 0 };
    const hooks = { today, afterChunk: (_b: number, ms: number) => ((lock.chunks += 1), (lock.longestChunkMs = Math.max(lock.longestChunkMs, ms))), published: (ms: number) => (lock.publishMs = ms) };
    return withDb(ctx, async (db) => ({ ...(await commitImport(db, sheetFile(ctx.dataDir, input), input, hooks)), lock }));
  },
  /** An erasure applied to every backup (and the other full copies) in the data folder. */
  'privacy.scrubBackups': async (params, ctx) => {
    const { scrubBackups } = await import('../influencers/privacy-backups');
    return { ...scrubBackups(ctx.dataDir, params.person as ErasedPerson, ctx.nativeBinding) };
  },
} satisfies Record<string, QuietTask>;

export type QuietKind = keyof typeof quietTasks;
