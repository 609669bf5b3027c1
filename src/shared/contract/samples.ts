import { z } from 'zod';
import { method } from './define';
import { currency, id, isoDate, minor } from './common';
import { SHIPMENT_STATUSES } from '../domain';
import type { ShipmentStatus } from '../domain';

/** Product samples sent for a card (src/main/samples). */

export interface SampleDto {
  id: number;
  collaborationId: number;
  items: { name: string; sku?: string; quantity: number; valueMinor: number }[];
  /** Sum of the items' value × quantity. */
  valueMinor: number;
  shippingCostMinor: number;
  currency: string;
  carrier: string | null;
  trackingNumber: string | null;
  status: ShipmentStatus;
  shippedOn: string | null;
  deliveredOn: string | null;
  returnedOn: string | null;
  notes: string;
}

export const samplesContract = {
  'samples.list': method<SampleDto[]>()(z.object({ collaborationId: id }).strict(), 'Product samples sent to one collaboration'),
  'samples.save': method<{ id: number }>()(
    z
      .object({
        id: id.optional(),
        collaborationId: id,
        items: z
          .array(z.object({ name: z.string().trim().min(1, 'name the item').max(200), sku: z.string().max(80).optional(), quantity: z.number().int().min(1).max(1000), valueMinor: minor }).strict())
          .min(1, 'add at least one item')
          .max(50),
        shippingCostMinor: minor.default(0),
        currency: currency.default('EUR'),
        carrier: z.string().trim().max(60).nullable().optional(),
        trackingNumber: z.string().trim().max(80).nullable().optional(),
        status: z.enum(SHIPMENT_STATUSES).default('planned'),
        shippedOn: isoDate.nullable().optional(),
        deliveredOn: isoDate.nullable().optional(),
        returnedOn: isoDate.nullable().optional(),
        notes: z.string().max(5000).default(''),
      })
      .strict()
      .refine((s) => !s.shippedOn || !s.deliveredOn || s.shippedOn <= s.deliveredOn, { message: 'delivered before it was shipped', path: ['deliveredOn'], params: { key: 'deliveredBeforeShipped' } }),
    'Record (or change) a sample shipment',
    { changes: ['collaborations'] },
  ),
  'samples.remove': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a sample shipment', { changes: ['collaborations'] }),
} as const;
