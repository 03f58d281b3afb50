/** <Cite> (src/components/mdx/Cite.astro), rendered through Astro's Container API. */
import { describe, expect, test, vi } from 'vitest';
import Cite from '../../src/components/mdx/Cite.astro';
import { render } from '../support/render.ts';

vi.mock('../../src/lib/entries', () => import('../fixtures/mdx-entries'));

describe('Cite', () => {
  test('links to the source with an accessible name that names it', async () => {
    const html = await render(Cite, { props: { id: 'nerchinsk-wp-treaty' } });
    expect(html).toMatch(/<a href="#source-nerchinsk-wp-treaty" title="Source 2: Treaty of Nerchinsk, Wikipedia"[^>]*><span aria-hidden="true"[^>]*>\[2\]<\/span><span class="visually-hidden source-ref-name"[^>]*> Source 2: Treaty of Nerchinsk, Wikipedia<\/span><\/a>/);
    expect(html).not.toMatch(/aria-label=/);
  });
  test('fails on an id that is not an id, naming the prop', async () => {
    await expect(render(Cite, { props: { id: 'Not An Id' } })).rejects.toThrow(
      '<Cite>: prop "id": source id must be lowercase letters, digits and hyphens; got "Not An Id"',
    );
  });
  test('fails on an unknown id, naming the prop', async () => {
    await expect(render(Cite, { props: { id: 'no-such-source' } })).rejects.toThrow(/<Cite>: prop "id" is "no-such-source"/);
  });
});
