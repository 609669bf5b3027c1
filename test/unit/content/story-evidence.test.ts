import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { writeWorkspaceExport } from '../../../src/main/backups/transfer';
import { campaign, call, callErr, influencer, type T } from '../collaborations/setup';

/** A real 4×4 PNG and a JPEG header: what a screenshot looks like to the type check. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4IRcFRwzEcQAPMhQBlbcBGQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
const b64 = (b: Buffer) => b.toString('base64');

/** Every file below the data folder's attachments/posts, relative. */
function postFiles(dir: string): string[] {
  const root = path.join(dir, 'attachments', 'posts');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('story evidence on a real core', () => {
  let t: T;
  let campaignId: number;
  let card: number;
  let personId: number;
  beforeAll(async () => {
    t = await testCore('empty');
    campaignId = (await campaign(t, 'Herbst Stories')).id;
    personId = await influencer(t, 'Mara Quendt');
    card = (await call(t, 'collaborations.add', { campaignId, influencerIds: [personId] })).added[0];
  });
  afterAll(async () => t.dispose());

  const story = (over: Record<string, unknown> = {}) => call(t, 'posts.save', { collaborationId: card, platform: 'instagram', kind: 'story', postedAt: '2026-11-20', caption: '#werbung Herbst', ...over });

  it('derives a story’s figures from its frames: sums, and reach as the largest frame’s', async () => {
    const { id } = await story({
      frames: [
        { views: 1200, reach: 1000, tapsForward: 300, tapsBack: 20, linkClicks: 40, replies: 3, stickerTaps: 11 },
        { views: 900, reach: 850, tapsForward: 200, tapsBack: 10, linkClicks: 25, replies: 1, stickerTaps: 0 },
      ],
    });
    const [p] = await call(t, 'posts.list', { collaborationId: card });
    expect(p).toMatchObject({ id, views: 2100, reach: 1000, clicks: 65, tapsForward: 500, tapsBack: 30, replies: 4, stickerTaps: 11 });
    expect(p.frames).toHaveLength(2);
    expect(p.frames[1]).toEqual({ views: 900, reach: 850, tapsForward: 200, tapsBack: 10, linkClicks: 25, replies: 1, stickerTaps: 0 });

    // per story (no frames): the numbers as typed; saving without frames drops the old frames
    await story({ id, views: 5000, reach: 4200, clicks: 80, tapsForward: 900, tapsBack: 40, replies: 6, stickerTaps: 14 });
    const [q] = await call(t, 'posts.list', { collaborationId: card });
    expect(q).toMatchObject({ views: 5000, reach: 4200, clicks: 80, tapsForward: 900, replies: 6, stickerTaps: 14, frames: [] });
    expect((await callErr(t, 'posts.save', { collaborationId: card, platform: 'instagram', kind: 'reel', frames: [{ views: 1 }] as never })).code).toBe('INVALID_INPUT');
  });

  it('story link clicks and reach feed the campaign’s KPIs', async () => {
    const k = await call(t, 'kpis.campaign', { campaignId });
    expect(k.totals.clicks).toBe(80);
    expect(k.totals.reach).toBe(4200);
  });

  it('stores a screenshot and its thumbnail in the post’s folder, lists the thumbnail, refuses other types and sizes with a key', async () => {
    const [post] = await call(t, 'posts.list', { collaborationId: card });
    const { id } = await call(t, 'posts.addMedia', { postId: post.id, fileName: '../Story 1.png', dataBase64: b64(PNG), thumbBase64: b64(JPEG), width: 1080, height: 1920, frame: 0 });
    const files = postFiles(t.dir);
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(new RegExp(`^${post.id}/[0-9a-f-]{36}\\.png$`));
    expect(files[1]).toMatch(new RegExp(`^${post.id}/[0-9a-f-]{36}\\.thumb\\.jpg$`));
    expect(fs.readFileSync(path.join(t.dir, 'attachments', 'posts', files[0]))).toEqual(PNG);

    const [listed] = await call(t, 'posts.list', { collaborationId: card });
    expect(listed.media).toEqual([
      { id, postId: post.id, fileName: 'Story 1.png', mime: 'image/png', sizeBytes: PNG.length, width: 1080, height: 1920, frame: 0, createdAt: expect.any(String), thumbDataUrl: `data:image/jpeg;base64,${b64(JPEG)}` },
    ]);
    expect(await call(t, 'posts.mediaFile', { id })).toEqual({ fileName: 'Story 1.png', mime: 'image/png', dataBase64: b64(PNG) });

    const pdf = await callErr(t, 'posts.addMedia', { postId: post.id, fileName: 'x.png', dataBase64: b64(Buffer.from('%PDF-1.7 not an image')) });
    expect(pdf).toMatchObject({ code: 'INVALID_INPUT', key: 'content.mediaType' });
    const big = await callErr(t, 'posts.addMedia', { postId: post.id, fileName: 'big.png', dataBase64: b64(Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)])) });
    expect(big).toMatchObject({ code: 'INVALID_INPUT', key: 'content.mediaTooLarge', params: { mb: 10 } });
    expect(postFiles(t.dir)).toHaveLength(2);
  });

  it('removes a screenshot with undo: the files stay for the undo time, come back on restore, go after it', async () => {
    const [post] = await call(t, 'posts.list', { collaborationId: card });
    const id = post.media[0].id;
    await call(t, 'posts.removeMedia', { id });
    expect((await call(t, 'posts.list', { collaborationId: card }))[0].media).toEqual([]);
    expect(postFiles(t.dir)).toHaveLength(2);
    await call(t, 'posts.restoreMedia', { id });
    expect((await call(t, 'posts.list', { collaborationId: card }))[0].media.map((m) => m.id)).toEqual([id]);

    // a second screenshot removed two hours ago (past the undo time) is purged by the next removal
    const second = await call(t, 'posts.addMedia', { postId: post.id, fileName: 'Story 2.jpg', dataBase64: b64(JPEG) });
    expect(postFiles(t.dir)).toHaveLength(3);
    t.core.db.$client.prepare("UPDATE post_media SET deleted_at = '2000-01-01T00:00:00.000Z' WHERE id = ?").run(second.id);
    await call(t, 'posts.removeMedia', { id });
    await call(t, 'posts.restoreMedia', { id });
    expect(postFiles(t.dir)).toHaveLength(2);
    expect((await callErr(t, 'posts.restoreMedia', { id: second.id })).key).toBe('content.mediaNotFound');
  });

  it('gives the report the campaign’s posts with their screenshots in full size', async () => {
    const ev = await call(t, 'posts.evidence', { campaignId });
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ person: 'Mara Quendt', kind: 'story', postedAt: '2026-11-20', clicks: 80 });
    expect(ev[0].media.map((m) => m.dataUrl)).toEqual([`data:image/png;base64,${b64(PNG)}`]);
  });

  it('gives one post’s report its figures, frames and screenshots (postId), also without screenshots; an unknown post is NOT_FOUND', async () => {
    const [withShots] = await call(t, 'posts.evidence', { campaignId });
    const [one] = await call(t, 'posts.evidence', { postId: withShots!.postId });
    expect(one).toMatchObject({ postId: withShots!.postId, campaignName: 'Herbst Stories', person: 'Mara Quendt', caption: '#werbung Herbst', views: 5000, tapsForward: 900, stickerTaps: 14, frames: [] });
    expect(one!.media).toHaveLength(1);
    const { id: bare } = await story({ frames: [{ views: 10, reach: 9, tapsForward: 1, tapsBack: 0, linkClicks: 2, replies: 0, stickerTaps: 0 }] });
    const [plain] = await call(t, 'posts.evidence', { postId: bare });
    expect(plain).toMatchObject({ postId: bare, views: 10, clicks: 2, media: [] });
    expect(plain!.frames).toEqual([{ views: 10, reach: 9, tapsForward: 1, tapsBack: 0, linkClicks: 2, replies: 0, stickerTaps: 0 }]);
    expect((await callErr(t, 'posts.evidence', { postId: 999_999 })).code).toBe('NOT_FOUND');
    expect((await callErr(t, 'posts.evidence', { campaignId, postId: bare })).code).toBe('INVALID_INPUT');
    await call(t, 'posts.remove', { id: bare });
  });

  it('puts the screenshots into the workspace zip', async () => {
    const out = writeWorkspaceExport({ db: t.core.db, dataDir: t.dir, appVersion: '9.9.9', now: new Date('2026-11-21T10:00:00Z') });
    const entries = unzipSync(fs.readFileSync(path.join(t.dir, 'transfers', out.fileName)));
    const shots = Object.keys(entries).filter((n) => n.startsWith('attachments/posts/'));
    expect(shots.map((n) => n.replace('attachments/posts/', '')).sort()).toEqual(postFiles(t.dir));
    const png = shots.find((n) => n.endsWith('.png') && !n.includes('.thumb.'))!;
    expect(Buffer.from(entries[png]!)).toEqual(PNG);
  });

  it('erasing the person removes their screenshots from the data folder; deleting a post removes its folder', async () => {
    const other = await influencer(t, 'Ole Brandt');
    const otherCard = (await call(t, 'collaborations.add', { campaignId, influencerIds: [other] })).added[0];
    const { id: otherPost } = await call(t, 'posts.save', { collaborationId: otherCard, platform: 'instagram', kind: 'story' });
    await call(t, 'posts.addMedia', { postId: otherPost, fileName: 'ole.png', dataBase64: b64(PNG) });
    const [mara] = await call(t, 'posts.list', { collaborationId: card });
    // a removed one waiting for its undo goes too
    const waiting = await call(t, 'posts.addMedia', { postId: mara.id, fileName: 'waiting.png', dataBase64: b64(PNG) });
    await call(t, 'posts.removeMedia', { id: waiting.id });
    expect(postFiles(t.dir).filter((f) => f.startsWith(`${mara.id}/`))).toHaveLength(3);

    await call(t, 'influencers.erase', { id: personId, confirmName: 'Mara Quendt' });
    expect(postFiles(t.dir).filter((f) => f.startsWith(`${mara.id}/`))).toEqual([]);
    expect(fs.existsSync(path.join(t.dir, 'attachments', 'posts', String(mara.id)))).toBe(false);
    expect(postFiles(t.dir)).toHaveLength(1);

    await call(t, 'posts.remove', { id: otherPost });
    expect(postFiles(t.dir)).toEqual([]);
  });
});
