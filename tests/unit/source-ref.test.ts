/** A numbered link to a source (src/lib/source-ref.ts): its visible text and its accessible name. */
import { describe, expect, test } from 'vitest';
import { inListOrder, SOURCE_REF_NAME_MAX, sourceRefName, sourceRefNames, sourceRefText } from '../../src/lib/source-ref';

// As tests/e2e/label-in-name.spec.ts compares them: letters and digits only, lower case.
const words = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('sourceRefText', () => {
  test.each([1, 2, 12])('%i in brackets', (n) => {
    expect(sourceRefText(n)).toBe(`[${n}]`);
  });
});

describe('sourceRefName', () => {
  test.each([
    ['the author when there is one', { title: 'Russia and China', author: 'Mark Mancall', publisher: 'Harvard University Press' }, 'Source 2: Russia and China, Mark Mancall'],
    ['else the publisher', { title: 'Treaty of Nerchinsk', publisher: 'Wikipedia' }, 'Source 2: Treaty of Nerchinsk, Wikipedia'],
    ['the title alone when neither is known', { title: 'Treaty of Nerchinsk' }, 'Source 2: Treaty of Nerchinsk'],
  ])('names the number, the title and %s', (_, source, name) => {
    expect(sourceRefName(2, source)).toBe(name);
  });
  test('cuts a long reference short with an ellipsis, keeping the number and the start of the title', () => {
    const source = {
      title: 'Resolution 505 (VI): Threats to the political independence and territorial integrity of China and to the peace of the Far East',
      publisher: 'United Nations General Assembly (text as transcribed at Wikisource)',
    };
    const name = sourceRefName(7, source);
    expect(name).toBe('Source 7: Resolution 505 (VI): Threats to the political independence and territorial…');
    expect(name.length - 'Source 7: '.length).toBeLessThanOrEqual(SOURCE_REF_NAME_MAX);
  });
  test.each([1, 3, 10, 21])('contains the visible text for source %i (label in name)', (n) => {
    // A title with other numbers in it must not be what makes the name contain the visible number.
    const name = words(sourceRefName(n, { title: 'Treaty 1689', publisher: 'Archive 4' }));
    expect(name.startsWith(`source ${words(sourceRefText(n))} `)).toBe(true);
  });
});

describe('sourceRefNames', () => {
  // Two entries that both cite the article as their second source, under their own ids, and a
  // third that cites it first: as the timeline's entries do.
  const article = { title: 'Uncertainty Marks the Sixth Russia-China Alliance', publisher: 'The Epoch Times' };
  const entries = [
    { data: { shortTitle: 'Nerchinsk, 1654–1689', sources: [{ id: 'n-wp', title: 'Treaty of Nerchinsk', publisher: 'Wikipedia' }, { id: 'n-et', ...article }] } },
    { data: { shortTitle: 'Karakhan and Sun, 1919–1927', sources: [{ id: 'k-wp', title: 'Sun–Joffe Manifesto', publisher: 'Wikipedia' }, { id: 'k-et', ...article }] } },
    { data: { shortTitle: 'ICC arrest warrant, 2023', sources: [{ id: 'i-et', ...article }] } },
  ];
  const names = sourceRefNames(entries);
  test('names two sources of one number and title by their entries', () => {
    expect(names.get('n-et')).toBe('Source 2 in Nerchinsk, 1654–1689: Uncertainty Marks the Sixth Russia-China Alliance, The Epoch Times');
    expect(names.get('k-et')).toBe('Source 2 in Karakhan and Sun, 1919–1927: Uncertainty Marks the Sixth Russia-China Alliance, The Epoch Times');
  });
  test('leaves a name no other source shares as sourceRefName writes it', () => {
    expect(names.get('i-et')).toBe(sourceRefName(1, article));
    expect(names.get('n-wp')).toBe('Source 1: Treaty of Nerchinsk, Wikipedia');
  });
  test('gives every source a name of its own', () => {
    const all = entries.flatMap((e) => e.data.sources.map((s) => names.get(s.id)));
    expect(new Set(all).size).toBe(all.length);
  });
  test('tells apart names that only the ellipsis made equal', () => {
    const long = 'A title long enough that the name is cut short before the words that tell the two apart';
    const cut = sourceRefNames([
      { data: { shortTitle: 'One', sources: [{ id: 'a', title: `${long}: first` }] } },
      { data: { shortTitle: 'Two', sources: [{ id: 'b', title: `${long}: second` }] } },
    ]);
    expect(cut.get('a')).not.toBe(cut.get('b'));
    expect(cut.get('a')).toMatch(/^Source 1 in One: /);
  });
  test.each(['n-et', 'k-et', 'i-et'])('%s: the name still starts with the visible number (label in name)', (id) => {
    expect(words(names.get(id)!).startsWith('source 2 ') || words(names.get(id)!).startsWith('source 1 ')).toBe(true);
  });
});

describe('inListOrder', () => {
  const sources = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

  test('puts the ids in the order of the source list, whatever order they were written in', () => {
    expect(inListOrder(['d', 'a', 'c'], sources)).toEqual(['a', 'c', 'd']);
  });

  test('leaves the ids it is given unchanged, and an unknown id at the end', () => {
    const ids = ['x', 'b', 'a'];
    expect(inListOrder(ids, sources)).toEqual(['a', 'b', 'x']);
    expect(ids).toEqual(['x', 'b', 'a']);
  });
});
