import { describe, expect, it } from 'vitest';
import { readTypedNumber } from '../../../src/shared/numbers-typed';

const count = { decimals: 0, compact: true };
const money = { decimals: 2 };
const pct = { decimals: 2 };

describe('readTypedNumber', () => {
  it.each([
    ['5.000', 'de', count, 5000],
    ['5,000', 'en', count, 5000],
    ['12.500', 'de', count, 12500],
    ['12,5k', 'de', count, 12500],
    ['12.5K', 'en', count, 12500],
    ['1,2 Mio.', 'de', count, 1200000],
    ['1.234,56', 'de', money, 123456],
    ['1,234.56', 'en', money, 123456],
    ['5.000', 'de', money, 500000],
    ['1.234,56 €', 'de', money, 123456],
    ['250,-', 'de', money, 25000],
    ['4,5 %', 'de', pct, 450],
    ['4.5%', 'en', pct, 450],
    ['0,05', 'de', money, 5],
  ] as const)('%s (%s) → %d', (text, locale, opts, want) => {
    expect(readTypedNumber(text, locale, opts)).toEqual({ state: 'ok', value: want });
  });

  it('flags a separator the UI language reads as decimal point but the other language as grouping', () => {
    expect(readTypedNumber('1.234', 'en', count)).toEqual({ state: 'ambiguous', value: null, other: 1234 });
    expect(readTypedNumber('1.234', 'en', { decimals: 3 })).toEqual({ state: 'ambiguous', value: 1234, other: 1234000 });
    expect(readTypedNumber('1,234', 'de', money)).toEqual({ state: 'ambiguous', value: null, other: 123400 });
    // The UI language's own grouping is not ambiguous.
    expect(readTypedNumber('1,234', 'en', count)).toEqual({ state: 'ok', value: 1234 });
    expect(readTypedNumber('1.234', 'de', count)).toEqual({ state: 'ok', value: 1234 });
  });

  it('refuses rather than rounds', () => {
    expect(readTypedNumber('12,5', 'de', count)).toEqual({ state: 'invalid', problem: 'decimals' });
    expect(readTypedNumber('1,2345', 'de', money)).toEqual({ state: 'invalid', problem: 'decimals' });
    expect(readTypedNumber('-5', 'de', count)).toEqual({ state: 'invalid', problem: 'negative' });
    expect(readTypedNumber('abc', 'de', count)).toEqual({ state: 'invalid', problem: 'notNumber' });
    expect(readTypedNumber('5.', 'de', count)).toEqual({ state: 'invalid', problem: 'notNumber' });
    expect(readTypedNumber('12k', 'de', money)).toEqual({ state: 'invalid', problem: 'notNumber' });
    expect(readTypedNumber('  ', 'de', count)).toEqual({ state: 'empty' });
  });
});
