import { describe, expect, it } from 'vitest';
import { lastChanged, newestFirst } from '../../src/lib/corrections';

describe('newestFirst', () => {
  it('orders by date, newest first, keeping the written order within a day', () => {
    const list = [
      { date: '2025-03-01', what: 'a' },
      { date: '2026-11-28', what: 'b' },
      { date: '2026-11-28', what: 'c' },
      { date: '2024-12-31', what: 'd' },
    ];
    expect(newestFirst(list).map((c) => c.what)).toEqual(['b', 'c', 'a', 'd']);
    expect(list.map((c) => c.what)).toEqual(['a', 'b', 'c', 'd']); // the input is left alone
  });
});

describe('lastChanged', () => {
  it.each([
    [[{ date: '2025-03-01' }, { date: '2026-11-28' }, { date: '2026-01-02' }], '2026-11-28'],
    [[{ date: '2019-07-04' }], '2019-07-04'],
    [[], undefined],
  ])('of %j is %s', (corrections, expected) => {
    expect(lastChanged({ corrections })).toBe(expected);
  });

  it('is undefined for an entry with no corrections field', () => {
    expect(lastChanged({})).toBeUndefined();
  });
});
