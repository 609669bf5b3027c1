/** Uploads a file through the app's own chunked upload (uploads.begin/chunk/finish), as the UI does; its id. */
import fs from 'node:fs';
import type { RunningCore } from '../../src/main/core/context';

export async function uploadFile(running: RunningCore, file: string, fileName: string): Promise<string> {
  const bytes = fs.readFileSync(file);
  const begin = await running.dispatch('uploads.begin', { fileName, sizeBytes: bytes.length });
  if (!begin.ok) throw new Error(begin.error.message);
  const { fileId, chunkBytes } = begin.value as { fileId: string; chunkBytes: number };
  for (let off = 0; off < bytes.length; off += chunkBytes) {
    const c = await running.dispatch('uploads.chunk', { fileId, offset: off, dataBase64: bytes.subarray(off, off + chunkBytes).toString('base64') });
    if (!c.ok) throw new Error(c.error.message);
  }
  const done = await running.dispatch('uploads.finish', { fileId });
  if (!done.ok) throw new Error(done.error.message);
  return fileId;
}
