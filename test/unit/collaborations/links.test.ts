import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore } from '../../helpers/core';
import { buildUtmUrl, slugify, utmParamsFor } from '../../../src/main/collaborations/utm';
import { call, callErr, campaign, influencer, type T } from './setup';

const P = { source: 'instagram', medium: 'influencer', campaign: 'vegan-protein-launch', content: 'joerg.kocht' };

describe('UTM building', () => {
  it('slugs campaign names with umlauts transliterated', () => {
    expect(slugify('Vegan Protein Launch')).toBe('vegan-protein-launch');
    expect(slugify('  Grüne Küche: Frühling 2026! ')).toBe('gruene-kueche-fruehling-2026');
    expect(slugify('Straße & Café')).toBe('strasse-cafe');
  });

  it('appends the parameters to a plain URL', () => {
    expect(buildUtmUrl('https://shop.example/protein', P)).toBe(
      'https://shop.example/protein?utm_source=instagram&utm_medium=influencer&utm_campaign=vegan-protein-launch&utm_content=joerg.kocht',
    );
  });

  it('keeps an existing query string as written and the fragment after the query', () => {
    expect(buildUtmUrl('https://shop.example/p?variant=12&q=a%20b,c#reviews', P)).toBe(
      'https://shop.example/p?variant=12&q=a%20b,c&utm_source=instagram&utm_medium=influencer&utm_campaign=vegan-protein-launch&utm_content=joerg.kocht#reviews',
    );
    expect(buildUtmUrl('https://shop.example/#top', P)).toBe(
      'https://shop.example/?utm_source=instagram&utm_medium=influencer&utm_campaign=vegan-protein-launch&utm_content=joerg.kocht#top',
    );
  });

  it('replaces utm_* parameters the base already has', () => {
    const url = buildUtmUrl('https://shop.example/?utm_source=newsletter&ref=abc&UTM_Medium=email&utm_term=x', P);
    const u = new URL(url);
    expect(u.searchParams.getAll('utm_source')).toEqual(['instagram']);
    expect(u.searchParams.get('UTM_Medium')).toBeNull();
    expect(u.searchParams.get('utm_term')).toBeNull();
    expect(u.searchParams.get('ref')).toBe('abc');
    expect(url.startsWith('https://shop.example/?ref=abc&utm_source=instagram')).toBe(true);
  });

  it('percent-encodes spaces and umlauts as UTF-8', () => {
    const url = buildUtmUrl('https://shop.example/', { ...P, content: 'Jörg Müller', campaign: 'a&b=c' });
    expect(url).toContain('utm_content=J%C3%B6rg%20M%C3%BCller');
    expect(url).toContain('utm_campaign=a%26b%3Dc');
    expect(new URL(url).searchParams.get('utm_content')).toBe('Jörg Müller');
  });

  it('applies the campaign rules over the defaults', () => {
    const ctx = { platform: 'tiktok', handle: '@lena', campaignName: 'Grüne Woche', influencerName: 'Lena Lang' };
    expect(utmParamsFor(ctx, null)).toEqual({ source: 'tiktok', medium: 'influencer', campaign: 'gruene-woche', content: 'lena' });
    expect(utmParamsFor(ctx, { source: 'ig-{platform}', medium: 'social', campaign: '{campaign}-q2', content: '{name}' })).toEqual({
      source: 'ig-tiktok',
      medium: 'social',
      campaign: 'gruene-woche-q2',
      content: 'Lena Lang',
    });
    expect(utmParamsFor({ ...ctx, platform: null, handle: null }, { source: '{platform}' })).toEqual({
      source: 'influencer',
      medium: 'influencer',
      campaign: 'gruene-woche',
      content: 'lena-lang',
    });
  });
});

describe('tracking links on a real database', () => {
  let t: T;
  let card: number;
  let bare: number;
  beforeAll(async () => {
    t = await testCore('empty');
    const camp = await campaign(t, 'Vegan Protein Launch', { baseUrl: 'https://shop.example/protein?ref=ig#buy' });
    const joerg = await influencer(t, 'Jörg Müller', { handle: 'joerg.kocht' });
    card = (await call(t, 'collaborations.add', { campaignId: camp.id, influencerIds: [joerg] })).added[0];
    const noUrl = await campaign(t, 'No URL');
    bare = (await call(t, 'collaborations.add', { campaignId: noUrl.id, influencerIds: [joerg] })).added[0];
  });
  afterAll(async () => t.dispose());

  it("builds from the campaign's base URL, the given one, and the campaign's rules", async () => {
    expect(await call(t, 'links.build', { collaborationId: card })).toEqual({
      url: 'https://shop.example/protein?ref=ig&utm_source=instagram&utm_medium=influencer&utm_campaign=vegan-protein-launch&utm_content=joerg.kocht#buy',
    });
    expect((await call(t, 'links.build', { collaborationId: bare, baseUrl: 'https://x.example/' })).url).toBe(
      'https://x.example/?utm_source=instagram&utm_medium=influencer&utm_campaign=no-url&utm_content=joerg.kocht',
    );
    const err = await callErr(t, 'links.build', { collaborationId: bare });
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'baseUrl' });
    const campaignId = (await call(t, 'collaborations.get', { id: card })).campaignId;
    t.core.db.$client.prepare('UPDATE campaigns SET utm_rules = ? WHERE id = ?').run(JSON.stringify({ medium: 'creator', content: '{name}' }), campaignId);
    expect((await call(t, 'links.build', { collaborationId: card })).url).toContain('utm_medium=creator&utm_campaign=vegan-protein-launch&utm_content=J%C3%B6rg%20M%C3%BCller#buy');
  });

  it('saves links, records clicks, removes them', async () => {
    const { url } = await call(t, 'links.build', { collaborationId: card });
    const { id } = await call(t, 'links.add', { collaborationId: card, url });
    await call(t, 'links.update', { id, clicks: 321 });
    expect((await call(t, 'collaborations.get', { id: card })).links).toEqual([{ id, url, clicks: 321 }]);
    expect((await callErr(t, 'links.add', { collaborationId: card, url: 'javascript:alert(1)' })).field).toBe('url');
    await call(t, 'links.remove', { id });
    expect((await call(t, 'collaborations.get', { id: card })).links).toEqual([]);
    expect((await callErr(t, 'links.update', { id, clicks: 1 })).code).toBe('NOT_FOUND');
  });

  it('draws a QR code as PNG of the requested size', async () => {
    const { pngBase64 } = await call(t, 'links.qr', { url: 'https://shop.example/?utm_source=instagram', size: 256 });
    const png = Buffer.from(pngBase64, 'base64');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(256); // IHDR width
  });
});
