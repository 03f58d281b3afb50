/** <DurationChart> (src/components/charts/DurationChart.astro): the alliances' lengths, at each size. */
import { describe, expect, it } from 'vitest';
import DurationChart from '../../src/components/charts/DurationChart.astro';
import { CHART_VARIANTS, durationLayout } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';
import { snapshot, svgFile } from '../support/chart-snapshot.ts';
import { render } from '../support/render.ts';

describe('DurationChart', () => {
  it.each(CHART_VARIANTS.map((v) => [v.key, v.width] as const))('renders the five bars at the %s size (%i px) as in its .svg snapshot', async (key, width) => {
    const html = await render(DurationChart, {
      props: { layout: durationLayout(all, width), label: 'Length of each alliance in years', variant: 'test' },
    });
    expect(html).toContain('35 years');
    expect(html).toContain('Li–Lobanov Treaty, 1896–1900');
    await expect(svgFile(html)).toMatchFileSnapshot(snapshot(`durations-${key}-${width}`));
  });
});
