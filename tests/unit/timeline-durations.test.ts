import { describe, expect, it } from 'vitest';
import { allianceDurations, durationLayout, formatDuration } from '../../src/lib/timeline';
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

describe.each([1152, 736, 320])('durationLayout at %i px', (width) => {
  const layout = durationLayout(all, width);
  it('draws the bars on one linear scale: lengths in proportion to years', () => {
    const [a, ...rest] = layout.bars;
    for (const b of rest) expect(b.w / a!.w).toBeCloseTo(b.years / a!.years, 2);
  });
  it('keeps every bar and its value inside the drawing', () => {
    for (const b of layout.bars) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.valueX + b.yearsLabel.length * layout.fontSize * 0.6).toBeLessThanOrEqual(width);
    }
  });
  it('stacks the rows without overlap', () => {
    for (let i = 1; i < layout.bars.length; i++) {
      expect(layout.bars[i]!.labelY - layout.fontSize).toBeGreaterThan(layout.bars[i - 1]!.y + layout.bars[i - 1]!.h);
    }
  });
  it('names each bar with its length', () => {
    expect(layout.bars[0]!.name).toBe('Alliance 1: Nerchinsk, 1654–1689, 35 years');
  });
  it('labels round numbers of years from 0', () => {
    expect(layout.ticks[0]!.label).toBe('0');
    expect(layout.ticks.at(-1)!.value).toBeGreaterThanOrEqual(35);
  });
});
