import type { Task } from '../jobs/tasks';
import { contract } from '../../shared/contract';
import { runRedemptions } from './run';

/** Worker side of redemptions.dryRun: reads the whole file, writes nothing. */
export const redemptionsDryRunTask: Task = async (db, params, ctx, progress) => {
  const input = contract['redemptions.import'].input.parse(params);
  const { report } = await runRedemptions(db, input, ctx.dataDir, progress, 'dryRun', { workerFile: ctx.workerFile });
  return { result: { report, batchId: null }, changed: [] };
};

/** Worker side of redemptions.import: one transaction, see run.ts. */
export const redemptionsImportTask: Task = async (db, params, ctx, progress) => {
  const input = contract['redemptions.import'].input.parse(params);
  const { report, batchId, publish, phases } = await runRedemptions(db, input, ctx.dataDir, progress, 'import', { workerFile: ctx.workerFile, gate: ctx.gate, requestCheckpoint: ctx.requestCheckpoint });
  // publish: how the final transaction went, phases: where the time went (the benches print them; the renderer reads report and batchId)
  return { result: { report, batchId, publish, phases }, changed: ['redemptions', 'imports', 'collaborations'] };
};
