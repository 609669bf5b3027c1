import type { Db } from '../db/connection';
import { checkAuthenticity } from './directory/authenticity';
import { getSettings } from '../settings/service';
import { write } from '../db/write';
import { authenticityStatements, channelsForAuthenticity } from './queries';

/**
 * Recomputes the cached authenticity verdict of channels (all, or one influencer's) from their numbers and
 * snapshots, so the directory can filter and sort on it in SQL. Call after any change to channels or snapshots.
 * `influencerId`: one person, a list of people (the import's merges, at once), or all when left out.
 */
export function refreshAuthenticity(db: Db, influencerId?: number | readonly number[]): void {
  const thresholds = getSettings(db).tierThresholds;
  const channels = channelsForAuthenticity(db, influencerId);
  const { snapshots, setVerdict } = authenticityStatements(db);
  write(db, () => {
    for (const c of channels) {
      const result = checkAuthenticity(c, snapshots(c.id), { thresholds });
      setVerdict(c.id, result.verdict, JSON.stringify(result.reasons));
    }
  });
}
