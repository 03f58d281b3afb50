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
  /** The title line above the bar, and the bar itself. */
  labelY: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Where the "35 years" value sits, just past the bar's end. */
  valueX: number;
}

export interface DurationLayout {
  width: number;
  height: number;
  bars: DurationBar[];
  /** Gridlines at round numbers of years. */
  ticks: { value: number; x: number; label: string }[];
  axisY: number;
  fontSize: number;
}

/** Bars stacked one per alliance, each with its title above it and its length in years after it. */
export function durationLayout(items: readonly ChartItem[], width: number, fontSize = 14): DurationLayout {
  const durations = allianceDurations(items);
  const marginX = 8;
  const valueRoom = fontSize * 5.5; // room after the longest bar for "35 years"
  const max = Math.max(1, ...durations.map((d) => d.years));
  const x = scaleLinear().domain([0, max]).nice().range([marginX, width - marginX - valueRoom]);
  const lineH = Math.round(fontSize * 1.3);
  const barH = Math.round(fontSize * 1.1);
  const rowH = lineH + barH + Math.round(fontSize * 0.9);
  const top = 4;
  const bars = durations.map((d, i): DurationBar => {
    const labelY = top + i * rowH + lineH - 4;
    const y = top + i * rowH + lineH;
    const w = Math.max(2, x(d.years) - x(0));
    return {
      ...d,
      name: `Alliance ${d.ordinal}: ${d.label}, ${d.yearsLabel}`,
      labelY,
      x: x(0),
      y,
      w,
      h: barH,
      valueX: x(0) + w + 6,
    };
  });
  const axisY = top + durations.length * rowH;
  const step = width < 480 ? 20 : 10;
  const ticks = x
    .ticks(Math.ceil(x.domain()[1]! / step))
    .filter((v) => v % step === 0)
    .map((value) => ({ value, x: x(value), label: String(value) }));
  return { width, height: axisY + lineH + 16, bars, ticks, axisY, fontSize };
}
