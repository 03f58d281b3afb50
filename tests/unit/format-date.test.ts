import { describe, expect, it } from 'vitest';
import { formatDate, formatJulian, formatPeriod, machineDate, periodLabels } from '../../src/lib/format-date';
import type { HistDate } from '../../src/schemas/date';

describe('formatDate', () => {
  it.each<[HistDate, string]>([
    [{ date: '1689', precision: 'year' }, '1689'],
    [{ date: '1689-09', precision: 'month' }, 'September 1689'],
    [{ date: '1689-09-06', precision: 'day' }, '6 September 1689'],
    [{ date: '1654-01-01', precision: 'day' }, '1 January 1654'],
    [{ date: '2023-12-31', precision: 'day' }, '31 December 2023'],
    [{ date: '1950-02', precision: 'month' }, 'February 1950'],
  ])('formats %j as %s, whatever the local zone', (d, expected) => {
    expect(formatDate(d)).toBe(expected);
  });

  it('runs under a zone far from UTC, so a local-time slip would show', () => {
    expect(process.env.TZ).toBe('Pacific/Kiritimati');
    expect(new Date(Date.UTC(2023, 11, 31, 12)).getDate()).toBe(1);
  });
});

describe('formatJulian', () => {
  it('gives the Old Style form with its marker', () => {
    expect(formatJulian({ julian: '1689-08-27' })).toBe('27 August 1689 O.S.');
  });
  it('is undefined when there is no Julian form', () => {
    expect(formatJulian({})).toBeUndefined();
  });
});

describe('machineDate', () => {
  it.each(['1689', '1689-09', '1689-09-06'])('keeps %s as the datetime value', (iso) => {
    expect(machineDate({ date: iso })).toBe(iso);
  });
});

describe('formatPeriod', () => {
  it.each<[HistDate, HistDate, string]>([
    [{ date: '2023-03-20', precision: 'day' }, { date: '2023-03-22', precision: 'day' }, '20–22 March 2023'],
    [{ date: '2023-03-21', precision: 'day' }, { date: '2023-03-21', precision: 'day' }, '21 March 2023'],
    [{ date: '1654', precision: 'year' }, { date: '1689-09-06', precision: 'day' }, '1654 – 6 September 1689'],
    [{ date: '1950', precision: 'year' }, { date: '1980', precision: 'year' }, '1950–1980'],
    [{ date: '1945-08-14', precision: 'day' }, { date: '1955-05-31', precision: 'day' }, '14 August 1945 – 31 May 1955'],
    [{ date: '2023-03-20', precision: 'day' }, { date: '2023-04-02', precision: 'day' }, '20 March – 2 April 2023'],
    [{ date: '1950-02', precision: 'month' }, { date: '1950-05', precision: 'month' }, 'February–May 1950'],
    [{ date: '1950-02', precision: 'month' }, { date: '1951-05', precision: 'month' }, 'February 1950 – May 1951'],
    [{ date: '1896', precision: 'year' }, { date: '1896', precision: 'year' }, '1896'],
  ])('formats %j to %j as %s', (a, b, expected) => {
    expect(formatPeriod(a, b)).toBe(expected);
  });
});

describe('periodLabels', () => {
  it('splits a period into the labels of its two <time> elements', () => {
    expect(periodLabels({ date: '2023-03-20', precision: 'day' }, { date: '2023-03-22', precision: 'day' })).toEqual({
      start: '20',
      sep: '–',
      end: '22 March 2023',
    });
  });
  it('gives a one-date period no end', () => {
    expect(periodLabels({ date: '2023-03-21', precision: 'day' }, { date: '2023-03-21', precision: 'day' })).toEqual({
      start: '21 March 2023',
      sep: '',
      end: '',
    });
  });
});
