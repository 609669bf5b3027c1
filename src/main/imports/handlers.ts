import type { HandlersFor } from '../api/handlers';
import type { DryRunReport } from '../../shared/contract';
import type { importsContract } from '../../shared/contract/imports';
import { DomainError } from '../../shared/envelope';
import { appendChunk, beginUpload, discardUpload, finishUpload } from './uploads';
import { alreadyImported, getBatch, undoBatch } from './batches';
import { batchKind, listBatches } from './queries';
import { undoInfluencerImport } from '../influencers/import-undo';

/** Uploads into the data folder and import batches (of shop orders and of influencer sheets). */
export const importHandlers: HandlersFor<keyof typeof importsContract> = {
  'uploads.begin': (input, core) => beginUpload(core.dataDir, input),
  'uploads.chunk': (input, core) => appendChunk(core.dataDir, input),
  'uploads.finish': async (input, core) => {
    const done = await finishUpload(core.dataDir, input.fileId);
    return { ...done, alreadyImported: alreadyImported(core.db, done.sha256) };
  },
  'uploads.discard': (input, core) => ({ removed: discardUpload(core.dataDir, input.fileId) }),
  'imports.job': (input, core) => {
    const job = core.jobs.get(input.jobId);
    if (!job) throw new DomainError('NOT_FOUND', 'This job is unknown (or finished long ago).', { field: 'jobId', key: 'imports.jobUnknown' });
    if ('running' in job) {
      return { status: 'running', done: job.running.done, total: job.running.total, report: null, batchId: null, message: null, errorKey: null, errorParams: null };
    }
    const f = job.finished;
    const result = f.result ?? {};
    return {
      status: f.ok ? 'done' : 'failed',
      done: f.ok ? f.info.total : f.info.done,
      total: f.info.total,
      report: (result.report as DryRunReport | undefined) ?? null,
      batchId: typeof result.batchId === 'number' ? result.batchId : null,
      message: f.message,
      errorKey: f.error?.key ?? null,
      errorParams: f.error?.params ?? null,
    };
  },
  'imports.list': (input, core) => listBatches(core.db, input.kind),
  'imports.get': (input, core) => getBatch(core.db, input.id),
  'imports.undo': (input, core) => {
    return batchKind(core.db, input.id) === 'influencers' ? undoInfluencerImport(core.db, input.id) : undoBatch(core.db, input.id);
  },
};
