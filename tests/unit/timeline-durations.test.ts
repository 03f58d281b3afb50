import { describe, expect, it } from 'vitest';
import { DURATIONS_MIN_WIDTH, allianceDurations, durationLayout, durationsAt, formatDuration } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';

describe('allianceDurations', () => {
  const d = allianceDurations(all);
  it('measures each alliance in years, in ordinal order', () => {
    expect(d.map((x) => [x.ordinal, x.yearsLabel, x.dates])).toEqual([
      [1, '35 years', '1654–1689'],
      [2, '4 years', '1896–1900'],
      [3, '8 years', '1919–1927'],
      [4, '10 years', '1945–1955'],
      [5, '30 years', '1950–1980'],
    ]);
  });
  it('counts from the middle of a year-precise date (1654 → mid-1654)', () => {
    expect(d[0]!.years).toBeGreaterThan(35);
    expect(d[0]!.years).toBeLessThan(35.5);
  });
  it('ignores events', () => expect(d).toHaveLength(5));
});

describe('formatDuration', () => {
  it.each([
    [0.26, '0.3 years'],
    [1, '1 year'],
    [1.04, '1 year'],
    [4.08, '4 years'],
    [35.2, '35 years'],
  ])('%d reads "%s"', (years, text) => expect(formatDuration(years)).toBe(text));
});

describe('durationLayout', () => {
  const layout = durationLayout(all);
  it('is one drawing for every width: bar lengths and ticks are shares of the plot, in proportion to years', () => {
    for (const b of layout.bars) expect(b.share).toBeCloseTo(b.years / layout.max, 6);
    for (const t of layout.ticks) expect(t.share).toBeCloseTo(t.value / layout.max, 6);
  });
  it('stacks the rows without overlap', () => {
    for (let i = 1; i < layout.bars.length; i++) {
      expect(layout.bars[i]!.labelY - layout.fontSize).toBeGreaterThan(layout.bars[i - 1]!.y + layout.bars[i - 1]!.h);
    }
  });
  it('names each bar with its length', () => {
    expect(layout.bars[0]!.name).toBe('Alliance 1: Nerchinsk, 1654–1689, 35 years');
  });
  it('labels round numbers of years from 0, every ten, with the unit on the last', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(['0', '10', '20', '30', '40 years']);
  });
});

// The widths it is shown at: the charts' column on a 320 px phone, and the three sizes it replaces.
describe.each([DURATIONS_MIN_WIDTH, 320, 736, 1152])('durationLayout shown %i px wide', (width) => {
  const layout = durationLayout(all);
  const at = durationsAt(layout, width);
  it('draws the bars on one linear scale: lengths in proportion to years', () => {
    const [a, ...rest] = at.bars;
    for (const [i, b] of rest.entries()) expect(b.w / a!.w).toBeCloseTo(layout.bars[i + 1]!.years / layout.bars[0]!.years, 6);
  });
  it('keeps every bar and its value inside the drawing', () => {
    for (const [i, b] of at.bars.entries()) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.valueX + layout.bars[i]!.yearsLabel.length * layout.fontSize * 0.6).toBeLessThanOrEqual(width);
    }
  });
  it('leaves room inside the drawing for the last tick label ("40 years", centred on its tick)', () => {
    const label = layout.ticks.at(-1)!.label;
    expect(at.ticks.at(-1)! + (label.length * layout.fontSize * 0.6) / 2).toBeLessThanOrEqual(width - layout.plot.x);
  });
});
