import path from 'node:path';
import { ZodError } from 'zod';
import { contract, isMethodName, type MethodName, type ParsedInputOf } from '../../shared/contract';
import { DomainError, type Envelope } from '../../shared/envelope';
import type { RecoveryStatus } from '../../shared/contract/backups';
import type { Dispatch } from '../api/dispatcher';
import { zodToError } from '../api/dispatcher';
import type { WorkspaceFileError } from '../db/file-check';
import type { Logger } from '../core/log';
import { classifyStorageError, STORAGE_MESSAGES } from '../db/storage-errors';
import { appendChunk, beginUpload, finishUpload, finishedUpload } from '../imports/uploads';
import { backupsDir, knownSchema, listBackups, refuseNewerBackup } from './service';
import { discardUpload } from '../imports/uploads';
import { replaceUnusableWorkspace, type OpenParams } from './restore';

/**
 * The recovery state: the workspace file could not be opened (empty, damaged, unreadable, read-only or from a
 * newer Kollab). Instead of the full API the host and the shell serve this small one — what happened, the backups
 * there are, uploading a file and restoring one — and the renderer shows its recovery screen. The refused file is
 * never written to; a restore sets it aside under a new name and then `onRestored` opens the real core.
 */
const SERVED = ['recovery.status', 'backups.list', 'backups.restore', 'uploads.begin', 'uploads.chunk', 'uploads.finish'] as const satisfies readonly MethodName[];
type Served = (typeof SERVED)[number];

export interface RecoveryOptions {
  dataDir: string;
  dbFile: string;
  open: OpenParams;
  error: WorkspaceFileError;
  log: Logger;
  now(): Date;
  /** Opens the full core after a successful restore; the recovery dispatcher then hands over to it. */
  onRestored(): Promise<void>;
}

export function recoveryStatus(opts: Pick<RecoveryOptions, 'dataDir' | 'error' | 'open'>): RecoveryStatus {
  return {
    state: 'recovery',
    problem: opts.error.problem,
    file: opts.error.file,
    message: opts.error.message,
    key: opts.error.key,
    params: opts.error.messageParams,
    backups: listBackups(opts.dataDir, knownSchema(opts.open.migrationsDir)),
  };
}

export function createRecoveryDispatcher(opts: RecoveryOptions): Dispatch {
  const handlers: { [M in Served]: (input: ParsedInputOf<M>) => unknown } = {
    'recovery.status': () => recoveryStatus(opts),
    'backups.list': () => ({ backups: listBackups(opts.dataDir, knownSchema(opts.open.migrationsDir)), folder: backupsDir(opts.dataDir), retention: { daily: 7, weekly: 8 } }),
    'uploads.begin': (input) => beginUpload(opts.dataDir, input),
    'uploads.chunk': (input) => appendChunk(opts.dataDir, input),
    'uploads.finish': (input) => finishUpload(opts.dataDir, input.fileId),
    'backups.restore': async (input) => {
      let file: string;
      let label: string;
      const known = knownSchema(opts.open.migrationsDir);
      try {
        if ('name' in input) {
          const found = listBackups(opts.dataDir, known).find((b) => b.name === input.name);
          if (!found) throw new DomainError('NOT_FOUND', `The backup ${input.name} is no longer there.`, { field: 'name', key: 'backups.notFound', params: { name: input.name } });
          refuseNewerBackup(found, known);
          file = path.join(backupsDir(opts.dataDir), found.name);
          label = found.name;
        } else {
          const up = finishedUpload(opts.dataDir, input.fileId);
          file = up.file;
          label = up.fileName;
        }
        const { setAside } = replaceUnusableWorkspace(opts.dbFile, file, opts.open, label, opts.now());
        opts.log.info(`Recovery: restored ${label}; the refused file was kept as ${setAside ?? '(none)'}`);
      } finally {
        // An uploaded database does not stay in uploads/ once used, whether the restore worked or not.
        if ('fileId' in input) discardUpload(opts.dataDir, input.fileId);
      }
      await opts.onRestored();
      return { restored: listBackups(opts.dataDir, known).find((b) => b.name === label) ?? null, safetyBackup: null };
    },
  };

  return async (method, rawInput): Promise<Envelope<unknown>> => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unknown method: ${String(method).slice(0, 100)}` } };
    }
    if (!(SERVED as readonly string[]).includes(method)) {
      return {
        ok: false,
        error: { code: 'UNSUPPORTED', message: 'The workspace could not be opened; restore a backup first.', key: 'recovery.active', params: {} },
      };
    }
    const parsed = contract[method].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: zodToError(parsed.error) };
    try {
      const handler = handlers[method as Served] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value: value === undefined ? null : value };
    } catch (err) {
      if (err instanceof DomainError) {
        return { ok: false, error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}), ...(err.key ? { key: err.key } : {}), ...(err.params ? { params: err.params } : {}) } };
      }
      if (err instanceof ZodError) return { ok: false, error: zodToError(err) };
      const storage = classifyStorageError(err);
      opts.log.error(`Recovery: ${method} failed`, err);
      if (storage) return { ok: false, error: { code: storage, message: STORAGE_MESSAGES[storage], key: `storage.${storage}` } };
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong. The details were written to the log.' } };
    }
  };
}
