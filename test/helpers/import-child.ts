/**
 * Child process of the crash test (test/unit/redemptions/crash.test.ts): opens the workspace in argv[2], uploads
 * the file argv[3] and starts an import as shop argv[4] (job worker argv[5] when given: the crash test runs a
 * bundled child and worker, so that a run is not spent compiling TypeScript); prints "started" and then waits
 * to be killed.
 */
import fs from 'node:fs';
import { createCore } from '../../src/main/core/context';

async function main() {
  const [dataDir, file, shop, workerFile] = process.argv.slice(2);
  const running = await createCore({ dataDir, firstRun: 'empty', quietLog: true, workerFile: workerFile || undefined });
  const bytes = fs.readFileSync(file);
  const begin = await running.dispatch('uploads.begin', { fileName: 'crash.csv', sizeBytes: bytes.length });
  if (!begin.ok) throw new Error(begin.error.message);
  const { fileId, chunkBytes } = begin.value as { fileId: string; chunkBytes: number };
  for (let off = 0; off < bytes.length; off += chunkBytes) {
    const c = await running.dispatch('uploads.chunk', { fileId, offset: off, dataBase64: bytes.subarray(off, off + chunkBytes).toString('base64') });
    if (!c.ok) throw new Error(c.error.message);
  }
  await running.dispatch('uploads.finish', { fileId });
  const mapping = { orderId: '', orderedAt: '', code: '', total: '', subtotal: '', discount: '', currency: '', status: '', refunded: '' };
  const r = await running.dispatch('redemptions.import', { fileId, format: 'shopify', shop, mapping });
  if (!r.ok) throw new Error(r.error.message);
  process.stdout.write('started\n');
  await running.core.jobs.wait((r.value as { jobId: string }).jobId);
  process.stdout.write('finished\n');
  setInterval(() => undefined, 60_000); // stay alive until killed
}
void main();
