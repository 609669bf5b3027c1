import type { HandlersFor } from '../api/handlers';
import type { influencersContract } from '../../shared/contract/influencers';
import {
  addSnapshot,
  createInfluencer,
  deleteSnapshot,
  facets,
  getInfluencer,
  listInfluencers,
  setInfluencerDeleted,
  updateInfluencer,
} from './service';
import { eraseInfluencer, privacyExport } from './privacy';
import type { BackupScrubResult } from './privacy-backups';
import { exportDirectory, sheetFile } from './transfer';
import type { ImportPreview, ImportResult } from '../../shared/contract';
import { awaitingWrite } from '../api/mutation';
import { discardUpload } from '../imports/uploads';
import { backupBefore } from '../backups/service';
import { appToday } from '../core/today';
import { deleteSavedFilter, listSavedFilters, saveFilter } from './saved-filters';

export const influencerHandlers: HandlersFor<keyof typeof influencersContract> = {
  'influencers.list': (input, core) => listInfluencers(core.db, input),
  'influencers.get': (input, core) => getInfluencer(core.db, input.id),
  'influencers.create': (input, core) => createInfluencer(core.db, input),
  'influencers.update': (input, core) => updateInfluencer(core.db, input),
  'influencers.delete': (input, core) => setInfluencerDeleted(core.db, input.id, true),
  'influencers.restore': (input, core) => setInfluencerDeleted(core.db, input.id, false),
  'influencers.snapshots.add': (input, core) => addSnapshot(core.db, input),
  'influencers.snapshots.delete': (input, core) => deleteSnapshot(core.db, input.id),
  // Outside one transaction: the erasure checkpoints the WAL after its own write, so no copy of the person is left.
  // Then the backups made before get the same erasure, in a worker (each is rewritten and vacuumed).
  'influencers.erase': awaitingWrite(async (input, core) => {
    const { id, name, erased, walEmptied } = await eraseInfluencer(core.db, core.dataDir, input.id, input.confirmName);
    if (!walEmptied) core.log.warn(`Erasure of influencer ${input.id}: the WAL could not be emptied (another checkpoint kept it busy); the next one copies it`);
    const scrub = await core.jobs.run<BackupScrubResult>('privacy.scrubBackups', { person: erased });
    core.log.info(`Erased influencer ${input.id} for good (privacy request); backups rewritten: ${scrub.rewritten.length}, removed: ${scrub.removed.length}`);
    return { id, name };
  }),
  'influencers.privacyExport': (input, core) => privacyExport(core.db, input.id),
  'influencers.export': (input, core) => exportDirectory(core.db, input.format, input.filter, input.language, appToday(core)),
  'influencers.facets': (_input, core) => facets(core.db),
  // Parsing a large sheet takes seconds: preview and commit run in a worker on their own connection (the commit
  // through the write path there), so the core keeps answering meanwhile.
  'influencers.import.preview': (input, core) => core.jobs.run<ImportPreview>('influencers.preview', { ...input }),
  'influencers.import.commit': awaitingWrite(async (input, core) => {
    sheetFile(core.dataDir, input); // a missing or too large file is named before the backup
    await backupBefore(core, 'import');
    const { lock, ...result } = await core.jobs.run<ImportResult & { lock: { chunks: number; longestChunkMs: number; publishMs: number } }>('influencers.commit', { ...input, today: appToday(core) });
    core.log.info(
      `Influencer import ${result.batchId}: ${result.created} created, ${result.merged} merged; write lock held in ${lock.chunks} chunks of at most ${lock.longestChunkMs.toFixed(1)} ms, final transaction ${lock.publishMs.toFixed(1)} ms`,
    );
    // Privacy: the sheet (names, addresses) is not kept once its import is done.
    if (input.fileId !== undefined) discardUpload(core.dataDir, input.fileId);
    return result;
  }),
  'savedFilters.list': (_input, core) => listSavedFilters(core.db),
  'savedFilters.save': (input, core) => saveFilter(core.db, input.name, input.query),
  'savedFilters.delete': (input, core) => deleteSavedFilter(core.db, input.id),
};
