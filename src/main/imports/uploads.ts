/**
 * Uploads into the data folder: a file arrives in chunks of at most 4 MiB (base64 in the call), appended in
 * order to `<dataDir>/uploads/<fileId>.part` and renamed to `<fileId>` once complete. A sidecar
 * `<fileId>.json` keeps the name, the announced size and, when finished, the SHA-256 — computed chunk by chunk
 * while the file arrives, so that finishing (and recognising a file imported before) costs no second read.
 * The same over IPC and HTTP; a 70 MB export never travels as one message.
 *
 * Privacy: exports hold customers' names and addresses. An upload is deleted when its import finished, when the
 * wizard abandons it (uploads.discard), after 24 hours at the latest (checked hourly and on every new upload),
 * and at start-up (an upload never outlives the process that received it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID, type Hash } from 'node:crypto';
import { DomainError } from '../../shared/envelope';

export const CHUNK_BYTES = 4 * 1024 * 1024;
export const UPLOAD_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface UploadMeta {
  fileId: string;
  fileName: string;
  sizeBytes: number;
  startedAt: string;
  sha256: string | null;
}

const ID_RE = /^[a-f0-9-]{36}$/;

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

function paths(dataDir: string, fileId: string) {
  if (!ID_RE.test(fileId)) throw new DomainError('INVALID_INPUT', 'unknown file', { field: 'fileId', key: 'imports.uploadUnknown' });
  const dir = uploadsDir(dataDir);
  return { part: path.join(dir, `${fileId}.part`), done: path.join(dir, fileId), meta: path.join(dir, `${fileId}.json`) };
}

function readMeta(file: string): UploadMeta | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as UploadMeta;
  } catch {
    return null;
  }
}

/** Removes uploads (finished or not) older than 24 hours. */
export function cleanOldUploads(dataDir: string, now = Date.now()): number {
  const dir = uploadsDir(dataDir);
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > UPLOAD_MAX_AGE_MS) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // already gone
    }
  }
  return removed;
}

/** Running SHA-256 of the bytes received so far, per upload (main process only; rebuilt from disk if lost). */
const hashing = new Map<string, { hash: Hash; bytes: number }>();

/** Removes every upload (start-up: nothing uploaded by an earlier run is still wanted). */
export function clearUploads(dataDir: string): number {
  hashing.clear();
  let names: string[];
  try {
    names = fs.readdirSync(uploadsDir(dataDir));
  } catch {
    return 0;
  }
  for (const name of names) fs.rmSync(path.join(uploadsDir(dataDir), name), { force: true, recursive: true });
  return names.length;
}

/** Deletes an upload and its sidecar; false when it was gone already. */
export function discardUpload(dataDir: string, fileId: string): boolean {
  const p = paths(dataDir, fileId);
  hashing.delete(fileId);
  let removed = false;
  for (const f of [p.part, p.done, p.meta]) {
    if (fs.existsSync(f)) {
      fs.rmSync(f, { force: true });
      removed = true;
    }
  }
  return removed;
}

export function beginUpload(dataDir: string, input: { fileName: string; sizeBytes: number }): { fileId: string; chunkBytes: number } {
  cleanOldUploads(dataDir);
  fs.mkdirSync(uploadsDir(dataDir), { recursive: true });
  const fileId = randomUUID();
  const p = paths(dataDir, fileId);
  const meta: UploadMeta = { fileId, fileName: path.basename(input.fileName), sizeBytes: input.sizeBytes, startedAt: new Date().toISOString(), sha256: null };
  fs.writeFileSync(p.part, new Uint8Array(0));
  fs.writeFileSync(p.meta, JSON.stringify(meta));
  hashing.set(fileId, { hash: createHash('sha256'), bytes: 0 });
  return { fileId, chunkBytes: CHUNK_BYTES };
}

function metaOrThrow(dataDir: string, fileId: string): UploadMeta {
  const meta = readMeta(paths(dataDir, fileId).meta);
  if (!meta) throw new DomainError('NOT_FOUND', 'This upload is unknown or expired; start the upload again.', { field: 'fileId', key: 'imports.uploadExpired' });
  return meta;
}

/** Appends one chunk; `offset` must be exactly the number of bytes received so far. */
export function appendChunk(dataDir: string, input: { fileId: string; offset: number; dataBase64: string }): { received: number } {
  const p = paths(dataDir, input.fileId);
  const meta = metaOrThrow(dataDir, input.fileId);
  if (meta.sha256 !== null || !fs.existsSync(p.part)) throw new DomainError('CONFLICT', 'This upload is already finished.', { field: 'fileId', key: 'imports.uploadFinished' });
  const have = fs.statSync(p.part).size;
  if (input.offset !== have) {
    throw new DomainError('INVALID_INPUT', `Chunks must arrive in order: expected offset ${have}, got ${input.offset}.`, {
      field: 'offset',
      details: { expected: have },
      key: 'imports.chunkOrder',
      params: { expected: have, got: input.offset },
    });
  }
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length === 0) throw new DomainError('INVALID_INPUT', 'The chunk is empty or not base64.', { field: 'dataBase64', key: 'imports.chunkEmpty' });
  if (bytes.length > CHUNK_BYTES) throw new DomainError('INVALID_INPUT', `A chunk may hold at most ${CHUNK_BYTES} bytes.`, { field: 'dataBase64', key: 'imports.chunkTooLarge', params: { max: CHUNK_BYTES } });
  if (have + bytes.length > meta.sizeBytes) {
    throw new DomainError('INVALID_INPUT', `The chunk goes past the announced size of ${meta.sizeBytes} bytes.`, { field: 'dataBase64', key: 'imports.chunkPastSize', params: { size: meta.sizeBytes } });
  }
  fs.appendFileSync(p.part, bytes);
  const h = hashing.get(input.fileId);
  if (h && h.bytes === have) {
    h.hash.update(bytes);
    h.bytes += bytes.length;
  } else hashing.delete(input.fileId); // lost track (restart): finishing hashes the file from disk
  return { received: have + bytes.length };
}

export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 })
      .on('data', (c) => hash.update(c))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

/** Checks the size, hashes the file (streaming) and makes it available under its id. */
export async function finishUpload(dataDir: string, fileId: string): Promise<{ fileId: string; sizeBytes: number; sha256: string }> {
  const p = paths(dataDir, fileId);
  const meta = metaOrThrow(dataDir, fileId);
  if (meta.sha256 !== null && fs.existsSync(p.done)) return { fileId, sizeBytes: meta.sizeBytes, sha256: meta.sha256 };
  if (!fs.existsSync(p.part)) throw new DomainError('NOT_FOUND', 'This upload is unknown or expired; start the upload again.', { field: 'fileId', key: 'imports.uploadExpired' });
  const size = fs.statSync(p.part).size;
  if (size !== meta.sizeBytes) {
    throw new DomainError('INVALID_INPUT', `The upload is incomplete: ${size} of ${meta.sizeBytes} bytes received.`, {
      field: 'fileId',
      details: { received: size, expected: meta.sizeBytes },
      key: 'imports.uploadIncomplete',
      params: { received: size, expected: meta.sizeBytes },
    });
  }
  const h = hashing.get(fileId);
  hashing.delete(fileId);
  const sha256 = h && h.bytes === size ? h.hash.digest('hex') : await sha256OfFile(p.part);
  fs.renameSync(p.part, p.done);
  fs.writeFileSync(p.meta, JSON.stringify({ ...meta, sha256 }));
  return { fileId, sizeBytes: size, sha256 };
}

/** A finished upload: its path and what was announced. */
export function finishedUpload(dataDir: string, fileId: string): UploadMeta & { file: string; sha256: string } {
  const p = paths(dataDir, fileId);
  const meta = metaOrThrow(dataDir, fileId);
  if (meta.sha256 === null || !fs.existsSync(p.done)) {
    throw new DomainError('CONFLICT', 'The upload of this file is not finished yet.', { field: 'fileId', key: 'imports.uploadNotFinished' });
  }
  return { ...meta, sha256: meta.sha256, file: p.done };
}
