/** The SQL of post screenshots (post_media) and story frames, with typed rows. */
import type { Db } from '../../db/connection';
import type { EvidencePost, StoryFrameDto } from '../../../shared/contract';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

export interface MediaRow {
  id: number;
  postId: number;
  fileName: string;
  storedName: string;
  thumbName: string | null;
  mime: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  frame: number | null;
  deletedAt: string | null;
  createdAt: string;
}

const MEDIA_COLUMNS = `m.id, m.post_id AS postId, m.file_name AS fileName, m.stored_name AS storedName, m.thumb_name AS thumbName, m.mime,
  m.size_bytes AS sizeBytes, m.width, m.height, m.frame, m.deleted_at AS deletedAt, m.created_at AS createdAt`;

/** The post and its card (null when there is no such post). */
export function postOwner(db: Db, postId: number): { id: number; collaborationId: number } | undefined {
  return db.$client.prepare<[number], { id: number; collaborationId: number }>('SELECT id, collaboration_id AS collaborationId FROM content_posts WHERE id = ?').get(postId);
}

export function insertMedia(db: Db, v: Omit<MediaRow, 'id' | 'deletedAt' | 'createdAt'>): number {
  return Number(
    db.$client
      .prepare<Omit<MediaRow, 'id' | 'deletedAt' | 'createdAt'>>(
        `INSERT INTO post_media (post_id, file_name, stored_name, thumb_name, mime, size_bytes, width, height, frame)
         VALUES (@postId, @fileName, @storedName, @thumbName, @mime, @sizeBytes, @width, @height, @frame)`,
      )
      .run(v).lastInsertRowid,
  );
}

export function media(db: Db, id: number): MediaRow | undefined {
  return db.$client.prepare<[number], MediaRow>(`SELECT ${MEDIA_COLUMNS} FROM post_media m WHERE m.id = ?`).get(id);
}

/** The screenshots of some posts that are not removed, oldest first. */
export function mediaOfPosts(db: Db, postIds: number[]): MediaRow[] {
  if (!postIds.length) return [];
  return db.$client
    .prepare<[string], MediaRow>(`SELECT ${MEDIA_COLUMNS} FROM post_media m WHERE m.post_id IN (SELECT value FROM json_each(?)) AND m.deleted_at IS NULL ORDER BY m.post_id, coalesce(m.frame, -1), m.id`)
    .all(JSON.stringify(postIds));
}

/** Marks a screenshot removed at `at` (an ISO instant of the core's clock), or back (null). */
export function setMediaDeleted(db: Db, id: number, at: string | null): boolean {
  return db.$client.prepare<[string | null, number]>(`UPDATE post_media SET deleted_at = ?, updated_at = ${NOW} WHERE id = ?`).run(at, id).changes > 0;
}

/** Removed screenshots whose undo time is over (removed before `before`, an ISO instant). */
export function expiredMedia(db: Db, before: string): MediaRow[] {
  return db.$client.prepare<[string], MediaRow>(`SELECT ${MEDIA_COLUMNS} FROM post_media m WHERE m.deleted_at IS NOT NULL AND m.deleted_at < ?`).all(before);
}

export function deleteMediaRow(db: Db, id: number): void {
  db.$client.prepare<[number]>('DELETE FROM post_media WHERE id = ?').run(id);
}

/** Ids of all posts (to find folders of posts that are gone). */
export function allPostIds(db: Db): Set<number> {
  return new Set(db.$client.prepare<[], number>('SELECT id FROM content_posts').pluck().all());
}

/** A post's row of a printed report: EvidencePost without its frames and screenshots (added by media.ts). */
export type EvidenceRow = Omit<EvidencePost, 'frames' | 'media'>;

const EVIDENCE_SELECT = `SELECT p.id AS postId, p.collaboration_id AS collaborationId, ca.name AS campaignName, i.name AS person, p.platform, p.kind,
       p.posted_at AS postedAt, p.url, p.caption, p.views, p.reach, p.impressions, p.clicks, p.likes, p.comments, p.shares, p.saves,
       p.taps_forward AS tapsForward, p.taps_back AS tapsBack, p.replies, p.sticker_taps AS stickerTaps
  FROM content_posts p JOIN collaborations co ON co.id = p.collaboration_id JOIN influencers i ON i.id = co.influencer_id
  JOIN campaigns ca ON ca.id = co.campaign_id`;

/** A campaign's posts with at least one screenshot (cards on the board), by posting day. */
export function evidencePosts(db: Db, campaignId: number): EvidenceRow[] {
  return db.$client
    .prepare<[number], EvidenceRow>(
      `${EVIDENCE_SELECT}
       WHERE co.campaign_id = ? AND co.removed_at IS NULL
         AND EXISTS (SELECT 1 FROM post_media m WHERE m.post_id = p.id AND m.deleted_at IS NULL)
       ORDER BY coalesce(p.posted_at, '9999'), i.name, p.id`,
    )
    .all(campaignId);
}

/** One post for its own report (with or without screenshots); undefined when there is no such post. */
export function evidencePost(db: Db, postId: number): EvidenceRow | undefined {
  return db.$client.prepare<[number], EvidenceRow>(`${EVIDENCE_SELECT} WHERE p.id = ?`).get(postId);
}

// ---- story frames -----------------------------------------------------------------------------------------

type FrameRow = StoryFrameDto & { postId: number };

export function framesOfPosts(db: Db, postIds: number[]): FrameRow[] {
  if (!postIds.length) return [];
  return db.$client
    .prepare<[string], FrameRow>(
      `SELECT post_id AS postId, views, reach, taps_forward AS tapsForward, taps_back AS tapsBack, link_clicks AS linkClicks, replies, sticker_taps AS stickerTaps
       FROM story_frames WHERE post_id IN (SELECT value FROM json_each(?)) ORDER BY post_id, position`,
    )
    .all(JSON.stringify(postIds));
}

/** Replaces a post's frames with `frames` (in order). */
export function replaceFrames(db: Db, postId: number, frames: StoryFrameDto[]): void {
  db.$client.prepare<[number]>('DELETE FROM story_frames WHERE post_id = ?').run(postId);
  const insert = db.$client.prepare<StoryFrameDto & { postId: number; position: number }>(
    `INSERT INTO story_frames (post_id, position, views, reach, taps_forward, taps_back, link_clicks, replies, sticker_taps)
     VALUES (@postId, @position, @views, @reach, @tapsForward, @tapsBack, @linkClicks, @replies, @stickerTaps)`,
  );
  frames.forEach((f, position) => insert.run({ ...f, postId, position }));
}
