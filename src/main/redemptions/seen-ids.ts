/**
 * The order ids an import has seen, to count an order that appears again later in the file as a duplicate row
 * (run.ts). A Set of every id costs ~0.2 s of the writer's time at 315,000 orders with a code (hashing each id
 * as it arrives from the reading thread, and the set's growth) — on the thread that also writes the orders.
 *
 * Shop exports list their orders sorted (by number or date: ascending or descending), and a strictly sorted run
 * cannot repeat an id. So the ids are kept in an array while they are strictly sorted in one direction (by
 * length, then text: `#99` before `#100`), and only the first id out of order turns them into a Set.
 */
export class SeenIds {
  private list: string[] = [];
  /** 1 ascending, -1 descending, 0 not yet known (fewer than two ids). */
  private direction = 0;
  private set: Set<string> | null = null;

  /** Whether `id` was not seen before; notes it. */
  addIfNew(id: string): boolean {
    const set = this.set;
    if (set !== null) {
      if (set.has(id)) return false;
      set.add(id);
      return true;
    }
    const list = this.list;
    if (list.length > 0) {
      const c = compare(id, list[list.length - 1]);
      if (c === 0) return false;
      if (this.direction === 0) this.direction = c;
      else if (c !== this.direction) return this.unsorted(id);
    }
    list.push(id);
    return true;
  }

  /** The first id out of order: every id so far into a Set, and from now on the Set alone. */
  private unsorted(id: string): boolean {
    const set = new Set(this.list);
    this.list = [];
    this.set = set;
    if (set.has(id)) return false;
    set.add(id);
    return true;
  }
}

/** -1, 0 or 1: by length, then by text (numbers of different lengths compare as numbers). */
function compare(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
