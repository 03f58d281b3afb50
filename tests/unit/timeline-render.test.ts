import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Charts from '../../src/components/Charts.astro';
import DurationChart from '../../src/components/charts/DurationChart.astro';
import InsetChart from '../../src/components/charts/InsetChart.astro';
import OverviewChart from '../../src/components/charts/OverviewChart.astro';
import { CHART_VARIANTS, durationLayout, insetLayout, overviewLayout } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';

/** Rounds every number in the markup to one decimal, so snapshots do not churn on float noise. */
const rounded = (html: string) =>
  html
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/ data-astro-[a-z-]+(="[^"]*")?/g, '')
    .replace(/></g, '>\n<');

/**
 * The rendered chart as a file a reviewer can open: the rounded markup with the SVG namespace and a
 * minimal stylesheet (the site's own CSS needs the page), one file per chart and drawn size.
 */
const svgFile = (html: string) =>
  rounded(html)
    .replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/(<svg[^>]*>)/, '$1\n<style>text { font-family: sans-serif; } .label-boxes rect { fill: white; } .grid, .axis path { fill: none; stroke: #999; } .leaders line { stroke: #999; } .milestone .hit { fill: none; }</style>') + '\n';
const snapshot = (name: string) => `./__snapshots__/charts/${name}.svg`;

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('OverviewChart', () => {
  it.each(CHART_VARIANTS.map((v) => [v.key, v.orientation, v.width] as const))('renders the %s size (%s, %i px) as in its .svg snapshot', async (key, orientation, width) => {
    const html = await container.renderToString(OverviewChart, {
      props: { layout: overviewLayout(all, { orientation, width }), label: 'Timeline, 1654 to 2023', variant: 'test' },
    });
    await expect(svgFile(html)).toMatchFileSnapshot(snapshot(`overview-${key}-${width}`));
  });

  it('makes every band and mark a named link to its anchor', async () => {
    const html = rounded(
      await container.renderToString(OverviewChart, {
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
    expect(links).toContainEqual(['moscow-state-visit-2023', 'Meeting: Moscow state visit, 2023 (20 March 2023)']);
    expect(links).toContainEqual(['nerchinsk-treaty', 'Treaty of Nerchinsk signed, 6 September 1689']);
    expect(links.filter(([, name]) => name!.startsWith('Alliance '))).toHaveLength(5);
    expect(html).toMatch(/<g class="axis" aria-hidden="true">/);
    expect(html).toMatch(/<svg[^>]*role="group"[^>]*aria-label="Timeline"/);
  });

  it('fails with a message naming the prop when the layout is missing', async () => {
    await expect(container.renderToString(OverviewChart, { props: { label: 'x', variant: 'x' } })).rejects.toThrow(/prop "layout"/);
  });
});

describe('InsetChart', () => {
  it.each(CHART_VARIANTS.map((v) => [v.key, v.insetOrientation, v.width] as const))('renders 17–22 March 2023 at the %s size (%s, %i px) as in its .svg snapshot', async (key, orientation, width) => {
    const html = await container.renderToString(InsetChart, {
      props: { layout: insetLayout(all, { from: '2023-03-17', to: '2023-03-22', width, orientation }), label: 'Detail', variant: 'test' },
    });
    expect(html).toContain('href="#icc-warrants-2023"');
    expect(html).toContain('href="#visit-joint-statement"');
    await expect(svgFile(html)).toMatchFileSnapshot(snapshot(`inset-${key}-${width}`));
  });
});

describe('DurationChart', () => {
  it.each(CHART_VARIANTS.map((v) => [v.key, v.width] as const))('renders the five bars at the %s size (%i px) as in its .svg snapshot', async (key, width) => {
    const html = await container.renderToString(DurationChart, {
      props: { layout: durationLayout(all, width), label: 'Length of each alliance in years', variant: 'test' },
    });
    expect(html).toContain('35 years');
    expect(html).toContain('Li–Lobanov Treaty, 1896–1900');
    await expect(svgFile(html)).toMatchFileSnapshot(snapshot(`durations-${key}-${width}`));
  });
});

describe('Charts', () => {
  it('frames three figures with captions, each drawn in three sizes', async () => {
    const html = await container.renderToString(Charts, { props: { entries: all } });
    expect(html.match(/<figure/g)).toHaveLength(3);
    expect(html.match(/<figcaption/g)).toHaveLength(3);
    expect(html.match(/<svg/g)).toHaveLength(9);
    expect(html).toContain('1654 to 2023');
    expect(html).toMatch(/The five “alliances” the article counts, 1654 to 2023\./);
    expect(html).toContain('One milestone outside these years appears only in the chronology.');
    expect(html).toContain('17–22 March 2023, day by day');
  });
  it('fails on a bad inset day, naming the prop', async () => {
    await expect(container.renderToString(Charts, { props: { entries: all, insetFrom: '17 March' } })).rejects.toThrow(
      /<Charts>: prop "insetFrom": must be a day as YYYY-MM-DD; got "17 March"/,
    );
  });
  it('fails on an empty entry list, naming the prop', async () => {
    await expect(container.renderToString(Charts, { props: { entries: [] } })).rejects.toThrow(/prop "entries"/);
  });
});
