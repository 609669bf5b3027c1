import type { Core } from '../core/context';
import type { ChangeScope } from '../../shared/events';
import { writeIcs } from './ics';

/** Scopes whose changes can move something on the calendar (settings: the language of the titles). */
const SCOPES: readonly ChangeScope[] = ['planning', 'collaborations', 'campaigns', 'settings', 'influencers', 'all'];
/** People renamed or erased: the file names them, so it is rewritten at once (an erased name never lingers in a file). */
const AT_ONCE: readonly ChangeScope[] = ['influencers', 'all'];

/**
 * Keeps <data>/calendar/kollab.ics current: written shortly after start, then again after every data.changed event
 * of a calendar scope (debounced; at once when people changed) — the event the dispatcher sends after a write
 * method's transaction (db/write.ts) committed, so the file never shows an uncommitted change. Reads `core.db`
 * each time (a restore replaces it). A failure is logged; the app goes on.
 */
export function startCalendarExport(core: Pick<Core, 'db' | 'dataDir' | 'events' | 'log'>, opts: { debounceMs?: number } = {}): { stop(): void; flush(): void } {
  const wait = opts.debounceMs ?? 750;
  let timer: NodeJS.Timeout | null = null;
  const run = () => {
    timer = null;
    try {
      if (core.db.$client.open) writeIcs(core.db, core.dataDir);
    } catch (err) {
      core.log.error('The calendar file could not be written', err);
    }
  };
  // the first write waits like a change does: start-up serves the first screen before anything else
  timer = setTimeout(run, wait);
  timer.unref?.();
  const unsubscribe = core.events.subscribe((e) => {
    if (e.type !== 'data.changed' || !e.scopes.some((s) => SCOPES.includes(s))) return;
    if (timer) clearTimeout(timer);
    if (e.scopes.some((sc) => AT_ONCE.includes(sc))) return run();
    timer = setTimeout(run, wait);
    timer.unref?.();
  });
  return {
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
    },
    /** Writes a pending change now (on close). */
    flush() {
      if (!timer) return;
      clearTimeout(timer);
      run();
    },
  };
}
