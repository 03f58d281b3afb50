import { describe, expect, it } from 'vitest';
import { citedDate, lastChanged, newestFirst } from '../../src/lib/corrections';
import { SITE_PUBLISHED } from '../../src/lib/site';

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

describe('citedDate', () => {
  it('is the last correction where there is one', () => {
    expect(citedDate({ corrections: [{ date: '2019-07-04' }, { date: '2030-01-01' }] })).toBe('2030-01-01');
  });
  it('is the day the site first published its pages for an entry never corrected', () => {
    expect(citedDate({ corrections: [] })).toBe(SITE_PUBLISHED);
    expect(citedDate({})).toBe(SITE_PUBLISHED);
  });
});
