import { describe, expect, it } from 'vitest';
import {
  detectNumberLocale,
  detectPercentScale,
  isBlankOrPlaceholder,
  parseCount,
  parseMoney,
  parseMoneyMinor,
  parsePercentBp,
} from '../../../src/shared/numbers';

describe('parseCount', () => {
  it.each([
    ['12.345', 'de', 12345],
    ['12,345', 'en', 12345],
    ['1.234.567', 'de', 1234567],
    ['1,234,567', 'en', 1234567],
    ['108938', 'de', 108938],
    ['0', 'de', 0],
    ['12,5k', 'de', 12500],
    ['12.5K', 'en', 12500],
    ['12,5 Tsd.', 'de', 12500],
    ['12,5 Tausend', 'de', 12500],
    ['135,7k', 'de', 135700],
    ['1,2 Mio.', 'de', 1200000],
    ['1,2 Mio', 'de', 1200000],
    ['1.2M', 'en', 1200000],
    ['1.2m', 'en', 1200000],
    ['2 Millionen', 'de', 2000000],
    ['3 Mrd', 'de', 3000000000],
    ['3 Mrd.', 'de', 3000000000],
    ['1.5bn', 'en', 1500000000],
    ['1,15 Mio.', 'de', 1150000],
    ['1,2345k', 'de', 1235], // suffix: rounded half up
    ['1,2344k', 'de', 1234],
  ] as const)('%s (%s) → %d', (text, locale, expected) => {
    expect(parseCount(text, locale)).toBe(expected);
  });

  it('reads space, NBSP, narrow NBSP, thin space and the Swiss apostrophe as thousands separators', () => {
    expect(parseCount('1 234 567')).toBe(1234567);
    expect(parseCount('12\u00A0345')).toBe(12345);
    expect(parseCount('12\u202F345')).toBe(12345);
    expect(parseCount('12\u2009345')).toBe(12345);
    expect(parseCount("1'234")).toBe(1234);
    expect(parseCount('1’234’567')).toBe(1234567);
    // With a space as grouping, the dot is the decimal point: 1 234.5 is not a whole count.
    expect(parseCount('1 234.5')).toBeNull();
  });

  it('ignores leading and trailing junk', () => {
    expect(parseCount('~12.000', 'de')).toBe(12000);
    expect(parseCount('ca. 5k')).toBe(5000);
    expect(parseCount('ca 5.000', 'de')).toBe(5000);
    expect(parseCount('≈ 3,1k')).toBe(3100);
    expect(parseCount('10k+')).toBe(10000);
    expect(parseCount('über 2.500', 'de')).toBe(2500);
    expect(parseCount('  45.800 Follower ', 'de')).toBe(45800);
    expect(parseCount('12k followers')).toBe(12000);
  });

  it('decides an ambiguous 1.234 / 1,234 by the locale', () => {
    expect(parseCount('1.234', 'de')).toBe(1234);
    expect(parseCount('1.234', 'en')).toBeNull(); // 1.234 followers is not a count
    expect(parseCount('1,234', 'en')).toBe(1234);
    expect(parseCount('1,234', 'de')).toBeNull();
    // auto: a count cannot be fractional, so the separator groups thousands
    expect(parseCount('1.234', 'auto')).toBe(1234);
    expect(parseCount('1,234')).toBe(1234);
    // with a suffix the separator is decimal in every locale
    expect(parseCount('1.234k', 'de')).toBe(1234);
    expect(parseCount('1,5k', 'en')).toBe(1500);
  });

  it('does not read a decimal without suffix as a count, but accepts zero decimals', () => {
    expect(parseCount('12,5', 'de')).toBeNull();
    expect(parseCount('4.5', 'en')).toBeNull();
    expect(parseCount('12,0', 'de')).toBe(12);
  });

  it.each(['n/a', '–', '-', '—', 'abc', 'viele', '?', '', '   ', 'k', 'Mio.', '12 abc', '1..2', '1,2,3', '12.34.567', '-500', '1.2.3k', '12,'])(
    'returns null for %j',
    (text) => {
      const v = parseCount(text, 'de');
      expect(v).toBeNull();
      expect(parseCount(text, 'en')).toBeNull();
    },
  );

  it('rejects malformed grouping', () => {
    expect(parseCount('12.34', 'de')).toBeNull(); // neither a count nor a valid group
    expect(parseCount('1.2345.678', 'de')).toBeNull();
    expect(parseCount('1234.567', 'de')).toBeNull(); // first group longer than three digits → decimal → not whole
  });

  it('returns null for null/undefined and never NaN', () => {
    expect(parseCount(null)).toBeNull();
    expect(parseCount(undefined)).toBeNull();
    for (const t of ['NaN', 'Infinity', '1e5']) expect(parseCount(t)).toBeNull();
  });
});

describe('parsePercentBp', () => {
  it.each([
    ['4,5 %', 'de', 450],
    ['4.5%', 'en', 450],
    ['12 %', 'de', 1200],
    ['10,7 %', 'de', 1070],
    ['0,9 %', 'de', 90],
    ['4,35 %', 'de', 435],
    ['4,355 %', 'de', 436], // half away from zero, on the digits
    ['4,5 Prozent', 'de', 450],
    ['4,5\u00A0%', 'de', 450],
    ['-3,5 %', 'de', -350],
    ['100 %', 'en', 10000],
  ] as const)('%s → %d bp', (text, locale, bp) => {
    expect(parsePercentBp(text, locale)).toBe(bp);
  });

  it('reads values without % by the column scale', () => {
    expect(parsePercentBp('4,5', 'de')).toBe(450);
    expect(parsePercentBp('4,5', 'de', 'percent')).toBe(450);
    expect(parsePercentBp('0,045', 'de', 'fraction')).toBe(450);
    expect(parsePercentBp('0.045', 'en', 'fraction')).toBe(450);
    expect(parsePercentBp('0,045', 'de', 'percent')).toBe(5); // 0.045 % rounds to 5 bp
    // a % sign always wins over the scale
    expect(parsePercentBp('4,5 %', 'de', 'fraction')).toBe(450);
  });

  it('is exact where floats drift', () => {
    // 0.07 * 10000 = 700.0000000000001 and 1.005 * 100 = 100.49999999999999 in floating point
    expect(parsePercentBp('0.07', 'en', 'fraction')).toBe(700);
    expect(parsePercentBp('1.005 %', 'en')).toBe(101);
  });

  it.each(['n/a', '–', 'abc', '?', '', '%', 'viel'])('returns null for %j', (t) => {
    expect(parsePercentBp(t, 'de')).toBeNull();
  });
});

describe('detectPercentScale', () => {
  it('recognises a fraction column', () => {
    expect(detectPercentScale(['0,045', '0,021', '0,1', ''], 'de')).toBe('fraction');
    expect(detectPercentScale(['0.045', '0.12'], 'en')).toBe('fraction');
  });
  it('keeps small percentages of big accounts as percentages', () => {
    expect(detectPercentScale(['0,9', '0,5', '0,8'], 'de')).toBe('percent');
  });
  it('is percent as soon as a value exceeds 1, and for %-columns', () => {
    expect(detectPercentScale(['0,045', '4,5'], 'de')).toBe('percent');
    expect(detectPercentScale(['4,5 %', '0,9 %'], 'de')).toBe('percent');
    expect(detectPercentScale([], 'de')).toBe('percent');
  });
});

describe('parseMoneyMinor / parseMoney', () => {
  it.each([
    ['1.234,56 €', 123456, 'EUR'],
    ['€1,234.56', 123456, 'EUR'],
    ['€ 1,234.56', 123456, 'EUR'],
    ['250 EUR', 25000, 'EUR'],
    ['250 Euro', 25000, 'EUR'],
    ["CHF 1'250.00", 125000, 'CHF'],
    ["1'250.– Fr.", 125000, 'CHF'],
    ['250,- €', 25000, 'EUR'],
    ['1.234 €', 123400, 'EUR'], // three digits after a single separator group thousands
    ['1,234 €', 123400, 'EUR'],
    ['0,99 €', 99, 'EUR'],
    ['-12,50 €', -1250, 'EUR'],
    ['$19.99', 1999, 'USD'],
    ['£5', 500, 'GBP'],
    ['1.000.000,00', 100000000, null],
  ] as const)('%s → %d %s', (text, minor, currency) => {
    expect(parseMoney(text, 'auto')).toEqual({ minor, currency });
    expect(parseMoneyMinor(text, 'de')).toBe(minor);
  });

  it('is exact where floats drift', () => {
    // 1.15 * 100 = 114.99999999999999, 4.35 * 100 = 434.99999999999994
    expect(parseMoneyMinor('1,15 €')).toBe(115);
    expect(parseMoneyMinor('4.35 EUR')).toBe(435);
    expect(parseMoneyMinor('0,125 €')).toBe(13); // more decimals than cents: half away from zero
  });

  it.each(['n/a', '–', 'abc', 'EUR', '12 € $', ''])('returns null for %j', (t) => {
    expect(parseMoneyMinor(t)).toBeNull();
  });
});

describe('detectNumberLocale', () => {
  it('finds German from decimal commas and dot grouping', () => {
    expect(detectNumberLocale(['135,7k', '108938', '16.430'])).toBe('de');
    expect(detectNumberLocale(['1.234.567'])).toBe('de');
    expect(detectNumberLocale(['4,5 %', '3,0 %'])).toBe('de');
    expect(detectNumberLocale(['1.234,56 €'])).toBe('de');
  });
  it('finds English from decimal points and comma grouping', () => {
    expect(detectNumberLocale(['36.1K', '47955'])).toBe('en');
    expect(detectNumberLocale(['1,234,567'])).toBe('en');
    expect(detectNumberLocale(['€1,234.56'])).toBe('en');
  });
  it('returns null without evidence or on a tie', () => {
    expect(detectNumberLocale(['1.234', '12345', '12k', 'n/a', ''])).toBeNull();
    expect(detectNumberLocale(['12,5k', '12.5k'])).toBeNull();
    expect(detectNumberLocale([])).toBeNull();
  });
  it('decides by majority', () => {
    expect(detectNumberLocale(['12,5k', '3,1k', '4.5'])).toBe('de');
  });
});

describe('isBlankOrPlaceholder', () => {
  it('treats empty cells and placeholders as blank, real values not', () => {
    for (const t of ['', '  ', '-', '–', '—', 'n/a', 'N/A', 'k.A.', 'k. A.', '?', 'keine Angabe', null, undefined]) {
      expect(isBlankOrPlaceholder(t)).toBe(true);
    }
    for (const t of ['0', 'viele', 'abc', '12k']) expect(isBlankOrPlaceholder(t)).toBe(false);
  });
});
