import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  normalizeCountry,
  normalizeKey,
  normalizeLanguage,
  normalizePlatform,
  parseHandle,
  profileUrl,
  splitNiches,
  splitTags,
} from '../../../src/main/influencers/directory/columns';
import { decodeText, parseCsv } from '../../../src/main/influencers/directory/spreadsheet';
import { sampleBytes } from './fixtures';

describe('normalizeKey', () => {
  it('folds case, accents, ß, Ø and punctuation', () => {
    expect(normalizeKey('Vor- und Nachname')).toBe('vor und nachname');
    expect(normalizeKey('Straße')).toBe('strasse');
    expect(normalizeKey('Ø Likes')).toBe('avg likes');
    expect(normalizeKey('Avg. Likes')).toBe('avg likes');
    expect(normalizeKey('  ÖSTERREICH ')).toBe('osterreich');
    expect(normalizeKey('E-Mail')).toBe('e mail');
  });
});

describe('guessMapping on the real sheets', () => {
  it('maps every header of the German sample', () => {
    const { headers } = parseCsv(decodeText(sampleBytes('influencers-de.csv')).text);
    expect(guessMapping(headers)).toEqual({
      Name: 'name',
      Instagram: 'instagram',
      Follower: 'followers',
      'Engagement-Rate': 'engagementRate',
      Nische: 'niches',
      'E-Mail': 'email',
      Land: 'country',
      Notizen: 'notes',
    });
  });

  it('maps every header of the English sample', () => {
    const { headers } = parseCsv(decodeText(sampleBytes('influencers-en.csv')).text);
    expect(guessMapping(headers)).toEqual({
      'Full name': 'name',
      Platform: 'platform',
      Handle: 'handle',
      Followers: 'followers',
      'Avg likes': 'avgLikes',
      'Avg comments': 'avgComments',
      Niche: 'niches',
      Email: 'email',
      Country: 'country',
    });
  });
});

describe('guessMapping on header variants', () => {
  it.each([
    ['Vor- und Nachname', 'name'],
    ['Followers', 'followers'],
    ['Abonnenten', 'followers'],
    ['Reichweite', 'followers'],
    ['IG Handle', 'instagram'],
    ['Insta', 'instagram'],
    ['TikTok', 'tiktok'],
    ['Tik Tok', 'tiktok'],
    ['YouTube-Kanal', 'youtube'],
    ['Mail', 'email'],
    ['E-Mail-Adresse', 'email'],
    ['Telefon', 'phone'],
    ['Straße', 'street'],
    ['PLZ', 'postalCode'],
    ['Ort', 'city'],
    ['Stadt', 'city'],
    ['Land', 'country'],
    ['Sprache', 'language'],
    ['Niche', 'niches'],
    ['Kategorie', 'niches'],
    ['Themen', 'niches'],
    ['Tags', 'tags'],
    ['Notizen', 'notes'],
    ['Bemerkung', 'notes'],
    ['Notes', 'notes'],
    ['ER', 'engagementRate'],
    ['ER %', 'engagementRate'],
    ['Engagement', 'engagementRate'],
    ['Engagement Rate (%)', 'engagementRate'],
    ['Ø Likes', 'avgLikes'],
    ['Avg. Likes', 'avgLikes'],
    ['Average likes', 'avgLikes'],
    ['Kommentare', 'avgComments'],
    ['Comments', 'avgComments'],
    ['Shares', 'avgShares'],
    ['Views', 'avgViews'],
    ['Aufrufe', 'avgViews'],
    ['Plattform', 'platform'],
    ['Platform', 'platform'],
    ['Handle', 'handle'],
    ['Account', 'handle'],
    ['Username', 'handle'],
    ['Profil', 'handle'],
    ['Profil-URL', 'url'],
    ['Link', 'url'],
  ])('%s → %s', (header, target) => {
    expect(guessMapping([header])).toEqual({ [header]: target });
  });

  it('leaves unknown headers unmapped', () => {
    expect(guessMapping(['Lieblingsfarbe', 'Order'])).toEqual({ Lieblingsfarbe: null, Order: null });
  });

  it('does not find "er" inside other words', () => {
    expect(guessMapping(['Interessen'])).toEqual({ Interessen: null });
  });

  it('uses a target at most once: the best score wins', () => {
    expect(guessMapping(['Follower gesamt', 'Follower'])).toEqual({ 'Follower gesamt': null, Follower: 'followers' });
    expect(guessMapping(['Mail', 'E-Mail'])).toEqual({ Mail: 'email', 'E-Mail': null }); // equal scores: first column
  });

  it('reads a platform-qualified metric as the metric', () => {
    expect(guessMapping(['Instagram', 'Instagram Follower'])).toEqual({ Instagram: 'instagram', 'Instagram Follower': 'followers' });
    expect(guessMapping(['IG Follower'])).toEqual({ 'IG Follower': 'followers' });
    expect(guessMapping(['TikTok Views', 'YouTube Abonnenten'])).toEqual({ 'TikTok Views': 'avgViews', 'YouTube Abonnenten': 'followers' });
  });

  it('reads a platform-qualified name as the account of that platform', () => {
    expect(guessMapping(['Name', 'Instagram Name', 'TikTok-Username'])).toEqual({ Name: 'name', 'Instagram Name': 'instagram', 'TikTok-Username': 'tiktok' });
  });

  it('maps a whole realistic German sheet', () => {
    const headers = ['Vor- und Nachname', 'E-Mail', 'Telefon', 'Straße', 'PLZ', 'Ort', 'Land', 'Sprache', 'IG Handle', 'TikTok', 'YouTube-Kanal', 'Abonnenten', 'Ø Likes', 'Kommentare', 'Aufrufe', 'ER', 'Themen', 'Tags', 'Bemerkung'];
    expect(Object.values(guessMapping(headers))).toEqual([
      'name', 'email', 'phone', 'street', 'postalCode', 'city', 'country', 'language', 'instagram', 'tiktok', 'youtube',
      'followers', 'avgLikes', 'avgComments', 'avgViews', 'engagementRate', 'niches', 'tags', 'notes',
    ]);
  });
});

describe('normalizeCountry', () => {
  it.each([
    ['Deutschland', 'DE'], ['Germany', 'DE'], ['DE', 'DE'], ['D', 'DE'], ['de', 'DE'], [' deutschland ', 'DE'],
    ['Österreich', 'AT'], ['Oesterreich', 'AT'], ['Austria', 'AT'], ['AT', 'AT'], ['A', 'AT'],
    ['Schweiz', 'CH'], ['Switzerland', 'CH'], ['CH', 'CH'], ['Suisse', 'CH'],
    ['Niederlande', 'NL'], ['United Kingdom', 'GB'], ['UK', 'GB'], ['Luxemburg', 'LU'], ['Dänemark', 'DK'],
    ['FR', 'FR'],
  ])('%s → %s', (v, iso) => expect(normalizeCountry(v)).toBe(iso));

  it('returns null for unknown or empty values', () => {
    expect(normalizeCountry('Atlantis')).toBeNull();
    expect(normalizeCountry('')).toBeNull();
    expect(normalizeCountry(null)).toBeNull();
    expect(normalizeCountry('123')).toBeNull();
  });
});

describe('normalizeLanguage', () => {
  it('maps names and codes to ISO 639-1', () => {
    expect(normalizeLanguage('Deutsch')).toBe('de');
    expect(normalizeLanguage('German')).toBe('de');
    expect(normalizeLanguage('EN')).toBe('en');
    expect(normalizeLanguage('Englisch')).toBe('en');
    expect(normalizeLanguage('Französisch')).toBe('fr');
    expect(normalizeLanguage('de-AT')).toBe('de');
    expect(normalizeLanguage('Klingonisch')).toBeNull();
  });
});

describe('normalizePlatform', () => {
  it('maps names and abbreviations to PLATFORMS keys', () => {
    expect(normalizePlatform('Instagram')).toBe('instagram');
    expect(normalizePlatform('IG')).toBe('instagram');
    expect(normalizePlatform('TikTok')).toBe('tiktok');
    expect(normalizePlatform('YouTube')).toBe('youtube');
    expect(normalizePlatform('Twitter')).toBe('x');
    expect(normalizePlatform('LinkedIn')).toBe('linkedin');
    expect(normalizePlatform('Snapchat')).toBeNull();
  });
});

describe('parseHandle', () => {
  it('reads profile URLs', () => {
    expect(parseHandle('https://www.instagram.com/joerg.kocht/')).toEqual({ platform: 'instagram', handle: 'joerg.kocht', url: 'https://www.instagram.com/joerg.kocht/' });
    expect(parseHandle('instagram.com/joerg.kocht?hl=de')).toEqual({ platform: 'instagram', handle: 'joerg.kocht', url: 'https://www.instagram.com/joerg.kocht/' });
    expect(parseHandle('https://www.tiktok.com/@mia.moves')).toEqual({ platform: 'tiktok', handle: 'mia.moves', url: 'https://www.tiktok.com/@mia.moves' });
    expect(parseHandle('https://www.youtube.com/@VeganeKueche')?.handle).toBe('VeganeKueche');
    expect(parseHandle('https://youtube.com/c/VeganeKueche')).toMatchObject({ platform: 'youtube', handle: 'VeganeKueche' });
    expect(parseHandle('https://www.youtube.com/user/oldname')).toMatchObject({ platform: 'youtube', handle: 'oldname' });
    expect(parseHandle('https://twitter.com/someone')).toMatchObject({ platform: 'x', handle: 'someone' });
    expect(parseHandle('https://www.linkedin.com/in/anna-muster')).toMatchObject({ platform: 'linkedin', handle: 'anna-muster' });
  });

  it('strips @ and takes the platform from the hint', () => {
    expect(parseHandle('@elias.schaefer95', 'instagram')).toEqual({ platform: 'instagram', handle: 'elias.schaefer95', url: 'https://www.instagram.com/elias.schaefer95/' });
    expect(parseHandle('@mia.wagner98', 'tiktok')?.url).toBe('https://www.tiktok.com/@mia.wagner98');
    expect(parseHandle('joerg.kocht')).toEqual({ platform: null, handle: 'joerg.kocht', url: null });
  });

  it('lets the URL host win over the hint', () => {
    expect(parseHandle('https://www.tiktok.com/@x.y', 'instagram')?.platform).toBe('tiktok');
  });

  it('rejects post links, other websites for a platform, and text that is not a handle', () => {
    expect(parseHandle('https://www.instagram.com/p/Cx12ab/')).toBeNull();
    expect(parseHandle('https://linktr.ee/joerg', 'instagram')).toBeNull();
    expect(parseHandle('Jörg kocht gern')).toBeNull();
    expect(parseHandle('')).toBeNull();
  });

  it('reads a personal website as a blog channel', () => {
    expect(parseHandle('https://www.joergkocht.de/rezepte')).toEqual({ platform: 'blog', handle: 'joergkocht.de', url: 'https://www.joergkocht.de/rezepte' });
  });

  it('builds profile URLs', () => {
    expect(profileUrl('youtube', 'abc')).toBe('https://www.youtube.com/@abc');
    expect(profileUrl('blog', 'abc')).toBeNull();
  });
});

describe('splitNiches', () => {
  it.each([
    ['Mode', ['fashion'], []],
    ['Sport', ['fitness'], []],
    ['Fitness', ['fitness'], []],
    ['Essen', ['food'], []],
    ['Kochen', ['food'], []],
    ['Food', ['food'], []],
    ['Vegan', ['vegan'], []],
    ['Nachhaltigkeit', ['sustainability'], []],
    ['Reisen', ['travel'], []],
    ['Beauty', ['beauty'], []],
    ['Kosmetik', ['beauty'], []],
    ['Gaming', ['gaming'], []],
    ['Familie', ['parenting'], []],
    ['Eltern', ['parenting'], []],
    ['Technik', ['tech'], []],
    ['Haustiere', ['pets'], []],
    ['Wohnen', ['home'], []],
    ['Eltern & Familie', ['parenting'], []],
    // Own niches stay whole (issue 13): not cut into built-in words.
    ['Vegan Food', ['Vegan Food'], []],
    ['Mode und Style', ['fashion'], []],
    ['Parenting', ['parenting'], []],
    ['Sustainability', ['sustainability'], []],
  ])('%s → %j', (value, niches, tags) => {
    expect(splitNiches(value)).toEqual({ niches, tags });
  });

  it('splits on , ; / | and keeps unknown entries whole as own niches', () => {
    expect(splitNiches('Mode, Reisen; Vegan / Astrologie | Kochen')).toEqual({ niches: ['fashion', 'travel', 'vegan', 'Astrologie', 'food'], tags: [] });
    expect(splitNiches('Slow Fashion')).toEqual({ niches: ['Slow Fashion'], tags: [] });
    expect(splitNiches('Parenting, Eltern & Familie')).toEqual({ niches: ['parenting'], tags: [] });
    expect(splitNiches('Mode, mode, Fashion')).toEqual({ niches: ['fashion'], tags: [] });
    expect(splitNiches('')).toEqual({ niches: [], tags: [] });
  });
});

describe('splitTags', () => {
  it('splits, trims and de-duplicates case-insensitively', () => {
    expect(splitTags('#vegan #Berlin, berlin; Kooperation 2024 | ')).toEqual(['vegan', 'Berlin', 'Kooperation 2024']);
  });
});
