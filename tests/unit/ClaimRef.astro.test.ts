/** <ClaimRef> (src/components/mdx/ClaimRef.astro), rendered through Astro's Container API. */
import { describe, expect, test, vi } from 'vitest';
import ClaimRef from '../../src/components/mdx/ClaimRef.astro';
import { render } from '../support/render.ts';

vi.mock('../../src/lib/entries', () => import('../fixtures/mdx-entries'));

describe('ClaimRef', () => {
  test('links to the claim and shows its verdict', async () => {
    const html = await render(ClaimRef, { props: { id: 'icc-claim-date' }, slots: { default: 'to 18 March' } });
    expect(html).toMatch(/<a class="claim-ref[^"]*" href="#claim-icc-claim-date"/);
    expect(html).toContain('to 18 March');
    expect(html).toContain('Inaccurate');
  });
  test('fails on an unknown id, naming the prop', async () => {
    await expect(render(ClaimRef, { props: { id: 'nope' } })).rejects.toThrow(/<ClaimRef>: prop "id" is "nope"/);
  });
});
