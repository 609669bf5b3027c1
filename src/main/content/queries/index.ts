/** The SQL of a card's posts, with typed rows (statement generics, no casts). Samples: src/main/samples/queries.ts. */
import type { Db } from '../../db/connection';
import type { PostDto } from '../../../shared/contract';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

export function cardDisclosure(db: Db, collaborationId: number): { id: number; disclosure: string } | undefined {
  return db.$client
    .prepare<[number], { id: number; disclosure: string }>(
      'SELECT co.id, ca.disclosure_text AS disclosure FROM collaborations co JOIN campaigns ca ON ca.id = co.campaign_id WHERE co.id = ?',
    )
    .get(collaborationId);
}

/** false when there is no such post. */
export function deletePost(db: Db, id: number): boolean {
  return db.$client.prepare<[number]>('DELETE FROM content_posts WHERE id = ?').run(id).changes > 0;
}

export type PostDbRow = Omit<PostDto, 'disclosurePresent' | 'disclosureOverride' | 'disclosure' | 'engagementRateBp' | 'frames' | 'media'> & {
  disclosurePresent: number;
  disclosureOverride: number | null;
};

export function postsOf(db: Db, collaborationId: number): PostDbRow[] {
  return db.$client
    .prepare<[number], PostDbRow>(
      `SELECT id, collaboration_id AS collaborationId, platform, kind, url, posted_at AS postedAt, caption,
              disclosure_present AS disclosurePresent, disclosure_override AS disclosureOverride, disclosure_note AS disclosureNote,
              reach, impressions, views, likes, comments, shares, saves, clicks,
              taps_forward AS tapsForward, taps_back AS tapsBack, replies, sticker_taps AS stickerTaps
       FROM content_posts WHERE collaboration_id = ? ORDER BY coalesce(posted_at, '9999'), id`,
    )
    .all(collaborationId);
}

/** The columns a post is written with: its stored row without the id. */
export type PostColumns = Omit<PostDbRow, 'id'>;

/** Updates a card's post; false when the card has no post with this id. */
export function updatePost(db: Db, id: number, v: PostColumns): boolean {
  return (
    db.$client
      .prepare<PostColumns & { id: number }>(
        `UPDATE content_posts SET platform = @platform, kind = @kind, url = @url, posted_at = @postedAt, caption = @caption,
           disclosure_present = @disclosurePresent, disclosure_override = @disclosureOverride, disclosure_note = @disclosureNote,
           reach = @reach, impressions = @impressions, views = @views, likes = @likes, comments = @comments, shares = @shares,
           saves = @saves, clicks = @clicks, taps_forward = @tapsForward, taps_back = @tapsBack, replies = @replies, sticker_taps = @stickerTaps, updated_at = ${NOW}
         WHERE id = @id AND collaboration_id = @collaborationId`,
      )
      .run({ ...v, id }).changes > 0
  );
}

export function insertPost(db: Db, v: PostColumns): number {
  return Number(
    db.$client
      .prepare<PostColumns>(
        `INSERT INTO content_posts (platform, kind, url, posted_at, caption, disclosure_present, disclosure_override, disclosure_note, reach,
           impressions, views, likes, comments, shares, saves, clicks, taps_forward, taps_back, replies, sticker_taps, collaboration_id)
         VALUES (@platform, @kind, @url, @postedAt, @caption, @disclosurePresent, @disclosureOverride, @disclosureNote, @reach,
           @impressions, @views, @likes, @comments, @shares, @saves, @clicks, @tapsForward, @tapsBack, @replies, @stickerTaps, @collaborationId)`,
      )
      .run(v).lastInsertRowid,
  );
}
