/** Where the preview cards are published (src/lib/og/paths.ts): the route's slugs and the pages' links. */
import { describe, expect, test } from 'vitest';
import { COLLECTIONS } from '../../src/lib/chronology';
import { cardPath, claimCardSlug, entryCardSlug, TIMELINE_CARD } from '../../src/lib/og/paths';

describe('cardPath', () => {
  test.each([
    ['the timeline', TIMELINE_CARD, 'og/timeline.png'],
    ['an alliance', entryCardSlug({ collection: 'alliances', id: 'nerchinsk-1654-1689' }), 'og/alliances/nerchinsk-1654-1689.png'],
    ['an event', entryCardSlug({ collection: 'events', id: 'moscow-2023' }), 'og/events/moscow-2023.png'],
    ['a claim', claimCardSlug('icc-claim-date'), 'og/claims/icc-claim-date.png'],
  ])('%s: the route publishes og/<slug>.png, the page links the same', (_, slug, path) => {
    expect(cardPath(slug)).toBe(path);
  });
});

describe('slugs', () => {
  test('a claim card and the timeline card never take the place of an entry card', () => {
    const id = 'same-id';
    const entries = COLLECTIONS.map((collection) => entryCardSlug({ collection, id }));
    const others = [claimCardSlug(id), TIMELINE_CARD];
    expect(new Set([...entries, ...others]).size).toBe(entries.length + others.length);
    for (const other of others) expect(entries.some((e) => e.split('/')[0] === other.split('/')[0])).toBe(false);
  });
});
