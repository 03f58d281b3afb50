/**
 * The text-fragment builder against the WICG syntax, and every claim's link against the article:
 * each fragment decodes to words that stand verbatim in article.txt, and a browser's search for it
 * lands on the claim's own words (read back with tests/support/text-directive.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readEntries } from '../support/content.ts';
import { encodeTerm, textDirective, textFragmentUrl } from '../../src/lib/text-fragment';
import { parseTextDirective, resolveTextDirective } from '../support/text-directive.ts';

const article = readFileSync(new URL('../fixtures/research/article.txt', import.meta.url), 'utf8');

describe('encodeTerm', () => {
  test.each([
    ['commas', 'Xinhua, the CCP’s state media', 'Xinhua%2C%20the%20CCP%E2%80%99s%20state%20media'],
    ['dashes', 'Russia-China non-aggression', 'Russia%2DChina%20non%2Daggression'],
    ['an en dash (not syntax, encoded as UTF-8)', '1654–1689', '1654%E2%80%931689'],
    ['ampersands', 'Friendship & Alliance', 'Friendship%20%26%20Alliance'],
    ['curly quotes', '“Soviet Offer to China of 1919,”', '%E2%80%9CSoviet%20Offer%20to%20China%20of%201919%2C%E2%80%9D'],
    ['straight quotes', 'the CCP’s ‘two sessions’ and "boss"', 'the%20CCP%E2%80%99s%20%E2%80%98two%20sessions%E2%80%99%20and%20%22boss%22'],
    ['non-ASCII letters', 'Lüshun 旅顺 Нерчинск', 'L%C3%BCshun%20%E6%97%85%E9%A1%BA%20%D0%9D%D0%B5%D1%80%D1%87%D0%B8%D0%BD%D1%81%D0%BA'],
  ])('encodes %s', (_, text, expected) => {
    expect(encodeTerm(text)).toBe(expected);
    expect(decodeURIComponent(encodeTerm(text))).toBe(text);
  });

  test('leaves none of the directive’s own punctuation (- & ,) readable in a term', () => {
    expect(encodeTerm('a-b&c,d')).not.toMatch(/[-&,]/);
  });
});

describe('textDirective', () => {
  test('matches a short quote whole', () => {
    expect(textDirective('on charges of war crimes')).toBe('text=on%20charges%20of%20war%20crimes');
  });

  test('matches a long quote as start,end with the first and last words', () => {
    const quote = 'However, Russia broke the alliance and occupied Chinese territory, forcing China to sign unequal treaties that ceded land.';
    expect(textDirective(quote)).toBe(`text=${encodeTerm('However, Russia broke the')},${encodeTerm('treaties that ceded land.')}`);
  });

  test('collapses white space as a page renders it', () => {
    expect(textDirective(' the  first\nalliance ')).toBe('text=the%20first%20alliance');
  });

  test('refuses an empty quote', () => {
    expect(() => textDirective('  ')).toThrow(/empty/);
  });
});

describe('textFragmentUrl', () => {
  test('appends the directive after :~: and replaces an existing fragment', () => {
    expect(textFragmentUrl('https://example.org/a#top', 'x, y')).toBe('https://example.org/a#:~:text=x%2C%20y');
  });

  test('reads back what it builds, with commas and dashes inside the terms', () => {
    const quote = 'Russia-China relations, they say, ended – badly – in 1969 and then, later, again in the 1980s at the border.';
    const d = parseTextDirective(textFragmentUrl('https://example.org/', quote))!;
    expect(`${d.start} … ${d.end}`).toBe('Russia-China relations, they say, … 1980s at the border.');
    expect(resolveTextDirective(`Before. ${quote} After.`, d)).toBe(quote);
  });
});

const claims = readEntries().flatMap((e) => (e.data.claims ?? []).map((c) => ({ ...c, file: e.file })));

describe.each(claims.map((c) => [c.id, c] as const))('the link to claim %s', (_, c) => {
  const directive = parseTextDirective(textFragmentUrl('https://example.org/', c.quote))!;

  test('decodes to words that stand verbatim in article.txt', () => {
    for (const term of [directive.start, directive.end].filter((t) => t !== undefined)) {
      expect(article.includes(term), `${c.file}: "${term}" is not in the article`).toBe(true);
    }
  });

  test('lands on the claim’s own words', () => {
    expect(resolveTextDirective(article, directive)).toBe(c.quote);
  });
});

test('there are claims to link (the loop above is not empty)', () => {
  expect(claims.length).toBeGreaterThan(10);
});
