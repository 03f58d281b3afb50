/** <ClaimList> (src/components/entry/ClaimList.astro), rendered through Astro's Container API. */
import { describe, expect, test } from 'vitest';
import ClaimList from '../../src/components/entry/ClaimList.astro';
import { render } from '../support/render.ts';
import { claims, sources } from '../fixtures/claims';

describe('ClaimList', () => {
  test('shows the quote, the record, the verdict and numbered source links', async () => {
    const html = await render(ClaimList, { props: { claims, sources } });
    expect(html).toMatch(/<li id="claim-t-claim"/);
    expect(html).toContain('The article says');
    expect(html).toMatch(/<blockquote[^>]*>\s*<p[^>]*>They sent an envoy.<\/p>/);
    expect(html).toContain('The record');
    expect(html).toContain('A trade mission.');
    expect(html).toContain('Inaccurate');
    // Each source link shows its number and is named by its source (SourceRefLink.astro: the number
    // is hidden from the accessibility tree, the name is the link's own off-screen text).
    const link = (id: string, n: number, name: string) =>
      `<a [^>]*href="#source-${id}"[^>]*><span aria-hidden="true"[^>]*>\\[${n}\\]</span><span [^>]*class="visually-hidden source-ref-name"[^>]*> Source ${n}: ${name}</span></a>`;
    expect(html).toMatch(new RegExp(`Sources: ${link('t-wp', 1, 'Treaty of Nerchinsk, Wikipedia')}, ${link('t-book', 2, 'Russia and China, Mark Mancall')}`));
  });
  test('renders nothing when there are no claims', async () => {
    const html = await render(ClaimList, { props: { claims: [], sources } });
    expect(html).not.toContain('<section');
  });
});
