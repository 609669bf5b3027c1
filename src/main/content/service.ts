import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import type { ParsedInputOf, PostDto, StoryFrameDto } from '../../shared/contract';
import { checkDisclosure } from '../../shared/disclosure';
import { disclosureCounts, disclosureRulesFor } from './disclosure';
import * as q from './queries';
import { framesOfPosts, replaceFrames } from './queries/media';
import { mediaByPost, removePostFolders } from './media';

/**
 * Does a caption carry a sufficient ad disclosure? Kept for callers that only need yes/no; the full verdict with
 * its reason is `checkDisclosure` (src/shared/disclosure.ts): label among the first words, no negation, no weak label.
 */
export function hasDisclosure(caption: string, campaignDisclosure = ''): boolean {
  return checkDisclosure(caption, { campaignLabel: campaignDisclosure }).ok;
}

function collaborationOf(db: Db, id: number): { id: number; disclosure: string } {
  const row = q.cardDisclosure(db, id);
  if (!row) throw new DomainError('NOT_FOUND', `Collaboration ${id} not found`, { field: 'collaborationId', key: 'collaborations.notFound', params: { id } });
  return row;
}

export function listPosts(db: Db, dataDir: string, collaborationId: number): PostDto[] {
  collaborationOf(db, collaborationId);
  const rules = disclosureRulesFor(db, collaborationId);
  const rows = q.postsOf(db, collaborationId);
  const ids = rows.map((p) => p.id);
  const media = mediaByPost(db, dataDir, ids);
  const frames = new Map<number, StoryFrameDto[]>();
  for (const { postId, ...f } of framesOfPosts(db, ids)) frames.set(postId, [...(frames.get(postId) ?? []), f]);
  return rows.map((p) => ({
    ...p,
    frames: frames.get(p.id) ?? [],
    media: media.get(p.id) ?? [],
    disclosurePresent: !!p.disclosurePresent,
    disclosureOverride: p.disclosureOverride == null ? null : !!p.disclosureOverride,
    disclosure: checkDisclosure(p.caption, rules),
    engagementRateBp: p.reach > 0 ? Math.round(((p.likes + p.comments + p.shares + p.saves) / p.reach) * 10_000) : null,
  }));
}

/**
 * A story's figures from its frames (src/main/insights/rules.ts "stories"): views, taps, link clicks, replies and
 * sticker taps add up over the frames; reach is the largest frame's (the same people watch several frames).
 */
export function storyTotals(frames: StoryFrameDto[]): { views: number; reach: number; clicks: number; tapsForward: number; tapsBack: number; replies: number; stickerTaps: number } {
  const sum = (k: keyof StoryFrameDto) => frames.reduce((n, f) => n + f[k], 0);
  return {
    views: sum('views'),
    reach: frames.reduce((m, f) => Math.max(m, f.reach), 0),
    clicks: sum('linkClicks'),
    tapsForward: sum('tapsForward'),
    tapsBack: sum('tapsBack'),
    replies: sum('replies'),
    stickerTaps: sum('stickerTaps'),
  };
}

export function savePost(db: Db, p: ParsedInputOf<'posts.save'>): { id: number; disclosurePresent: boolean } {
  collaborationOf(db, p.collaborationId);
  const story = p.frames.length ? storyTotals(p.frames) : null;
  const override = p.disclosurePresent ?? null;
  const disclosure = disclosureCounts(checkDisclosure(p.caption, disclosureRulesFor(db, p.collaborationId)), override);
  const values: q.PostColumns = {
    platform: p.platform,
    kind: p.kind,
    url: p.url ?? null,
    postedAt: p.postedAt ?? null,
    caption: p.caption,
    disclosurePresent: disclosure ? 1 : 0,
    disclosureOverride: override === null ? null : override ? 1 : 0,
    disclosureNote: override === null ? '' : (p.disclosureNote ?? ''),
    reach: p.reach,
    impressions: p.impressions,
    views: p.views,
    likes: p.likes,
    comments: p.comments,
    shares: p.shares,
    saves: p.saves,
    clicks: p.clicks,
    tapsForward: p.tapsForward,
    tapsBack: p.tapsBack,
    replies: p.replies,
    stickerTaps: p.stickerTaps,
    ...story,
    collaborationId: p.collaborationId,
  };
  let id: number;
  if (p.id !== undefined) {
    if (!q.updatePost(db, p.id, values)) throw new DomainError('NOT_FOUND', `Post ${p.id} not found`, { field: 'id', key: 'content.postNotFound', params: { id: p.id } });
    id = p.id;
  } else id = q.insertPost(db, values);
  replaceFrames(db, id, p.frames);
  return { id, disclosurePresent: disclosure };
}

/** Deletes a post, then its screenshots' folder. */
export function removePost(db: Db, dataDir: string, id: number): { id: number } {
  if (!q.deletePost(db, id)) throw new DomainError('NOT_FOUND', `Post ${id} not found`, { field: 'id', key: 'content.postNotFound', params: { id } });
  removePostFolders(dataDir, [id]);
  return { id };
}
