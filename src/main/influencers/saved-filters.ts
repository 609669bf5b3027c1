import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import { influencerFilter, type InfluencerFilter, type SavedFilter } from '../../shared/contract';
import { write } from '../db/write';
import { deleteSavedFilterRow, insertSavedFilter, savedFilterNamed, savedFilterRows, updateSavedFilter } from './queries';

export function listSavedFilters(db: Db): SavedFilter[] {
  return savedFilterRows(db).flatMap((r) => {
    // a filter saved by an older build that no longer parses is skipped rather than breaking the menu
    const q = influencerFilter.safeParse(JSON.parse(r.query));
    return q.success ? [{ id: r.id, name: r.name, query: q.data }] : [];
  });
}

export function saveFilter(db: Db, name: string, query: InfluencerFilter): { id: number } {
  return write(db, () => {
    const existing = savedFilterNamed(db, name);
    if (existing !== undefined) {
      updateSavedFilter(db, existing, JSON.stringify(query));
      return { id: existing };
    }
    return { id: insertSavedFilter(db, name, JSON.stringify(query)) };
  });
}

export function deleteSavedFilter(db: Db, id: number): { id: number } {
  if (!deleteSavedFilterRow(db, id)) throw new DomainError('NOT_FOUND', `Saved filter ${id} not found`, { field: 'id', key: 'influencers.filterNotFound', params: { id } });
  return { id };
}
