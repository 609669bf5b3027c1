/**
 * The KPI roll-up and its totals depend on two settings: the app time zone (days of the roll-up) and the window
 * length (totals.ts). Instead of every KPI read checking them, the rebuild follows the change announcement: once a
 * write that declares the scope 'settings' has committed (settings.update, or a job that changed settings), the
 * dispatcher emits `data.changed`, and `ensureRollups` rebuilds what was built for other values (a no-op otherwise).
 * This keeps the dependency one way (insights reads settings; settings knows nothing of insights) and the reads free
 * of the check. Start-up runs `ensureRollups` too (core/context.ts), for a change made while the app was closed.
 */
import type { Db } from '../db/connection';
import type { EventBus } from '../core/events';
import { ensureRollups } from './rollups';

export function followSettings(events: EventBus, db: Db, onError: (err: unknown) => void): () => void {
  return events.subscribe((e) => {
    if (e.type !== 'data.changed' || !e.scopes.includes('settings')) return;
    try {
      ensureRollups(db);
    } catch (err) {
      onError(err);
    }
  });
}
