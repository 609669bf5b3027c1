import type { Db } from '../db/connection';
import { DomainError } from '../../shared/envelope';
import type { ParsedInputOf, SampleDto } from '../../shared/contract';
import { parseJson, sampleItemsColumn } from '../db/json-columns';
import * as q from './queries';

/** Product samples sent for a card (Produktmuster): list, save (new or edit), remove. */

function requireCard(db: Db, collaborationId: number): void {
  if (!q.cardExists(db, collaborationId)) {
    throw new DomainError('NOT_FOUND', `Collaboration ${collaborationId} not found`, { field: 'collaborationId', key: 'collaborations.notFound', params: { id: collaborationId } });
  }
}

export function listSamples(db: Db, collaborationId: number): SampleDto[] {
  requireCard(db, collaborationId);
  return q.samplesOf(db, collaborationId).map((s) => ({ ...s, items: parseJson(sampleItemsColumn, s.items) }));
}

export function saveSample(db: Db, s: ParsedInputOf<'samples.save'>): { id: number } {
  requireCard(db, s.collaborationId);
  const value = s.items.reduce((sum, it) => sum + it.valueMinor * it.quantity, 0);
  const values: q.SampleColumns = {
    items: JSON.stringify(s.items),
    valueMinor: value,
    shippingCostMinor: s.shippingCostMinor,
    currency: s.currency,
    carrier: s.carrier ?? null,
    trackingNumber: s.trackingNumber ?? null,
    status: s.status,
    shippedOn: s.shippedOn ?? null,
    deliveredOn: s.deliveredOn ?? null,
    returnedOn: s.returnedOn ?? null,
    notes: s.notes,
    collaborationId: s.collaborationId,
  };
  if (s.id !== undefined) {
    if (!q.updateSample(db, s.id, values)) throw new DomainError('NOT_FOUND', `Sample shipment ${s.id} not found`, { field: 'id', key: 'content.sampleNotFound', params: { id: s.id } });
    return { id: s.id };
  }
  return { id: q.insertSample(db, values) };
}

export function removeSample(db: Db, id: number): { id: number } {
  if (!q.deleteSample(db, id)) throw new DomainError('NOT_FOUND', `Sample shipment ${id} not found`, { field: 'id', key: 'content.sampleNotFound', params: { id } });
  return { id };
}
