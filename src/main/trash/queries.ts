import type { Db } from '../db/connection';
import type { TrashItem } from '../../shared/contract/trash';

/** Typed reads and writes of the trash: influencers.deleted_at, collaborations.removed_at, campaigns.deleted_at. */

interface NamedRow {
  id: number;
  name: string;
  deletedAt: string;
}
interface CardRow extends NamedRow {
  campaignName: string;
}

export function trashedInfluencers(db: Db): NamedRow[] {
  // the people a running spreadsheet import has staged are not in the bin (live, but hidden: db/sql.ts LIVE_INFLUENCER)
  return db.$client.prepare<[], NamedRow>(`SELECT i.id, i.name, i.deleted_at AS deletedAt FROM influencers i WHERE i.deleted_at IS NOT NULL`).all();
}

export function trashedCampaigns(db: Db): NamedRow[] {
  return db.$client.prepare<[], NamedRow>('SELECT id, name, deleted_at AS deletedAt FROM campaigns WHERE deleted_at IS NOT NULL').all();
}

/** Cards taken off a board — not those of a campaign or person that is itself in the trash (they come back with it). */
export function trashedCards(db: Db): CardRow[] {
  return db.$client
    .prepare<[], CardRow>(
      `SELECT co.id, i.name, ca.name AS campaignName, co.removed_at AS deletedAt
       FROM collaborations co JOIN influencers i ON i.id = co.influencer_id JOIN campaigns ca ON ca.id = co.campaign_id
       WHERE co.removed_at IS NOT NULL AND ca.deleted_at IS NULL AND i.deleted_at IS NULL`,
    )
    .all();
}

export function toItems(influencers: NamedRow[], cards: CardRow[], campaigns: NamedRow[]): TrashItem[] {
  return [
    ...influencers.map((r): TrashItem => ({ kind: 'influencer', id: r.id, name: r.name, campaignName: null, deletedAt: r.deletedAt })),
    ...cards.map((r): TrashItem => ({ kind: 'collaboration', id: r.id, name: r.name, campaignName: r.campaignName, deletedAt: r.deletedAt })),
    ...campaigns.map((r): TrashItem => ({ kind: 'campaign', id: r.id, name: r.name, campaignName: null, deletedAt: r.deletedAt })),
  ].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || b.id - a.id);
}

/** Sets or clears campaigns.deleted_at; the number of rows changed. */
export function setCampaignDeleted(db: Db, id: number, deleted: boolean): number {
  return db.$client
    .prepare(
      `UPDATE campaigns SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ','now')" : 'NULL'},
              updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')
       WHERE id = ? AND deleted_at IS ${deleted ? 'NULL' : 'NOT NULL'}`,
    )
    .run(id).changes;
}

export function campaignExists(db: Db, id: number): boolean {
  return !!db.$client.prepare('SELECT 1 FROM campaigns WHERE id = ?').get(id);
}

/**
 * Deletes everything in the trash for good. Cards go first (their stage reference is RESTRICT), then the cards of
 * trashed campaigns and people, then those rows; the rest (codes, samples, posts, snapshots …) cascades.
 */
export function purgeTrash(db: Db): { influencers: number; collaborations: number; campaigns: number } {
  const c = db.$client;
  const collaborations =
    c.prepare('DELETE FROM collaborations WHERE removed_at IS NOT NULL').run().changes +
    c.prepare('DELETE FROM collaborations WHERE campaign_id IN (SELECT id FROM campaigns WHERE deleted_at IS NOT NULL)').run().changes +
    c.prepare(`DELETE FROM collaborations WHERE influencer_id IN (SELECT i.id FROM influencers i WHERE i.deleted_at IS NOT NULL)`).run().changes;
  const campaigns = c.prepare('DELETE FROM campaigns WHERE deleted_at IS NOT NULL').run().changes;
  const influencers = c.prepare(`DELETE FROM influencers WHERE id IN (SELECT i.id FROM influencers i WHERE i.deleted_at IS NOT NULL)`).run().changes;
  return { influencers, collaborations, campaigns };
}
