/**
 * Child process of the influencer import crash tests (test/unit/influencers/import-abort.test.ts, crash.test.ts):
 * opens the workspace in argv[2], uploads the sheet argv[3], previews it and starts its import, merging every
 * duplicate the preview found (job worker argv[4] when given: the crash test runs a bundled child and worker; the
 * mapping and the duplicates' rows as JSON in argv[5] when given: the crash test previews its sheets once, not in every run).
 * Prints "started" when the import is asked for, "staged" once its first chunks are committed (a 'running' batch
 * with staged people) and "finished" when it is done; then waits to be killed.
 */
import { createCore, type RunningCore } from '../../src/main/core/context';
import type { ImportPreview } from '../../src/shared/contract';
import { uploadFile } from './upload';

/** The mapping and the rows of the duplicates to merge. */
type Plan = { mapping: ImportPreview['mapping']; duplicates: number[] };

async function preview(running: RunningCore, fileId: string): Promise<Plan> {
  const r = await running.dispatch('influencers.import.preview', { fileId, locale: 'auto' });
  if (!r.ok) throw new Error(r.error.message);
  const { mapping, duplicates } = r.value as ImportPreview;
  return { mapping, duplicates: duplicates.map((d) => d.row) };
}

async function main() {
  const [dataDir, file, workerFile, planned] = process.argv.slice(2);
  const running = await createCore({ dataDir, firstRun: 'empty', quietLog: true, workerFile: workerFile || undefined });
  const fileId = await uploadFile(running, file, 'sheet.csv');
  const { mapping, duplicates } = planned ? (JSON.parse(planned) as Plan) : await preview(running, fileId);
  const staged = running.core.db.$client.prepare(
    "SELECT count(*) FROM influencer_import_changes c JOIN import_batches b ON b.id = c.batch_id WHERE b.status = 'running'",
  );
  const timer = setInterval(() => {
    if ((staged.pluck().get() as number) > 0) {
      clearInterval(timer);
      process.stdout.write('staged\n');
    }
  }, 10);
  process.stdout.write('started\n');
  const merges = duplicates.map((row) => ({ row, action: 'merge' as const }));
  const done = await running.dispatch('influencers.import.commit', { fileId, mapping, locale: 'auto', duplicates: merges, acceptHeld: false });
  if (!done.ok) throw new Error(done.error.message);
  process.stdout.write('finished\n');
  setInterval(() => undefined, 60_000); // stay alive until killed
}
void main();
