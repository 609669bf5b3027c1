/**
 * The one way a chosen file reaches the core: `uploadFile` sends it in chunks through `uploads.begin/chunk/finish`
 * (read with `file.slice().arrayBuffer()`, base64-encoded), so a 70 MB export never sits in memory as one string
 * and never travels as one message. Both import wizards (shop exports, influencer sheets) use it; the core then
 * reads the finished upload by its `fileId`.
 */
import { api } from '../api/client';
import type { AlreadyImported } from '../../../shared/contract';

export const CHUNK_BYTES = 4 * 1024 * 1024;
/** `uploads.chunk` takes at most 12,000,000 base64 characters (≈ 8.5 MiB raw). */
const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

export interface UploadedFile {
  fileId: string;
  sizeBytes: number;
  sha256: string;
  /** The same content (SHA-256) was imported before (shop exports): when and as which batch. */
  alreadyImported?: AlreadyImported | null;
}

export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}

/** ArrayBuffer → base64, in slices (String.fromCharCode has an argument limit). */
export function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

async function readSlice(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Response(blob).arrayBuffer();
}

/** Uploads `file` in chunks; `onProgress(sentBytes, totalBytes)` after each. Returns the core's file id and hash. */
export async function uploadFile(file: File, onProgress?: (sent: number, total: number) => void, signal?: AbortSignal): Promise<UploadedFile> {
  const { fileId, chunkBytes } = await api.call('uploads.begin', { fileName: file.name, sizeBytes: file.size });
  const step = Math.min(chunkBytes > 0 ? chunkBytes : CHUNK_BYTES, MAX_CHUNK_BYTES);
  onProgress?.(0, file.size);
  // A stopped upload (the wizard was left or cancelled) deletes what arrived so far at once.
  const stopped = () => {
    api.send('uploads.discard', { fileId });
    return new AbortedError();
  };
  for (let offset = 0; offset < file.size; offset += step) {
    if (signal?.aborted) throw stopped();
    const buf = await readSlice(file.slice(offset, Math.min(file.size, offset + step)));
    await api.call('uploads.chunk', { fileId, offset, dataBase64: toBase64(buf) });
    onProgress?.(Math.min(file.size, offset + step), file.size);
  }
  if (signal?.aborted) throw stopped();
  return api.call('uploads.finish', { fileId });
}
