/**
 * Calendar days and weeks in ONE app time zone (Settings → time zone; null = the operating system's).
 * "Today", day buckets and ISO weeks are computed here and nowhere else, in main and renderer alike.
 * Dates are `YYYY-MM-DD` strings; arithmetic on them is done in UTC so DST never shifts a day.
 */

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const zoneChecks = new Map<string, boolean>();

/** True when `tz` is an IANA zone this runtime knows (e.g. Europe/Berlin). */
export function isTimeZone(tz: string): boolean {
  // remembered: building a DateTimeFormat costs ~1 ms, and every read of the settings validates the zone
  let known = zoneChecks.get(tz);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      known = true;
    } catch {
      known = false;
    }
    zoneChecks.set(tz, known);
  }
  return known;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `instant` in `timeZone` (null/empty = the system's). */
export function dayIn(timeZone: string | null | undefined, instant: Date): string {
  const tz = timeZone || systemTimeZone();
  let f = dayFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(tz, f);
  }
  return f.format(instant);
}

/** Today in the app time zone. */
export function todayIn(timeZone: string | null | undefined, now: Date = new Date()): string {
  return dayIn(timeZone, now);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in `YYYY-MM-DD` (2026-02-30 and 2026-13-01 are not). */
export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function utc(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

export function addDays(iso: string, days: number): string {
  const d = utc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

/** ISO-8601 week of a date: `2026-W48`, with the Monday that starts it. */
export function isoWeekOf(iso: string): { key: string; year: number; week: number; monday: string } {
  const d = utc(iso);
  const dow = (d.getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(iso, -dow);
  const thursday = utc(addDays(monday, 3));
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  const week = Math.floor((utc(monday).getTime() - week1Monday.getTime()) / (7 * 86_400_000)) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, year, week, monday };
}

const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The calendar day of a stored date or instant in the app time zone: a plain date (`2026-03-10`) is already a
 * day; an instant with a zone (`2026-03-10T22:30:00Z`, `…+01:00`) is taken to `timeZone`; a local date-time
 * without a zone keeps its own date.
 */
export function localDayOf(value: string, timeZone: string | null | undefined): string {
  if (!WITH_ZONE.test(value)) return value.slice(0, 10);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value.slice(0, 10) : dayIn(timeZone, new Date(ms));
}
