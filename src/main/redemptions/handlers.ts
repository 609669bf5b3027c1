import type { HandlersFor } from '../api/handlers';
import type { redemptionsContract } from '../../shared/contract/redemptions';
import { finishedUpload } from '../imports/uploads';
import { inspectFile } from './inspect';
import { knownShops } from '../imports/batches';
import { backupBefore } from '../backups/service';
import { purgeUndoneBatches } from '../imports/purge';
import { holdCheckpointsUntil } from '../db/checkpoint';
import { callOff, newGate, openGate } from '../jobs/gate';

/** Shop order imports: inspection in main, dry run and import as worker jobs (see src/main/jobs/tasks.ts). */
export const redemptionHandlers: HandlersFor<keyof typeof redemptionsContract> = {
  'redemptions.inspect': (input, core) => inspectFile(core.db, core.dataDir, input.fileId, input.shop),
  'redemptions.shops': (_input, core) => ({ shops: knownShops(core.db) }),
  'redemptions.dryRun': (input, core) => {
    finishedUpload(core.dataDir, input.fileId); // a clear error now rather than a failed job
    purgeUndoneBatches(core.db); // the dry run compares with the stored orders: none of an undone import (imports/purge.ts)
    return { jobId: core.jobs.start('redemptions.dryRun', { ...input }) };
  },
  'redemptions.import': async (input, core) => {
    finishedUpload(core.dataDir, input.fileId);
    // rows of an undone import still being deleted would stand for the same orders in this file (imports/purge.ts)
    purgeUndoneBatches(core.db);
    // The job starts at once and reads the file while the backup before it is written; it writes only once the
    // backup is done (jobs/gate.ts), so the backup is the workspace as it was before the import. A failed backup
    // calls the job off (nothing written) and this call fails with the backup's message, as it did before.
    // While the import writes, the WAL is copied back by the job itself, outside the write lock, every few MiB
    // (run.ts IMPORT_CHECKPOINT_EVERY): the user's writes in between never copy it inside their commit.
    const gate = newGate();
    const hold = holdCheckpointsUntil(core.db);
    let jobId: string;
    try {
      jobId = core.jobs.start('redemptions.import', { ...input }, { gate });
    } catch (err) {
      hold.release();
      throw err;
    }
    // done: the job copied the WAL back at its end (run.ts); failed or called off: one checkpoint off the thread
    void core.jobs.wait(jobId).then(hold.copied, hold.release);
    try {
      await backupBefore(core, 'import');
    } catch (err) {
      callOff(gate);
      throw err;
    }
    openGate(gate);
    return { jobId };
  },
};
