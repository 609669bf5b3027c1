/**
 * Moving a shop export to the core and following the worker jobs that read it:
 * - `uploadFile` sends a File in chunks (read with `file.slice().arrayBuffer()`, base64-encoded), so a 70 MB
 *   export never sits in memory as one string and never travels as one message;
 * - `followJob` relays `job.progress` events of one job and resolves with `imports.job` once it is over
 *   (polling as a fallback, so a `job.finished` that overtook the call's reply is never missed).
 */
import { api } from '../../api/client';
import type { ResultOf } from '../../../../shared/contract';
import { onAppEvent } from '../../lib/sync';

export const CHUNK_BYTES = 4 * 1024 * 1024;
/** `uploads.chunk` takes at most 12,000,000 base64 characters (≈ 8.5 MiB raw). */
const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

export type JobState = ResultOf<'imports.job'>;
export interface JobTick {
  done: number;
  total: number;
  phase: string;
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

/** Uploads `file` in chunks; `onProgress(sentBytes, totalBytes)` after each. Returns the core's file id. */
export async function uploadFile(
  file: File,
  onProgress: (sent: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ fileId: string; sizeBytes: number; sha256: string }> {
  const { fileId, chunkBytes } = await api.call('uploads.begin', { fileName: file.name, sizeBytes: file.size });
  const step = Math.min(chunkBytes > 0 ? chunkBytes : CHUNK_BYTES, MAX_CHUNK_BYTES);
  onProgress(0, file.size);
  for (let offset = 0; offset < file.size; offset += step) {
    if (signal?.aborted) throw new AbortedError();
    const buf = await readSlice(file.slice(offset, Math.min(file.size, offset + step)));
    await api.call('uploads.chunk', { fileId, offset, dataBase64: toBase64(buf) });
    onProgress(Math.min(file.size, offset + step), file.size);
  }
  if (signal?.aborted) throw new AbortedError();
  return api.call('uploads.finish', { fileId });
}

/**
 * Follows one dry-run or import job until it is no longer running. Progress comes from `job.progress` events;
 * `imports.job` is asked when `job.finished` arrives and every `pollMs` besides.
 */
export function followJob(jobId: string, onTick: (tick: JobTick) => void, opts: { pollMs?: number; signal?: AbortSignal } = {}): Promise<JobState> {
  const pollMs = opts.pollMs ?? 1500;
  return new Promise<JobState>((resolve, reject) => {
    let over = false;
    let asking = false;
    let again = false;
    const stop = () => {
      over = true;
      off();
      clearInterval(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const ask = async () => {
      if (over) return;
      if (asking) {
        again = true;
        return;
      }
      asking = true;
      try {
        const state = await api.call('imports.job', { jobId });
        if (over) return;
        if (state.status !== 'running') {
          stop();
          resolve(state);
          return;
        }
        if (state.total > 0 || state.done > 0) onTick({ done: state.done, total: state.total, phase: '' });
      } catch (err) {
        if (!over) {
          stop();
          reject(err);
        }
      } finally {
        asking = false;
        if (again && !over) {
          again = false;
          void ask();
        }
      }
    };
    const off = onAppEvent((e) => {
      if (over) return;
      if (e.type === 'job.progress' && e.jobId === jobId) onTick({ done: e.done, total: e.total, phase: e.phase });
      else if (e.type === 'job.finished' && e.jobId === jobId) void ask();
    });
    const onAbort = () => {
      if (over) return;
      stop();
      reject(new AbortedError());
    };
    opts.signal?.addEventListener('abort', onAbort);
    const timer = setInterval(() => void ask(), pollMs);
    void ask();
  });
}
