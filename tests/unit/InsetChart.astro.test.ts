/** <InsetChart> (src/components/charts/InsetChart.astro): the days of March 2023, at each size. */
import { describe, expect, it } from 'vitest';
import InsetChart from '../../src/components/charts/InsetChart.astro';
import { CHART_VARIANTS, insetLayout } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';
import { snapshot, svgFile } from '../support/chart-snapshot.ts';
import { render } from '../support/render.ts';

describe('InsetChart', () => {
  it.each(CHART_VARIANTS.map((v) => [v.key, v.insetOrientation, v.width, v.target] as const))('renders 17–22 March 2023 at the %s size (%s, %i px, tap areas %s) as in its .svg snapshot', async (key, orientation, width, target) => {
    const html = await render(InsetChart, {
      props: { layout: insetLayout(all, { from: '2023-03-17', to: '2023-03-22', width, orientation, ...(target ? { target } : {}) }), label: 'Detail', variant: 'test' },
    });
    expect(html).toContain('href="#icc-warrants-2023"');
    expect(html).toContain('href="#visit-joint-statement"');
    await expect(svgFile(html)).toMatchFileSnapshot(snapshot(`inset-${key}-${width}`));
  });
});
