/**
 * One redemption of an import against what is stored for its (shop, order, code): new (written by the chunk's
 * inserter), the same, or changed — a change is applied in the final transaction (DeferredChange), its revision
 * (the values before) written with the chunk so that the batch's undo can restore them. Used by run.ts.
 */
import type { ParsedOrder } from './assemble';
import type { ImportStatements, RedemptionInserter, StoredRedemption } from './queries';

/** A code someone holds: its id and card. */
export interface KnownCode {
  id: number;
  collaborationId: number;
}

type Stored = StoredRedemption;

/**
 * A change to an order stored by an earlier import. New orders are written in the chunks (invisible until the
 * batch is done, db/sql.ts PUBLISHED_REDEMPTION); changes to stored ones wait for the final transaction so that
 * no reader sees a half-updated workspace. Their revisions (the values before) are written in the chunks, so a
 * discarded batch restores values it never changed, which is harmless.
 */
export type DeferredChange =
  | { kind: 'update'; args: [number | null, number | null, string, string, string, number, number, number, number, string, number, number] }
  | { kind: 'relink'; args: [number, number | null, number] };

/** A new redemption, written by the chunk's inserter. */
export function insertNew(inserter: RedemptionInserter, o: ParsedOrder, norm: string, known: KnownCode | undefined): void {
  inserter.add(o.orderId, norm, known?.id ?? null, known?.collaborationId ?? null, o.orderedAt, o.orderedAtUtc, o.currency, o.totalMinor, o.subtotalMinor, o.discountMinor, o.refundedMinor, o.status);
}

/** One redemption against what is stored (`s`, looked up for the chunk); a new one goes to `inserter` when the import writes (null: a dry run). */
export function compareAndWrite(
  st: ImportStatements,
  batchId: number | null,
  o: ParsedOrder,
  norm: string,
  s: Stored | undefined,
  known: KnownCode | undefined,
  deferred: DeferredChange[],
  inserter: RedemptionInserter | null,
): 'new' | 'changed' | 'same' {
  const vId = known?.id ?? null;
  const cId = known?.collaborationId ?? null;
  if (!s) {
    if (inserter) insertNew(inserter, o, norm, known);
    return 'new';
  }
  const changed =
    s.status !== o.status ||
    s.total !== o.totalMinor ||
    s.subtotal !== o.subtotalMinor ||
    s.discount !== o.discountMinor ||
    s.refunded !== o.refundedMinor ||
    s.currency !== o.currency ||
    s.orderedAtUtc !== o.orderedAtUtc;
  if (!changed) {
    // A code assigned since the last import attributes the order without counting as a change.
    if (batchId !== null && vId !== null && s.voucherCodeId !== vId) deferred.push({ kind: 'relink', args: [vId, cId, s.id] });
    return 'same';
  }
  if (batchId !== null) {
    const before = {
      status: s.status,
      total_minor: s.total,
      subtotal_minor: s.subtotal,
      discount_minor: s.discount,
      refunded_minor: s.refunded,
      currency: s.currency,
      ordered_at: s.orderedAt,
      ordered_at_utc: s.orderedAtUtc,
      voucher_code_id: s.voucherCodeId,
      collaboration_id: s.collaborationId,
      updated_batch_id: s.updatedBatchId,
    };
    st.revision.run(s.id, batchId, JSON.stringify(before));
    deferred.push({
      kind: 'update',
      args: [vId ?? s.voucherCodeId, vId !== null ? cId : s.collaborationId, o.orderedAt, o.orderedAtUtc, o.currency, o.totalMinor, o.subtotalMinor, o.discountMinor, o.refundedMinor, o.status, batchId, s.id],
    });
  }
  return 'changed';
}
