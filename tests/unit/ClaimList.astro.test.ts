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
    expect(html).toMatch(/Sources: <a [^>]*href="#source-t-wp"[^>]*>\[1\]<\/a>, <a [^>]*href="#source-t-book"[^>]*>\[2\]<\/a>/);
  });
  test('renders nothing when there are no claims', async () => {
    const html = await render(ClaimList, { props: { claims: [], sources } });
    expect(html).not.toContain('<section');
  });
});
