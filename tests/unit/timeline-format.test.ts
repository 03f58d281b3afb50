import { describe, expect, it } from 'vitest';
import { formatHistDate, formatPeriod, formatYears } from '../../src/lib/timeline';

describe('formatHistDate', () => {
  it.each([
    ['1654', 'year', '1654'],
    ['1900-07', 'month', 'July 1900'],
    ['1689-09-06', 'day', '6 September 1689'],
    ['2023-03-17', 'day', '17 March 2023'],
  ] as const)('%s (%s) reads "%s"', (date, precision, text) => {
    expect(formatHistDate({ date, precision })).toBe(text);
  });
});

describe('formatYears', () => {
  it('joins the years with an en dash', () => {
    expect(formatYears({ start: { date: '1654' }, end: { date: '1689-09-06' } })).toBe('1654–1689');
  });
  it('gives one year when both ends share it', () => {
    expect(formatYears({ start: { date: '2023-03-20' }, end: { date: '2023-03-22' } })).toBe('2023');
  });
});

describe('formatPeriod', () => {
  const day = (date: string) => ({ date, precision: 'day' as const });
  it('shares the month and year of days in one month', () => {
    expect(formatPeriod({ start: day('2023-03-20'), end: day('2023-03-22') })).toBe('20–22 March 2023');
  });
  it('gives one date for a one-day period', () => {
    expect(formatPeriod({ start: day('2001-07-16'), end: day('2001-07-16') })).toBe('16 July 2001');
  });
  it('writes both ends out otherwise', () => {
    expect(formatPeriod({ start: day('1896-06-03'), end: { date: '1900', precision: 'year' } })).toBe('3 June 1896 – 1900');
  });
});
