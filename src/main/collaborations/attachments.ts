import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { Core } from '../core/context';
import type { FileDownload } from '../../shared/contract';
import { DomainError } from '../../shared/envelope';
import { collabRow } from './service';
import * as q from './queries';

export const ATTACHMENTS_DIR = 'attachments';
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
const MAX_NAME = 120;

/**
 * A file name that is safe to use inside the attachments folder, whatever was sent: only the last path
 * segment (both / and \ separate), no control characters, no characters Windows forbids, no `..`, no
 * leading or trailing dots and spaces, at most 120 characters (the extension kept). Never empty.
 */
export function sanitiseFileName(name: string): string {
  const last =
    name
      .normalize('NFC')
      .split(/[/\\]/)
      .filter((s) => s.trim() !== '')
      .pop() ?? '';
  let safe = last
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (safe.length > MAX_NAME) {
    const ext = path.extname(safe).slice(0, 20);
    safe = safe.slice(0, MAX_NAME - ext.length) + ext;
  }
  return safe || 'file';
}

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.zip': 'application/zip',
};

export function mimeOf(fileName: string): string {
  return MIME[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, ATTACHMENTS_DIR);
}

/** Absolute path of a stored file; refuses anything that would leave the attachments folder. */
export function storedPath(dataDir: string, storedName: string): string {
  const dir = path.resolve(attachmentsDir(dataDir));
  const p = path.resolve(dir, path.basename(storedName));
  if (path.dirname(p) !== dir) throw new DomainError('INTERNAL', 'Attachment path outside the data folder', { key: 'collaborations.attachmentOutside' });
  return p;
}

function decodeBase64(data: string): Buffer {
  const clean = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(clean) || clean.length % 4 === 1)
    throw new DomainError('INVALID_INPUT', 'The file data is not valid base64', { field: 'dataBase64', key: 'collaborations.badBase64' });
  return Buffer.from(clean, clean.includes('-') || clean.includes('_') ? 'base64url' : 'base64');
}

/** Copies the bytes into <dataDir>/attachments/<uuid>-<sanitised name> and records them on the card. */
export function addAttachment(
  db: Db,
  dataDir: string,
  input: { collaborationId: number; kind: string; fileName: string; dataBase64: string },
): { id: number } {
  const c = collabRow(db, input.collaborationId, 'collaborationId');
  const bytes = decodeBase64(input.dataBase64);
  if (bytes.length === 0) throw new DomainError('INVALID_INPUT', 'the file is empty', { field: 'dataBase64', key: 'collaborations.fileEmpty' });
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new DomainError('INVALID_INPUT', 'the file is larger than 50 MB', { field: 'dataBase64', key: 'collaborations.fileTooLarge', params: { mb: 50 } });
  const fileName = sanitiseFileName(input.fileName);
  const storedName = `${randomUUID()}-${fileName}`;
  const file = storedPath(dataDir, storedName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes, { flag: 'wx' });
  try {
    return { id: q.insertAttachment(db, { collaborationId: c.id, kind: input.kind, fileName, storedName, sizeBytes: bytes.length }) };
  } catch (err) {
    fs.rmSync(file, { force: true });
    throw err;
  }
}

function attachmentRow(db: Db, id: number): q.AttachmentRow {
  const row = q.attachment(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `Attachment ${id} not found`, { field: 'id', key: 'collaborations.attachmentNotFound', params: { id } });
  return row;
}

function existingFile(dataDir: string, row: q.AttachmentRow): string {
  const file = storedPath(dataDir, row.storedName);
  if (!fs.existsSync(file)) throw new DomainError('NOT_FOUND', `The file ${row.fileName} is missing from the data folder`, {
      field: 'id',
      key: 'collaborations.fileMissing',
      params: { fileName: row.fileName },
    });
  return file;
}

/** Deletes the record, then the file (a file already gone is fine). */
export function removeAttachment(db: Db, dataDir: string, id: number): { id: number } {
  const row = attachmentRow(db, id);
  q.deleteAttachment(db, id);
  fs.rmSync(storedPath(dataDir, row.storedName), { force: true });
  return { id };
}

export function downloadAttachment(db: Db, dataDir: string, id: number): FileDownload {
  const row = attachmentRow(db, id);
  const bytes = fs.readFileSync(existingFile(dataDir, row));
  return { fileName: row.fileName, mime: mimeOf(row.fileName), dataBase64: bytes.toString('base64') };
}

/** Opens the file with the system viewer; only the desktop shell can. */
export async function openAttachment(core: Pick<Core, 'db' | 'dataDir' | 'platform'>, id: number): Promise<{ opened: boolean }> {
  const row = attachmentRow(core.db, id);
  if (!core.platform) throw new DomainError('UNSUPPORTED', 'Opening files needs the desktop app; download it instead', { key: 'app.openNeedsDesktop' });
  const file = existingFile(core.dataDir, row);
  return { opened: await core.platform.openPath(file) };
}
