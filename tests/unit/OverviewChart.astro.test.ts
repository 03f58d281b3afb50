/** <OverviewChart> (src/components/charts/OverviewChart.astro): the drawn timeline, at each size. */
import { describe, expect, it } from 'vitest';
import OverviewChart from '../../src/components/charts/OverviewChart.astro';
import { CHART_VARIANTS, overviewLayout } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';
import { rounded, snapshot, svgFile } from '../support/chart-snapshot.ts';
import { render } from '../support/render.ts';

describe('OverviewChart', () => {
  it.each(CHART_VARIANTS.map((v) => [v.key, v.orientation, v.width] as const))('renders the %s size (%s, %i px) as in its .svg snapshot', async (key, orientation, width) => {
    const html = await render(OverviewChart, {
      props: { layout: overviewLayout(all, { orientation, width }), label: 'Timeline, 1654 to 2023', variant: 'test' },
    });
    await expect(svgFile(html)).toMatchFileSnapshot(snapshot(`overview-${key}-${width}`));
  });

  it('makes every band and mark a named link to its anchor', async () => {
    const html = rounded(
      await render(OverviewChart, {
        props: { layout: overviewLayout(all, { orientation: 'horizontal', width: 1152 }), label: 'Timeline', variant: 'test' },
      }),
    );
    // A link's name: its aria-label, or else its <title> (the marks without a visible label).
    const links = [...html.matchAll(/<a href="#([^"]+)"([^>]*)>(?:\n<title>([^<]+)<\/title>)?/g)].map((m) => [
      m[1],
      /aria-label="([^"]+)"/.exec(m[2]!)?.[1] ?? m[3],
    ]);
    expect(links.filter(([, name]) => !name), 'links without a name').toEqual([]);
    expect(links).toContainEqual(['li-lobanov-1896-1900', 'Alliance 2: Li–Lobanov Treaty, 1896–1900']);
    expect(links).toContainEqual(['moscow-state-visit-2023', 'Meeting: Moscow state visit, 2023 (20–22 March 2023)']);
    expect(links).toContainEqual(['nerchinsk-treaty', 'Treaty of Nerchinsk signed, 6 September 1689']);
    expect(links.filter(([, name]) => name!.startsWith('Alliance '))).toHaveLength(5);
    expect(html).toMatch(/<g class="axis" aria-hidden="true">/);
    expect(html).toMatch(/<svg[^>]*role="group"[^>]*aria-label="Timeline"/);
  });

  it('fails with a message naming the prop when the layout is missing', async () => {
    await expect(render(OverviewChart, { props: { label: 'x', variant: 'x' } })).rejects.toThrow(/prop "layout"/);
  });
});
