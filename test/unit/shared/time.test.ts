import { describe, expect, it } from 'vitest';
import { addDays, dayIn, daysBetween, isoWeekOf, isTimeZone, isValidIsoDate, todayIn } from '../../../src/shared/time';
import { fixedClock } from '../../../src/main/core/clock';

describe('one app time zone', () => {
  it('puts an instant on the calendar day of the app time zone, not of UTC', () => {
    const lateEvening = new Date('2026-11-23T23:30:00Z'); // 00:30 on the 24th in Berlin (CET, +1)
    expect(dayIn('Europe/Berlin', lateEvening)).toBe('2026-11-24');
    expect(dayIn('UTC', lateEvening)).toBe('2026-11-23');
    expect(dayIn('America/New_York', lateEvening)).toBe('2026-11-23');
    expect(todayIn('Europe/Berlin', fixedClock('2026-03-28T23:00:00Z').now())).toBe('2026-03-29');
  });

  it('keeps days whole across the DST switch (day arithmetic never shifts by an hour)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    // 00:30 Berlin summer time on the day after the switch is still that day
    expect(dayIn('Europe/Berlin', new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
  });

  it('numbers ISO weeks like the calendar (week 1 holds the first Thursday)', () => {
    expect(isoWeekOf('2026-11-24')).toMatchObject({ key: '2026-W48', monday: '2026-11-23' });
    expect(isoWeekOf('2027-01-01')).toMatchObject({ key: '2026-W53', monday: '2026-12-28' });
    expect(isoWeekOf('2024-12-30')).toMatchObject({ key: '2025-W01', monday: '2024-12-30' });
    expect(isoWeekOf('2026-01-01')).toMatchObject({ key: '2026-W01', monday: '2025-12-29' });
  });

  it('tells real dates and time zones from impossible ones', () => {
    expect(isValidIsoDate('2026-02-28')).toBe(true);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-1-01')).toBe(false);
    expect(isTimeZone('Europe/Vienna')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
