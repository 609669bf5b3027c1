/**
 * Child process of the crash test (test/unit/redemptions/crash.test.ts): opens the workspace in argv[2], uploads
 * the file argv[3] and starts an import as shop argv[4]; prints "started" and then waits to be killed.
 */
import fs from 'node:fs';
import { createCore } from '../../src/main/core/context';

async function main() {
  const [dataDir, file, shop] = process.argv.slice(2);
  const running = await createCore({ dataDir, firstRun: 'empty', quietLog: true });
  const bytes = fs.readFileSync(file);
  const begin = await running.dispatch('uploads.begin', { fileName: 'crash.csv', sizeBytes: bytes.length });
  if (!begin.ok) throw new Error(begin.error.message);
  const { fileId } = begin.value as { fileId: string };
  await running.dispatch('uploads.chunk', { fileId, offset: 0, dataBase64: bytes.toString('base64') });
  await running.dispatch('uploads.finish', { fileId });
  const mapping = { orderId: '', orderedAt: '', code: '', total: '', subtotal: '', discount: '', currency: '', status: '', refunded: '' };
  const r = await running.dispatch('redemptions.import', { fileId, format: 'shopify', shop, mapping });
  if (!r.ok) throw new Error(r.error.message);
  process.stdout.write('started\n');
  await running.core.jobs.wait((r.value as { jobId: string }).jobId);
  process.stdout.write('finished\n');
  await new Promise(() => undefined);
}
void main();
