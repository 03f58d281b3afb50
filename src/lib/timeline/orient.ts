/**
 * Placing a drawing along its time axis and across it, then turning that into x/y: the one switch
 * between horizontal and vertical layouts, as d3-axis keeps its orientations to one code path.
 */
import type { Orientation } from './types';

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A point placed along the time axis and across it, in x/y. */
export function xy(o: Orientation, along: number, across: number): { x: number; y: number } {
  return o === 'horizontal' ? { x: along, y: across } : { x: across, y: along };
}

/** A box from [a0, a1] along the axis and [c0, c1] across it, in x/y/w/h. */
export function rect(o: Orientation, a0: number, a1: number, c0: number, c1: number): { x: number; y: number; w: number; h: number } {
  const p = xy(o, a0, c0);
  return o === 'horizontal' ? { ...p, w: a1 - a0, h: c1 - c0 } : { ...p, w: c1 - c0, h: a1 - a0 };
}

/** A line from `along` [a0, a1] and `across` [c0, c1], in x1/y1/x2/y2. */
export function line(o: Orientation, a0: number, a1: number, c0: number, c1: number): Line {
  const p = xy(o, a0, c0);
  const q = xy(o, a1, c1);
  return { x1: p.x, y1: p.y, x2: q.x, y2: q.y };
}
