/** The claims list: article order, counts per verdict, paths, and text shortened with an ellipsis or quoted. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readEntries } from '../support/content.ts';
import { claimPath, claimSources, claimsInArticleOrder, quoted, shorten, verdictCounts, verdictSectionId } from '../../src/lib/claims';
import { CARD_QUOTE_MAX } from '../../src/lib/og/card';
import { doubleQuoteFaults } from '../support/quotes.ts';
import { verdicts, type Verdict } from '../../src/lib/verdicts';

const article = 'First A. Then B, then C. Last D.';
const claim = (id: string, quote: string, verdict: Verdict = 'accurate') => ({ id, quote, verdict });

describe('claimsInArticleOrder', () => {
  test('orders claims by where their quotes stand in the article, across entries', () => {
    const entries = [
      { id: 'late', data: { claims: [claim('d', 'Last D.'), claim('b', 'Then B')] } },
      { id: 'early', data: { claims: [claim('c', 'then C.'), claim('a', 'First A.')] } },
    ];
    const placed = claimsInArticleOrder(entries, article);
    expect(placed.map((p) => p.claim.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(placed.map((p) => p.entry.id)).toEqual(['early', 'late', 'early', 'late']);
  });

  test('puts the narrower of two quotes that start together first', () => {
    const placed = claimsInArticleOrder([{ id: 'e', data: { claims: [claim('long', 'Then B, then C.'), claim('short', 'Then B')] } }], article);
    expect(placed.map((p) => p.claim.id)).toEqual(['short', 'long']);
  });

  test('stops on a quote that is not in the article, naming the entry and the claim', () => {
    expect(() => claimsInArticleOrder([{ id: 'e', data: { claims: [claim('x', 'Never said.')] } }], article)).toThrow(
      /e: claim "x" quotes words that are not in the article/,
    );
  });

  test('puts the real claims in the article’s order', () => {
    const text = readFileSync(new URL('../fixtures/research/article.txt', import.meta.url), 'utf8');
    const entries = readEntries().map((e) => ({
      id: e.id,
      data: { claims: (e.data.claims ?? []).map((c) => claim(c.id, c.quote, c.verdict as Verdict)) },
    }));
    const placed = claimsInArticleOrder(entries, text);
    expect(placed.length).toBe(entries.reduce((n, e) => n + e.data.claims.length, 0));
    const offsets = placed.map((p) => p.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    // The article opens with the dinner of 20 March and ends its history with the 1950 treaty.
    expect(placed[0]!.claim.id).toBe('visit-claim-dinner');
    expect(placed.at(-1)!.claim.id).toBe('sino-soviet-1950-claim-end');
  });
});

describe('verdictCounts', () => {
  test('counts every verdict, with 0 for those no claim has, adding up to the claims', () => {
    const counts = verdictCounts([claim('a', '', 'inaccurate'), claim('b', '', 'inaccurate'), claim('c', '', 'accurate')]);
    expect(counts).toEqual({ accurate: 1, imprecise: 0, inaccurate: 2, unverified: 0 });
    expect(Object.keys(counts)).toEqual([...verdicts]);
  });
});

describe('claimSources', () => {
  const sources = [{ id: 'treaty', title: 'T' }, { id: 'book', title: 'B' }, { id: 'news', title: 'N' }];
  test('takes the entry’s sources the claim cites, in the claim’s order, and no others', () => {
    expect(claimSources({ id: 'c', sources: ['news', 'treaty'] }, sources)).toEqual([sources[2], sources[0]]);
  });
  test('stops on a source the entry does not list, naming the claim and the source', () => {
    expect(() => claimSources({ id: 'c', sources: ['book', 'lost'] }, sources)).toThrow(/Claim "c" cites source "lost"/);
  });
});

describe('paths', () => {
  test('claimPath and verdictSectionId', () => {
    expect(claimPath('icc-claim-date')).toBe('claims/icc-claim-date/');
    expect(verdictSectionId('imprecise')).toBe('verdict-imprecise');
  });
});

describe('shorten', () => {
  test('leaves text that fits', () => {
    expect(shorten('No pact was signed.', 19)).toBe('No pact was signed.');
  });
  test.each([
    ['cuts at a word and adds an ellipsis', 'No pact was signed in 1654', 16, 'No pact was…'],
    ['drops punctuation before the cut', 'Baykov, the envoy, sought trade', 11, 'Baykov…'],
    ['cuts inside a long word when no space is near', 'Supercalifragilistic', 8, 'Superca…'],
  ])('%s', (_, text, max, expected) => {
    const out = shorten(text, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });
});

describe('quoted', () => {
  test('sets words in double quotes', () => {
    expect(quoted('No pact was signed.')).toBe('“No pact was signed.”');
  });
  test('turns a quotation inside the words single', () => {
    expect(quoted('They signed the “Treaty of Friendship.” It failed.')).toBe('“They signed the ‘Treaty of Friendship.’ It failed.”');
  });
  test('shortens as shorten does, and closes a quotation that the cut left open', () => {
    const text = 'They signed the “Treaty of Friendship, Alliance and Mutual Assistance.” It failed.';
    expect(quoted(text, 40)).toBe('“They signed the ‘Treaty of Friendship…’”');
  });
  test('leaves apostrophes and single quotes as they are', () => {
    expect(quoted('the CCP’s ‘two sessions’ ended')).toBe('“the CCP’s ‘two sessions’ ended”');
  });

  // Every claim of content/, at every length the site quotes it: the meta description and the
  // preview image's alt (120), the entry's hidden link context (60), the preview card (CARD_QUOTE_MAX)
  // and in full.
  const quotes = readEntries().flatMap((e) => ((e.data.claims ?? []) as { id: string; quote: string }[]).map((c) => [c.id, c.quote] as const));
  test('the content has claims whose quotes hold a quotation of their own (so the cases below are met)', () => {
    expect(quotes.filter(([, q]) => q.includes('“')).length).toBeGreaterThan(0);
  });
  test.each(quotes)('%s: quoted at every length the site uses, no double quote opens inside another', (_id, quote) => {
    for (const max of [undefined, 60, 120, CARD_QUOTE_MAX]) {
      const out = quoted(quote, max);
      expect(doubleQuoteFaults(out), `${max ?? 'full'}: ${out}`).toEqual([]);
    }
  });
});
