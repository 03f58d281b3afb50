import { describe, expect, it } from 'vitest';
import { dayDomain, dayTicks, timeScale, timelineDomain, yearStep, yearTicks } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';

const domain = timelineDomain(all);

describe.each([
  // axis length in px, minimum spacing, expected step in years
  [1096, 56, 20],
  [680, 56, 50],
  [640, 28, 20],
  [320, 40, 50],
  [200, 40, 100],
  [6000, 56, 5],
])('yearTicks over %i px with labels at least %i px apart', (length, minSpacing, step) => {
  const scale = timeScale(domain, [0, length]);
  const ticks = yearTicks(scale, minSpacing);
  it(`steps every ${step} years`, () => expect(yearStep(scale, minSpacing)).toBe(step));
  it('labels both ends, 1654 and 2023', () => {
    expect(ticks[0]).toMatchObject({ label: '1654', end: 'start' });
    expect(ticks.at(-1)).toMatchObject({ label: '2023', end: 'end' });
  });
  it('puts every inner tick on a multiple of the step', () => {
    for (const t of ticks.slice(1, -1)) expect(t.date.getUTCFullYear() % step).toBe(0);
  });
  it('keeps labels at least the minimum spacing apart, in order', () => {
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.pos - ticks[i - 1]!.pos).toBeGreaterThanOrEqual(minSpacing);
  });
  it('places each tick on 1 January, UTC', () => {
    for (const t of ticks) expect(t.date.toISOString().slice(5)).toBe('01-01T00:00:00.000Z');
  });
});

describe('yearStep', () => {
  it.each([
    [100, 10, 50],
    [370, 10, 10],
    [370, 25, 50],
    [3700, 10, 1],
  ])('over %i px with %i px between labels, steps by %i years (a round 1, 2 or 5 × 10ⁿ)', (length, minSpacing, step) => {
    expect(yearStep(timeScale(domain, [0, length]), minSpacing)).toBe(step);
  });
  it('on a tiny axis labels only the two ends', () => {
    const scale = timeScale(domain, [0, 10]);
    expect(yearTicks(scale, 56).map((t) => t.label)).toEqual(['1654', '2023']);
  });
});

describe('dayTicks', () => {
  const scale = timeScale(dayDomain('2023-03-17', '2023-03-22'), [0, 600]);
  const ticks = dayTicks(scale);
  it('gives one tick per day, 17 to 22 March', () => {
    expect(ticks.map((t) => t.date.toISOString().slice(0, 10))).toEqual([
      '2023-03-17', '2023-03-18', '2023-03-19', '2023-03-20', '2023-03-21', '2023-03-22',
    ]);
  });
  it('labels each with its weekday, in UTC', () => {
    expect(ticks.map((t) => t.label)).toEqual(['Fri 17 Mar', 'Sat 18 Mar', 'Sun 19 Mar', 'Mon 20 Mar', 'Tue 21 Mar', 'Wed 22 Mar']);
  });
  it('spaces the days evenly and centres each label in its day', () => {
    ticks.forEach((t, i) => {
      expect(t.pos).toBeCloseTo(i * 100, 6);
      expect(t.centre).toBeCloseTo(i * 100 + 50, 6);
    });
  });
});
