/** Date helpers for the demo seed: pure functions of a fixed reference date, no clock reads. */

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** Milliseconds of 00:00 UTC of a 'YYYY-MM-DD' date. */
export function dateMs(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a calendar date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new Error(`not a calendar date: ${date}`);
  return ms;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** The same day of month `months` earlier or later (clamped to the 28th so every month has it). */
export function addMonths(date: string, months: number): string {
  const d = new Date(dateMs(date));
  return isoDate(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, Math.min(d.getUTCDate(), 28)));
}

/** 01:00 UTC on the last Sunday of a month: when the EU switches its clocks. */
function lastSundayOneUtc(year: number, month0: number): number {
  const last = new Date(Date.UTC(year, month0 + 1, 0));
  return Date.UTC(year, month0, last.getUTCDate() - last.getUTCDay(), 1);
}

/** Europe/Berlin's offset from UTC in minutes at an instant (EU rule: summer time between the last Sundays of March and October). */
export function berlinOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  return utcMs >= lastSundayOneUtc(year, 2) && utcMs < lastSundayOneUtc(year, 9) ? 120 : 60;
}

/** The instant as Berlin wall-clock time with its offset, e.g. '2026-07-14T21:03:11+02:00'. */
export function berlinIso(utcMs: number): string {
  const off = berlinOffsetMinutes(utcMs);
  const local = new Date(utcMs + off * 60_000).toISOString().slice(0, 19);
  const hh = String(Math.floor(off / 60)).padStart(2, '0');
  const mm = String(off % 60).padStart(2, '0');
  return `${local}+${hh}:${mm}`;
}

/** UTC instant of a Berlin wall-clock time on a given UTC day (`dayMs` = 00:00 UTC), hours may exceed 24. */
export function berlinWallClock(dayMs: number, hour: number, minute: number, second: number): number {
  const guess = dayMs + hour * HOUR_MS + minute * 60_000 + second * 1000;
  return guess - berlinOffsetMinutes(guess - 60 * 60_000) * 60_000;
}
