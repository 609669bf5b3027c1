/**
 * A file the core wrote (a workspace export can be hundreds of MB) saved by the browser: `downloadInChunks` reads
 * it back in pieces and assembles them — the counterpart of lib/upload.ts. Plus the byte and date-time formats
 * the backups lists use.
 */
import { saveBlob } from './files';

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Reads pieces with `read(offset)` until done and saves them as `fileName`. */
export async function downloadInChunks(
  fileName: string,
  mime: string,
  read: (offset: number) => Promise<{ dataBase64: string; offset: number; sizeBytes: number; done: boolean }>,
): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset = 0;
  for (;;) {
    const piece = await read(offset);
    parts.push(fromBase64(piece.dataBase64));
    offset = piece.offset;
    if (piece.done) break;
  }
  saveBlob(new Blob(parts, { type: mime }), fileName);
}

/** 1.234,5 MB / 1,234.5 MB. */
export function formatBytes(bytes: number, locale: 'de' | 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: u === 0 ? 0 : 1 }).format(v)}\u00a0${units[u]}`;
}

