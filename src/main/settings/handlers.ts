import type { HandlersFor } from '../api/handlers';
import type { appContract } from '../../shared/contract/app';
import { getSettings, updateSettings } from './service';
import { countRows } from './queries';
import { schemaVersion } from '../db/connection';
import { backupBefore } from '../backups/service';
import { ensureRollups } from '../insights/rollups';

const count = (core: Parameters<HandlersFor<'app.info'>['app.info']>[1], table: string, where = ''): number =>
  countRows(core.db, table, where);

export const appHandlers: HandlersFor<keyof typeof appContract> = {
  'app.info': (_input, core) => ({
    name: 'Kollab',
    version: core.appVersion,
    schemaVersion: schemaVersion(core.db),
    dataDir: core.dataDir,
    dbFile: core.dbFile,
    now: core.clock.now().toISOString(),
    counts: {
      influencers: count(core, 'influencers', 'WHERE deleted_at IS NULL'),
      campaigns: count(core, 'campaigns', 'WHERE archived_at IS NULL'),
      collaborations: count(core, 'collaborations', 'WHERE removed_at IS NULL'),
      redemptions: count(core, 'redemptions'),
    },
  }),
  'settings.get': (_input, core) => getSettings(core.db),
  'settings.update': (input, core) => {
    const next = updateSettings(core.db, input);
    // Days of the KPI roll-up are days in the app time zone; its totals follow the window length (insights/totals.ts).
    if (input.timeZone !== undefined || input.kpiWindowDays !== undefined) ensureRollups(core.db);
    return next;
  },
  'workspace.reset': async (input, core) => {
    await backupBefore(core, 'reset');
    return { jobId: core.jobs.start('workspace.reset', { mode: input.mode }) };
  },
  'jobs.list': (_input, core) => core.jobs.list(),
};
