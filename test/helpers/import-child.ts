/**
 * Child process of the crash test (test/unit/redemptions/crash.test.ts): opens the workspace in argv[2], uploads
 * the file argv[3] and starts an import as shop argv[4] (job worker argv[5] when given: the crash test runs a
 * bundled child and worker, so that a run is not spent compiling TypeScript); prints "started" and then waits
 * to be killed.
 */
import { createCore } from '../../src/main/core/context';
import { uploadFile } from './upload';

async function main() {
  const [dataDir, file, shop, workerFile] = process.argv.slice(2);
  const running = await createCore({ dataDir, firstRun: 'empty', quietLog: true, workerFile: workerFile || undefined });
  const fileId = await uploadFile(running, file, 'crash.csv');
  const mapping = { orderId: '', orderedAt: '', code: '', total: '', subtotal: '', discount: '', currency: '', status: '', refunded: '' };
  const r = await running.dispatch('redemptions.import', { fileId, format: 'shopify', shop, mapping });
  if (!r.ok) throw new Error(r.error.message);
  process.stdout.write('started\n');
  await running.core.jobs.wait((r.value as { jobId: string }).jobId);
  process.stdout.write('finished\n');
  setInterval(() => undefined, 60_000); // stay alive until killed
}
void main();
