import type { HandlersFor } from '../api/handlers';
import type { settingsContract } from '../../shared/contract/settings';
import { getSettings, updateSettings } from './service';
import { countRows } from './queries';
import { schemaVersion } from '../db/connection';
import { backupBefore } from '../backups/service';
import { liveInfluencerSql } from '../db/sql';

const count = (core: Parameters<HandlersFor<'app.info'>['app.info']>[1], table: string, where = ''): number =>
  countRows(core.db, table, where);

export const settingsHandlers: HandlersFor<keyof typeof settingsContract> = {
  'app.info': (_input, core) => ({
    name: 'Kollab',
    version: core.appVersion,
    schemaVersion: schemaVersion(core.db),
    dataDir: core.dataDir,
    dbFile: core.dbFile,
    now: core.clock.now().toISOString(),
    counts: {
      influencers: count(core, 'influencers', `WHERE ${liveInfluencerSql('')}`),
      campaigns: count(core, 'campaigns', 'WHERE archived_at IS NULL'),
      collaborations: count(core, 'collaborations', 'WHERE removed_at IS NULL'),
      redemptions: count(core, 'redemptions'),
    },
  }),
  'settings.get': (_input, core) => getSettings(core.db),
  // The KPI roll-up and totals follow the time zone and window settings: insights/follow.ts rebuilds them when the
  // dispatcher announces the change (scope 'settings'), so this domain needs no import of the KPI one.
  'settings.update': (input, core) => updateSettings(core.db, input),
  'workspace.reset': async (input, core) => {
    await backupBefore(core, 'reset');
    return { jobId: core.jobs.start('workspace.reset', { mode: input.mode }) };
  },
  'jobs.list': (_input, core) => core.jobs.list(),
};
