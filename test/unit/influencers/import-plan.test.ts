import { describe, expect, it } from 'vitest';
import { influencerInput } from '../../../src/shared/contract/influencers';
import { engagementRateBp } from '../../../src/shared/domain';
import { guessMapping } from '../../../src/main/influencers/directory/columns';
import {
  mergeInfluencer,
  planImport,
  type ParsedInfluencerInput,
} from '../../../src/main/influencers/directory/import-plan';
import { decodeText, parseCsv } from '../../../src/main/influencers/directory/spreadsheet';
import { sampleBytes } from './fixtures';

const germanSheet = () => parseCsv(decodeText(sampleBytes('influencers-de.csv')).text);
const englishSheet = () => parseCsv(decodeText(sampleBytes('influencers-en.csv')).text);
const csv = (text: string) => parseCsv(text);
const plan = (text: string, opts: Parameters<typeof planImport>[3] = {}) => {
  const s = csv(text);
  return planImport(s, guessMapping(s.headers), [], opts);
};
const byHandle = (p: ReturnType<typeof planImport>, handle: string) => p.rows.find((r) => r.input.channels.some((c) => c.handle === handle));

describe('planImport on the German sample', () => {
  const sheet = germanSheet();
  const p = planImport(sheet, guessMapping(sheet.headers), [], { locale: 'auto' });

  it('plans 60 of the 63 data rows', () => {
    expect(p.rows).toHaveLength(60);
    expect(p.rows[0].row).toBe(2);
    // row 32 is the empty row and appears nowhere
    const all = [...p.rows.map((r) => r.row), ...p.held.map((h) => h.row), ...p.duplicates.map((d) => d.row)];
    expect(all).not.toContain(32);
    expect(new Set(all).size).toBe(63);
  });

  it('holds back the row whose numbers are not numbers, with one clear problem', () => {
    expect(p.problems).toEqual([
      {
        row: 65,
        field: 'followers',
        column: 'Follower',
        value: 'viele',
        code: 'not_a_number',
        severity: 'error',
        message: 'Follower: "viele" is not a number',
      },
    ]);
    expect(p.held).toHaveLength(1);
    expect(p.held[0].row).toBe(65);
    // accepted anyway, it would come in without the unreadable numbers
    expect(p.held[0].input?.name).toBe('Kein Name');
    expect(p.held[0].input?.channels).toEqual([
      expect.objectContaining({ platform: 'instagram', handle: 'ohne.zahlen', followers: 0, avgLikes: 0 }),
    ]);
  });

  it('reports the two repeated handles as duplicates of their earlier rows', () => {
    expect(p.duplicates.map(({ row, platform, handle, sameFileRow, existingInfluencerId }) => ({ row, platform, handle, sameFileRow, existingInfluencerId }))).toEqual([
      { row: 63, platform: 'instagram', handle: 'lukas.wagner38', sameFileRow: 5, existingInfluencerId: undefined },
      { row: 64, platform: 'instagram', handle: 'kai.hofmann45', sameFileRow: 12, existingInfluencerId: undefined },
    ]);
    // the duplicate carries its own numbers for the merge: 12.900 (German thousands) → 12900
    expect(p.duplicates[0].input?.channels[0].followers).toBe(12900);
    expect(p.rows.filter((r) => r.input.channels[0].handle === 'lukas.wagner38')).toHaveLength(1);
  });

  it('reads the German numbers and keeps the engagement rate as the sheet gives it (no invented likes)', () => {
    const elias = byHandle(p, 'elias.schaefer95')!.input;
    expect(elias.channels[0]).toEqual({
      platform: 'instagram',
      handle: 'elias.schaefer95',
      url: 'https://www.instagram.com/elias.schaefer95/',
      followers: 135700, // 135,7k
      avgLikes: 0, // nobody entered likes (issue 13: no "Ø Likes 14.520")
      avgComments: 0,
      avgShares: 0,
      avgViews: 0,
      sheetErBp: 1070, // 10,7 % as written
      isPrimary: true,
    });
    expect(engagementRateBp(135700, 0, 0, 0, 1070)).toBe(1070);
    expect(byHandle(p, 'lena.richter54')!.input.channels[0].followers).toBe(16430); // 16.430
    expect(byHandle(p, 'lukas.yilmaz48')!.input.channels[0].followers).toBe(108938);
    expect(byHandle(p, 'mia.mueller62')!.input.channels[0].followers).toBe(5200); // 5,2k
    expect(byHandle(p, 'hannah.yilmaz68')!.input.channels[0].followers).toBe(1041); // 1.041
    expect(p.columns).toEqual([
      { header: 'Follower', field: 'followers', locale: 'de' },
      { header: 'Engagement-Rate', field: 'engagementRate', locale: 'de', percentScale: 'percent' },
    ]);
  });

  it('normalises person fields, niches and notes', () => {
    const elias = byHandle(p, 'elias.schaefer95')!.input;
    expect(elias).toMatchObject({ name: 'Elias Schäfer', email: 'elias.schaefer@example.de', country: 'DE', niches: ['parenting'], tags: [], notes: '' });
    expect(byHandle(p, 'lukas.yilmaz48')!.input).toMatchObject({ name: 'Lukas Yılmaz', country: 'AT', niches: ['travel'], notes: 'Antwortet schnell' });
    expect(byHandle(p, 'paul.koch62')!.input.country).toBe('CH');
    expect(byHandle(p, 'tim.weber27')!.input.niches).toEqual(['Vegan Food']); // an own niche, not Vegan + Food (issue 13)
    expect(byHandle(p, 'aylin.krueger85')!.input.niches).toEqual(['sustainability']);
    expect(byHandle(p, 'mia.mueller62')!.input.niches).toEqual(['fashion']);
    expect(byHandle(p, 'aylin.schwarz50')!.input.notes).toBe('nur mit Vertrag; "Agentur" kümmert sich');
  });

  it('produces only valid influencerInput', () => {
    for (const r of p.rows) expect(influencerInput.safeParse(r.input).success).toBe(true);
  });

  it('reports handles that already exist, case-insensitively, for merging', () => {
    const withExisting = planImport(sheet, guessMapping(sheet.headers), [
      { platform: 'instagram', handle: 'Mia.Wagner98', influencerId: 7, name: 'Mia Wagner' },
      { platform: 'tiktok', handle: 'elias.schaefer95', influencerId: 8, name: 'other platform' },
    ], {});
    expect(withExisting.rows).toHaveLength(59);
    const d = withExisting.duplicates.find((x) => x.row === 4)!;
    expect(d).toMatchObject({ platform: 'instagram', handle: 'mia.wagner98', existingInfluencerId: 7, existingName: 'Mia Wagner' });
    expect(d.sameFileRow).toBeUndefined();
    expect(d.input?.channels[0].followers).toBe(7336);
    expect(byHandle(withExisting, 'elias.schaefer95')).toBeDefined(); // same handle on another platform is another channel
  });
});

describe('planImport on the English sample', () => {
  const sheet = englishSheet();
  const p = planImport(sheet, guessMapping(sheet.headers), [], {});

  it('plans all 25 rows with platform, K-numbers, likes and comments', () => {
    expect(p.problems).toEqual([]);
    expect(p.duplicates).toEqual([]);
    expect(p.rows).toHaveLength(25);
    const lukas = byHandle(p, 'lukas.yilmaz48')!.input;
    expect(lukas.country).toBe('AT');
    expect(lukas.channels[0]).toMatchObject({ platform: 'instagram', followers: 36100, avgLikes: 2156, avgComments: 233, isPrimary: true });
    const mia = byHandle(p, 'mia.wagner98')!.input;
    expect(mia.channels[0]).toMatchObject({ platform: 'tiktok', url: 'https://www.tiktok.com/@mia.wagner98', followers: 58000 });
    expect(byHandle(p, 'paul.koch62')!.input.country).toBe('CH');
    expect(byHandle(p, 'elias.schaefer95')!.input.niches).toEqual(['parenting']);
    expect(p.columns.map((c) => c.locale)).toEqual(['en', 'en', 'en']);
  });
});

describe('planImport numbers', () => {
  it('reads 12,5k, 1,2 Mio. and 12.345 in a German sheet', () => {
    const p = plan('Name;Instagram;Follower\nA;@a;12,5k\nB;@b;1,2 Mio.\nC;@c;12.345\nD;@d;3 Mrd\n');
    expect(p.rows.map((r) => r.input.channels[0].followers)).toEqual([12500, 1200000, 12345, 3000000000]);
  });

  it('reads 1.234 by the column locale, and the forced locale overrides detection', () => {
    const text = 'Name,Instagram,Followers\nA,@a,1.234\nB,@b,12.5K\n';
    const auto = plan(text);
    expect(auto.rows).toHaveLength(1); // the column is English (12.5K), so 1.234 is not a count
    expect(auto.problems).toEqual([expect.objectContaining({ row: 2, code: 'not_a_number', message: 'Followers: "1.234" is not a number' })]);
    const de = plan(text, { locale: 'de' });
    expect(de.rows.map((r) => r.input.channels[0].followers)).toEqual([1234, 12500]);
  });

  it('reads an engagement column written as fractions', () => {
    const p = plan('Name;Instagram;Follower;ER\nA;@a;10.000;0,045\nB;@b;20.000;0,021\n');
    expect(p.columns[1]).toMatchObject({ field: 'engagementRate', percentScale: 'fraction' });
    expect(p.rows.map((r) => r.input.channels[0].sheetErBp)).toEqual([450, 210]);
    expect(p.rows.map((r) => r.input.channels[0].avgLikes)).toEqual([0, 0]);
  });

  it('keeps given comments and shares beside the sheet ER, and given likes over ER', () => {
    const p = plan('Name;Instagram;Follower;ER;Kommentare;Shares\nA;@a;10.000;5 %;100;20\n');
    expect(p.rows[0].input.channels[0]).toMatchObject({ followers: 10000, avgLikes: 0, avgComments: 100, avgShares: 20, sheetErBp: 500 });
    const withLikes = plan('Name;Instagram;Follower;ER;Likes\nA;@a;10.000;5 %;123\n');
    expect(withLikes.rows[0].input.channels[0].avgLikes).toBe(123);
  });

  it('treats placeholders as empty and reports every unreadable number by column and value', () => {
    const p = plan('Name;Instagram;Follower;ER;Views\nA;@a;–;n/a;?\nB;@b;viele;hoch;12k\n');
    expect(p.rows.map((r) => r.row)).toEqual([2]);
    expect(p.problems.map((x) => x.message)).toEqual(['Follower: "viele" is not a number', 'ER: "hoch" is not a number']);
    expect(p.held.map((h) => h.row)).toEqual([3]);
    expect(p.held[0].input?.channels[0]).toMatchObject({ followers: 0, avgViews: 12000 });
  });

  it('keeps an ER without followers, as the sheet says it', () => {
    const p = plan('Name;Instagram;ER\nA;@a;4,5 %\n');
    expect(p.rows).toHaveLength(1);
    expect(p.problems).toEqual([]);
    expect(p.rows[0].input.channels[0].sheetErBp).toBe(450);
  });

  it('rejects a negative ER', () => {
    const p = plan('Name;Instagram;Follower;ER\nA;@a;1000;-2 %\n');
    expect(p.problems[0]).toMatchObject({ code: 'out_of_range', severity: 'error' });
    expect(p.held).toHaveLength(1);
  });
});

describe('planImport channels', () => {
  it('builds one channel per platform column and puts the numbers on the first', () => {
    const p = plan('Name;IG Handle;TikTok;YouTube-Kanal;Follower\nJörg;https://www.instagram.com/joerg.kocht/;@joerg_tt;https://youtube.com/c/JoergKocht;12k\n');
    expect(p.rows[0].input.channels).toEqual([
      expect.objectContaining({ platform: 'instagram', handle: 'joerg.kocht', followers: 12000, isPrimary: true }),
      expect.objectContaining({ platform: 'tiktok', handle: 'joerg_tt', url: 'https://www.tiktok.com/@joerg_tt', followers: 0, isPrimary: false }),
      expect.objectContaining({ platform: 'youtube', handle: 'JoergKocht', followers: 0, isPrimary: false }),
    ]);
  });

  it('takes platform and handle from a profile URL column', () => {
    const p = plan('Name,URL,Followers\nAnna,https://www.tiktok.com/@anna.moves,5000\n');
    expect(p.rows[0].input.channels[0]).toMatchObject({ platform: 'tiktok', handle: 'anna.moves', followers: 5000 });
  });

  it('keeps a link-in-bio URL as the link, adds another account as its own channel, warns on junk', () => {
    const p = plan('Name,Platform,Handle,Link,Followers\n' +
      'A,Instagram,@a,https://linktr.ee/a,100\n' +
      'B,Instagram,@b,https://www.tiktok.com/@b.tt,200\n' +
      'C,Instagram,@c,instagram.com/C/,300\n' +
      'D,Instagram,@d,kein Link,400\n');
    expect(p.rows.map((r) => r.input.channels.map((c) => [c.platform, c.handle, c.url, c.followers]))).toEqual([
      [['instagram', 'a', 'https://linktr.ee/a', 100]],
      [['instagram', 'b', 'https://www.instagram.com/b/', 200], ['tiktok', 'b.tt', 'https://www.tiktok.com/@b.tt', 0]],
      [['instagram', 'C', 'https://www.instagram.com/C/', 300]],
      [['instagram', 'd', 'https://www.instagram.com/d/', 400]],
    ]);
    expect(p.problems).toEqual([expect.objectContaining({ row: 5, code: 'invalid_url', severity: 'warning', message: 'Link: "kein Link" is not a profile link' })]);
  });

  it('holds a handle without any platform unless a default platform is given', () => {
    const text = 'Name,Handle,Followers\nAnna,@anna,5000\n';
    const p = plan(text);
    expect(p.held.map((h) => h.row)).toEqual([2]);
    expect(p.problems[0]).toMatchObject({ code: 'missing_platform', severity: 'error' });
    const d = plan(text, { defaultPlatform: 'instagram' });
    expect(d.rows[0].input.channels[0]).toMatchObject({ platform: 'instagram', handle: 'anna', followers: 5000 });
  });

  it('holds rows with an unknown platform or an impossible handle', () => {
    const p = plan('Name,Platform,Handle\nA,Snapchat,@a\nB,Instagram,kein handle\n');
    expect(p.problems.map((x) => [x.row, x.code, x.message])).toEqual([
      [2, 'unknown_platform', 'Platform: "Snapchat" is not a known platform'],
      [3, 'invalid_handle', 'Handle: "kein handle" is not a handle or profile link'],
    ]);
    expect(p.rows).toEqual([]);
  });

  it('detects a duplicate through any channel, also from a platform column', () => {
    const p = plan('Name;Instagram;TikTok\nA;@same;@a_tt\nB;@b;@A_TT\n');
    expect(p.rows.map((r) => r.row)).toEqual([2]);
    expect(p.duplicates).toEqual([expect.objectContaining({ row: 3, platform: 'tiktok', handle: 'A_TT', sameFileRow: 2 })]);
  });

  it('points every later repeat at the first row with that channel', () => {
    const p = plan('Name;Instagram;Follower\nA;@same;100\nB;@other;200\nC;@Same;300\nD;@SAME;400\n');
    expect(p.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(p.duplicates.map((d) => [d.row, d.sameFileRow, d.input?.channels[0].followers])).toEqual([[4, 2, 300], [5, 2, 400]]);
  });

  it('warns when numbers come without any handle and imports the person', () => {
    const p = plan('Name;Follower\nAnna;5000\n');
    expect(p.rows[0].input.channels).toEqual([]);
    expect(p.problems).toEqual([expect.objectContaining({ code: 'metrics_without_channel', severity: 'warning' })]);
  });
});

describe('planImport person fields', () => {
  it('holds rows without a name', () => {
    const p = plan('Name;Instagram\n;@anon\n-;@dash\n');
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([[2, 'missing_name'], [3, 'missing_name']]);
    expect(p.held).toEqual([{ row: 2, input: null }, { row: 3, input: null }]);
  });

  it('imports with a warning and without the value: bad e-mail, unknown country and language', () => {
    const p = plan('Name;E-Mail;Land;Sprache\nAnna;anna(at)example.de;Atlantis;Klingonisch\n');
    expect(p.rows).toHaveLength(1);
    expect(p.rows[0].input).toMatchObject({ email: null, country: null, language: null });
    expect(p.problems.map((x) => [x.code, x.severity, x.message])).toEqual([
      ['invalid_email', 'warning', 'E-Mail: "anna(at)example.de" is not a valid e-mail address'],
      ['unknown_country', 'warning', 'Land: "Atlantis" is not a known country'],
      ['unknown_language', 'warning', 'Sprache: "Klingonisch" is not a known language'],
    ]);
  });

  it('maps all person columns, keeps own niches beside built-in ones, joins several note columns', () => {
    const s = csv('Vor- und Nachname;Telefon;Straße;PLZ;Ort;Land;Sprache;Themen;Tags;Notizen;Bemerkung\n' +
      "Jörg Koch;'0171 1234567;Hauptstr. 1;'01067;Dresden;Deutschland;Deutsch;Kochen, Vegan / Astrologie;Berlin, #Kooperation;erste Notiz;zweite Notiz\n");
    const mapping = { ...guessMapping(s.headers), Bemerkung: 'notes' as const };
    const p = planImport(s, mapping, [], {});
    expect(p.problems).toEqual([]);
    expect(p.rows[0].input).toMatchObject({
      name: 'Jörg Koch', phone: '0171 1234567', street: 'Hauptstr. 1', postalCode: '01067', city: 'Dresden', country: 'DE', language: 'de',
      niches: ['food', 'vegan', 'Astrologie'], tags: ['Berlin', 'Kooperation'], notes: 'erste Notiz\nzweite Notiz',
    });
  });

  it('reports contract violations from the zod schema as errors on the column', () => {
    const p = plan(`Name;PLZ\nAnna;${'1'.repeat(25)}\n`);
    expect(p.held).toEqual([{ row: 2, input: null }]);
    expect(p.problems).toEqual([expect.objectContaining({ field: 'postalCode', column: 'PLZ', code: 'invalid', severity: 'error' })]);
  });

  it('uses the sheet row numbers it is given, and index + 2 without them', () => {
    const p = planImport({ headers: ['Name'], rows: [['A'], ['B']] }, { Name: 'name' }, [], {});
    expect(p.rows.map((r) => r.row)).toEqual([2, 3]);
  });
});


describe('mergeInfluencer', () => {
  const base = (over: Partial<ParsedInfluencerInput> = {}): ParsedInfluencerInput =>
    influencerInput.parse({ name: 'Anna', ...over });
  type Channel = ParsedInfluencerInput['channels'][number];
  const ch = (over: Partial<Channel>): Channel => ({ platform: 'instagram', handle: 'anna', url: null, followers: 0, avgLikes: 0, avgComments: 0, avgShares: 0, avgViews: 0, sheetErBp: null, isPrimary: false, ...over });

  it('fills empty fields and keeps filled ones', () => {
    const m = mergeInfluencer(
      base({ email: 'anna@old.de', city: null, country: 'DE' }),
      base({ name: 'Anna Other', email: 'anna@new.de', city: 'Köln', country: 'AT', language: 'de' }),
    );
    expect(m).toMatchObject({ name: 'Anna', email: 'anna@old.de', city: 'Köln', country: 'DE', language: 'de' });
  });

  it('unites niches and tags case-insensitively, existing first', () => {
    const m = mergeInfluencer(base({ niches: ['vegan'], tags: ['Berlin'] }), base({ niches: ['food', 'Vegan'], tags: ['berlin', 'Kooperation'] }));
    expect(m.niches).toEqual(['vegan', 'food']);
    expect(m.tags).toEqual(['Berlin', 'Kooperation']);
  });

  it('appends notes once', () => {
    expect(mergeInfluencer(base({ notes: 'alt' }), base({ notes: 'neu' })).notes).toBe('alt\nneu');
    expect(mergeInfluencer(base({ notes: 'alt\nneu' }), base({ notes: 'neu' })).notes).toBe('alt\nneu');
    expect(mergeInfluencer(base({ notes: '' }), base({ notes: 'neu' })).notes).toBe('neu');
    expect(mergeInfluencer(base({ notes: 'alt' }), base({ notes: '' })).notes).toBe('alt');
  });

  it('lets newer numbers win on the matching channel, where given', () => {
    const existing = base({ channels: [ch({ handle: 'Anna', followers: 1000, avgLikes: 50, avgComments: 5, isPrimary: true })] });
    const incoming = base({ channels: [ch({ handle: 'anna', followers: 1200, avgLikes: 0, avgComments: 9, url: 'https://www.instagram.com/anna/' })] });
    const m = mergeInfluencer(existing, incoming);
    expect(m.channels).toEqual([ch({ handle: 'Anna', followers: 1200, avgLikes: 50, avgComments: 9, isPrimary: true, url: 'https://www.instagram.com/anna/' })]);
    // with dates saying the stored numbers are newer, they stay (and only fill gaps)
    const older = mergeInfluencer(existing, incoming, { existingAsOf: '2025-03-01', incomingAsOf: '2024-12-01' });
    expect(older.channels[0]).toMatchObject({ followers: 1000, avgLikes: 50, avgComments: 5 });
  });

  it('adds unmatched channels as non-primary and does not mutate its inputs', () => {
    const existing = base({ channels: [ch({ isPrimary: true })] });
    const incoming = base({ channels: [ch({ platform: 'tiktok', isPrimary: true, followers: 10 })] });
    const snapshot = JSON.stringify([existing, incoming]);
    const m = mergeInfluencer(existing, incoming);
    expect(m.channels.map((c) => [c.platform, c.isPrimary])).toEqual([['instagram', true], ['tiktok', false]]);
    expect(JSON.stringify([existing, incoming])).toBe(snapshot);
    expect(influencerInput.safeParse(m).success).toBe(true);
  });

  it('merges a duplicate of the German sample into its first row', () => {
    const sheet = germanSheet();
    const p = planImport(sheet, guessMapping(sheet.headers), [], {});
    const first = p.rows.find((r) => r.row === 5)!.input;
    const dup = p.duplicates.find((d) => d.row === 63)!.input!;
    const m = mergeInfluencer(first, dup);
    expect(m.channels).toHaveLength(1);
    expect(m.channels[0].followers).toBe(12900);
    expect(m.notes).toBe('hat 2024 schon für uns gepostet');
  });
});
