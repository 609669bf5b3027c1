import { z } from 'zod';
import { method } from './define';
import { id } from './common';
import type { DryRunReport, LeakFlag, ReasonParams, RejectInfo, RowAccounting } from './redemptions';

/**
 * Files uploaded into the data folder (chunked, for any import or a restore) and the import batches they became
 * (src/main/imports). Parsing and attributing a shop's orders: redemptions.ts (src/main/redemptions).
 */

/** The id `uploads.begin` gives a file; every method that reads an upload takes it. */
export const uploadFileId = z.string().regex(/^[a-f0-9-]{36}$/, 'unknown file');

/** A finished, not undone import of a file with the same content (SHA-256), found without parsing the file. */
export interface AlreadyImported {
  batchId: number;
  /** ISO instant the import finished. */
  importedAt: string;
  fileName: string;
  shop: string | null;
}

export interface ImportBatchRow {
  id: number;
  kind: string;
  fileName: string;
  format: string;
  status: string;
  counts: Record<string, number>;
  startedAt: string;
  finishedAt: string | null;
}

export interface ImportBatchDetail {
  id: number;
  kind: string;
  fileName: string;
  fileHash: string;
  fileSize: number;
  format: string;
  encoding: string;
  delimiter: string;
  shop: string | null;
  status: string;
  counts: Record<string, number>;
  startedAt: string;
  finishedAt: string | null;
  undoneAt: string | null;
  /** Null for batches stored before rows were accounted for. */
  accounting: RowAccounting | null;
  rejects: (RejectInfo & { raw: string })[];
  leaks: LeakFlag[];
}

export const importsContract = {
  'uploads.begin': method<{ fileId: string; chunkBytes: number }>()(
    z
      .object({
        fileName: z.string().min(1).max(260),
        /** 1 GB at most: larger exports are refused before a byte is sent. */
        sizeBytes: z.number().int().min(1, 'the file is empty').max(1024 ** 3, 'the file is larger than 1 GB; export a shorter period'),
      })
      .strict(),
    'Start uploading a file into the data folder; returns its id and the chunk size to use',
  ),
  'uploads.chunk': method<{ received: number }>()(
    z.object({ fileId: uploadFileId, offset: z.number().int().min(0), dataBase64: z.string().min(1).max(12_000_000) }).strict(),
    'Append one chunk (in order) to an upload',
  ),
  'uploads.finish': method<{ fileId: string; sizeBytes: number; sha256: string; alreadyImported: AlreadyImported | null }>()(
    z.object({ fileId: uploadFileId }).strict(),
    'Finish an upload; the size must match what was announced. Says at once (hash computed while uploading) whether this file was imported before',
  ),
  'uploads.discard': method<{ removed: boolean }>()(
    z.object({ fileId: uploadFileId }).strict(),
    'Delete an uploaded file the user abandoned (the wizard closed without importing); imports delete their file themselves',
  ),
  'imports.job': method<{
    status: 'running' | 'done' | 'failed';
    done: number;
    total: number;
    report: DryRunReport | null;
    batchId: number | null;
    message: string | null;
    /** A failed job's message as key + params (errors.domain.<key>), when the core named it. */
    errorKey: string | null;
    errorParams: ReasonParams | null;
  }>()(
    z.object({ jobId: z.string().min(1).max(64) }).strict(),
    'State and result of a dry run or import job',
  ),
  'imports.get': method<ImportBatchDetail>()(z.object({ id }).strict(), 'One import batch with its rejected rows'),
  'imports.undo': method<{ id: number; removed: number; restored: number }>()(
    z.object({ id }).strict(),
    'Undo a whole import batch: a shop import\'s new orders removed and changed orders restored; an influencer import\'s new people removed and merged people restored',
    { changes: ['redemptions', 'imports', 'collaborations', 'influencers'] },
  ),
  'imports.list': method<ImportBatchRow[]>()(
    z.object({ kind: z.enum(['redemptions', 'influencers']).optional() }).strict(),
    'Import batches, newest first',
  ),
} as const;
