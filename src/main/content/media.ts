/**
 * Story evidence: screenshots attached to a post, stored in the data folder under
 * `<data>/attachments/posts/<post id>/<uuid>.<ext>` with the thumbnail the renderer made once beside it
 * (`<uuid>.thumb.<ext>`). Being under attachments/, they travel with the workspace zip (backups/transfer.ts);
 * erasing a person removes their posts' folders (influencers/privacy.ts → removePostFolders).
 * A removed screenshot is only marked (undo); its files go once the undo time is over (purgeRemovedMedia).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { Clock } from '../core/clock';
import { DomainError } from '../../shared/envelope';
import { MEDIA_MAX_BYTES, MEDIA_THUMB_MAX_BYTES, type EvidencePost, type FileDownload, type PostMediaDto, type StoryFrameDto } from '../../shared/contract';
import { ATTACHMENTS_DIR, sanitiseFileName } from '../collaborations/attachments';
import * as q from './queries/media';

/** How long a removed screenshot can be brought back (its files stay this long). */
export const MEDIA_UNDO_MS = 60 * 60 * 1000;
export const POSTS_MEDIA_DIR = 'posts';

type Ctx = { db: Db; dataDir: string; clock: Clock };

const EXT: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/** The image type by the file's first bytes (never by its name): PNG, JPEG or WebP; null for anything else. */
export function imageType(bytes: Buffer): 'image/png' | 'image/jpeg' | 'image/webp' | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

function postsRoot(dataDir: string): string {
  return path.resolve(dataDir, ATTACHMENTS_DIR, POSTS_MEDIA_DIR);
}

/** The folder of one post's screenshots. */
export function postFolder(dataDir: string, postId: number): string {
  return path.join(postsRoot(dataDir), String(Math.trunc(postId)));
}

/** Absolute path of a stored name (relative to attachments/); refuses anything outside posts/<id>/. */
function mediaPath(dataDir: string, storedName: string): string {
  const root = postsRoot(dataDir);
  const p = path.resolve(dataDir, ATTACHMENTS_DIR, storedName);
  if (!p.startsWith(root + path.sep)) throw new DomainError('INTERNAL', 'Screenshot path outside the data folder', { key: 'collaborations.attachmentOutside' });
  return p;
}

function decode(data: string, field: string): Buffer {
  const clean = data.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1)
    throw new DomainError('INVALID_INPUT', 'The file data is not valid base64', { field, key: 'collaborations.badBase64' });
  return Buffer.from(clean, 'base64');
}

function tooLarge(field: string, max: number): DomainError {
  return new DomainError('INVALID_INPUT', `The screenshot is larger than ${Math.round(max / 1024 / 1024)} MB`, { field, key: 'content.mediaTooLarge', params: { mb: Math.round(max / 1024 / 1024) } });
}

/** Checks the bytes of a screenshot (size and type) as the core and the renderer both do before storing. */
export function checkImage(bytes: Buffer, field: string, max = MEDIA_MAX_BYTES): 'image/png' | 'image/jpeg' | 'image/webp' {
  if (bytes.length === 0) throw new DomainError('INVALID_INPUT', 'the file is empty', { field, key: 'collaborations.fileEmpty' });
  if (bytes.length > max) throw tooLarge(field, max);
  const type = imageType(bytes);
  if (!type) throw new DomainError('INVALID_INPUT', 'Screenshots must be PNG, JPEG or WebP images', { field, key: 'content.mediaType' });
  return type;
}

export function addPostMedia(
  ctx: Ctx,
  input: { postId: number; fileName: string; dataBase64: string; thumbBase64?: string; width?: number; height?: number; frame?: number | null },
): { id: number } {
  const post = q.postOwner(ctx.db, input.postId);
  if (!post) throw new DomainError('NOT_FOUND', `Post ${input.postId} not found`, { field: 'postId', key: 'content.postNotFound', params: { id: input.postId } });
  const bytes = decode(input.dataBase64, 'dataBase64');
  const mime = checkImage(bytes, 'dataBase64');
  const thumb = input.thumbBase64 ? decode(input.thumbBase64, 'thumbBase64') : null;
  const thumbMime = thumb ? checkImage(thumb, 'thumbBase64', MEDIA_THUMB_MAX_BYTES) : null;
  purgeRemovedMedia(ctx);
  const uuid = randomUUID();
  const storedName = `${POSTS_MEDIA_DIR}/${post.id}/${uuid}.${EXT[mime]}`;
  const thumbName = thumb && thumbMime ? `${POSTS_MEDIA_DIR}/${post.id}/${uuid}.thumb.${EXT[thumbMime]}` : null;
  const file = mediaPath(ctx.dataDir, storedName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const written: string[] = [];
  try {
    fs.writeFileSync(file, bytes, { flag: 'wx' });
    written.push(file);
    if (thumb && thumbName) {
      const tf = mediaPath(ctx.dataDir, thumbName);
      fs.writeFileSync(tf, thumb, { flag: 'wx' });
      written.push(tf);
    }
    const fileName = sanitiseFileName(input.fileName);
    return {
      id: q.insertMedia(ctx.db, { postId: post.id, fileName, storedName, thumbName, mime, sizeBytes: bytes.length, width: input.width ?? null, height: input.height ?? null, frame: input.frame ?? null }),
    };
  } catch (err) {
    for (const f of written) fs.rmSync(f, { force: true });
    throw err;
  }
}

function mediaRow(db: Db, id: number): q.MediaRow {
  const row = q.media(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `Screenshot ${id} not found`, { field: 'id', key: 'content.mediaNotFound', params: { id } });
  return row;
}

/** Marks the screenshot removed (its files stay for the undo time). */
export function removePostMedia(ctx: Ctx, id: number): { id: number; postId: number } {
  const row = mediaRow(ctx.db, id);
  if (row.deletedAt === null) q.setMediaDeleted(ctx.db, id, ctx.clock.now().toISOString());
  purgeRemovedMedia(ctx);
  return { id, postId: row.postId };
}

export function restorePostMedia(ctx: Ctx, id: number): { id: number; postId: number } {
  const row = mediaRow(ctx.db, id);
  if (row.deletedAt !== null && !fs.existsSync(mediaPath(ctx.dataDir, row.storedName)))
    throw new DomainError('NOT_FOUND', 'This screenshot can no longer be brought back', { field: 'id', key: 'content.mediaGone' });
  q.setMediaDeleted(ctx.db, id, null);
  return { id, postId: row.postId };
}

/** Deletes rows and files of screenshots removed longer ago than the undo time. */
export function purgeRemovedMedia(ctx: Ctx): number {
  const before = new Date(ctx.clock.now().getTime() - MEDIA_UNDO_MS).toISOString();
  const rows = q.expiredMedia(ctx.db, before);
  for (const r of rows) {
    q.deleteMediaRow(ctx.db, r.id);
    for (const name of [r.storedName, r.thumbName]) if (name) fs.rmSync(mediaPath(ctx.dataDir, name), { force: true });
  }
  return rows.length;
}

function dataUrl(dataDir: string, storedName: string, mime: string): string {
  try {
    return `data:${mime};base64,${fs.readFileSync(mediaPath(dataDir, storedName)).toString('base64')}`;
  } catch {
    return '';
  }
}

function mimeOfName(name: string): string {
  return name.endsWith('.png') ? 'image/png' : name.endsWith('.webp') ? 'image/webp' : 'image/jpeg';
}

/** The screenshots of some posts, with their thumbnails as data: URLs, by post. */
export function mediaByPost(db: Db, dataDir: string, postIds: number[]): Map<number, PostMediaDto[]> {
  const out = new Map<number, PostMediaDto[]>();
  for (const r of q.mediaOfPosts(db, postIds)) {
    const thumb = r.thumbName ? dataUrl(dataDir, r.thumbName, mimeOfName(r.thumbName)) : dataUrl(dataDir, r.storedName, r.mime);
    const list = out.get(r.postId) ?? [];
    list.push({ id: r.id, postId: r.postId, fileName: r.fileName, mime: r.mime, sizeBytes: r.sizeBytes, width: r.width, height: r.height, frame: r.frame, createdAt: r.createdAt, thumbDataUrl: thumb });
    out.set(r.postId, list);
  }
  return out;
}

export function postMediaFile(db: Db, dataDir: string, id: number): FileDownload {
  const row = mediaRow(db, id);
  const file = mediaPath(dataDir, row.storedName);
  if (row.deletedAt !== null || !fs.existsSync(file)) throw new DomainError('NOT_FOUND', `The file ${row.fileName} is missing from the data folder`, { field: 'id', key: 'collaborations.fileMissing', params: { fileName: row.fileName } });
  return { fileName: row.fileName, mime: row.mime, dataBase64: fs.readFileSync(file).toString('base64') };
}

/**
 * A campaign's posts with screenshots, or one post (`postId`, for its own report), each image in full size (the
 * print page scales it down to the size it is printed at), with the story's frames.
 */
export function evidenceOf(db: Db, dataDir: string, by: { campaignId?: number; postId?: number }): EvidencePost[] {
  let posts: q.EvidenceRow[];
  if (by.postId !== undefined) {
    const one = q.evidencePost(db, by.postId);
    if (!one) throw new DomainError('NOT_FOUND', `Post ${by.postId} not found`, { field: 'postId', key: 'content.postNotFound', params: { id: by.postId } });
    posts = [one];
  } else posts = q.evidencePosts(db, by.campaignId ?? 0);
  const ids = posts.map((p) => p.postId);
  const media = q.mediaOfPosts(db, ids);
  const frames = new Map<number, StoryFrameDto[]>();
  for (const { postId, ...f } of q.framesOfPosts(db, ids)) frames.set(postId, [...(frames.get(postId) ?? []), f]);
  return posts.map((p) => ({
    ...p,
    frames: frames.get(p.postId) ?? [],
    media: media
      .filter((m) => m.postId === p.postId)
      .map((m) => ({ id: m.id, fileName: m.fileName, width: m.width, height: m.height, frame: m.frame, dataUrl: dataUrl(dataDir, m.storedName, m.mime) }))
      .filter((m) => m.dataUrl !== ''),
  }));
}

/** Removes the screenshot folders of these posts (erasure, a deleted post). */
export function removePostFolders(dataDir: string, postIds: number[]): void {
  for (const id of postIds) fs.rmSync(postFolder(dataDir, id), { recursive: true, force: true });
}

/** Removes screenshot folders whose post is gone (a campaign emptied from the trash, a card deleted for good). */
export function sweepPostFolders(db: Db, dataDir: string): number {
  let entries: string[];
  try {
    entries = fs.readdirSync(postsRoot(dataDir));
  } catch {
    return 0;
  }
  const live = q.allPostIds(db);
  let removed = 0;
  for (const name of entries) {
    if (!/^\d+$/.test(name) || live.has(Number(name))) continue;
    fs.rmSync(path.join(postsRoot(dataDir), name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
