import { describe, expect, it } from 'vitest';
import { checkDisclosure, marketOf, type DisclosureRules, type DisclosureStatus } from '../../../src/shared/disclosure';

/**
 * Real-world captions (shapes seen on Instagram/TikTok in German and English), the verdict and why.
 * German campaign unless the row says otherwise; label must be among the first 5 words/hashtags.
 */
const DE: DisclosureRules = { campaignLabel: '#werbung', market: 'de', maxPosition: 5 };
const INTL: DisclosureRules = { campaignLabel: '#ad', market: 'intl', maxPosition: 5 };

const table: [caption: string, rules: DisclosureRules, status: DisclosureStatus, params: Record<string, string | number>][] = [
  // positives: the label up front
  ['#werbung Mein neues Lieblings-Protein für nach dem Training 💪', DE, 'ok', { label: '#werbung', position: 1 }],
  ['Anzeige | Endlich Sommer – mein neues Outfit von @gruenfit 🌿', DE, 'ok', { label: 'Anzeige', position: 1 }],
  ['[Werbung] Heute zeige ich euch meine Morgenroutine', DE, 'ok', { label: 'Werbung', position: 1 }],
  ['WERBUNG/ANZEIGE: Mein Test der neuen Kollektion', DE, 'ok', { label: 'WERBUNG', position: 1 }],
  ['Dieser Beitrag enthält Werbung für @gruenfit', DE, 'ok', { label: 'Werbung', position: 4 }],
  ['🎄📢 #Anzeige Macht mit bei der Challenge!', DE, 'ok', { label: '#Anzeige', position: 1 }],
  ['Bezahlte Partnerschaft mit GrünFit – mein Frühstück', DE, 'ok', { label: 'Bezahlte Partnerschaft', position: 1 }],
  ['Mein Frühstück mit GrünFit #anzeige', { ...DE, campaignLabel: '#anzeige' }, 'ok', { label: '#anzeige', position: 5 }],
  ['[Kooperation] Danke @gruenfit für das Paket', { ...DE, campaignLabel: '[Kooperation]' }, 'weak', { label: 'Kooperation', expected: '#werbung' }],
  ['Kollab x GrünFit: mein ehrlicher Test', { ...DE, campaignLabel: 'Kollab x GrünFit' }, 'ok', { label: 'Kollab x GrünFit', position: 1 }],
  ['Ad | Loving my new running set from @gruenfit', INTL, 'ok', { label: 'Ad', position: 1 }],
  ['#sponsored My morning shake, honestly good', INTL, 'ok', { label: '#sponsored', position: 1 }],
  // buried: the label only at the end, among other hashtags
  ['Mein neues Lieblings-Protein für nach dem Training #werbung', DE, 'buried', { label: '#werbung', position: 8, max: 5, expected: '#werbung' }],
  [
    'Morgenrunde am See in der neuen Kollektion von @gruenfit. Fair produziert 🏃‍♀️ #gruenfit #fairfashion #sommer #anzeige',
    DE,
    'buried',
    { label: '#anzeige', position: 15, max: 5, expected: '#werbung' },
  ],
  ['Mein Frühstück mit GrünFit #anzeige', { ...DE, maxPosition: 3 }, 'buried', { label: '#anzeige', position: 5, max: 3, expected: '#werbung' }],
  // negations do not count
  ['Keine Werbung, einfach nur Liebe für dieses Produkt ❤️', DE, 'negated', { phrase: 'Keine Werbung', expected: '#werbung' }],
  ['Unbezahlte Werbung | selbst gekauft und für gut befunden', DE, 'negated', { phrase: 'Unbezahlte Werbung', expected: '#werbung' }],
  ['Mein Lieblingsshake #werbungfrei #selbstgekauft', DE, 'negated', { phrase: '#werbungfrei', expected: '#werbung' }],
  ['Werbung (unbezahlt) – mein Fund der Woche', DE, 'negated', { phrase: 'Werbung unbezahlt', expected: '#werbung' }],
  ['#werbung, aber keine bezahlte Werbung', DE, 'negated', { phrase: 'keine bezahlte Werbung', expected: '#werbung' }],
  ['Not an #ad, just love this brand', INTL, 'negated', { phrase: 'Not an #ad', expected: '#ad' }],
  // weak labels in a German campaign
  ['#ad Mein neues Lieblings-Protein', DE, 'weak', { label: '#ad', expected: '#werbung' }],
  ['Danke @gruenfit! #sponsored #vegan', DE, 'weak', { label: '#sponsored', expected: '#werbung' }],
  ['In Kooperation mit @gruenfit: mein Sommer-Look', DE, 'weak', { label: 'In Kooperation mit', expected: '#werbung' }],
  ['Mein Look #inkooperationmit @gruenfit', DE, 'weak', { label: '#inkooperationmit', expected: '#werbung' }],
  ['PR-Sample von @gruenfit, danke! #gifted', DE, 'weak', { label: 'PR-Sample', expected: '#werbung' }],
  ['#ad Mein neues Lieblings-Protein', { market: 'de', campaignLabel: '#ad' }, 'weak', { label: '#ad', expected: '#werbung' }],
  ['Thanks @gruenfit for the package #gifted', INTL, 'weak', { label: '#gifted', expected: '#ad' }],
  // nothing, or nothing to check
  ['Mein neues Lieblings-Protein für nach dem Training – Link in der Bio', DE, 'missing', { expected: '#werbung' }],
  ['Mein #adventskalender ist da! Werbungskosten-Tipps folgen', DE, 'missing', { expected: '#werbung' }],
  ['Folgt @werbung_agentur für mehr', DE, 'missing', { expected: '#werbung' }],
  ['   ', DE, 'empty', { expected: '#werbung' }],
  ['🎉🎉🎉', DE, 'empty', { expected: '#werbung' }],
];

describe('disclosure check: real-world captions', () => {
  it.each(table)('%s → %s', (caption, rules, status, params) => {
    const v = checkDisclosure(caption, rules);
    expect({ status: v.status, params: v.params }).toEqual({ status, params });
    expect(v.ok).toBe(status === 'ok');
    expect(v.key).toBe(`disclosure.${status}`);
  });
});

describe('the audience decides which labels suffice', () => {
  it('takes the person’s language first, else the campaign label', () => {
    expect(marketOf('de', '#ad')).toBe('de');
    expect(marketOf('en', '#werbung')).toBe('intl');
    expect(marketOf(null, '#werbung')).toBe('de');
    expect(marketOf(null, '')).toBe('de');
    expect(marketOf(null, '#ad')).toBe('intl');
    expect(marketOf(null, '[Kooperation]')).toBe('de');
  });
  it('a German label is enough abroad, an English one is weak at home', () => {
    expect(checkDisclosure('#werbung Loving this', INTL).ok).toBe(true);
    expect(checkDisclosure('#ad Loving this', INTL).ok).toBe(true);
    expect(checkDisclosure('#ad Loving this', DE).status).toBe('weak');
  });
});
