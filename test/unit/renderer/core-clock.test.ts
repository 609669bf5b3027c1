import { afterEach, describe, expect, it } from 'vitest';
import { appNow, appToday, setAppTimeZone, setCoreClock } from '../../../src/renderer/src/lib/today';
import { daysFromToday } from '../../../src/renderer/src/lib/format';

/** The renderer's "today" is the core's today: a card is overdue by the same clock the core uses for reminders. */
describe("the renderer follows the core's clock", () => {
  afterEach(() => {
    setCoreClock(undefined);
    setAppTimeZone(null);
  });

  it('takes today from the instant app.info reported, in the app time zone', () => {
    setAppTimeZone('Europe/Berlin');
    setCoreClock('2020-01-10T23:30:00Z'); // 00:30 on 11 January in Berlin
    expect(appToday()).toBe('2020-01-11');
    expect(daysFromToday('2020-01-15')).toBe(4);
    expect(daysFromToday('2020-01-10')).toBe(-1);
    expect(Math.abs(appNow().getTime() - Date.parse('2020-01-10T23:30:00Z'))).toBeLessThan(5_000);
  });

  it("uses this window's clock when the core said nothing usable", () => {
    setCoreClock('not a date');
    expect(Math.abs(appNow().getTime() - Date.now())).toBeLessThan(5_000);
  });
});
