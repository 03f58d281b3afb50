import { describe, expect, it } from 'vitest';
import { endOf, histDateSchema, julianGap, startOf } from '../../src/schemas/date';

describe('the time zone is pinned far from UTC', () => {
  it('has a local offset of 14 hours', () => {
    expect(new Date(Date.UTC(2023, 2, 17)).getTimezoneOffset()).toBe(-14 * 60);
  });
});

describe.each([
  ['1654', 'year', '1654-01-01T00:00:00.000Z', '1654-12-31T23:59:59.999Z'],
  ['1689-09', 'month', '1689-09-01T00:00:00.000Z', '1689-09-30T23:59:59.999Z'],
  ['1689-09-06', 'day', '1689-09-06T00:00:00.000Z', '1689-09-06T23:59:59.999Z'],
  ['2023-03-17', 'day', '2023-03-17T00:00:00.000Z', '2023-03-17T23:59:59.999Z'],
] as const)('startOf / endOf %s (%s)', (date, precision, start, end) => {
  it('starts at the first UTC instant', () => expect(startOf({ date }).toISOString()).toBe(start));
  it('ends at the last UTC instant', () => expect(endOf({ date, precision }).toISOString()).toBe(end));
  it('keeps its year in UTC', () => expect(startOf({ date }).getUTCFullYear()).toBe(Number(date.slice(0, 4))));
});

describe.each([
  ['1689-09-06', 10],
  ['1896-06-03', 12],
  ['1858-05-28', 12],
  ['1917-11-07', 13],
])('julianGap(%s)', (iso, gap) => {
  it(`is ${gap} days`, () => expect(julianGap(iso)).toBe(gap));
});

describe('histDateSchema', () => {
  it('accepts a day with its Julian form', () => {
    expect(histDateSchema.safeParse({ date: '1896-06-03', precision: 'day', julian: '1896-05-22' }).success).toBe(true);
  });
  it('rejects a Julian form with the wrong gap', () => {
    const r = histDateSchema.safeParse({ date: '1896-06-03', precision: 'day', julian: '1896-05-23' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['julian']);
    expect(r.error?.issues[0]?.message).toMatch(/12 days/);
  });
  it('rejects a date whose form does not match its precision', () => {
    const r = histDateSchema.safeParse({ date: '1689', precision: 'day' });
    expect(r.error?.issues[0]?.message).toMatch(/does not match precision "day"/);
  });
  it('rejects a day that does not exist', () => {
    const r = histDateSchema.safeParse({ date: '2023-02-30', precision: 'day' });
    expect(r.error?.issues[0]?.message).toMatch(/not a real calendar day/);
  });
});
