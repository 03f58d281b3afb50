/** <OverviewChart> (src/components/charts/OverviewChart.astro): the drawn timeline, at each size. */
import { describe, expect, it } from 'vitest';
import OverviewChart from '../../src/components/charts/OverviewChart.astro';
import { CHART_VARIANTS, overviewLayout } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';
import { rounded, snapshot, svgFile } from '../support/chart-snapshot.ts';
import { render } from '../support/render.ts';

describe('OverviewChart', () => {
  it.each(CHART_VARIANTS.map((v) => [v.key, v.orientation, v.width, v.target] as const))('renders the %s size (%s, %i px, tap areas %s) as in its .svg snapshot', async (key, orientation, width, target) => {
    const html = await render(OverviewChart, {
      props: { layout: overviewLayout(all, { orientation, width, ...(target ? { target } : {}) }), label: 'Timeline, 1654 to 2023', variant: 'test' },
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

  it('with a target (the phone’s size), draws the milestones unlinked under each band’s tap area', async () => {
    const html = rounded(
      await render(OverviewChart, {
        props: { layout: overviewLayout(all, { orientation: 'vertical', width: 320, target: 28 }), label: 'Timeline', variant: 'test' },
      }),
    );
    expect(html).not.toMatch(/<a [^>]*class="milestone/);
    expect(html).toMatch(/<g class="milestones" aria-hidden="true">\n?<circle class="milestone/);
    const bandLinks = [...html.matchAll(/<a href="#[^"]+" class="band"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => m[1]!);
    expect(bandLinks).toHaveLength(5);
    for (const inner of bandLinks) expect(inner).toMatch(/^\s*<rect class="tap"/);
    // The milestones are drawn before the bands, so their tap areas lie over them.
    expect(html.indexOf('class="milestones"')).toBeLessThan(html.indexOf('class="bands"'));
  });

  it('without a target, draws no tap area and links every milestone', async () => {
    const html = await render(OverviewChart, {
      props: { layout: overviewLayout(all, { orientation: 'vertical', width: 320 }), label: 'Timeline', variant: 'test' },
    });
    expect(html).not.toContain('class="tap"');
    expect(html).toMatch(/<a [^>]*class="milestone/);
  });

  it('fails with a message naming the prop when the layout is missing', async () => {
    await expect(render(OverviewChart, { props: { label: 'x', variant: 'x' } })).rejects.toThrow(/prop "layout"/);
  });
});
