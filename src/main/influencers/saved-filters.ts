import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { influencerFilter, type InfluencerFilter, type SavedFilter } from '../../shared/contract';
import { write } from '../db/write';

export function listSavedFilters(db: Db): SavedFilter[] {
  const rows = db.$client
    .prepare("SELECT id, name, query FROM saved_filters WHERE scope = 'influencers' ORDER BY name COLLATE NOCASE")
    .all() as { id: number; name: string; query: string }[];
  return rows.flatMap((r) => {
    // a filter saved by an older build that no longer parses is skipped rather than breaking the menu
    const q = influencerFilter.safeParse(JSON.parse(r.query));
    return q.success ? [{ id: r.id, name: r.name, query: q.data }] : [];
  });
}

export function saveFilter(db: Db, name: string, query: InfluencerFilter): { id: number } {
  return write(db, () => {
    const existing = db.$client.prepare("SELECT id FROM saved_filters WHERE scope = 'influencers' AND name = ? COLLATE NOCASE").get(name) as { id: number } | undefined;
    if (existing) {
      db.$client.prepare("UPDATE saved_filters SET query = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?").run(JSON.stringify(query), existing.id);
      return { id: existing.id };
    }
    const info = db.$client.prepare("INSERT INTO saved_filters (scope, name, query) VALUES ('influencers', ?, ?)").run(name, JSON.stringify(query));
    return { id: Number(info.lastInsertRowid) };
  });
}

export function deleteSavedFilter(db: Db, id: number): { id: number } {
  const res = db.$client.prepare('DELETE FROM saved_filters WHERE id = ?').run(id);
  if (!res.changes) throw new DomainError('NOT_FOUND', `Saved filter ${id} not found`, { field: 'id', key: 'influencers.filterNotFound', params: { id } });
  return { id };
}
