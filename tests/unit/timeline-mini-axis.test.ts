import { describe, expect, it } from 'vitest';
import { mergeBands, miniAxis } from '../../src/lib/timeline';
import { nerchinsk, span, visit } from '../fixtures/periods';

describe('miniAxis', () => {
  it('puts 1654 at 0 and a period ending in 1689 at 35/370 of the width', () => {
    const { band } = miniAxis(span, nerchinsk, 370);
    expect(band.x).toBe(0);
    // 1 January 1654 to 7 September 1689 is about 35.7 years of 370.
    expect(band.width).toBeCloseTo(35.68, 1);
  });

  it('widens a three-day visit to the minimum width and keeps it inside the axis', () => {
    const { band } = miniAxis(span, visit, 370, [], 6);
    expect(band.width).toBe(6);
    expect(band.x + band.width).toBeLessThanOrEqual(370);
    expect(band.x).toBeGreaterThan(360);
  });

  it('labels both ends and every half-century, left to right', () => {
    const { ticks } = miniAxis(span, nerchinsk, 740);
    expect(ticks.map((t) => t.label)).toEqual(['1654', '1700', '1750', '1800', '1850', '1900', '1950', '2023']);
    const xs = ticks.map((t) => t.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs.at(-1)).toBeLessThanOrEqual(740);
  });

  it('takes its ends from the span it is given', () => {
    const { ticks } = miniAxis([new Date(Date.UTC(1800, 0, 1)), new Date(Date.UTC(1901, 0, 1) - 1)], nerchinsk, 740);
    expect(ticks.map((t) => t.label)).toEqual(['1800', '1850', '1900']);
  });

  it('lays out context periods on the same scale', () => {
    const { others } = miniAxis(span, visit, 370, [nerchinsk, visit]);
    expect(others).toHaveLength(2);
    expect(others[0]).toEqual(miniAxis(span, nerchinsk, 370).band);
  });
});

describe('mergeBands', () => {
  it('joins overlapping and touching bands and keeps separate ones apart', () => {
    expect(
      mergeBands([
        { x: 50, width: 10 },
        { x: 0, width: 10 },
        { x: 8, width: 5 },
        { x: 13.3, width: 2 },
      ]),
    ).toEqual([
      { x: 0, width: 15.3 },
      { x: 50, width: 10 },
    ]);
  });

  it('keeps a thousand bands over the axis to a handful', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ x: (i * 37) % 700, width: 4 }));
    const merged = mergeBands(many);
    expect(merged.length).toBeLessThan(10);
    expect(merged[0]!.x).toBe(0);
    expect(merged.at(-1)!.x + merged.at(-1)!.width).toBe(703);
  });
});
