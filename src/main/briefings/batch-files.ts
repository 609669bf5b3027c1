/**
 * What the user does with a finished batch of briefing PDFs: open its folder (desktop, through the platform
 * port) or download the PDFs as one zip (browser mode, where the folder is on the host). A batch is named by
 * the job id that wrote it — never by a path from the caller — so nothing outside the batch folder is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Core } from '../core/context';
import { DomainError } from '../../shared/envelope';
import type { FileDownload } from '../../shared/contract/common';

const batches = new Map<string, { folder: string; files: string[] }>();

/** Called by the batch export when it finished writing. */
export function rememberBatch(jobId: string, folder: string, files: string[]): void {
  batches.set(jobId, { folder, files: [...files] });
  if (batches.size > 50) batches.delete(batches.keys().next().value!);
}

function batchOf(jobId: string) {
  const b = batches.get(jobId);
  if (!b || !fs.existsSync(b.folder)) throw new DomainError('NOT_FOUND', 'This export is no longer available', { field: 'jobId', key: 'briefings.batchGone' });
  return b;
}

export async function openBatchFolder(core: Pick<Core, 'platform'>, jobId: string): Promise<{ opened: boolean }> {
  const b = batchOf(jobId);
  if (!core.platform) throw new DomainError('UNSUPPORTED', 'Opening files needs the desktop app; download it instead', { key: 'app.openNeedsDesktop' });
  return { opened: await core.platform.openPath(b.folder) };
}

export function batchZip(jobId: string): FileDownload {
  const b = batchOf(jobId);
  const entries: Record<string, Uint8Array> = {};
  for (const name of b.files) {
    const file = path.join(b.folder, name);
    if (fs.existsSync(file)) entries[name] = fs.readFileSync(file);
  }
  const zip = zipSync(entries, { level: 0 }); // PDFs are compressed already
  return { fileName: `${path.basename(b.folder)}.zip`, mime: 'application/zip', dataBase64: Buffer.from(zip).toString('base64') };
}
