/** src/lib/names.ts: a source's author field read as names, shown, cited and sorted. */
import { describe, expect, test } from 'vitest';
import { authorsAsShown, creatorSortKey, parseAuthors, parseCreators, titleSortKey } from '../../src/lib/names';
import { readEntries } from '../support/content.ts';

describe('parseAuthors', () => {
  test.each([
    ['Mark Mancall', [{ family: 'Mancall', given: 'Mark' }]],
    ['Bruce A. Elleman', [{ family: 'Elleman', given: 'Bruce A.' }]],
    ['Yang, Kuisong', [{ family: 'Yang', given: 'Kuisong', 'static-ordering': true }]],
    ['Ludwig van Beethoven', [{ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }]],
    ['N. Demidova and V. Miasnikov', [{ family: 'Demidova', given: 'N.' }, { family: 'Miasnikov', given: 'V.' }]],
    ['Xinhua', [{ literal: 'Xinhua' }]],
  ])('%s', (text, expected) => {
    expect(parseAuthors(text)).toEqual(expected);
  });
});

describe('parseCreators', () => {
  test.each([
    ['Bruce A. Elleman', 'author', [{ family: 'Elleman', given: 'Bruce A.' }]],
    // A family name written first is marked with a comma, and kept first wherever a citation prints it.
    ['Zhang, Deguang', 'author', [{ family: 'Zhang', given: 'Deguang', 'static-ordering': true }]],
    ['Sun, Yat-sen', 'author', [{ family: 'Sun', given: 'Yat-sen', 'static-ordering': true }]],
    ['Odd Arne Westad (ed.)', 'editor', [{ family: 'Westad', given: 'Odd Arne' }]],
    ['N. Demidova and V. Miasnikov (eds.)', 'editor', [{ family: 'Demidova', given: 'N.' }, { family: 'Miasnikov', given: 'V.' }]],
    ['Katherine Gallagher; Kye, Seung-beom', 'author', [{ family: 'Gallagher', given: 'Katherine' }, { family: 'Kye', given: 'Seung-beom', 'static-ordering': true }]],
    ['Xinhua', 'author', [{ literal: 'Xinhua' }]],
  ])('%s', (text, role, names) => {
    expect(parseCreators(text)).toEqual({ role, names });
  });
});

describe('authorsAsShown', () => {
  test.each([
    ['Zhang, Deguang', 'Zhang Deguang'],
    ['A. N. Makhinov and V. G. Shvedov', 'A. N. Makhinov and V. G. Shvedov'],
    ['Katherine Gallagher; Kye, Seung-beom', 'Katherine Gallagher; Kye Seung-beom'],
    ['Odd Arne Westad (ed.)', 'Odd Arne Westad (ed.)'],
  ])('%s is shown as %s', (text, shown) => {
    expect(authorsAsShown(text)).toBe(shown);
  });
});

describe('sort keys', () => {
  test('a person by family name, then given names; a publisher without its article', () => {
    expect(creatorSortKey({ author: 'E. T. Williams' })).toBe('Williams E. T.');
    expect(creatorSortKey({ author: 'Zhang, Deguang', publisher: 'Far Eastern Affairs' })).toBe('Zhang Deguang');
    expect(creatorSortKey({ author: 'Odd Arne Westad (ed.)' })).toBe('Westad Odd Arne');
    expect(creatorSortKey({ publisher: 'The Spectator' })).toBe('Spectator');
    expect(titleSortKey('The CCP Endorsed All the Unequal Treaties')).toBe('CCP Endorsed All the Unequal Treaties');
    expect(titleSortKey('“No limits”')).toBe('No limits”');
  });
});

describe('the content’s author fields', () => {
  const authors = readEntries().flatMap((e) => e.data.sources.flatMap((s) => (s.author ? [{ where: `${e.id}: ${s.id}`, author: s.author }] : [])));
  test('are read, and each name part is a name: no "(ed.)" or other parenthesis left in one', () => {
    expect(authors.length).toBeGreaterThan(0);
    const odd = authors.filter(({ author }) => parseCreators(author).names.some((n) => /[()]/.test('literal' in n ? n.literal : `${n.family} ${n.given ?? ''}`)));
    expect(odd).toEqual([]);
  });
  test('a comma marks only a family name written first: one comma per name at most', () => {
    const odd = authors.filter(({ author }) => parseCreators(author).names.some((n) => 'given' in n && n.given?.includes(',')));
    expect(odd).toEqual([]);
  });
});
