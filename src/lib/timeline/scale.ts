/** The time scales behind the charts: UTC only, so no builder's time zone moves a date. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcYear } from 'd3-time';
import { endOf, startOf } from '../dates';
import type { ChartItem } from './types';

/**
 * First and last instant of the entries' periods, widened to whole years so both end years get a
 * label (1654 and 2023). Milestones do not widen it: background before the first period (1643's
 * raids, say) stays in the chronology rather than stretching the axis.
 */
export function timelineDomain(items: readonly ChartItem[]): [Date, Date] {
  if (items.length === 0) throw new Error('timelineDomain: no entries to draw');
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of items) {
    lo = Math.min(lo, startOf(item.data.period.start).getTime());
    hi = Math.max(hi, endOf(item.data.period.end).getTime());
  }
  // Floor to 1 January of the first year; run to the last instant of the last year (31 Dec).
  const first = utcYear.floor(new Date(lo));
  const last = new Date(utcYear.offset(utcYear.floor(new Date(hi)), 1).getTime() - 1);
  return [first, last];
}

/** A UTC time scale from a domain onto pixels [from, to]. */
export function timeScale(domain: readonly [Date, Date], range: readonly [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain(domain).range(range);
}

/** A whole-day domain from the start of `from` to the end of `to` (both YYYY-MM-DD, inclusive). */
export function dayDomain(from: string, to: string): [Date, Date] {
  const start = startOf({ date: from });
  const end = utcDay.offset(startOf({ date: to }), 1);
  return [start, end];
}
