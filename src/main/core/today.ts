import type { Db } from '../db/connection';
import { clockFromEnv, type Clock } from './clock';
import { getSettings } from '../settings/service';
import { todayIn } from '../../shared/time';

/** Today in the app time zone (Settings → time zone, else the system's), by the core's clock. */
export function appToday(core: { db: Db; clock: Clock }): string {
  return todayIn(getSettings(core.db).timeZone, core.clock.now());
}

/** Today for code that runs without the core (a job worker, the demo's reset): its clock is KOLLAB_NOW's or the system's. */
export function appTodayOf(db: Db): string {
  return appToday({ db, clock: clockFromEnv() });
}
