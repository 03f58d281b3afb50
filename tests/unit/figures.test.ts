/** The benchmark's arithmetic: medians, units, and a budget met or missed by how much. */
import { describe, expect, it } from 'vitest';
import { checkBudget, count, kb, machineScale, median, ms, points, ratioOf, score, times } from '../bench/figures.ts';

describe('median', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([3098, 1349, 2000])).toBe(2000);
    expect(median([5, 1, 4, 2, 3])).toBe(3);
  });
  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('skips NaN and is NaN for nothing measured', () => {
    expect(median([NaN, 7, 9, 8])).toBe(8);
    expect(median([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
  });
  it('leaves its input in order', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).toEqual([3, 1, 2]);
  });
});

describe('units', () => {
  it('write figures as the summary shows them', () => {
    expect(kb(40960)).toBe('40.0 KB');
    expect(ms(1349.4)).toBe('1,349 ms');
    expect(ms(3.14159)).toBe('3.14 ms');
    expect(times(0.4354)).toBe('0.44×');
    expect(count(8)).toBe('8');
    expect(score(95)).toBe('95');
    expect(points(1)).toBe('1 point');
    expect(points(3)).toBe('3 points');
  });
});

describe('checkBudget', () => {
  it('meets a budget at or under its limit', () => {
    expect(checkBudget({ what: 'x', value: 100, limit: 100, unit: ms })).toMatchObject({ ok: true, result: 'met', limit: '≤ 100 ms' });
    expect(checkBudget({ what: 'x', value: 2, limit: 2, unit: count }).ok).toBe(true);
  });
  it('says by how much a maximum is missed, in its unit', () => {
    expect(checkBudget({ what: 'long tasks', value: 112, limit: 100, unit: ms })).toEqual({
      what: 'long tasks',
      measured: '112 ms',
      limit: '≤ 100 ms',
      result: 'missed by 12 ms',
      ok: false,
    });
    expect(checkBudget({ what: 'ratio', value: 0.32, limit: 0.25, unit: times }).result).toBe('missed by 0.07×');
    expect(checkBudget({ what: 'css', value: 8, limit: 2, unit: count }).result).toBe('missed by 6');
    expect(checkBudget({ what: 'page', value: 41984, limit: 40960, unit: kb }).result).toBe('missed by 1.0 KB');
  });
  it('checks a score as a minimum, and says the shortfall in points', () => {
    const v = checkBudget({ what: 'performance', value: 97, limit: 100, unit: score, direction: 'min', diffUnit: points });
    expect(v).toMatchObject({ measured: '97', limit: '≥ 100', result: 'missed by 3 points', ok: false });
    expect(checkBudget({ what: 'seo', value: 100, limit: 100, unit: score, direction: 'min' }).ok).toBe(true);
    // A maximum's reading of the same figures would call 97 met: the direction matters.
    expect(checkBudget({ what: 'performance', value: 97, limit: 100, unit: score }).ok).toBe(true);
  });
  it('neither meets nor misses a figure that was not measured', () => {
    for (const value of [undefined, NaN]) {
      expect(checkBudget({ what: 'x', value, limit: 1, unit: count })).toMatchObject({ ok: undefined, result: 'not measured', measured: 'not measured' });
    }
  });
  it('misses a budget whose run failed (an infinite figure) without a number', () => {
    expect(checkBudget({ what: 'build', value: Infinity, limit: 60000, unit: ms })).toMatchObject({ ok: false, measured: 'failed', result: 'missed' });
  });
});

describe('ratioOf', () => {
  it('divides, and gives nothing to check when the divisor is missing or not positive', () => {
    expect(ratioOf(1349, 3098)).toBeCloseTo(0.4354, 4);
    expect(ratioOf(1, 0)).toBeUndefined();
    expect(ratioOf(1, NaN)).toBeUndefined();
    expect(ratioOf(NaN, 2)).toBeUndefined();
    expect(ratioOf(undefined, 2)).toBeUndefined();
  });
});

describe('machineScale', () => {
  it('scales an absolute time budget by how much slower this machine ran TimelineJS', () => {
    const s = machineScale(1948, 974, 100)!;
    expect(s.factor).toBeCloseTo(2, 6);
    expect(s.limit).toBeCloseTo(200, 6);
  });
  it('scales down on a faster machine', () => {
    expect(machineScale(487, 974, 100)!.limit).toBeCloseTo(50, 6);
  });
  it('gives nothing when TimelineJS was not measured', () => {
    expect(machineScale(undefined, 974, 100)).toBeUndefined();
    expect(machineScale(NaN, 974, 100)).toBeUndefined();
    expect(machineScale(1000, 0, 100)).toBeUndefined();
  });
});
