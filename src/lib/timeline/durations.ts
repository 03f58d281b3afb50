/** The second chart: how long each alliance held, on one linear scale of years. */
import { scaleLinear } from 'd3-scale';
import { formatYears, midpointOf } from '../dates';
import type { ChartItem } from './types';

const MS_PER_YEAR = 365.2425 * 24 * 3600 * 1000;

export interface Duration {
  id: string;
  ordinal: number;
  shortTitle: string;
  /** Years from the middle of the start date to the middle of the end date ("1654" counts as mid-1654). */
  years: number;
  /** "35 years" */
  yearsLabel: string;
  /** "1654–1689" */
  dates: string;
  /** The short title, with the dates added when it does not already give them. */
  label: string;
}

/** Whole years, or one decimal under two years, so a short alliance is not rounded to nothing. */
export function formatDuration(years: number): string {
  const n = years < 2 ? Math.round(years * 10) / 10 : Math.round(years);
  return `${n} ${n === 1 ? 'year' : 'years'}`;
}

function withYears(title: string, years: string): string {
  return title.includes(years.slice(0, 4)) ? title : `${title}, ${years}`;
}

/** Each alliance's length, in ordinal order. Midpoints keep "1654" from counting as 1 January. */
export function allianceDurations(items: readonly ChartItem[]): Duration[] {
  return items
    .filter((it) => it.collection === 'alliances')
    .map((it) => {
      const years = (midpointOf(it.data.period.end).getTime() - midpointOf(it.data.period.start).getTime()) / MS_PER_YEAR;
      return {
        id: it.id,
        ordinal: it.data.ordinal ?? 0,
        shortTitle: it.data.shortTitle,
        years,
        yearsLabel: formatDuration(years),
        dates: formatYears(it.data.period),
        label: withYears(it.data.shortTitle, formatYears(it.data.period)),
      };
    })
    .sort((a, b) => a.ordinal - b.ordinal);
}

export interface DurationBar extends Duration {
  /** Accessible name, which holds the visible label and value: "Alliance 1: Nerchinsk, 1654–1689, 35 years". */
  name: string;
  /** The title line above the bar, and the bar itself (y and height, in px). */
  labelY: number;
  y: number;
  h: number;
  /** The bar's length as a share (0–1) of the plot's width: the drawing re-flows to any width. */
  share: number;
}

/**
 * One drawing for every width: heights in px, lengths as shares of the plot's width, which is `plot.share`
 * of the drawing's width from `plot.x` px on. The value after the longest bar still fits at `minWidth`.
 */
export interface DurationLayout {
  height: number;
  bars: DurationBar[];
  /** Gridlines at round numbers of years, each at a share of the plot's width. */
  ticks: { value: number; share: number; label: string }[];
  /** The scale's end, in years: the plot's width stands for 0 to `max` years. */
  max: number;
  plot: { x: number; share: number };
  axisY: number;
  fontSize: number;
  /** The narrowest drawing it is made for: the charts' column on a 320 px screen. */
  minWidth: number;
}

/** The charts' column on a 320 px phone (the page's padding taken off): the narrowest the drawing is shown. */
export const DURATIONS_MIN_WIDTH = 288;

/** Where a bar, its value and the ticks fall on a drawing `width` px wide (for tests and checks). */
export function durationsAt(layout: DurationLayout, width: number) {
  const plotW = layout.plot.share * width;
  const at = (share: number) => layout.plot.x + share * plotW;
  return {
    bars: layout.bars.map((b) => ({ x: layout.plot.x, w: b.share * plotW, valueX: at(b.share) + VALUE_GAP })),
    ticks: layout.ticks.map((t) => at(t.share)),
  };
}

/** Px between a bar's end and its value. */
export const VALUE_GAP = 6;

/**
 * Bars stacked one per alliance, each with its title above it and its length in years after it, as one
 * drawing that re-flows: its lengths are shares of the width, so the page shows the same drawing on a
 * phone, a desktop and paper, where three sizes of it used to be drawn.
 */
export function durationLayout(items: readonly ChartItem[], fontSize = 14, minWidth = DURATIONS_MIN_WIDTH): DurationLayout {
  const durations = allianceDurations(items);
  const marginX = 8;
  const valueRoom = fontSize * 5.5; // room after the longest bar for "35 years"
  const longest = Math.max(1, ...durations.map((d) => d.years));
  const x = scaleLinear().domain([0, longest]).nice();
  const max = x.domain()[1]!;
  // The plot's share of the width, the most that fits at minWidth: the longest bar's value ("35 years",
  // valueRoom with its gap) ends inside the right margin, and the scale's end leaves room for "years".
  const plotShare = Math.min(
    ((minWidth - 2 * marginX - valueRoom) / minWidth) * (max / longest),
    (minWidth - 2 * marginX - fontSize * 4) / minWidth,
  );
  const lineH = Math.round(fontSize * 1.3);
  const barH = Math.round(fontSize * 1.1);
  const rowH = lineH + barH + Math.round(fontSize * 0.9);
  const top = 4;
  const bars = durations.map((d, i): DurationBar => ({
    ...d,
    name: `Alliance ${d.ordinal}: ${d.label}, ${d.yearsLabel}`,
    labelY: top + i * rowH + lineH - 4,
    y: top + i * rowH + lineH,
    h: barH,
    share: Math.max(0.005, d.years / max),
  }));
  const axisY = top + durations.length * rowH;
  const step = 10;
  const ticks = x
    .ticks(Math.ceil(max / step))
    .filter((v) => v % step === 0)
    // The unit goes on the last tick ("40 years"), next to the numbers it names, not at the drawing's edge.
    .map((value, i, all) => ({ value, share: value / max, label: i === all.length - 1 ? `${value} years` : String(value) }));
  return { height: axisY + lineH + 16, bars, ticks, max, plot: { x: marginX, share: plotShare }, axisY, fontSize, minWidth };
}
