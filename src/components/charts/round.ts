import type { Line } from '../../lib/timeline';

/** Coordinates rounded to one decimal: smaller SVG, and snapshots that do not churn on float noise. */
export const r = (n: number): number => Math.round(n * 10) / 10;

/** The four corners of a diamond centred on (cx, cy), as an SVG points list. */
export const diamond = (cx: number, cy: number, s: number): string =>
  `${r(cx)},${r(cy - s)} ${r(cx + s)},${r(cy)} ${r(cx)},${r(cy + s)} ${r(cx - s)},${r(cy)}`;

/**
 * A line of a wrapped label, with a space after it unless it is the last: the tspans then read as
 * words, not "statevisit", to anything that joins their text (accessible-name checks, copy and
 * paste). Labels with several lines are start-anchored, where a trailing space moves nothing.
 */
export const spaced = (line: string, last: boolean): string => (last ? line : `${line} `);

/**
 * Straight lines as one path's data ("M28 82V298M105 82V298…"): one element for a whole grid or
 * every tick of an axis instead of one <line> each, with V and H for the lines that run straight.
 */
export const linesPath = (lines: readonly Line[]): string =>
  lines
    .map(({ x1, y1, x2, y2 }) => {
      const [a, b, c, d] = [r(x1), r(y1), r(x2), r(y2)];
      return `M${a} ${b}${a === c ? `V${d}` : b === d ? `H${c}` : `L${c} ${d}`}`;
    })
    .join('');
