/**
 * "Today" in the renderer: the calendar day in the app time zone (Settings → time zone; null = the system's),
 * computed by src/shared/time.ts like the core does. The settings store tells this module the zone when it
 * loads or saves the settings.
 */
import { todayIn } from '../../../shared/time';

let zone: string | null = null;

export function setAppTimeZone(timeZone: string | null | undefined): void {
  zone = timeZone || null;
}

/** Today as 'YYYY-MM-DD' in the app time zone. */
export function appToday(now: Date = new Date()): string {
  return todayIn(zone, now);
}
