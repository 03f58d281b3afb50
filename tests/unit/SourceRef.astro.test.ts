/** <SourceRef> (src/components/entry/SourceRef.astro), rendered through Astro's Container API. */
import { describe, expect, test } from 'vitest';
import SourceRef from '../../src/components/entry/SourceRef.astro';
import { render } from '../support/render.ts';
import { sources } from '../fixtures/claims';

describe('SourceRef', () => {
  test.each([
    ['t-wp', 1, 'Treaty of Nerchinsk'],
    ['t-book', 2, 'Russia and China'],
  ])('%s is [%i], as the source list numbers it, named by its title', async (id, n, title) => {
    const html = await render(SourceRef, { props: { id, sources } });
    expect(html).toMatch(new RegExp(`<a class="source-ref" href="#source-${id}" aria-label="Source ${n}: ${title}"[^>]*>\\[${n}\\]</a>`));
  });
  test('fails on an id that is not one of the sources, naming the prop', async () => {
    await expect(render(SourceRef, { props: { id: 'nope', sources } })).rejects.toThrow(/<SourceRef>: prop "id" is "nope"/);
  });
});
