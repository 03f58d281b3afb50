/** Axis ticks: years chosen for the space available, days for the March 2023 inset. */
import { tickStep } from 'd3-array';
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcYear } from 'd3-time';
import { formatDay, formatYear } from '../dates';

export interface Tick {
  date: Date;
  /** Position along the time axis, in pixels. */
  pos: number;
  label: string;
  /** Set on the first and last labels of the axis, which are always shown. */
  end?: 'start' | 'end';
}

export interface DayTick extends Tick {
  /** Where the day's label sits: the middle of the day. */
  centre: number;
}

function axisLength(scale: ScaleTime<number, number>): number {
  const [a, b] = scale.range() as [number, number];
  return Math.abs(b - a);
}

/**
 * The finest of d3's round steps (1, 2 or 5 × 10ⁿ years, from `tickStep`) whose ticks stand at
 * least `minSpacing` pixels apart: as many ticks as fit, then fewer until they clear each other.
 */
export function yearStep(scale: ScaleTime<number, number>, minSpacing: number): number {
  const [d0, d1] = scale.domain() as [Date, Date];
  const years = Math.max(1, d1.getUTCFullYear() - d0.getUTCFullYear() + 1);
  const perYear = axisLength(scale) / years;
  let count = Math.max(1, Math.floor(axisLength(scale) / minSpacing));
  let step = Math.max(1, tickStep(0, years, count));
  while (step * perYear < minSpacing && count > 1) step = Math.max(1, tickStep(0, years, --count));
  return step;
}

/**
 * Year ticks every `yearStep` years, plus the first and last years of the domain, which are always
 * labelled; round-number ticks too close to an end label give way to it.
 */
export function yearTicks(scale: ScaleTime<number, number>, minSpacing = 48): Tick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  const step = yearStep(scale, minSpacing);
  const first = utcYear.floor(d0);
  const last = utcYear.floor(d1);
  const startTick: Tick = { date: first, pos: scale(first), label: formatYear(first), end: 'start' };
  const endTick: Tick = { date: last, pos: scale(last), label: formatYear(last), end: 'end' };
  const every = utcYear.every(step);
  const inner = (every ? every.range(utcYear.offset(first, 1), last) : [])
    .map((date): Tick => ({ date, pos: scale(date), label: formatYear(date) }))
    .filter((t) => Math.abs(t.pos - startTick.pos) >= minSpacing && Math.abs(endTick.pos - t.pos) >= minSpacing);
  return first.getTime() === last.getTime() ? [startTick] : [startTick, ...inner, endTick];
}

/** One tick per UTC day in the scale's domain, labelled in the middle of the day. */
export function dayTicks(scale: ScaleTime<number, number>): DayTick[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  return utcDay.range(utcDay.floor(d0), d1).map((date) => ({
    date,
    pos: scale(date),
    centre: scale(new Date(date.getTime() + 12 * 3600 * 1000)),
    label: formatDay(date),
  }));
}
