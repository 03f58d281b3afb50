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

/** The link's accessible name (its off-screen text, tags taken out), tooltip and visible text. */
function link(html: string) {
  const a = /<a [^>]*>[\s\S]*?<\/a>/.exec(html)?.[0] ?? '';
  return {
    name: /<span class="visually-hidden source-ref-name"[^>]*>([\s\S]*?)<\/span><\/a>/.exec(a)?.[1]?.replace(/<[^>]*>/g, '').trim(),
    title: /title="([^"]*)"/.exec(a)?.[1],
    text: /<span aria-hidden="true"[^>]*>([^<]*)<\/span>/.exec(a)?.[1],
    ariaLabel: /aria-label=/.test(a),
  };
}

describe('SourceRef', () => {
  test.each([
    ['t-wp', 1, 'Treaty of Nerchinsk, Wikipedia'],
    ['t-book', 2, 'Russia and China, Mark Mancall'],
  ])('%s is [%i], as the source list numbers it, named by its title and author or publisher', async (id, n, title) => {
    const html = await render(SourceRef, { props: { id, sources } });
    expect(html).toMatch(new RegExp(`<a class="source-ref" href="#source-${id}" title="Source ${n}: ${title}"[^>]*>`));
    expect(link(html)).toEqual({ name: `Source ${n}: ${title}`, title: `Source ${n}: ${title}`, text: `[${n}]`, ariaLabel: false });
  });
  test('a Russian title is named in its language: the name is the link\'s text, its Russian marked lang="ru", and no aria-label', async () => {
    const ru: Source[] = [...sources, { id: 't-ru', title: 'Союзный договор между Россией и Китаем (the treaty’s Russian text)', publisher: 'Wikisource' }];
    const html = await render(SourceRef, { props: { id: 't-ru', sources: ru } });
    expect(html).not.toMatch(/aria-label=/);
    expect(html).toMatch(/<span lang="ru"[^>]*>Союзный договор между Россией и Китаем<\/span> \(the treaty’s Russian text\), Wikisource/);
    expect(link(html).name).toBe('Source 3: Союзный договор между Россией и Китаем (the treaty’s Russian text), Wikisource');
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
