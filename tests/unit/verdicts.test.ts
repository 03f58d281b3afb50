import { describe, expect, test } from 'vitest';
import { isVerdict, ratingScale, verdictInfo, verdicts } from '../../src/lib/verdicts';

describe('verdictInfo', () => {
  test('labels and symbols tell every verdict apart', () => {
    expect(new Set(verdicts.map((v) => verdictInfo[v].label)).size).toBe(verdicts.length);
    expect(new Set(verdicts.map((v) => verdictInfo[v].symbol)).size).toBe(verdicts.length);
  });
  test('rated verdicts sit on the scale, ordered from inaccurate to accurate', () => {
    const r = (v: (typeof verdicts)[number]) => verdictInfo[v].rating!;
    expect(r('inaccurate')).toBe(ratingScale.worst);
    expect(r('accurate')).toBe(ratingScale.best);
    expect(r('inaccurate')).toBeLessThan(r('imprecise'));
    expect(r('imprecise')).toBeLessThan(r('accurate'));
    expect(verdictInfo.unverified.rating).toBeUndefined();
  });
});

describe('isVerdict', () => {
  test.each([...verdicts])('%s is a verdict', (v) => expect(isVerdict(v)).toBe(true));
  test.each(['true', 'Accurate', '', undefined])('%s is not', (v) => expect(isVerdict(v)).toBe(false));
});
