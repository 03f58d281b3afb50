import { describe, expect, it } from 'vitest';
import { line, rect, xy } from '../../src/lib/timeline';

describe('xy', () => {
  it('puts time on x when the axis runs across, on y when it runs down', () => {
    expect(xy('horizontal', 10, 3)).toEqual({ x: 10, y: 3 });
    expect(xy('vertical', 10, 3)).toEqual({ x: 3, y: 10 });
  });
});

describe('rect', () => {
  it.each([
    ['horizontal', { x: 10, y: 3, w: 40, h: 5 }],
    ['vertical', { x: 3, y: 10, w: 5, h: 40 }],
  ] as const)('maps [10, 50] along and [3, 8] across, %s', (o, box) => {
    expect(rect(o, 10, 50, 3, 8)).toEqual(box);
  });
});

describe('line', () => {
  it.each([
    ['horizontal', { x1: 10, y1: 3, x2: 50, y2: 8 }],
    ['vertical', { x1: 3, y1: 10, x2: 8, y2: 50 }],
  ] as const)('maps its ends, %s', (o, l) => {
    expect(line(o, 10, 50, 3, 8)).toEqual(l);
  });
});
