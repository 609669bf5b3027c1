/**
 * A batch of orders as columns, for the hand-over from the reading thread to the writer (parse-thread.ts).
 *
 * Why: a batch posted as ParsedOrder objects is structured-cloned property by property (every object writes its
 * twelve property names again, and the writer rebuilds each object through the slow path of the deserialiser).
 * At 315,000 orders with a code (the 1,000,000-row bench file) that cost ~0.3 s in the reader and ~0.6 s in the
 * writer; as columns (numbers in one Float64Array, texts in string arrays, the few distinct currencies,
 * statuses and codes as indexes into a word list) the hand-over costs a fraction, and the writer still gets
 * plain ParsedOrder objects (with the same shape as in a single thread).
 */
import type { ParsedOrder } from './assemble';
import type { RedemptionStatus } from '../../shared/domain';

export interface OrderColumns {
  count: number;
  /** Per order: row, orderedAtMs, totalMinor, subtotalMinor, discountMinor, refundedMinor. */
  numbers: Float64Array;
  orderIds: string[];
  orderedAt: string[];
  orderedAtUtc: string[];
  /** Distinct currencies and codes, and statuses, of the batch: the columns below index into them. */
  words: string[];
  statuses: RedemptionStatus[];
  /** Per order: currency, status, number of codes. */
  refs: Uint32Array;
  /** The codes of all orders, in order. */
  codes: Uint32Array;
}

const NUMBERS = 6;

/** Distinct texts, each numbered by its first appearance. */
class Words<T extends string> {
  readonly list: T[] = [];
  private readonly index = new Map<T, number>();
  /** The last text asked for: a batch repeats its currency (and often its status and code) order after order. */
  private last: T | null = null;
  private lastIndex = 0;
  of(w: T): number {
    if (w === this.last) return this.lastIndex;
    let i = this.index.get(w);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(w);
      this.index.set(w, i);
    }
    this.last = w;
    this.lastIndex = i;
    return i;
  }
}

export function packOrders(orders: readonly ParsedOrder[]): OrderColumns {
  const count = orders.length;
  const numbers = new Float64Array(count * NUMBERS);
  const refs = new Uint32Array(count * 3);
  // Filled by push: a packed array is cloned as a list of values, a holey one (new Array(n)) index by index.
  const orderIds: string[] = [];
  const orderedAt: string[] = [];
  const orderedAtUtc: string[] = [];
  const words = new Words<string>();
  const statuses = new Words<RedemptionStatus>();
  const codes: number[] = [];
  for (let k = 0; k < count; k++) {
    const o = orders[k];
    const n = k * NUMBERS;
    numbers[n] = o.row;
    numbers[n + 1] = o.orderedAtMs;
    numbers[n + 2] = o.totalMinor;
    numbers[n + 3] = o.subtotalMinor;
    numbers[n + 4] = o.discountMinor;
    numbers[n + 5] = o.refundedMinor;
    orderIds.push(o.orderId);
    orderedAt.push(o.orderedAt);
    orderedAtUtc.push(o.orderedAtUtc);
    refs[k * 3] = words.of(o.currency);
    refs[k * 3 + 1] = statuses.of(o.status);
    refs[k * 3 + 2] = o.codes.length;
    for (const c of o.codes) codes.push(words.of(c));
  }
  return { count, numbers, orderIds, orderedAt, orderedAtUtc, words: words.list, statuses: statuses.list, refs, codes: Uint32Array.from(codes) };
}

export function unpackOrders(c: OrderColumns): ParsedOrder[] {
  const { numbers, refs, words, statuses } = c;
  const orders: ParsedOrder[] = [];
  let at = 0;
  for (let k = 0; k < c.count; k++) {
    const n = k * NUMBERS;
    const codes: string[] = [];
    for (let i = refs[k * 3 + 2]; i > 0; i--) codes.push(words[c.codes[at++]]);
    // The properties in ParsedOrder's order (assemble.ts): the same hidden class as the orders read in this thread.
    orders.push({
      row: numbers[n],
      orderId: c.orderIds[k],
      orderedAt: c.orderedAt[k],
      orderedAtUtc: c.orderedAtUtc[k],
      orderedAtMs: numbers[n + 1],
      currency: words[refs[k * 3]],
      totalMinor: numbers[n + 2],
      subtotalMinor: numbers[n + 3],
      discountMinor: numbers[n + 4],
      refundedMinor: numbers[n + 5],
      status: statuses[refs[k * 3 + 1]],
      codes,
    });
  }
  return orders;
}
