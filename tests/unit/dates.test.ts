import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateForms,
  endOf,
  formatDate,
  formatDay,
  formatPeriod,
  formatYear,
  formatYears,
  isRealDay,
  julianGap,
  midpointOf,
  periodLabels,
  readDateText,
  startOf,
  type HistDate,
} from '../../src/lib/dates';

const day = (date: string): HistDate => ({ date, precision: 'day' });

describe('the time zone is pinned far from UTC', () => {
  it('has a local offset of 14 hours, so a local-time slip would show as the wrong day', () => {
    expect(process.env.TZ).toBe('Pacific/Kiritimati');
    expect(new Date(Date.UTC(2023, 2, 17)).getTimezoneOffset()).toBe(-14 * 60);
  });
});

describe.each([
  ['1654', 'year', '1654-01-01T00:00:00.000Z', '1654-12-31T23:59:59.999Z', '1654-07-02T12:00:00.000Z'],
  ['1689-09', 'month', '1689-09-01T00:00:00.000Z', '1689-09-30T23:59:59.999Z', '1689-09-16T00:00:00.000Z'],
  ['1900-07', 'month', '1900-07-01T00:00:00.000Z', '1900-07-31T23:59:59.999Z', '1900-07-16T12:00:00.000Z'],
  ['1689-09-06', 'day', '1689-09-06T00:00:00.000Z', '1689-09-06T23:59:59.999Z', '1689-09-06T12:00:00.000Z'],
  ['2023-03-17', 'day', '2023-03-17T00:00:00.000Z', '2023-03-17T23:59:59.999Z', '2023-03-17T12:00:00.000Z'],
] as const)('startOf / endOf / midpointOf %s (%s)', (date, precision, start, end, mid) => {
  it('starts at the first UTC instant', () => expect(startOf({ date }).toISOString()).toBe(start));
  it('ends at the last UTC instant', () => expect(endOf({ date, precision }).toISOString()).toBe(end));
  it('has its midpoint halfway', () => expect(midpointOf({ date, precision }).toISOString()).toBe(mid));
});

describe('startOf', () => {
  it('keeps a year below 100 as written (Date.UTC alone would move it to the 1900s)', () => {
    expect(startOf({ date: '0045' }).getUTCFullYear()).toBe(45);
  });
});

describe.each([
  ['1689-09-06', 10],
  ['1700-02-28', 10],
  ['1700-03-01', 11],
  ['1896-06-03', 12],
  ['1858-05-28', 12],
  ['1917-11-07', 13],
])('julianGap(%s)', (iso, gap) => {
  it(`is ${gap} days`, () => expect(julianGap(iso)).toBe(gap));
});

describe('isRealDay', () => {
  it.each(['2023-02-28', '2024-02-29', '2000-02-29', '1689-09-06'])('accepts %s', (iso) => expect(isRealDay(iso)).toBe(true));
  it.each(['2023-02-29', '1900-02-29', '2023-04-31', '2023-02-30'])('rejects %s', (iso) => expect(isRealDay(iso)).toBe(false));
});

describe('addDays', () => {
  it.each([
    ['1689-08-27', 10, '1689-09-06'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
  ] as const)('%s + %i is %s', (iso, n, expected) => expect(addDays(iso, n)).toBe(expected));
});

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
});

describe('formatYear', () => {
  it.each([
    [Date.UTC(1654, 0, 1), '1654'],
    [Date.UTC(2023, 11, 31, 23, 59), '2023'],
  ])('writes %i as %s in UTC', (t, text) => expect(formatYear(new Date(t))).toBe(text));
});

describe('formatDay', () => {
  it.each([
    [Date.UTC(2023, 2, 17), 'Fri 17 Mar'],
    [Date.UTC(2023, 2, 22), 'Wed 22 Mar'],
  ])('writes %i as %s, in UTC and without a comma', (t, text) => expect(formatDay(new Date(t))).toBe(text));
});

describe('dateForms', () => {
  it('gives the Gregorian form alone when there is no other', () => {
    expect(dateForms({ date: '1689', precision: 'year' })).toEqual([
      expect.objectContaining({ calendar: 'gregorian', text: '1689', marked: '1689' }),
    ]);
  });
  it('adds the Julian form, marked O.S., after the Gregorian', () => {
    const forms = dateForms({ date: '1689-09-06', precision: 'day', julian: '1689-08-27' });
    expect(forms.map((f) => [f.calendar, f.text, f.marked])).toEqual([
      ['gregorian', '6 September 1689', '6 September 1689'],
      ['julian', '27 August 1689', '27 August 1689 O.S.'],
      ['chinese', '康熙二十八年七月二十三日', '康熙二十八年七月二十三日'],
    ]);
    expect(forms[1]?.calendarName).toBe('the Julian calendar (Old Style)');
  });
  it('adds the Qing reign-year form, lang-tagged, to a day of the Qing era, and only then', () => {
    const forms = dateForms({ date: '1896-06-03', precision: 'day', julian: '1896-05-22' });
    expect(forms.at(-1)).toEqual({
      calendar: 'chinese',
      text: '光绪二十二年四月二十二日',
      marked: '光绪二十二年四月二十二日',
      calendarName: 'the Chinese calendar (the Guangxu reign, year 22)',
      lang: 'zh-Hans',
    });
    expect(dateForms({ date: '1896-06', precision: 'month' }).map((f) => f.calendar)).toEqual(['gregorian']);
    expect(dateForms({ date: '1950-02-14', precision: 'day' }).map((f) => f.calendar)).toEqual(['gregorian']);
  });
});

describe('formatPeriod', () => {
  it.each<[HistDate, HistDate, string]>([
    [day('2023-03-20'), day('2023-03-22'), '20–22 March 2023'],
    [day('2023-03-21'), day('2023-03-21'), '21 March 2023'],
    [day('2001-07-16'), day('2001-07-16'), '16 July 2001'],
    [{ date: '1654', precision: 'year' }, day('1689-09-06'), '1654 – 6 September 1689'],
    [day('1896-06-03'), { date: '1900', precision: 'year' }, '3 June 1896 – 1900'],
    [{ date: '1950', precision: 'year' }, { date: '1980', precision: 'year' }, '1950–1980'],
    [day('1945-08-14'), day('1955-05-31'), '14 August 1945 – 31 May 1955'],
    [day('2023-03-20'), day('2023-04-02'), '20 March – 2 April 2023'],
    [{ date: '1950-02', precision: 'month' }, { date: '1950-05', precision: 'month' }, 'February–May 1950'],
    [{ date: '1950-02', precision: 'month' }, { date: '1951-05', precision: 'month' }, 'February 1950 – May 1951'],
    [{ date: '1896', precision: 'year' }, { date: '1896', precision: 'year' }, '1896'],
  ])('formats %j to %j as %s', (start, end, expected) => {
    expect(formatPeriod({ start, end })).toBe(expected);
  });
});

describe('periodLabels', () => {
  it('splits a period into the labels of its two <time> elements', () => {
    expect(periodLabels({ start: day('2023-03-20'), end: day('2023-03-22') })).toEqual({ start: '20', sep: '–', end: '22 March 2023' });
  });
  it('gives a one-date period no end', () => {
    expect(periodLabels({ start: day('2023-03-21'), end: day('2023-03-21') })).toEqual({ start: '21 March 2023', sep: '', end: '' });
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

describe('readDateText', () => {
  it.each([
    ['1971', [[1971]]],
    ['2023-03', [[2023, 3]]],
    ['2023-03-17', [[2023, 3, 17]]],
    ['March 2023', [[2023, 3]]],
    ['17 March 2023', [[2023, 3, 17]]],
    ['29 january 2002', [[2002, 1, 29]]],
    ['13–14 March 2023', [[2023, 3, 13], [2023, 3, 14]]],
    ['1917–1927', [[1917], [1927]]],
    ['Spring 1946', undefined],
    ['c. 1700', undefined],
    ['2023-13', undefined],
  ])('%s', (text, expected) => {
    expect(readDateText(text)).toEqual(expected);
  });
});
