import type { Db } from '../db/connection';
import type { Clock } from '../core/clock';
import { appToday } from '../core/today';
import { keepValue, keptValue } from '../settings/service';

/** The settings-table key of the day the reminder on start was last shown (app time zone). */
export const STARTUP_REMINDER_KEY = 'planning.startupReminderShownOn';

/**
 * The reminder on start comes once per day of the app time zone ("today" by the core's clock), for the workspace —
 * not per browser profile as before (localStorage). The first call of a day claims it (true) and notes the day;
 * every further call that day answers false. Runs in one write transaction, so two windows cannot both claim it.
 */
export function claimStartupReminder(core: { db: Db; clock: Clock }): { show: boolean; day: string } {
  const day = appToday(core);
  if (keptValue(core.db, STARTUP_REMINDER_KEY) === JSON.stringify(day)) return { show: false, day };
  keepValue(core.db, STARTUP_REMINDER_KEY, JSON.stringify(day));
  return { show: true, day };
}
