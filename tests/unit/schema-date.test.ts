import { describe, expect, it } from 'vitest';
import { histDateSchema } from '../../src/schemas/date';

describe('histDateSchema', () => {
  it('accepts a day with its Julian form', () => {
    expect(histDateSchema.safeParse({ date: '1896-06-03', precision: 'day', julian: '1896-05-22' }).success).toBe(true);
  });
  it.each([
    ['1689', 'year'],
    ['1689-09', 'month'],
  ] as const)('accepts %s at %s precision', (date, precision) => {
    expect(histDateSchema.safeParse({ date, precision }).success).toBe(true);
  });
  it('rejects a Julian form with the wrong gap', () => {
    const r = histDateSchema.safeParse({ date: '1896-06-03', precision: 'day', julian: '1896-05-23' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['julian']);
    expect(r.error?.issues[0]?.message).toMatch(/12 days/);
  });
  it('rejects a Julian form on a date less precise than a day', () => {
    const r = histDateSchema.safeParse({ date: '1896-06', precision: 'month', julian: '1896-05-22' });
    expect(r.error?.issues[0]?.path).toEqual(['julian']);
  });
  it('rejects a date whose form does not match its precision, naming the form', () => {
    const r = histDateSchema.safeParse({ date: '1689', precision: 'day' });
    expect(r.error?.issues[0]?.message).toMatch(/does not match precision "day" \(expected YYYY-MM-DD\)/);
  });
  it('rejects a day that does not exist', () => {
    const r = histDateSchema.safeParse({ date: '2023-02-30', precision: 'day' });
    expect(r.error?.issues[0]?.message).toMatch(/not a real calendar day/);
  });
  it('rejects an empty uncertainty note and unknown fields', () => {
    expect(histDateSchema.safeParse({ date: '1689', precision: 'year', uncertainty: '' }).success).toBe(false);
    expect(histDateSchema.safeParse({ date: '1689', precision: 'year', calendar: 'julian' }).success).toBe(false);
  });
});
