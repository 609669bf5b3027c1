import type { HandlersFor } from '../api/handlers';
import type { redemptionsContract } from '../../shared/contract/redemptions';
import { finishedUpload } from '../imports/uploads';
import { inspectFile } from './inspect';
import { knownShops } from '../imports/batches';
import { backupBefore } from '../backups/service';
import { purgeUndoneBatches } from '../imports/purge';
import { holdCheckpoints } from '../db/checkpoint';
import { callOff, newGate, openGate } from '../jobs/gate';

/** Shop order imports: inspection in main, dry run and import as worker jobs (see src/main/jobs/tasks.ts). */
export const redemptionHandlers: HandlersFor<keyof typeof redemptionsContract> = {
  'redemptions.inspect': (input, core) => {
    const inspection = inspectFile(core.db, core.dataDir, input.fileId, input.shop);
    // the wizard's next step runs a job (the dry run, then the import): its worker is started now (jobs/spare.ts)
    core.jobs.prewarm('redemptions.dryRun');
    return inspection;
  },
  'redemptions.shops': (_input, core) => ({ shops: knownShops(core.db) }),
  'redemptions.dryRun': (input, core) => {
    finishedUpload(core.dataDir, input.fileId); // a clear error now rather than a failed job
    purgeUndoneBatches(core.db); // the dry run compares with the stored orders: none of an undone import (imports/purge.ts)
    const jobId = core.jobs.start('redemptions.dryRun', { ...input });
    // the import usually follows its dry run: its worker is started now (jobs/spare.ts), and one for the backup before it
    core.jobs.prewarm('redemptions.import');
    core.jobs.prewarmQuiet();
    return { jobId };
  },
  'redemptions.import': async (input, core) => {
    finishedUpload(core.dataDir, input.fileId);
    // rows of an undone import still being deleted would stand for the same orders in this file (imports/purge.ts)
    purgeUndoneBatches(core.db);
    // The job starts at once and reads the file while the backup before it is written; it writes only once the
    // backup is done (jobs/gate.ts), so the backup is the workspace as it was before the import. A failed backup
    // calls the job off (nothing written) and this call fails with the backup's message, as it did before.
    // While the import writes, the WAL is copied back outside the write lock every few MiB, by a quiet worker the job
    // asks (run.ts IMPORT_CHECKPOINT_EVERY, jobs/runner.ts): the user's writes in between never copy it in their commit.
    const gate = newGate();
    const release = holdCheckpoints(core.db);
    let jobId: string;
    try {
      jobId = core.jobs.start('redemptions.import', { ...input }, { gate });
    } catch (err) {
      release();
      throw err;
    }
    // Once the job ended (done, failed or called off): the WAL's rest copied back by one checkpoint off this thread
    // (db/checkpoint.ts), then the automatic checkpoint is on again.
    void core.jobs.wait(jobId).then(release, release);
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
