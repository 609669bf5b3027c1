import type { Db } from '../db/connection';
import type { Clock } from './clock';
import { getSettings } from '../settings/service';
import { todayIn } from '../../shared/time';

/** Today in the app time zone (Settings → time zone, else the system's), by the core's clock. */
export function appToday(core: { db: Db; clock: Clock }): string {
  return todayIn(getSettings(core.db).timeZone, core.clock.now());
}
