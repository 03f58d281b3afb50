/**
 * The small 1654–2023 axis of an entry page and a preview image: where one period sits in the
 * whole story. Pure layout (numbers only); the big chart of the timeline page has its own code.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { endOf, formatYear, startOf, type Period } from './dates';

/** The story's span: from the first embassy (1654) to the end of the 2023 meeting's year. */
export const AXIS_START = new Date(Date.UTC(1654, 0, 1));
export const AXIS_END = new Date(Date.UTC(2024, 0, 1));

export interface MiniBand {
  /** Left edge in the axis's units. */
  x: number;
  /** Width, never under `minWidth`, so a three-day visit still shows. */
  width: number;
}

export interface MiniAxisLayout {
  /** Total width in the caller's units (SVG user units or pixels). */
  width: number;
  /** The entry's period. */
  band: MiniBand;
  /** Other periods, drawn faintly for context. */
  others: MiniBand[];
  /** Labelled years: both ends and the half-centuries from 1700 to 1950. */
  ticks: { x: number; label: string }[];
}


/**
 * Lays out `period` (and optional context periods) on [0, width]. A band narrower than
 * `minWidth` is widened around its centre, then kept inside the axis.
 */
export function miniAxis(period: Period, width: number, others: Period[] = [], minWidth = 4): MiniAxisLayout {
  const x = scaleUtc().domain([AXIS_START, AXIS_END]).range([0, width]).clamp(true);
  const bandOf = (p: Period): MiniBand => {
    const a = x(startOf(p.start));
    const b = x(endOf(p.end));
    if (b - a >= minWidth) return { x: round(a), width: round(b - a) };
    const mid = (a + b) / 2;
    const left = Math.min(Math.max(mid - minWidth / 2, 0), width - minWidth);
    return { x: round(left), width: minWidth };
  };
  // 1654 and 2023 are labelled as the story's ends; round half-centuries in between, stopping at
  // 1950 because a "2000" label would collide with "2023".
  const inner = utcYear
    .every(50)!
    .range(new Date(Date.UTC(1700, 0, 1)), new Date(Date.UTC(1951, 0, 1)))
    .map((d) => ({ x: round(x(d)), label: formatYear(d) }));
  const ticks = [
    { x: 0, label: '1654' },
    ...inner,
    { x: round(x(new Date(Date.UTC(2023, 6, 2)))), label: '2023' },
  ];
  return { width, band: bandOf(period), others: others.map(bandOf), ticks };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * Merges bands that overlap or touch (within `slack` units) into one, left to right. Context bands
 * share one colour, so the merged drawing looks the same while its size stays bounded by the axis
 * width rather than the number of entries (a thousand entries would otherwise draw a million).
 */
export function mergeBands(bands: readonly MiniBand[], slack = 0.5): MiniBand[] {
  const sorted = [...bands].sort((a, b) => a.x - b.x);
  const out: MiniBand[] = [];
  for (const b of sorted) {
    const last = out.at(-1);
    if (last && b.x <= last.x + last.width + slack) {
      last.width = round(Math.max(last.x + last.width, b.x + b.width) - last.x);
    } else {
      out.push({ ...b });
    }
  }
  return out;
}
