import { describe, expect, it } from 'vitest';
import { anchoredCorrections, citedDate, correctionFeedItems, lastChanged, newestFirst, numberedWithinDay, siteCorrections } from '../../src/lib/corrections';
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

describe('numberedWithinDay', () => {
  const byDate = (c: { date: string }) => c.date;
  it.each([
    ['one a day', ['2026-12-02', '2026-11-28'], [[1, 1], [1, 1]]],
    ['three of a day, newest first: the last is the first', ['2026-11-29', '2026-11-29', '2026-11-29'], [[3, 3], [2, 3], [1, 3]]],
    ['days interleaved', ['2026-11-29', '2026-11-28', '2026-11-29', '2026-11-28', '2026-11-27'], [[2, 2], [2, 2], [1, 2], [1, 2], [1, 1]]],
    ['none', [], []],
  ])('%s', (_, dates, expected) => {
    expect(numberedWithinDay(dates.map((date) => ({ date })), byDate).map(({ nth, ofDay }) => [nth, ofDay])).toEqual(expected);
  });
  it('counts within what `day` names, so two entries of one day are counted apart', () => {
    const list = [
      { id: 'a', date: '2026-11-29' },
      { id: 'b', date: '2026-11-29' },
      { id: 'a', date: '2026-11-29' },
    ];
    expect(numberedWithinDay(list, (c) => `${c.id} ${c.date}`)).toEqual([
      { nth: 2, ofDay: 2 },
      { nth: 1, ofDay: 1 },
      { nth: 1, ofDay: 2 },
    ]);
  });
});

describe('anchoredCorrections', () => {
  // As front matter lists them: newest first.
  const list = [
    { date: '2026-12-02', what: 'c' },
    { date: '2026-11-28', what: 'b' },
    { date: '2026-11-28', what: 'a' },
  ];
  it('keeps them newest first and numbers the corrections of a day from its first', () => {
    expect(anchoredCorrections('e', list).map((c) => [c.what, c.anchor])).toEqual([
      ['c', 'e-correction-2026-12-02'],
      ['b', 'e-correction-2026-11-28-2'],
      ['a', 'e-correction-2026-11-28'],
    ]);
  });
  it('never renames an earlier correction when a new one is put at the top, of the same day or a later one', () => {
    const before = new Map(anchoredCorrections('e', list).map((c) => [c.what, c.anchor]));
    const after = new Map(anchoredCorrections('e', [{ date: '2026-12-05', what: 'e' }, { date: '2026-12-02', what: 'd' }, ...list]).map((c) => [c.what, c.anchor]));
    for (const [what, anchor] of before) expect(after.get(what)).toBe(anchor);
    expect(after.get('d')).toBe('e-correction-2026-12-02-2');
    expect(after.get('e')).toBe('e-correction-2026-12-05');
  });
  it('is empty for an entry without corrections', () => {
    expect(anchoredCorrections('e', undefined)).toEqual([]);
  });
});

describe('siteCorrections and correctionFeedItems', () => {
  const entries = [
    { id: 'old', data: { shortTitle: 'Old', corrections: [{ date: '2026-11-28', what: 'Said X; says Y.', why: 'Z.' }] } },
    { id: 'none', data: { shortTitle: 'None', corrections: [] } },
    {
      id: 'new',
      data: {
        shortTitle: 'New',
        corrections: [
          { date: '2026-11-30', what: 'C.', why: 'D.' },
          { date: '2026-11-28', what: 'A.', why: 'B.' },
        ],
      },
    },
  ];
  it('gathers every entry’s corrections newest first; within a day, in the entries’ order', () => {
    expect(siteCorrections(entries).map((c) => [c.entry.id, c.correction.anchor])).toEqual([
      ['new', 'new-correction-2026-11-30'],
      ['old', 'old-correction-2026-11-28'],
      ['new', 'new-correction-2026-11-28'],
    ]);
  });
  it('makes one feed item per correction, linked to it on its entry’s page and dated the day it was published, in UTC', () => {
    const items = correctionFeedItems(entries, (e) => `https://example.org/sub/${e.id}/`);
    expect(items).toHaveLength(3);
    expect(items[1]).toEqual({
      title: 'Old: correction of 28 November 2026',
      link: 'https://example.org/sub/old/#old-correction-2026-11-28',
      pubDate: new Date(Date.UTC(2026, 10, 28)),
      description: 'Said X; says Y. Why: Z.',
    });
    expect(new Set(items.map((i) => i.link)).size).toBe(3);
  });
  it('says which of the day’s corrections of an entry an item is, counted from the day’s first, when there are several', () => {
    const twice = [
      {
        id: 'twice',
        data: {
          shortTitle: 'Twice',
          corrections: [
            { date: '2026-11-30', what: 'E.', why: 'F.' },
            { date: '2026-11-29', what: 'C.', why: 'D.' },
            { date: '2026-11-29', what: 'A.', why: 'B.' },
          ],
        },
      },
      ...entries,
    ];
    const items = correctionFeedItems(twice, (e) => `https://example.org/${e.id}/`);
    expect(items.map((i) => [i.title, i.link.split('#')[1]])).toEqual([
      ['Twice: correction of 30 November 2026', 'twice-correction-2026-11-30'],
      ['New: correction of 30 November 2026', 'new-correction-2026-11-30'],
      ['Twice: second correction of 29 November 2026', 'twice-correction-2026-11-29-2'],
      ['Twice: first correction of 29 November 2026', 'twice-correction-2026-11-29'],
      ['Old: correction of 28 November 2026', 'old-correction-2026-11-28'],
      ['New: correction of 28 November 2026', 'new-correction-2026-11-28'],
    ]);
    expect(new Set(items.map((i) => i.title)).size).toBe(items.length);
  });
});
