/** <Charts> (src/components/Charts.astro): the timeline page's three figures and their captions. */
import { describe, expect, it } from 'vitest';
import Charts from '../../src/components/Charts.astro';
import { all } from '../fixtures/timeline/entries';
import { render } from '../support/render.ts';

describe('Charts', () => {
  it('frames three figures with captions, the axis and the inset drawn in three sizes, the durations once', async () => {
    const html = await render(Charts, { props: { entries: all } });
    expect(html.match(/<figure/g)).toHaveLength(3);
    expect(html.match(/<figcaption/g)).toHaveLength(3);
    expect(html.match(/<svg class="chart-svg overview /g)).toHaveLength(3);
    expect(html.match(/<svg class="chart-svg inset /g)).toHaveLength(3);
    expect(html.match(/<svg class="chart-svg durations variant-fluid"/g)).toHaveLength(1);
    expect(html.match(/class="chart-svg/g)).toHaveLength(7);
    expect(html).toContain('1654 to 2023');
    expect(html).toMatch(/The five “alliances” the article counts, 1654 to 2023\./);
    expect(html).toContain('One milestone outside these years appears only in the chronology.');
    expect(html).toContain('17–22 March 2023, day by day');
  });
  it('fails on a bad inset day, naming the prop', async () => {
    await expect(render(Charts, { props: { entries: all, insetFrom: '17 March' } })).rejects.toThrow(
      /<Charts>: prop "insetFrom": must be a day as YYYY-MM-DD; got "17 March"/,
    );
  });
  it('fails on an empty entry list, naming the prop', async () => {
    await expect(render(Charts, { props: { entries: [] } })).rejects.toThrow(/prop "entries"/);
  });
});
