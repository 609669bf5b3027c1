/**
 * The trash (Papierkorb): people, cards and campaigns that were deleted stay restorable until the trash is
 * emptied. People and cards already had their soft delete (influencers.deleted_at, collaborations.removed_at);
 * campaigns get theirs here. Every write runs through `write()`.
 */
import { DomainError } from '../../shared/envelope';
import type { TrashEmptied, TrashItem, TrashKind } from '../../shared/contract/trash';
import type { Db } from '../db/connection';
import { write } from '../db/write';
import { restoreCollaboration } from '../collaborations/service';
import { setInfluencerDeleted } from '../influencers/service';
import { campaignExists, purgeTrash, setCampaignDeleted, toItems, trashedCampaigns, trashedCards, trashedInfluencers } from './queries';

export function listTrash(db: Db): TrashItem[] {
  return toItems(trashedInfluencers(db), trashedCards(db), trashedCampaigns(db));
}

export function deleteCampaign(db: Db, id: number): { id: number } {
  return write(db, () => {
    if (!campaignExists(db, id)) throw new DomainError('NOT_FOUND', `Campaign ${id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id } });
    setCampaignDeleted(db, id, true);
    return { id };
  });
}

export function restoreFromTrash(db: Db, kind: TrashKind, id: number): { kind: TrashKind; id: number } {
  return write(db, () => {
    if (kind === 'influencer') setInfluencerDeleted(db, id, false);
    else if (kind === 'collaboration') restoreCollaboration(db, id);
    else if (!setCampaignDeleted(db, id, false) && !campaignExists(db, id))
      throw new DomainError('NOT_FOUND', `Campaign ${id} not found`, { field: 'id', key: 'campaigns.notFound', params: { id } });
    return { kind, id };
  });
}

export function emptyTrash(db: Db): TrashEmptied {
  return write(db, () => purgeTrash(db));
}
