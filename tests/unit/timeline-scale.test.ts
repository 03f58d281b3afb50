import { describe, expect, it } from 'vitest';
import { dayDomain, timeScale, timelineDomain } from '../../src/lib/timeline';
import { all, alliances, events } from '../fixtures/timeline/entries';

describe('timelineDomain', () => {
  it('runs from 1 January 1654 to the last instant of 2023, in UTC', () => {
    const [a, b] = timelineDomain(all);
    expect(a.toISOString()).toBe('1654-01-01T00:00:00.000Z');
    expect(b.toISOString()).toBe('2023-12-31T23:59:59.999Z');
  });
  it('follows the content: alliances alone end in 1980', () => {
    expect(timelineDomain(alliances)[1].getUTCFullYear()).toBe(1980);
    expect(timelineDomain(events)[0].getUTCFullYear()).toBe(2001);
  });
  it('keeps 1689 in 1689 although the test zone is UTC+14', () => {
    expect(new Date(Date.UTC(2023, 2, 17)).getTimezoneOffset()).toBe(-14 * 60);
    const [a] = timelineDomain(alliances);
    expect(a.getUTCFullYear()).toBe(1654);
    const scale = timeScale(timelineDomain(alliances), [0, 1000]);
    expect(scale.invert(scale(new Date(Date.UTC(1689, 8, 6, 12)))).toISOString().slice(0, 10)).toBe('1689-09-06');
  });
  it('is not stretched by a background milestone before the first period (1643)', () => {
    expect(alliances[0]!.data.milestones.some((m) => m.date.date === '1643')).toBe(true);
    expect(timelineDomain(alliances)[0].getUTCFullYear()).toBe(1654);
  });
  it('refuses an empty list with a message', () => {
    expect(() => timelineDomain([])).toThrow(/no entries/);
  });
});

describe('timeScale', () => {
  const domain = timelineDomain(all);
  const scale = timeScale(domain, [28, 1124]);
  it('maps the ends of the domain to the ends of the range', () => {
    expect(scale(domain[0])).toBe(28);
    expect(scale(domain[1])).toBeCloseTo(1124, 6);
  });
  it('puts 6 September 1689 within a pixel of its share of the span', () => {
    const t = Date.UTC(1689, 8, 6);
    const expected = 28 + ((t - domain[0].getTime()) / (domain[1].getTime() - domain[0].getTime())) * (1124 - 28);
    expect(Math.abs(scale(new Date(t)) - expected)).toBeLessThan(1);
    expect(scale.invert(scale(new Date(t))).getUTCFullYear()).toBe(1689);
  });
});

describe('dayDomain', () => {
  it('covers 17 to 22 March 2023 inclusive, midnight to midnight UTC', () => {
    const [a, b] = dayDomain('2023-03-17', '2023-03-22');
    expect(a.toISOString()).toBe('2023-03-17T00:00:00.000Z');
    expect(b.toISOString()).toBe('2023-03-23T00:00:00.000Z');
  });
});
