/**
 * Child process of the influencer import crash test (test/unit/influencers/import-abort.test.ts): opens the
 * workspace in argv[2], uploads the sheet argv[3], starts its import and prints "staged" once the import's first
 * chunks are committed (a 'running' batch with staged people), then waits to be killed.
 */
import fs from 'node:fs';
import { createCore } from '../../src/main/core/context';

async function main() {
  const [dataDir, file] = process.argv.slice(2);
  const running = await createCore({ dataDir, firstRun: 'empty', quietLog: true });
  const bytes = fs.readFileSync(file);
  const begin = await running.dispatch('uploads.begin', { fileName: 'sheet.csv', sizeBytes: bytes.length });
  if (!begin.ok) throw new Error(begin.error.message);
  const { fileId } = begin.value as { fileId: string };
  await running.dispatch('uploads.chunk', { fileId, offset: 0, dataBase64: bytes.toString('base64') });
  await running.dispatch('uploads.finish', { fileId });
  const preview = await running.dispatch('influencers.import.preview', { fileId, locale: 'auto' });
  if (!preview.ok) throw new Error(preview.error.message);
  const { mapping } = preview.value as { mapping: Record<string, string | null> };
  void running.dispatch('influencers.import.commit', { fileId, mapping, locale: 'auto', duplicates: [], acceptHeld: false });
  const staged = running.core.db.$client.prepare(
    "SELECT count(*) FROM influencer_import_changes c JOIN import_batches b ON b.id = c.batch_id WHERE b.status = 'running'",
  );
  const timer = setInterval(() => {
    if ((staged.pluck().get() as number) > 0) {
      clearInterval(timer);
      process.stdout.write('staged\n');
    }
  }, 10);
  setInterval(() => undefined, 60_000); // stay alive until killed
}
void main();
