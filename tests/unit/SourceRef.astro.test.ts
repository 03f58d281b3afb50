/** <SourceRef> (src/components/entry/SourceRef.astro), rendered through Astro's Container API. */
import { describe, expect, test, vi } from 'vitest';
import SourceRef from '../../src/components/entry/SourceRef.astro';
import Cite from '../../src/components/mdx/Cite.astro';
import type { Source } from '../../src/schemas/source';
import { render } from '../support/render.ts';
import { sources } from '../fixtures/claims';
import { getTimeline } from '../fixtures/mdx-entries';

// <Cite> reads the entries through src/lib/entries, which Vitest cannot load: the same stand-in as its own test.
vi.mock('../../src/lib/entries', () => import('../fixtures/mdx-entries'));

/** The link's accessible name, tooltip and visible text. */
function link(html: string) {
  const a = /<a [^>]*>[^<]*<\/a>/.exec(html)?.[0] ?? '';
  return {
    name: /aria-label="([^"]*)"/.exec(a)?.[1],
    title: /title="([^"]*)"/.exec(a)?.[1],
    text: />([^<]*)<\/a>/.exec(a)?.[1],
  };
}

describe('SourceRef', () => {
  test.each([
    ['t-wp', 1, 'Treaty of Nerchinsk, Wikipedia'],
    ['t-book', 2, 'Russia and China, Mark Mancall'],
  ])('%s is [%i], as the source list numbers it, named by its title and author or publisher', async (id, n, title) => {
    const html = await render(SourceRef, { props: { id, sources } });
    expect(html).toMatch(new RegExp(`<a class="source-ref" href="#source-${id}" aria-label="Source ${n}: ${title}" title="Source ${n}: ${title}"[^>]*>\\[${n}\\]</a>`));
  });
  test('fails on an id that is not one of the sources, naming the prop', async () => {
    await expect(render(SourceRef, { props: { id: 'nope', sources } })).rejects.toThrow(/<SourceRef>: prop "id" is "nope"/);
  });
  test('names, shows and points at a source exactly as <Cite> does', async () => {
    const [entry] = await getTimeline();
    const listed = entry!.data.sources as Source[];
    for (const { id } of listed) {
      const cite = link(await render(Cite, { props: { id } }));
      const ref = link(await render(SourceRef, { props: { id, sources: listed } }));
      expect(cite.name).toMatch(/^Source \d+: /);
      expect(ref).toEqual(cite);
    }
  });
});
