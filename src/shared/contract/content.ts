import { z } from 'zod';
import { method } from './define';
import { id, isoDate } from './common';
import { DELIVERABLE_KINDS, PLATFORMS } from '../domain';
import type { DeliverableKind, Platform } from '../domain';
import type { DisclosureRules, DisclosureVerdict } from '../disclosure';
import type { FileDownload } from './common';

export interface PostDto {
  id: number;
  collaborationId: number;
  platform: Platform;
  kind: DeliverableKind;
  url: string | null;
  postedAt: string | null;
  caption: string;
  /** What counts (board badge, KPIs): the manual override when set, else `disclosure.ok`. */
  disclosurePresent: boolean;
  /** The caption check with its reason (key + params), under today's rules. */
  disclosure: DisclosureVerdict;
  /** Set by hand; null = the check decides. */
  disclosureOverride: boolean | null;
  disclosureNote: string;
  reach: number;
  impressions: number;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  /** Link clicks (a story's link sticker included). */
  clicks: number;
  /** Story metrics (with frames: derived from them, see StoryFrameDto). */
  tapsForward: number;
  tapsBack: number;
  replies: number;
  stickerTaps: number;
  /** A story's metrics per frame, in order; empty = entered per story. */
  frames: StoryFrameDto[];
  /** Screenshots (story evidence), oldest first; removed ones are not listed. */
  media: PostMediaDto[];
  /** (likes + comments + shares + saves) / reach, basis points; null without reach. */
  engagementRateBp: number | null;
}

export const STORY_FRAME_METRICS = ['views', 'reach', 'tapsForward', 'tapsBack', 'linkClicks', 'replies', 'stickerTaps'] as const;
export type StoryFrameMetric = (typeof STORY_FRAME_METRICS)[number];
export type StoryFrameDto = Record<StoryFrameMetric, number>;

export interface PostMediaDto {
  id: number;
  postId: number;
  fileName: string;
  mime: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  /** The frame of a story it shows (0-based); null = the whole post. */
  frame: number | null;
  createdAt: string;
  /** The stored thumbnail (or, without one, the file itself) as a data: URL. */
  thumbDataUrl: string;
}

/** A post with its screenshots and figures for a printed report (src/main/content/media.ts evidenceOf). */
export interface EvidencePost {
  postId: number;
  collaborationId: number;
  campaignName: string;
  person: string;
  platform: Platform;
  kind: DeliverableKind;
  postedAt: string | null;
  url: string | null;
  caption: string;
  views: number;
  reach: number;
  impressions: number;
  clicks: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  tapsForward: number;
  tapsBack: number;
  replies: number;
  stickerTaps: number;
  /** A story's metrics per frame, in order; empty = entered per story. */
  frames: StoryFrameDto[];
  media: { id: number; fileName: string; width: number | null; height: number | null; frame: number | null; dataUrl: string }[];
}

/** Screenshots: PNG, JPEG or WebP, at most this many bytes each (the thumbnail at most MEDIA_THUMB_MAX_BYTES). */
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;
export const MEDIA_THUMB_MAX_BYTES = 512 * 1024;
export const MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

const count = z.number().int().min(0).max(10_000_000_000).default(0);

export const contentContract = {
  'posts.list': method<PostDto[]>()(z.object({ collaborationId: id }).strict(), 'Published content of one collaboration'),
  'posts.save': method<{ id: number; disclosurePresent: boolean }>()(
    z
      .object({
        id: id.optional(),
        collaborationId: id,
        platform: z.enum(PLATFORMS),
        kind: z.enum(DELIVERABLE_KINDS),
        url: z.string().url().nullable().optional(),
        postedAt: isoDate.nullable().optional(),
        caption: z.string().max(10_000).default(''),
        /** Omit to let the caption check decide (src/shared/disclosure.ts); set it to override, with a note why. */
        disclosurePresent: z.boolean().optional(),
        disclosureNote: z.string().trim().max(1000).optional(),
        reach: count,
        impressions: count,
        views: count,
        likes: count,
        comments: count,
        shares: count,
        saves: count,
        clicks: count,
        tapsForward: count,
        tapsBack: count,
        replies: count,
        stickerTaps: count,
        /** A story's metrics per frame; when given, the post's views, reach, clicks and story metrics are derived from them. */
        frames: z
          .array(z.object({ views: count, reach: count, tapsForward: count, tapsBack: count, linkClicks: count, replies: count, stickerTaps: count }).strict())
          .max(100)
          .default([]),
      })
      .strict()
      .refine((p) => p.frames.length === 0 || p.kind === 'story', { message: 'only a story has frames', path: ['frames'], params: { key: 'framesOnlyStory' } })
      .refine((p) => p.disclosurePresent === undefined || !!p.disclosureNote, {
        message: 'say why you override the disclosure check',
        path: ['disclosureNote'],
        params: { key: 'disclosureNoteRequired' },
      }),
    'Record (or change) a post and its numbers',
    { changes: ['collaborations'] },
  ),
  'posts.disclosureRules': method<Required<DisclosureRules>>()(
    z.object({ collaborationId: id }).strict(),
    "The rules a caption of this collaboration is checked by: the campaign's label, the audience (person's language) and the position",
  ),
  'posts.remove': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a post', { changes: ['collaborations'] }),
  'posts.addMedia': method<{ id: number }>()(
    z
      .object({
        postId: id,
        fileName: z.string().trim().min(1).max(300),
        // a little room over the limit, so a file just too large gets the core's keyed message (content.mediaTooLarge)
        dataBase64: z.string().min(1).max(Math.ceil((MEDIA_MAX_BYTES * 4) / 3) + 65_536, 'the screenshot is larger than 10 MB'),
        /** A smaller copy made once by the renderer (canvas); without it the file itself is shown. */
        thumbBase64: z.string().max(Math.ceil((MEDIA_THUMB_MAX_BYTES * 4) / 3) + 64).optional(),
        width: z.number().int().min(1).max(100_000).optional(),
        height: z.number().int().min(1).max(100_000).optional(),
        frame: z.number().int().min(0).max(99).nullable().optional(),
      })
      .strict(),
    'Attach a screenshot (PNG, JPEG or WebP, at most 10 MB) to a post, stored in the data folder',
    { changes: ['collaborations'] },
  ),
  'posts.removeMedia': method<{ id: number; postId: number }>()(z.object({ id }).strict(), 'Remove a screenshot (undo with posts.restoreMedia)', { changes: ['collaborations'] }),
  'posts.restoreMedia': method<{ id: number; postId: number }>()(z.object({ id }).strict(), 'Undo the removal of a screenshot', { changes: ['collaborations'] }),
  'posts.mediaFile': method<FileDownload>()(z.object({ id }).strict(), 'A screenshot in full size'),
  'posts.evidence': method<EvidencePost[]>()(
    z
      .object({ campaignId: id.optional(), postId: id.optional() })
      .strict()
      .refine((v) => (v.campaignId === undefined) !== (v.postId === undefined), { message: 'give either campaignId or postId', path: ['campaignId'] }),
    "The campaign's posts that have screenshots (campaignId), or one post (postId), with the images and figures, for a printed report",
  ),
};
