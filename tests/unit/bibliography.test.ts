/** bibliography(): one list of works from every entry's sources, merged and pointing back. */
import { describe, expect, test } from 'vitest';
import { bibliography, isPrintOnly, isUnread, type BibEntry, workKey } from '../../src/lib/bibliography';

const entry = (id: string, sources: BibEntry['data']['sources']): BibEntry => ({
  id,
  collection: 'alliances',
  data: { shortTitle: `Short ${id}`, sources },
});

describe('workKey', () => {
  test('treats http and https and a trailing slash as the same URL', () => {
    expect(workKey({ id: 'a', title: 'T', url: 'http://example.org/x/' })).toBe(workKey({ id: 'b', title: 'U', url: 'https://example.org/x' }));
  });
  test('falls back to title and author or publisher, ignoring case', () => {
    expect(workKey({ id: 'a', title: 'Russia and China', author: 'Mancall' })).toBe(workKey({ id: 'b', title: 'russia and china', author: 'MANCALL' }));
    expect(workKey({ id: 'a', title: 'Same', publisher: 'P' })).not.toBe(workKey({ id: 'b', title: 'Same', publisher: 'Q' }));
  });
});

describe('bibliography', () => {
  const article = { title: 'The article', publisher: 'The Epoch Times', url: 'https://www.theepochtimes.com/a' };
  const works = bibliography([
    entry('one', [{ id: 'one-et', ...article }, { id: 'one-wp', title: 'Zeta', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Z' }]),
    entry('two', [{ id: 'two-et', ...article }, { id: 'two-book', title: 'Alpha', author: 'Elleman' }]),
  ]);

  test('lists each work once', () => {
    expect(works).toHaveLength(3);
  });
  test('remembers every entry and source id that cites a merged work', () => {
    const et = works.find((w) => w.source.publisher === 'The Epoch Times')!;
    expect(et.citedBy).toEqual([
      { entryId: 'one', collection: 'alliances', shortTitle: 'Short one', sourceId: 'one-et', number: 1 },
      { entryId: 'two', collection: 'alliances', shortTitle: 'Short two', sourceId: 'two-et', number: 1 },
    ]);
  });
  test('numbers each citing as the source list of its entry numbers it', () => {
    const zeta = works.find((w) => w.source.title === 'Zeta')!;
    expect(zeta.citedBy.map((c) => c.number)).toEqual([2]);
  });
  test('sorts by author or publisher, then title', () => {
    expect(works.map((w) => w.source.title)).toEqual(['Alpha', 'The article', 'Zeta']);
  });
  test('sorts people by family name, as a reference list does, and publishers without a leading article', () => {
    const people = bibliography([
      entry('three', [
        { id: 'a', title: 'Diplomacy and Deception', author: 'Bruce A. Elleman' },
        { id: 'b', title: 'Treaty Obligations', author: 'E. T. Williams' },
        { id: 'c', title: 'Achanskoe srazhenie', author: 'A. N. Makhinov and V. G. Shvedov' },
        { id: 'd', title: 'Broad Prospects', author: 'Zhang, Deguang' },
        { id: 'e', title: 'Brothers in Arms', author: 'Odd Arne Westad (ed.)' },
        { id: 'f', title: 'The Russian Retreat', publisher: 'The Spectator' },
        { id: 'g', title: 'Zhong-E kanfen', publisher: 'Baidu Baike' },
      ]),
    ]);
    expect(people.map((w) => w.source.id)).toEqual(['g', 'a', 'c', 'f', 'e', 'b', 'd']);
  });
  test('returns an empty list for no entries', () => {
    expect(bibliography([])).toEqual([]);
  });
});

describe('what a source note says first', () => {
  test('marks a source not read here, in either wording, and nothing else', () => {
    expect(isUnread({ note: 'Not read here: no copy could be found.' })).toBe(true);
    expect(isUnread({ note: 'Not readable here; also cited to the two sources below.' })).toBe(true);
    expect(isUnread({ note: 'Read here. Not read here is not how this note starts.' })).toBe(false);
    expect(isUnread({})).toBe(false);
  });
  test('marks a source on paper only', () => {
    expect(isPrintOnly({ note: 'Print only.' })).toBe(true);
    expect(isPrintOnly({ note: 'Also in print only.' })).toBe(false);
    expect(isPrintOnly({})).toBe(false);
  });
});
