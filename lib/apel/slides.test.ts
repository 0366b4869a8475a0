import { describe, expect, it } from 'vitest';
import { chunkEvenly } from './slides';

describe('chunkEvenly', () => {
  it('balances the groups', () => {
    expect(chunkEvenly([1, 2, 3, 4, 5, 6], 4)).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(chunkEvenly([1, 2, 3, 4], 4)).toEqual([[1, 2, 3, 4]]);
    expect(chunkEvenly([1, 2, 3, 4, 5, 6, 7, 8, 9], 4).map((group) => group.length)).toEqual([3, 3, 3]);
  });
  it('never exceeds the maximum and keeps every item in order', () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    const groups = chunkEvenly(items, 4);
    expect(Math.max(...groups.map((group) => group.length))).toBeLessThanOrEqual(4);
    expect(groups.flat()).toEqual(items);
  });
  it('gives no group for no items', () => {
    expect(chunkEvenly([], 4)).toEqual([]);
  });
});
