/** The base map: compact path data, today's China–Russia border inside the drawing, within its byte budget. */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { baseMap, pathData } from '../../src/lib/map/geometry';
import { EUROPE_ASIA, fitConic, FRONTIER } from '../../src/lib/map/projection';
import { MAP_SIZES } from '../../src/lib/map/sizes';

/** Gzipped bytes of the base layers of one drawing, as they sit in the page. */
const gz = (s: string) => gzipSync(s, { level: 9 }).length;

// Budgets for the geometry alone, about a fifth above what it weighs now; unsimplified it would not fit.
describe.each([
  [640, 1, 1800],
  [320, 1.5, 1000],
])('baseMap at width %i (minArea %f)', (width, minArea, budget) => {
  const fit = fitConic(FRONTIER, width);
  const base = baseMap(fit, { minArea });

  test(`the geometry of one drawing stays within ${budget} bytes gzipped (of the 8 KB a map may weigh)`, () => {
    expect(gz(base.land + base.chinaRussia + base.otherBorders)).toBeLessThanOrEqual(budget);
  });

  test('the China–Russia border is drawn, and every point of it lies inside the drawing', () => {
    expect(base.chinaRussia.length).toBeGreaterThan(100);
    let x = 0;
    let y = 0;
    for (const m of base.chinaRussia.matchAll(/([Ml])(-?\d+),?(-?\d+)/g)) {
      const [a, b] = [Number(m[2]), Number(m[3])];
      [x, y] = m[1] === 'M' ? [a, b] : [x + a, y + b];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(fit.height);
    }
  });

  test('path data holds only moves, relative lines and closes, in whole pixels', () => {
    for (const d of [base.land, base.chinaRussia, base.otherBorders]) expect(d).toMatch(/^(?:M-?\d+,-?\d+|l-?\d+,?-?\d+|z)*$/);
  });
});

// The base from Europe to East Asia, from the 1:110m atlas at the sizes the entry pages draw it:
// 3.6 KB and 2.0 KB now; unsimplified they would weigh 4.2 KB and 3.2 KB.
describe.each([
  [MAP_SIZES.wide.width, MAP_SIZES.wide.minArea['europe-asia'], 3900],
  [MAP_SIZES.narrow.width, MAP_SIZES.narrow.minArea['europe-asia'], 2300],
])('baseMap(EUROPE_ASIA) at width %i (minArea %f, 1:110m)', (width, minArea, budget) => {
  const fit = fitConic(EUROPE_ASIA, width);
  const base = baseMap(fit, { minArea, atlas: '110m' });
  test(`the geometry stays within ${budget} bytes gzipped`, () => {
    expect(gz(base.land + base.chinaRussia + base.otherBorders)).toBeLessThanOrEqual(budget);
  });
  test('it is lighter than the same drawing from the 1:50m atlas', () => {
    const fifty = baseMap(fit, { minArea, atlas: '50m' });
    expect(gz(base.land + base.otherBorders)).toBeLessThan(gz(fifty.land + fifty.otherBorders));
  });
  test('the China–Russia border is drawn', () => {
    expect(base.chinaRussia.length).toBeGreaterThan(20);
  });
});

test('baseMap drops more points when minArea grows', () => {
  const fit = fitConic(FRONTIER, 640);
  expect(baseMap(fit, { minArea: 8 }).land.length).toBeLessThan(baseMap(fit, { minArea: 0.5 }).land.length);
});

describe('pathData', () => {
  const fit = fitConic(FRONTIER, 640);
  test('writes a line as a move and relative lines, and drops a repeated pixel', () => {
    const line = { type: 'LineString' as const, coordinates: [[120, 45], [120.0001, 45.0001], [125, 45]] };
    const d = pathData(fit, line);
    expect(d).toMatch(/^M\d+,\d+l-?\d+,?-?\d+$/);
  });
  test('returns an empty string for a geometry outside the drawing', () => {
    expect(pathData(fit, { type: 'LineString', coordinates: [[10, 10], [12, 12]] })).toBe('');
  });
});
