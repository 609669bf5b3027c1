import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatTime,
  formatMoney,
  formatMultipleBp,
  formatPercentBp,
  formatRelativeDate,
  toMinor,
} from '../../../src/renderer/src/lib/format';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  it('formats money from minor units', () => {
    expect(norm(formatMoney(123456, 'EUR', 'de'))).toBe('1.234,56 €');
    expect(norm(formatMoney(123456, 'EUR', 'en'))).toBe('€1,234.56');
    expect(norm(formatMoney(123456, 'EUR', 'de', { whole: true }))).toBe('1.235 €');
    expect(norm(formatMoney(1500, 'JPY', 'en'))).toBe('JP¥1,500');
    expect(norm(formatMoney(0, 'CHF', 'de'))).toBe('0,00 CHF');
    expect(formatMoney(null, 'EUR', 'de')).toBe('–');
    expect(toMinor(12.34, 'EUR')).toBe(1234);
    expect(toMinor(1000, 'JPY')).toBe(1000);
  });

  it('formats basis points as percent and multiples', () => {
    expect(norm(formatPercentBp(450, 'de'))).toBe('4,5 %');
    expect(norm(formatPercentBp(450, 'en'))).toBe('4.5%');
    expect(norm(formatPercentBp(1250, 'de'))).toBe('12,5 %');
    expect(formatPercentBp(null, 'en')).toBe('–');
    expect(formatMultipleBp(35_000, 'de')).toBe('3,5×');
    expect(formatMultipleBp(35_000, 'en')).toBe('3.5×');
    expect(formatMultipleBp(null, 'en')).toBe('–');
  });

  it('formats follower counts compactly', () => {
    expect(norm(formatCompact(12_500, 'de'))).toBe('12,5 Tsd.');
    expect(formatCompact(12_500, 'en')).toBe('12.5K');
    expect(norm(formatCompact(1_250_000, 'de'))).toBe('1,3 Mio.');
    expect(formatCompact(1_250_000, 'en')).toBe('1.3M');
    expect(formatCompact(999, 'de')).toBe('999');
    expect(formatCompact(999_960, 'en')).toBe('1M');
    expect(formatCompact(null, 'en')).toBe('–');
  });

  it('formats calendar dates without time-zone drift', () => {
    expect(formatDate('2026-11-24', 'de')).toBe('24.11.2026');
    expect(formatDate('2026-11-24', 'en')).toBe('24/11/2026');
    expect(formatDate(null, 'de')).toBe('–');
    expect(formatDate('garbage', 'de')).toBe('–');
    expect(formatDateRange('2026-03-01', null, 'de', 'offen')).toBe('01.03.2026 – offen');
  });

  it('formats relative dates', () => {
    const now = new Date(2026, 10, 24, 12, 0, 0);
    expect(formatRelativeDate('2026-11-21', 'de', now)).toBe('vor 3 Tagen');
    expect(formatRelativeDate('2026-11-21', 'en', now)).toBe('3 days ago');
    expect(formatRelativeDate('2026-11-24', 'de', now)).toBe('heute');
    expect(formatRelativeDate('2026-11-25', 'en', now)).toBe('tomorrow');
    expect(formatRelativeDate('2026-12-08', 'en', now)).toBe('in 2 weeks');
    expect(formatRelativeDate('2026-08-24', 'de', now)).toBe('vor 3 Monaten');
  });

  it('formats instants with the time, with seconds where two can fall in one minute (backups), in the computer’s time', () => {
    const at = new Date(2026, 10, 24, 13, 45, 7).toISOString();
    expect(formatDateTime(at, 'de')).toBe('24.11.2026, 13:45');
    expect(formatDateTime(at, 'de', { seconds: true })).toBe('24.11.2026, 13:45:07');
    expect(formatDateTime(at, 'en', { seconds: true })).toBe('24/11/2026, 13:45:07');
    expect(formatDateTime(null, 'de')).toBe('–');
    expect(formatDateTime('kaputt', 'de')).toBe('–');
    expect(formatTime(at, 'de')).toBe('13:45');
    expect(formatTime(undefined, 'en')).toBe('');
  });
});
