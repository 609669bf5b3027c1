import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { testCore } from '../../helpers/core';
import { appToday } from '../../../src/main/core/today';
import { readSpreadsheet } from '../../../src/main/influencers/directory/spreadsheet';
import { guessMapping } from '../../../src/main/influencers/directory/columns';
import type { ImportPreview, InfluencerDetail, InfluencerRow } from '../../../src/shared/contract';

type T = Awaited<ReturnType<typeof testCore>>;
let t: T;
const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'test/fixtures/influencers', name));
const ok = async <V>(method: string, input: unknown): Promise<V> => {
  const r = await t.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as V;
};
const list = (input: Record<string, unknown> = {}) => ok<{ total: number; rows: InfluencerRow[] }>('influencers.list', { limit: 20_000, ...input });

beforeAll(async () => {
  t = await testCore('demo');
});
afterAll(async () => t.dispose());

describe('directory list on the demo workspace', () => {
  it('searches name, handle, tags and notes with FTS, diacritics folded, prefixes allowed', async () => {
    const byName = await list({ search: 'götz' });
    expect(byName.rows.map((r) => r.name)).toContain('Emma Götz');
    const folded = await list({ search: 'gotz' });
    expect(folded.rows.map((r) => r.name)).toContain('Emma Götz');
    const handle = byName.rows[0].handle!;
    const byHandle = await list({ search: handle.slice(0, 5) });
    expect(byHandle.rows.some((r) => r.handle === handle)).toBe(true);
    expect((await list({ search: 'zzzqqq' })).total).toBe(0);
  });

  it('filters by platform, tier, country, ER range, campaign membership and authenticity', async () => {
    const all = await list();
    expect(all.total).toBe(40);
    const insta = await list({ platform: 'instagram' });
    expect(insta.total).toBeGreaterThan(0);
    expect(insta.total).toBeLessThan(40);
    const micro = await list({ tier: 'micro' });
    expect(micro.rows.every((r) => r.tier === 'micro')).toBe(true);
    const at = await list({ country: 'AT' });
    expect(at.rows.every((r) => r.country === 'AT')).toBe(true);
    const er = await list({ erMinBp: 400, erMaxBp: 800 });
    expect(er.rows.length).toBeGreaterThan(0);
    expect(er.rows.every((r) => r.engagementRateBp! >= 400 && r.engagementRateBp! <= 800)).toBe(true);
    const campaign = (await ok<{ id: number }[]>('campaigns.list', {}))[0];
    const inIt = await list({ campaignId: campaign.id });
    const notInIt = await list({ notInCampaignId: campaign.id });
    expect(inIt.total + notInIt.total).toBe(40);
    expect(inIt.rows.every((r) => r.campaignCount >= 1)).toBe(true);
    const suspicious = await list({ authVerdict: 'suspicious' });
    expect(suspicious.total).toBeGreaterThanOrEqual(2); // the demo's fake-follower accounts
    expect(suspicious.rows.every((r) => r.authVerdict === 'suspicious')).toBe(true);
  });

  it('sorts on any column, both ways', async () => {
    const asc = await list({ sort: 'followers', dir: 'asc' });
    const followers = asc.rows.map((r) => r.followers);
    expect(followers).toEqual([...followers].sort((a, b) => a - b));
    const desc = await list({ sort: 'engagementRate', dir: 'desc' });
    const ers = desc.rows.map((r) => r.engagementRateBp ?? -1);
    expect(ers).toEqual([...ers].sort((a, b) => b - a));
  });

  it('scores and sorts by fit for a campaign target audience', async () => {
    const created = await ok<{ id: number }>('campaigns.create', {
      name: 'Vegan DE', goal: 'sales', targetAudience: { countries: ['DE'], niches: ['vegan', 'fitness'], gender: 'any' },
    });
    const fit = await list({ fitCampaignId: created.id, sort: 'fit', dir: 'desc' });
    const scores = fit.rows.map((r) => r.fitScore!);
    expect(scores.every((s) => s >= 0 && s <= 100)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(fit.rows[0].niches.some((n) => n === 'vegan' || n === 'fitness')).toBe(true);
    // each score comes with its reasons (the directory shows them), and they add up to it
    for (const r of fit.rows.slice(0, 5)) {
      const reasons = r.fitReasons!;
      expect(reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['niche_overlap']));
      const points = reasons.reduce((s, x) => s + Number(x.params.points), 0);
      const max = reasons.reduce((s, x) => s + Number(x.params.maxPoints), 0);
      expect(Math.abs(Math.round((points / max) * 100) - r.fitScore!)).toBeLessThanOrEqual(1);
    }
    expect((await list({})).rows[0].fitReasons).toBeNull();
  });
});

describe('profile numbers', () => {
  it('adds dated snapshots, updates the current numbers and re-runs the authenticity check', async () => {
    const { id } = await ok<{ id: number }>('influencers.create', {
      name: 'Testa Jump',
      country: 'DE',
      channels: [{ platform: 'tiktok', handle: 'testa.jump', followers: 10_000, avgLikes: 400, avgComments: 20, avgShares: 10 }],
    });
    const before = await ok<InfluencerDetail>('influencers.get', { id });
    const channelId = before.channels[0].id;
    await ok('influencers.snapshots.add', { channelId, takenOn: '2026-09-01', followers: 10_000, avgLikes: 400, avgComments: 20, avgShares: 10 });
    await ok('influencers.snapshots.add', { channelId, takenOn: '2026-10-01', followers: 40_000, avgLikes: 410, avgComments: 20, avgShares: 10 });
    const after = await ok<InfluencerDetail>('influencers.get', { id });
    expect(after.channels[0].followers).toBe(40_000);
    expect(after.channels[0].snapshots.map((s) => s.takenOn)).toEqual(['2026-09-01', '2026-10-01']);
    expect(after.channels[0].authReasons.map((r) => r.code)).toContain('follower_jump');
    expect(after.authVerdict).not.toBe('ok');
    // editing the profile keeps the channel and its history
    await ok('influencers.update', { id, notes: 'checked', channels: [{ platform: 'tiktok', handle: 'Testa.Jump', followers: 40_000, avgLikes: 410 }] });
    expect((await ok<InfluencerDetail>('influencers.get', { id })).channels[0].snapshots).toHaveLength(2);
  });
});

describe('spreadsheet import', () => {
  let preview: ImportPreview;
  it('previews the German sample: guessed mapping, the bad row and the duplicates', async () => {
    preview = await ok<ImportPreview>('influencers.import.preview', { fileName: 'influencers-de.csv', dataBase64: fixture('influencers-de.csv').toString('base64') });
    expect(preview.format).toBe('csv');
    expect(preview.encoding).toBe('utf-8-bom');
    expect(preview.delimiter).toBe(';');
    expect(preview.mappingSource).toBe('guessed');
    expect(preview.mapping).toMatchObject({ Name: 'name', Instagram: 'instagram', Follower: 'followers', 'E-Mail': 'email', Land: 'country' });
    expect(preview.held).toBeGreaterThanOrEqual(1);
    expect(preview.problems.some((p) => p.severity === 'error' && p.code === 'not_a_number')).toBe(true);
    expect(preview.duplicates.length).toBeGreaterThanOrEqual(2);
    // the preview wrote nothing
    expect((await list()).total).toBe(41);
  });

  it('imports in one transaction: new rows created, duplicates merged or skipped, the bad row kept as a reject', async () => {
    const before = (await list()).total;
    const [mergeDup, ...rest] = preview.duplicates;
    const res = await ok<{ batchId: number; created: number; merged: number; skipped: number; rejected: number }>('influencers.import.commit', {
      fileName: 'influencers-de.csv',
      dataBase64: fixture('influencers-de.csv').toString('base64'),
      mapping: preview.mapping,
      duplicates: [{ row: mergeDup.row, action: 'merge' }, ...rest.map((d) => ({ row: d.row, action: 'skip' as const }))],
    });
    expect(res.created).toBe(preview.ready);
    expect(res.merged).toBe(1);
    expect(res.skipped).toBe(preview.duplicates.length - 1);
    expect(res.rejected).toBe(preview.held);
    expect((await list()).total).toBe(before + res.created);
    const rejects = t.core.db.$client.prepare('SELECT row_number, reason FROM import_rejects WHERE batch_id = ?').all(res.batchId) as { reason: string }[];
    expect(rejects).toHaveLength(preview.held);
    expect(rejects[0].reason).toMatch(/not a number/i);
    // numbers read right: "135,7k" → 135,700 followers
    const elias = (await list({ search: 'Elias Schäfer' })).rows[0];
    expect(elias.followers).toBe(135_700);
    expect(elias.country).toBe('DE');
    // the sheet's numbers start the growth history as a dated snapshot
    const profile = await ok<InfluencerDetail>('influencers.get', { id: elias.id });
    expect(profile.channels[0].snapshots).toEqual([expect.objectContaining({ followers: 135_700, source: 'import', takenOn: appToday(t.core) })]);
    // the mapping is remembered for the next file with these headers
    const again = await ok<ImportPreview>('influencers.import.preview', { fileName: 'x.csv', dataBase64: fixture('influencers-de.csv').toString('base64') });
    expect(again.mappingSource).toBe('remembered');
    // importing the same file again doubles nobody: everything is now a duplicate
    expect(again.ready).toBe(0);
  });

  it('reads a sheet sent through the chunked upload (uploads.*) by its file id, like the app sends it', async () => {
    const bytes = fixture('influencers-de.csv');
    const { fileId } = await ok<{ fileId: string }>('uploads.begin', { fileName: 'influencers-de.csv', sizeBytes: bytes.length });
    await ok('uploads.chunk', { fileId, offset: 0, dataBase64: bytes.toString('base64') });
    await ok('uploads.finish', { fileId });
    const byId = await ok<ImportPreview>('influencers.import.preview', { fileId });
    const inline = await ok<ImportPreview>('influencers.import.preview', { fileName: 'influencers-de.csv', dataBase64: bytes.toString('base64') });
    expect(byId).toEqual(inline);
    // one way of sending the file per call
    const both = await t.dispatch('influencers.import.preview', { fileId, fileName: 'x.csv', dataBase64: bytes.toString('base64') });
    expect(!both.ok && both.error.code).toBe('INVALID_INPUT');
    const none = await t.dispatch('influencers.import.preview', {});
    expect(!none.ok && none.error.field).toBe('fileId');
  });

  it('refuses a binary or empty file with a clear message and writes nothing', async () => {
    const before = (await list()).total;
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
    const r = await t.dispatch('influencers.import.preview', { fileName: 'photo.csv', dataBase64: png.toString('base64') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.field).toBe('dataBase64');
    }
    const empty = await t.dispatch('influencers.import.commit', { fileName: 'e.csv', dataBase64: '', mapping: {} });
    expect(!empty.ok && empty.error.field).toBe('dataBase64');
    expect((await list()).total).toBe(before);
  });
});

describe('export, privacy and saved filters', () => {
  it('exports the filtered directory as CSV and XLSX that read back', async () => {
    const csv = await ok<{ fileName: string; dataBase64: string }>('influencers.export', { format: 'csv', filter: { country: 'AT' }, language: 'de' });
    expect(csv.fileName).toMatch(/\.csv$/);
    const sheet = await readSpreadsheet(csv.fileName, Buffer.from(csv.dataBase64, 'base64'));
    expect(sheet.headers[0]).toBe('Name');
    expect(sheet.headers).toContain('Follower');
    expect(sheet.rows.length).toBe((await list({ country: 'AT' })).total);
    const xlsx = await ok<{ fileName: string; dataBase64: string }>('influencers.export', { format: 'xlsx', filter: {}, language: 'en' });
    const book = await readSpreadsheet(xlsx.fileName, Buffer.from(xlsx.dataBase64, 'base64'));
    expect(book.headers).toContain('Followers');
    expect(book.rows.length).toBe((await list()).total);
    expect(book.rows.some((r) => r[0] === 'Emma Götz')).toBe(true);
  });

  it('writes the German export in German (Instagram, Makro, Eltern & Familie) and keeps the machine values beside them', async () => {
    const csv = await ok<{ fileName: string; dataBase64: string }>('influencers.export', { format: 'csv', filter: {}, language: 'de' });
    const sheet = await readSpreadsheet(csv.fileName, Buffer.from(csv.dataBase64, 'base64'));
    const col = (h: string) => sheet.headers.indexOf(h);
    for (const h of ['Plattform', 'Stufe', 'Nischen', 'Plattform (Schlüssel)', 'Stufe (Schlüssel)', 'Nischen (Schlüssel)']) expect(col(h), h).toBeGreaterThan(-1);
    const shown = (h: string) => new Set(sheet.rows.map((r) => r[col(h)]).filter(Boolean));
    const keys = (h: string) => new Set(sheet.rows.flatMap((r) => (r[col(h)] ?? '').split(', ')).filter(Boolean));
    expect([...shown('Plattform')].every((p) => /^[A-Z]/.test(p))).toBe(true);
    expect(shown('Plattform')).toContain('Instagram');
    expect(keys('Plattform (Schlüssel)')).toContain('instagram');
    for (const tier of shown('Stufe')) expect(['Nano', 'Mikro', 'Makro', 'Mega']).toContain(tier);
    for (const tier of keys('Stufe (Schlüssel)')) expect(['nano', 'micro', 'macro', 'mega']).toContain(tier);
    const row = sheet.rows.find((r) => (r[col('Nischen (Schlüssel)')] ?? '').split(', ').includes('parenting'));
    expect(row, 'someone in the demo has the niche parenting').toBeDefined();
    expect(row![col('Nischen')].split(', ')).toContain('Eltern & Familie');
    expect(sheet.rows.map((r) => r[col('Nischen')]).join(' ')).not.toMatch(/\b(parenting|sustainability|fashion)\b/);
    // Reading the file back maps the labelled columns, not the key columns.
    const mapping = guessMapping(sheet.headers);
    expect(mapping['Plattform']).toBe('platform');
    expect(mapping['Nischen']).toBe('niches');
  });

  it('exports one person as JSON and erases them completely', async () => {
    const emma = (await list({ search: 'Emma Götz' })).rows[0];
    const file = await ok<{ fileName: string; dataBase64: string }>('influencers.privacyExport', { id: emma.id });
    const data = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8'));
    expect(data.person.name).toBe('Emma Götz');
    expect(data.channels.length).toBeGreaterThan(0);
    expect(data.collaborations.length).toBeGreaterThan(0);
    const wrong = await t.dispatch('influencers.erase', { id: emma.id, confirmName: 'Emma' });
    expect(!wrong.ok && wrong.error.field).toBe('confirmName');
    const orders = t.core.db.$client.prepare('SELECT count(*) FROM redemptions').pluck().get();
    await ok('influencers.erase', { id: emma.id, confirmName: 'emma götz' });
    const db = t.core.db.$client;
    expect(db.prepare('SELECT count(*) FROM influencers WHERE id = ?').pluck().get(emma.id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM channels WHERE influencer_id = ?').pluck().get(emma.id)).toBe(0);
    expect(db.prepare('SELECT count(*) FROM collaborations WHERE influencer_id = ?').pluck().get(emma.id)).toBe(0);
    expect(db.prepare("SELECT count(*) FROM influencers_fts WHERE influencers_fts MATCH 'götz'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM redemptions').pluck().get()).toBe(orders); // the shop's orders stay
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('saves, lists, replaces and deletes named filters', async () => {
    const { id } = await ok<{ id: number }>('savedFilters.save', { name: 'Vegan fitness DE, ER ≥ 4 %', query: { niche: 'vegan', country: 'DE', erMinBp: 400 } });
    await ok('savedFilters.save', { name: 'vegan fitness de, er ≥ 4 %', query: { niche: 'fitness', country: 'DE', erMinBp: 400 } });
    const saved = await ok<{ id: number; query: { niche: string } }[]>('savedFilters.list', {});
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ id, query: { niche: 'fitness' } });
    await ok('savedFilters.delete', { id });
    expect(await ok<unknown[]>('savedFilters.list', {})).toEqual([]);
  });
});
