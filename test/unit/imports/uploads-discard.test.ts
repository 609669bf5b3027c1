/**
 * Privacy of uploads (issue 11): an upload the user abandons is deleted at once by `uploads.discard` — finished or
 * still arriving — and nothing outside `<data folder>/uploads/` can be named by it. An influencer sheet is deleted
 * once its import is done, like a shop export.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { call, callError, upload, type T } from '../redemptions/helpers';
import { discardUpload, uploadsDir } from '../../../src/main/imports/uploads';

let t: T;
beforeAll(async () => {
  t = await testCore('empty');
});
afterAll(async () => t.dispose());

const inUploads = () => (fs.existsSync(uploadsDir(t.dir)) ? fs.readdirSync(uploadsDir(t.dir)) : []);

describe('uploads.discard', () => {
  it('deletes a finished upload and its sidecar at once', async () => {
    const fileId = await upload(t, 'kunden.csv', Buffer.from('Name;E-Mail\nAnna Muster;anna@example.com\n'));
    expect(inUploads()).toEqual(expect.arrayContaining([fileId, `${fileId}.json`]));
    expect(await call(t, 'uploads.discard', { fileId })).toEqual({ removed: true });
    expect(inUploads().filter((n) => n.startsWith(fileId))).toEqual([]);
    expect(await call(t, 'uploads.discard', { fileId })).toEqual({ removed: false });
  });

  it('deletes an upload that is still arriving (the wizard was left during the upload)', async () => {
    const { fileId } = await call<{ fileId: string }>(t, 'uploads.begin', { fileName: 'gross.csv', sizeBytes: 100 });
    await call(t, 'uploads.chunk', { fileId, offset: 0, dataBase64: Buffer.from('a;b\n1;2\n').toString('base64') });
    expect(inUploads()).toContain(`${fileId}.part`);
    expect(await call(t, 'uploads.discard', { fileId })).toEqual({ removed: true });
    expect(inUploads().filter((n) => n.startsWith(fileId))).toEqual([]);
  });

  it('refuses anything that is not an upload id: no path outside uploads/ can be named', async () => {
    const db = path.join(t.dir, 'kollab.db');
    for (const fileId of ['../kollab.db', '..%2Fkollab.db', db, 'kollab.db', '../backups', '']) {
      expect((await callError(t, 'uploads.discard', { fileId })).code).toBe('INVALID_INPUT');
      expect(() => discardUpload(t.dir, fileId)).toThrow();
    }
    expect(fs.existsSync(db)).toBe(true);
  });

  it('an influencer sheet is deleted once its import is done', async () => {
    const fileId = await upload(t, 'creators.csv', Buffer.from('Name,Instagram,Follower\nMia Sonne,@mia.sonne,12000\n'));
    const preview = await call<{ mapping: Record<string, string | null> }>(t, 'influencers.import.preview', { fileId, locale: 'auto' });
    const res = await call<{ created: number }>(t, 'influencers.import.commit', { fileId, mapping: preview.mapping, locale: 'auto', duplicates: [], acceptHeld: false });
    expect(res.created).toBe(1);
    expect(inUploads().filter((n) => n.startsWith(fileId))).toEqual([]);
  });
});
