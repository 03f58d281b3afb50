/**
 * Names beside points on a map, none overlapping another or another place's marker: each name
 * tries the eight positions around its point, near first, then the same positions further out with
 * a leader line. Greedy in order of priority; text widths come from the chart label placer's estimate.
 */
import { textWidth } from '../timeline/labels';

/** An axis-aligned box: x, y of its top-left corner, its width and height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A name to place beside the point (x, y). Lower `priority` places first. */
export interface PointLabelRequest {
  id: string;
  x: number;
  y: number;
  text: string;
  priority: number;
}

/** A placed name: text at (tx, ty) with `anchor`; `leader` when it had to move away from its point. */
export interface PlacedPointLabel {
  id: string;
  text: string;
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** With a `target` size: the name's box grown to it, the area a tap on the name lands in. */
  hit?: Box | undefined;
  leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

export interface PointLabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Radius of a marker: names keep clear of every marker, not only their own. */
  markerRadius: number;
  /** Space already taken (an inset, a scale bar): names keep out of it. */
  obstacles?: readonly Box[];
  /**
   * The least width and height of the area a tap on a name lands in (WCAG 2.5.8 asks 24 CSS px):
   * each name's box, grown to this size (evenly, else downwards, else upwards), keeps clear of every
   * place's marker and every other such area, so that no place's link covers another's.
   */
  target?: number;
  /** Space drawn over the names (the inset), which tap areas keep out of too. */
  above?: readonly Box[];
}

/** True when two boxes share any area. */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** The square a marker of radius `r` at (x, y) takes. */
export function markerBox(x: number, y: number, r: number): Box {
  return { x: x - r, y: y - r, w: 2 * r, h: 2 * r };
}

/** True when the point (x, y) falls in the box (a box of a thousandth of a pixel there overlaps it). */
export function boxHolds(b: Box, x: number, y: number): boolean {
  return boxesOverlap(b, { x, y, w: 0.001, h: 0.001 });
}

/** The eight directions, in the order cartographers prefer: right, left, above, below, then the corners. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [1, 1], [-1, -1], [-1, 1],
];
/** How far out to try, in marker gaps; beyond the first ring a leader line joins name and point. */
const RINGS = [1, 2.5, 4];
/** A neighbour closer than this many marker gaps turns a name away from it (Port Arthur west of Dalian). */
const NEIGHBOUR = 6;

/**
 * The directions to try for one point: the usual order, or, when another point is near, the
 * directions facing away from it first, so that a name never sits on the far side of its neighbour.
 */
function directionsFor(q: { x: number; y: number }, others: readonly { x: number; y: number }[], gap: number): [number, number][] {
  let nearest: { x: number; y: number } | undefined;
  let best = NEIGHBOUR * gap;
  for (const o of others) {
    const d = Math.hypot(o.x - q.x, o.y - q.y);
    if (o !== q && d < best) {
      best = d;
      nearest = o;
    }
  }
  if (!nearest) return [...DIRECTIONS];
  const ax = q.x - nearest.x;
  const ay = q.y - nearest.y;
  const score = ([dx, dy]: [number, number]) => (dx * ax + dy * ay) / Math.hypot(dx, dy);
  return DIRECTIONS.map((d, i) => ({ d, i, s: score(d) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.d);
}

export function placePointLabels(
  requests: readonly PointLabelRequest[],
  opts: PointLabelOptions,
): { placed: PlacedPointLabel[]; dropped: string[] } {
  const byPriority = [...requests].sort((a, b) => a.priority - b.priority || a.y - b.y || a.id.localeCompare(b.id));
  // Greedy in order of priority; when a name finds no room, again with the names left out placed first
  // (the larger tap areas of the narrow map crowd its clusters), keeping the try that drops fewest.
  let order = byPriority;
  let best = placeInOrder(order, requests, opts);
  let last = best;
  for (let tries = 1; tries < requests.length && last.dropped.length > 0; tries++) {
    const first = new Set(last.dropped);
    order = [...order.filter((q) => first.has(q.id)), ...order.filter((q) => !first.has(q.id))];
    last = placeInOrder(order, requests, opts);
    if (last.dropped.length < best.dropped.length) best = last;
  }
  return best;
}

/** One greedy pass: each name in `order` takes the first free position, near first. */
function placeInOrder(
  order: readonly PointLabelRequest[],
  requests: readonly PointLabelRequest[],
  opts: PointLabelOptions,
): { placed: PlacedPointLabel[]; dropped: string[] } {
  const { fontSize: fs, markerRadius: r } = opts;
  // Names keep clear of what is drawn; tap areas, of the markers and of one another (they are transparent).
  const taken: Box[] = [...(opts.obstacles ?? [])];
  const tapped: Box[] = [...(opts.above ?? [])];
  for (const q of requests) taken.push(markerBox(q.x, q.y, r));
  for (const q of requests) tapped.push(markerBox(q.x, q.y, r));
  const height = fs * 1.15;
  const placed: PlacedPointLabel[] = [];
  const dropped: string[] = [];
  for (const q of order) {
    const w = textWidth(q.text, fs);
    let found: PlacedPointLabel | undefined;
    const directions = directionsFor(q, requests, r + fs * 0.3);
    search: for (const ring of RINGS) {
      const gap = (r + fs * 0.3) * ring;
      for (const [dx, dy] of directions) {
        const cx = q.x + dx * gap;
        const cy = q.y + dy * gap;
        const x = dx > 0 ? cx : dx < 0 ? cx - w : cx - w / 2;
        const y = dy > 0 ? cy : dy < 0 ? cy - height : cy - height / 2;
        const box = { x, y, w, h: height };
        if (x < 0 || y < 0 || x + w > opts.width || y + height > opts.height) continue;
        if (taken.some((t) => boxesOverlap(t, box))) continue;
        const hit = (opts.target ? GROW.map((k) => grown(box, opts.target!, k)) : [box]).find(
          (h) => h.x >= 0 && h.y >= 0 && h.x + h.w <= opts.width && h.y + h.h <= opts.height && !tapped.some((t) => boxesOverlap(t, h)),
        );
        if (!hit) continue;
        found = {
          id: q.id,
          text: q.text,
          anchor: dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle',
          tx: dx > 0 ? x : dx < 0 ? x + w : x + w / 2,
          // Baseline about three-quarters down the box, where a capital's foot sits.
          ty: y + height * 0.78,
          box,
          ...(opts.target ? { hit } : {}),
          leader: ring > 1 ? leaderTo(q, box, r) : undefined,
        };
        break search;
      }
    }
    if (found) {
      placed.push(found);
      taken.push(found.box);
      tapped.push(found.hit ?? found.box);
    } else dropped.push(q.id);
  }
  return { placed, dropped };
}

/** Which way a tap area grows from its name's box: evenly, or all downwards, or all upwards. */
const GROW = [0.5, 0, 1] as const;

/** A box grown to at least `size` wide (about its centre) and high (share `up` of it upwards). */
function grown(b: Box, size: number, up: number): Box {
  const w = Math.max(b.w, size);
  const h = Math.max(b.h, size);
  return { x: b.x - (w - b.w) / 2, y: b.y - (h - b.h) * up, w, h };
}

/** A line from the marker's edge to the nearest point of the name's box. */
function leaderTo(q: { x: number; y: number }, box: Box, r: number): PlacedPointLabel['leader'] {
  const x2 = Math.max(box.x, Math.min(q.x, box.x + box.w));
  const y2 = Math.max(box.y, Math.min(q.y, box.y + box.h));
  const d = Math.hypot(x2 - q.x, y2 - q.y) || 1;
  return { x1: q.x + ((x2 - q.x) / d) * r, y1: q.y + ((y2 - q.y) / d) * r, x2, y2 };
}
