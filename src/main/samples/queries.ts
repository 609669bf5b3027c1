/** The SQL of a card's product samples, with typed rows (statement generics, no casts). */
import type { Db } from '../db/connection';
import type { SampleDto } from '../../shared/contract';

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

/** The card a sample belongs to, if there is one with this id. */
export function cardExists(db: Db, collaborationId: number): boolean {
  return db.$client.prepare<[number], { id: number }>('SELECT id FROM collaborations WHERE id = ?').get(collaborationId) !== undefined;
}

export type SampleDbRow = Omit<SampleDto, 'items'> & { items: string };

export function samplesOf(db: Db, collaborationId: number): SampleDbRow[] {
  return db.$client
    .prepare<[number], SampleDbRow>(
      `SELECT id, collaboration_id AS collaborationId, items, value_minor AS valueMinor, shipping_cost_minor AS shippingCostMinor, currency,
              carrier, tracking_number AS trackingNumber, status, shipped_on AS shippedOn, delivered_on AS deliveredOn,
              returned_on AS returnedOn, notes
       FROM sample_shipments WHERE collaboration_id = ? ORDER BY coalesce(shipped_on, '9999'), id`,
    )
    .all(collaborationId);
}

export interface SampleColumns {
  items: string;
  valueMinor: number;
  shippingCostMinor: number;
  currency: string;
  carrier: string | null;
  trackingNumber: string | null;
  status: string;
  shippedOn: string | null;
  deliveredOn: string | null;
  returnedOn: string | null;
  notes: string;
  collaborationId: number;
}

/** Updates a card's sample; false when the card has no sample with this id. */
export function updateSample(db: Db, id: number, v: SampleColumns): boolean {
  return (
    db.$client
      .prepare<SampleColumns & { id: number }>(
        `UPDATE sample_shipments SET items = @items, value_minor = @valueMinor, shipping_cost_minor = @shippingCostMinor, currency = @currency,
           carrier = @carrier, tracking_number = @trackingNumber, status = @status, shipped_on = @shippedOn, delivered_on = @deliveredOn,
           returned_on = @returnedOn, notes = @notes, updated_at = ${NOW}
         WHERE id = @id AND collaboration_id = @collaborationId`,
      )
      .run({ ...v, id }).changes > 0
  );
}

export function insertSample(db: Db, v: SampleColumns): number {
  return Number(
    db.$client
      .prepare<SampleColumns>(
        `INSERT INTO sample_shipments (items, value_minor, shipping_cost_minor, currency, carrier, tracking_number, status, shipped_on,
           delivered_on, returned_on, notes, collaboration_id)
         VALUES (@items, @valueMinor, @shippingCostMinor, @currency, @carrier, @trackingNumber, @status, @shippedOn, @deliveredOn, @returnedOn, @notes, @collaborationId)`,
      )
      .run(v).lastInsertRowid,
  );
}

/** false when there is no such sample. */
export function deleteSample(db: Db, id: number): boolean {
  return db.$client.prepare<[number]>('DELETE FROM sample_shipments WHERE id = ?').run(id).changes > 0;
}
