/**
 * The small axis of an entry page and a preview image: where one period sits in the whole story.
 * Pure layout (numbers only), on the same UTC scale and story span as the big chart.
 */
import { utcYear } from 'd3-time';
import { endOf, formatYear, midpointOf, startOf, type Period } from '../dates';
import { timeScale } from './scale';

/** Labelled years between the ends: every half-century… */
const INNER_STEP_YEARS = 50;
/** …that is at least this far from an end's label ("2000" would collide with "2023"). */
const MIN_END_GAP_YEARS = 25;

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
  /** Labelled years: both ends and the half-centuries between them (1700 to 1950). */
  ticks: { x: number; label: string }[];
}

/**
 * Lays out `period` (and optional context periods) on [0, width] over `domain`, the story's span
 * (`timelineDomain` of the entries). A band narrower than `minWidth` is widened around its centre,
 * then kept inside the axis.
 */
export function miniAxis(domain: readonly [Date, Date], period: Period, width: number, others: Period[] = [], minWidth = 4): MiniAxisLayout {
  const x = timeScale(domain, [0, width]).clamp(true);
  const bandOf = (p: Period): MiniBand => {
    const a = x(startOf(p.start));
    const b = x(endOf(p.end));
    if (b - a >= minWidth) return { x: round(a), width: round(b - a) };
    const mid = (a + b) / 2;
    const left = Math.min(Math.max(mid - minWidth / 2, 0), width - minWidth);
    return { x: round(left), width: minWidth };
  };
  // Both ends are labelled: the first year at the axis's start, the last in the middle of its year.
  const [firstYear, lastYear] = domain.map((d) => d.getUTCFullYear()) as [number, number];
  const inner = utcYear
    .every(INNER_STEP_YEARS)!
    .range(new Date(Date.UTC(firstYear + MIN_END_GAP_YEARS, 0, 1)), new Date(Date.UTC(lastYear - MIN_END_GAP_YEARS + 1, 0, 1)))
    .map((d) => ({ x: round(x(d)), label: formatYear(d) }));
  const ticks = [
    { x: 0, label: formatYear(domain[0]) },
    ...inner,
    { x: round(x(midpointOf({ date: formatYear(domain[1]), precision: 'year' }))), label: formatYear(domain[1]) },
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
