import type { Db } from '../db/connection';
import { checkAuthenticity } from './directory/authenticity';
import { getSettings } from '../settings/service';
import { write } from '../db/write';

interface ChannelRow {
  id: number;
  platform: string;
  followers: number;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
}

/**
 * Recomputes the cached authenticity verdict of channels (all, or one influencer's) from their numbers and
 * snapshots, so the directory can filter and sort on it in SQL. Call after any change to channels or snapshots.
 */
export function refreshAuthenticity(db: Db, influencerId?: number): void {
  const thresholds = getSettings(db).tierThresholds;
  const channels = db.$client
    .prepare(
      `SELECT id, platform, followers, avg_likes AS avgLikes, avg_comments AS avgComments, avg_shares AS avgShares, sheet_er_bp AS sheetErBp
       FROM channels ${influencerId === undefined ? '' : 'WHERE influencer_id = ?'}`,
    )
    .all(...(influencerId === undefined ? [] : [influencerId])) as ChannelRow[];
  const snaps = db.$client.prepare(
    `SELECT taken_on AS takenOn, followers, avg_likes AS avgLikes, avg_comments AS avgComments, avg_shares AS avgShares
     FROM channel_snapshots WHERE channel_id = ? ORDER BY taken_on`,
  );
  const setVerdict = db.$client.prepare('UPDATE channels SET auth_verdict = ?, auth_reasons = ? WHERE id = ?');
  write(db, () => {
    for (const c of channels) {
      const result = checkAuthenticity(c, snaps.all(c.id) as Parameters<typeof checkAuthenticity>[1], { thresholds });
      setVerdict.run(result.verdict, JSON.stringify(result.reasons), c.id);
    }
  });
}
