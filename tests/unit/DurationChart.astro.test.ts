/** <DurationChart> (src/components/charts/DurationChart.astro): the alliances' lengths, one drawing that re-flows. */
import { describe, expect, it } from 'vitest';
import DurationChart from '../../src/components/charts/DurationChart.astro';
import { durationLayout } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';
import { snapshot, svgFile } from '../support/chart-snapshot.ts';
import { render } from '../support/render.ts';

describe('DurationChart', () => {
  const html = render(DurationChart, {
    props: { layout: durationLayout(all), label: 'Length of each alliance in years', variant: 'fluid' },
  });
  it('renders the five bars as in its .svg snapshot', async () => {
    expect(await html).toContain('35 years');
    expect(await html).toContain('Li–Lobanov Treaty, 1896–1900');
    await expect(svgFile(await html)).toMatchFileSnapshot(snapshot('durations-fluid'));
  });
  it('has no viewBox and no fixed width: it is as wide as its column, its lengths percentages of the plot', async () => {
    const svg = /<svg[^>]*>/.exec(await html)![0];
    expect(svg).not.toContain('viewBox');
    expect(svg).toContain('width="100%"');
    expect(await html).toMatch(/<rect x="0" y="[\d.]+" width="[\d.]+%"/);
  });
});
