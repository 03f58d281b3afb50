/** <Verdict> (src/components/entry/Verdict.astro), rendered through Astro's Container API. */
import { describe, expect, test } from 'vitest';
import Verdict from '../../src/components/entry/Verdict.astro';
import { render } from '../support/render.ts';

describe('Verdict', () => {
  test.each([
    ['accurate', '✓', 'Accurate'],
    ['imprecise', '≈', 'Imprecise'],
    ['inaccurate', '✗', 'Inaccurate'],
    ['unverified', '?', 'Unverified'],
  ] as const)('%s shows a symbol and a word', async (verdict, symbol, label) => {
    const html = await render(Verdict, { props: { verdict } });
    expect(html).toContain(`verdict-${verdict}`);
    expect(html).toMatch(new RegExp(`aria-hidden="true"[^>]*>\\${symbol}<`));
    expect(html).toContain(`>${label}<`);
  });
  test('an unknown verdict fails naming the prop', async () => {
    await expect(render(Verdict, { props: { verdict: 'maybe' } })).rejects.toThrow(
      '<Verdict>: prop "verdict": verdict must be one of: accurate, imprecise, inaccurate, unverified; got "maybe"',
    );
  });
});
