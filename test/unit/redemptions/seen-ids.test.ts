/**
 * Issue 11: an order that appears again later in a shop export is one duplicate row, however the file is sorted.
 * SeenIds (redemptions/seen-ids.ts) keeps a sorted run of ids in an array and turns into a Set at the first id
 * out of order: it must answer exactly as a Set of every id would.
 */
import { describe, expect, it } from 'vitest';
import { SeenIds } from '../../../src/main/redemptions/seen-ids';

/** The duplicates SeenIds finds in `ids`, and those a Set finds. */
function both(ids: string[]): [boolean[], boolean[]] {
  const seen = new SeenIds();
  const set = new Set<string>();
  const reference = ids.map((id) => (set.has(id) ? false : (set.add(id), true)));
  return [ids.map((id) => seen.addIfNew(id)), reference];
}

describe('the order ids an import has seen', () => {
  it.each([
    ['ascending numbers of growing length', ['#98', '#99', '#100', '#101', '#1000']],
    ['descending', ['#1000', '#101', '#100', '#99', '#98']],
    ['a repeat right after (two rows of one order apart)', ['#1', '#2', '#2', '#3']],
    ['a repeat after the order turned (an earlier id again)', ['#1', '#2', '#3', '#2', '#4', '#1']],
    ['descending, then an id seen long before', ['#9', '#8', '#7', '#6', '#9', '#5', '#8']],
    ['two exports concatenated', ['#1', '#2', '#3', '#1', '#2', '#3', '#4']],
    ['unsorted from the start, with repeats', ['B-7', 'A-1', 'B-7', 'C-2', 'A-1', 'A-10']],
    ['one id', ['#1']],
    ['the same id only', ['#1', '#1', '#1']],
    ['ids equal in length compared as text', ['ORD-a', 'ORD-b', 'ORD-A', 'ORD-b']],
  ])('%s: as a Set of every id', (_name, ids) => {
    const [got, want] = both(ids);
    expect(got).toEqual(want);
  });

  it('a long sorted file with a repeat at its end', () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `#${100_000 + i}`);
    ids.push('#100000', '#149999', '#150000');
    const [got, want] = both(ids);
    expect(got).toEqual(want);
    expect(got.filter((x) => !x)).toHaveLength(2);
  });
});
