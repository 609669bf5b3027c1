/**
 * "Today" in the renderer: the calendar day in the app time zone (Settings → time zone; null = the system's),
 * computed by src/shared/time.ts like the core does. lib/settings.ts tells this module the zone whenever the
 * settings query receives a value (read, refetched or saved), and the core's clock with every app.info.
 */
import { todayIn } from '../../../shared/time';

let zone: string | null = null;
/** How far the core's clock is from this window's (0 in the app; tests pin the core's clock with KOLLAB_NOW). */
let offsetMs = 0;

/** Follows the core's clock: `coreNow` is its instant when asked (app.info). */
export function setCoreClock(coreNow: string | undefined): void {
  const t = coreNow ? Date.parse(coreNow) : NaN;
  offsetMs = Number.isNaN(t) ? 0 : t - Date.now();
}

/** Now by the core's clock. */
export function appNow(): Date {
  return new Date(Date.now() + offsetMs);
}

export function setAppTimeZone(timeZone: string | null | undefined): void {
  zone = timeZone || null;
}

/** Today as 'YYYY-MM-DD' in the app time zone. */
export function appToday(now: Date = appNow()): string {
  return todayIn(zone, now);
}
