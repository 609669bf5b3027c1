import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { openAttachment, sanitiseFileName } from '../../../src/main/collaborations/attachments';
import { call, callErr, campaign, influencer, type T } from './setup';

describe('file names', () => {
  it('never lets a name leave the folder or carry control characters', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('..\\..\\Windows\\win.ini')).toBe('win.ini');
    expect(sanitiseFileName('..')).toBe('file');
    expect(sanitiseFileName('/')).toBe('file');
    expect(sanitiseFileName('Vertrag\u0000\u001f Jörg.pdf')).toBe('Vertrag Jörg.pdf');
    expect(sanitiseFileName('a..b...pdf')).toBe('a.b.pdf');
    expect(sanitiseFileName('what?<is>:this|*".pdf')).toBe('what__is__this___.pdf');
    expect(sanitiseFileName(' .hidden. ')).toBe('hidden');
    const long = sanitiseFileName(`${'x'.repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

describe('attachments on a real database and data folder', () => {
  let t: T;
  let card: number;
  const folder = () => path.join(t.dir, 'attachments');
  beforeAll(async () => {
    t = await testCore('empty');
    const camp = await campaign(t);
    card = (await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [await influencer(t, 'Jörg Müller')] })).added[0];
  });
  afterAll(async () => t.dispose());

  it('copies the bytes into the attachments folder under a random name, and hands them back', async () => {
    const bytes = Buffer.from('%PDF-1.7 Vertrag mit Jörg\n');
    const { id } = await call(t, 'attachments.add', { collaborationId: card, kind: 'contract', fileName: 'Vertrag Jörg.pdf', dataBase64: bytes.toString('base64') });
    const row = t.core.db.$client.prepare('SELECT stored_name AS s, size_bytes AS n FROM attachments WHERE id = ?').get(id) as { s: string; n: number };
    expect(row.s).toMatch(/^[0-9a-f-]{36}-Vertrag Jörg\.pdf$/);
    expect(row.n).toBe(bytes.length);
    expect(fs.readFileSync(path.join(folder(), row.s))).toEqual(bytes);

    const detail = await call(t, 'collaborations.get', { id: card });
    expect(detail.attachments).toEqual([{ id, kind: 'contract', fileName: 'Vertrag Jörg.pdf', sizeBytes: bytes.length, createdAt: expect.any(String) }]);
    const dl = await call(t, 'attachments.download', { id });
    expect(dl).toEqual({ fileName: 'Vertrag Jörg.pdf', mime: 'application/pdf', dataBase64: bytes.toString('base64') });
  });

  it('keeps a hostile name inside the attachments folder', async () => {
    const { id } = await call(t, 'attachments.add', { collaborationId: card, fileName: '../../etc/passwd', dataBase64: Buffer.from('root:x:0:0').toString('base64') });
    const stored = t.core.db.$client.prepare('SELECT stored_name FROM attachments WHERE id = ?').pluck().get(id) as string;
    expect(stored).not.toMatch(/[/\\]|\.\./);
    const full = path.resolve(folder(), stored);
    expect(path.dirname(full)).toBe(path.resolve(folder()));
    expect(fs.existsSync(full)).toBe(true);
    expect(fs.existsSync(path.join(t.dir, 'etc'))).toBe(false);
    expect((await call(t, 'attachments.download', { id })).fileName).toBe('passwd');
  });

  it('refuses data that is not base64, and unknown cards', async () => {
    expect((await callErr(t, 'attachments.add', { collaborationId: card, fileName: 'a.txt', dataBase64: 'not base64 !!' })).field).toBe('dataBase64');
    expect((await callErr(t, 'attachments.add', { collaborationId: 999_999, fileName: 'a.txt', dataBase64: 'aGk=' })).code).toBe('NOT_FOUND');
  });

  it('removes the record and the file', async () => {
    const { id } = await call(t, 'attachments.add', { collaborationId: card, fileName: 'invoice.txt', dataBase64: Buffer.from('42 EUR').toString('base64') });
    const stored = t.core.db.$client.prepare('SELECT stored_name FROM attachments WHERE id = ?').pluck().get(id) as string;
    await call(t, 'attachments.remove', { id });
    expect(fs.existsSync(path.join(folder(), stored))).toBe(false);
    expect((await callErr(t, 'attachments.download', { id })).code).toBe('NOT_FOUND');
  });

  it('opens with the desktop shell only', async () => {
    const { id } = await call(t, 'attachments.add', { collaborationId: card, fileName: 'open.txt', dataBase64: Buffer.from('x').toString('base64') });
    const err = await callErr(t, 'attachments.open', { id });
    expect(err).toEqual({ code: 'UNSUPPORTED', message: 'Opening files needs the desktop app; download it instead', key: 'app.openNeedsDesktop' });
    const opened: string[] = [];
    const platform = { openPath: async (f: string) => (opened.push(f), true) };
    expect(await openAttachment({ db: t.core.db, dataDir: t.dir, platform }, id)).toEqual({ opened: true });
    expect(path.dirname(opened[0])).toBe(path.resolve(folder()));
    expect(opened[0].endsWith('-open.txt')).toBe(true);
  });
});
