/**
 * The overview axis as a drawing: every shape and label with its coordinates, for one orientation
 * and size. The component only turns this into SVG elements. As d3-axis serves four orientations
 * from one code path, everything is placed once, along the time axis and across it, and turned
 * into x/y at the end (`xy`, `rect`); only where labels go differs: in rows along a horizontal
 * axis, in one column beside a vertical one.
 */
import type { ScaleTime } from 'd3-scale';
import { allianceBands, eventMarks, milestoneMarks, type Band, type EventMark, type MilestoneMark } from './bands';
import { dodge, placeInRows, textWidth, wrapText, type PlacedLabel } from './labels';
import { timeScale, timelineDomain } from './scale';
import { yearTicks, type Tick } from './ticks';
import { line, rect, xy, type Line } from './orient';
import type { ChartItem, Orientation } from './types';

export interface OverviewLabel {
  /** The anchor the label's mark links to (entry id). */
  id: string;
  kind: 'band' | 'event';
  /** Alliance number, drawn bold before the text. */
  number?: string;
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  lineHeight: number;
  anchor: 'start' | 'middle' | 'end';
  leader: Line;
  /** The box the text covers (estimated), painted in the page colour so leaders pass behind it. */
  box: { x: number; y: number; w: number; h: number };
}

export interface OverviewLayout {
  orientation: Orientation;
  width: number;
  height: number;
  fontSize: number;
  scale: ScaleTime<number, number>;
  axis: Line;
  ticks: (Tick & { line: Line; tx: number; ty: number; anchor: 'start' | 'middle' | 'end' })[];
  grid: Line[];
  bands: (Band & {
    x: number;
    y: number;
    w: number;
    h: number;
    numberAt?: { x: number; y: number };
    /**
     * With a `target` size: the area a tap on the band lands in, over the band and its milestone
     * strip, from its first to its last milestone, at least `target` each way.
     */
    tap?: { x: number; y: number; w: number; h: number };
  })[];
  events: (EventMark & {
    cx: number;
    cy: number;
    r: number;
    /** With a `target` size, time across: the area a pointer lands in, the event's lane beside its mark and label. */
    tap?: { x: number; y: number; w: number; h: number };
  })[];
  milestones: (MilestoneMark & { cx: number; cy: number })[];
  /**
   * With a `target` size, milestones are no links of their own (too close for a finger): each is drawn
   * inside its band's tap area, whose link leads to the entry that lists them.
   */
  milestonesLinked: boolean;
  labels: OverviewLabel[];
  /** Ids of marks whose labels found no room; their links still carry their names. */
  unlabelled: string[];
}

export interface OverviewOptions {
  orientation: Orientation;
  /** Width of the drawing (its viewBox), in CSS pixels at 100 % zoom. */
  width: number;
  /** Vertical only: length of the time axis. */
  length?: number;
  fontSize?: number;
  /**
   * The least size, in SVG units, of the area a tap on a band lands in (WCAG 2.5.8 asks 24 CSS px;
   * variants.ts gives it for each size the page shows). Set, the milestones join their band's link.
   */
  target?: number;
}

/** Thickness of an alliance's band. */
const BAND = 22;
/** Room beside a band for its milestone dots. */
const STRIP = 10;
/** How far a band's tap area reaches past its first and last milestone dot's centre. */
const DOT_ROOM = 4;
/** One lane of bands: a band, its strip and a hairline of space. */
const LANE = BAND + STRIP + 2;
/** One lane of event marks. */
const EVENT_LANE = 16;
/** Radius of an event mark: the meeting's diamond is larger than the context events' circles. */
const EVENT_R = { meeting: 7, context: 5 } as const;
/** Length of a tick, outwards from the axis line. */
const TICK = 6;
/** A baseline sits this share of the font size below the point text is centred on. */
const BASELINE = 0.35;
/** Clear space between the axis ends and the drawing's edges: half of "1654" and of "2023". */
const END_ROOM = 28;
/** Clear space between labels in the same row (horizontal) or column (vertical). */
const LABEL_GAP = { horizontal: 12, vertical: 6 } as const;

/**
 * What differs between the two orientations, besides where labels go. `side` is d3-axis's k: ticks
 * point down (+1) from a horizontal axis under the marks and left (−1) from a vertical one before them.
 */
const ORIENT = {
  horizontal: { side: 1, minTickSpacing: 56, tickPadding: 2, tickAnchor: 'middle', tickDy: 1, eventInset: 8 },
  vertical: { side: -1, minTickSpacing: 28, tickPadding: 3, tickAnchor: 'end', tickDy: BASELINE, eventInset: 7 },
} as const;

/** Where the parts of the drawing sit across the axis, and the labels, once they are placed. */
interface AcrossPlan {
  /** Across position of the first lane of bands and of event marks. */
  bands: number;
  events: number;
  /** Across position of the axis line, and the extent of the grid lines across. */
  axis: number;
  grid: [number, number];
  labels: OverviewLabel[];
  unlabelled: string[];
  /** The drawing's size across the axis (horizontal: its height), and along it (vertical: height). */
  size: number;
}

interface Marks {
  bands: OverviewLayout['bands'];
  events: OverviewLayout['events'];
}

/** Lays out the overview for one orientation and size. */
export function overviewLayout(items: readonly ChartItem[], opts: OverviewOptions): OverviewLayout {
  const o = opts.orientation;
  const O = ORIENT[o];
  const W = opts.width;
  const fontSize = opts.fontSize ?? 14;
  const lineH = Math.round(fontSize * 1.3);
  const length = opts.length ?? 640;
  const along: [number, number] = o === 'horizontal' ? [END_ROOM, W - END_ROOM] : [fontSize, fontSize + length];
  const scale = timeScale(timelineDomain(items), along);
  const bandSpans = allianceBands(items, scale, 6);
  const eventSpans = eventMarks(items, scale, 14);
  const laneCount = Math.max(1, ...bandSpans.map((b) => b.lane + 1));
  const eventLanes = Math.max(0, ...eventSpans.map((e) => e.lane + 1));

  // Place the marks once the plan says where their lanes start across the axis.
  const place = (bandsAt: number, eventsAt: number): Marks => ({
    bands: bandSpans.map((b) => {
      const c = bandsAt + b.lane * LANE;
      // The number fits when its extent along the axis does: its width on a horizontal band, its height on a vertical one.
      const numberLength = o === 'horizontal' ? textWidth(numberText(b), fontSize) + 6 : fontSize + 4;
      const centre = xy(o, (b.from + b.to) / 2, c + BAND / 2);
      return {
        ...b,
        ...rect(o, b.from, b.to, c, c + BAND),
        ...(numberLength <= b.to - b.from ? { numberAt: { x: centre.x, y: centre.y + fontSize * BASELINE } } : {}),
      };
    }),
    events: eventSpans.map((e) => {
      const p = xy(o, e.pos, eventsAt + e.lane * EVENT_LANE + O.eventInset);
      return { ...e, cx: p.x, cy: p.y, r: EVENT_R[e.kind] };
    }),
  });
  const lanes = { bands: laneCount * LANE + 4, events: eventLanes * EVENT_LANE };
  const { plan, marks } =
    o === 'horizontal'
      ? opts.target
        ? labelsInRowsWithEventLanes(bandSpans, lanes, { width: W, fontSize, lineH }, place, opts.target)
        : labelsInRows(bandSpans, eventSpans, lanes, { width: W, fontSize, lineH }, place)
      : labelsInColumn(lanes, { width: W, fontSize, lineH, end: along[1] }, place);

  const laneOf = new Map(bandSpans.map((b) => [b.id, b.lane]));
  const milestones = milestoneMarks(items, scale, (it) => it.collection === 'alliances').map((m) => {
    const p = xy(o, m.pos, plan.bands + (laneOf.get(m.entryId) ?? 0) * LANE + BAND + STRIP / 2 + 1);
    return { ...m, cx: p.x, cy: p.y };
  });
  const bands = opts.target ? withTapAreas(marks.bands, milestones, o, opts.target) : marks.bands;
  const ticks = yearTicks(scale, O.minTickSpacing).map((t) => {
    const label = xy(o, t.pos, plan.axis + O.side * (TICK + O.tickPadding));
    return {
      ...t,
      line: line(o, t.pos, t.pos, Math.min(plan.axis, plan.axis + O.side * TICK), Math.max(plan.axis, plan.axis + O.side * TICK)),
      tx: label.x,
      ty: label.y + fontSize * O.tickDy,
      anchor: O.tickAnchor,
    };
  });
  return {
    orientation: o,
    width: W,
    height: plan.size,
    fontSize,
    scale,
    axis: line(o, along[0], along[1], plan.axis, plan.axis),
    ticks,
    grid: ticks.map((t) => line(o, t.pos, t.pos, ...plan.grid)),
    bands,
    events: marks.events,
    milestones,
    milestonesLinked: !opts.target,
    labels: plan.labels,
    unlabelled: plan.unlabelled,
  };
}

interface TextMetrics {
  width: number;
  fontSize: number;
  lineH: number;
}

/** A label placed in a row (placeInRows), at baseline `y`, with its leader to its mark. */
function rowLabel(
  p: PlacedLabel,
  y: number,
  leader: Line,
  { fontSize, lineH }: TextMetrics,
  rest: Partial<OverviewLabel> & Pick<OverviewLabel, 'kind' | 'lines'>,
): OverviewLabel {
  return {
    id: p.id,
    ...rest,
    x: p.start + 2,
    y,
    lineHeight: lineH,
    anchor: 'start',
    leader,
    box: { x: p.start, y: y - fontSize, w: p.end - p.start, h: lineH },
  };
}

/**
 * Time across, the bands' labels: in rows above the bands, the lowest row nearest them. Says where
 * the bands start under the rows, and gives the labels once the bands are placed (their leaders end
 * on the band).
 */
function bandLabelRows(bands: readonly Band[], metrics: TextMetrics) {
  const { width: W, fontSize, lineH } = metrics;
  const bandText = (b: Band) => `${numberText(b)}  ${b.shortTitle}`;
  const rows = placeInRows(
    bands.map((b) => ({ id: b.id, anchor: (b.from + b.to) / 2, size: textWidth(bandText(b), fontSize) + 4 })),
    { min: 2, max: W - 2, gap: LABEL_GAP.horizontal, maxRows: 4 },
  );
  const rowCount = Math.max(1, ...rows.placed.map((p) => p.row + 1));
  return {
    bandsAt: 4 + rowCount * lineH + 10,
    dropped: rows.dropped,
    labels: (placed: Marks['bands']): OverviewLabel[] => {
      const bandById = new Map(placed.map((b) => [b.id, b]));
      return rows.placed.map((p) => {
        const b = bandById.get(p.id)!;
        const y = 4 + (rowCount - 1 - p.row) * lineH + fontSize;
        return rowLabel(p, y, { x1: p.anchor, y1: y + 4, x2: p.anchor, y2: b.y }, metrics, { kind: 'band', number: numberText(b), lines: [b.shortTitle] });
      });
    },
  };
}

/** Time across: the plan once the rows and lanes are placed, the grid from just above the bands to the axis. */
function acrossPlan(bandsAt: number, eventsAt: number, axis: number, labels: OverviewLabel[], unlabelled: string[], fontSize: number): AcrossPlan {
  return {
    bands: bandsAt,
    events: eventsAt,
    axis,
    grid: [bandsAt - 4, axis],
    labels,
    unlabelled,
    size: axis + TICK + ORIENT.horizontal.tickPadding + fontSize + 8,
  };
}

/**
 * Time across: band labels in rows above the bands, event labels in rows under the event marks,
 * the axis under them all. Each row sits as near its marks as the labels before it allow.
 */
function labelsInRows(
  bands: readonly Band[],
  events: readonly EventMark[],
  lanes: { bands: number; events: number },
  metrics: TextMetrics,
  place: (bandsAt: number, eventsAt: number) => Marks,
): { plan: AcrossPlan; marks: Marks } {
  const { width: W, fontSize, lineH } = metrics;
  const bandRows = bandLabelRows(bands, metrics);
  const eventRows = placeInRows(
    events.map((e) => {
      // Labels of marks in the right half end at their mark, so they read towards it, not off the edge.
      const size = textWidth(e.shortTitle, fontSize) + 4;
      return { id: e.id, anchor: e.pos > W / 2 ? e.pos - size / 2 + 6 : e.pos + size / 2 - 6, size };
    }),
    { min: 2, max: W - 2, gap: LABEL_GAP.horizontal, maxRows: 5 },
  );
  const eventRowCount = Math.max(0, ...eventRows.placed.map((p) => p.row + 1));
  const { bandsAt } = bandRows;
  const eventsAt = bandsAt + lanes.bands;
  const eventLabelsAt = eventsAt + lanes.events + 10;
  const axis = eventLabelsAt + eventRowCount * lineH + 10;
  const marks = place(bandsAt, eventsAt);
  const eventById = new Map(marks.events.map((e) => [e.id, e]));
  const labels = [
    ...bandRows.labels(marks.bands),
    ...eventRows.placed.map((p) => {
      const e = eventById.get(p.id)!;
      const y = eventLabelsAt + p.row * lineH + fontSize;
      return rowLabel(p, y, { x1: e.cx, y1: e.cy + e.r, x2: e.cx, y2: y - fontSize + 2 }, metrics, { kind: 'event', lines: [e.shortTitle] });
    }),
  ];
  return { plan: acrossPlan(bandsAt, eventsAt, axis, labels, [...bandRows.dropped, ...eventRows.dropped], fontSize), marks };
}

/**
 * Time across, with a `target` size (WCAG 2.5.8): band labels in rows above the bands, as without
 * one; then each event in a lane of its own, `target` tall, its label beside its mark, towards the
 * middle of the drawing. The lane, from the label's far end to the mark, is the event's tap area: the
 * marks of 2022 and 2023 are a few units apart, and labels in rows under them were too thin to point
 * at. Four lanes of 33 units take about the room that three mark lanes and four label rows took.
 */
function labelsInRowsWithEventLanes(
  bands: readonly Band[],
  lanes: { bands: number; events: number },
  metrics: TextMetrics,
  place: (bandsAt: number, eventsAt: number) => Marks,
  target: number,
): { plan: AcrossPlan; marks: Marks } {
  const { width: W, fontSize, lineH } = metrics;
  const bandRows = bandLabelRows(bands, metrics);
  const { bandsAt } = bandRows;
  const eventsAt = bandsAt + lanes.bands;
  const placed = place(bandsAt, eventsAt);
  const order = [...placed.events].sort((a, b) => a.pos - b.pos || a.id.localeCompare(b.id));
  const labels: OverviewLabel[] = [];
  const eventMarks = order.map((e, i) => {
    const top = eventsAt + i * target;
    const cy = top + target / 2;
    const size = textWidth(e.shortTitle, fontSize) + 4;
    // Towards the middle: left of a mark in the right half, right of one in the left half.
    const left = e.pos > W / 2;
    const x = left ? e.pos - e.r - 6 : e.pos + e.r + 6;
    const [start, end] = left ? [x - size, e.pos + e.r + 2] : [e.pos - e.r - 2, x + size];
    const y = cy + fontSize * BASELINE;
    labels.push({
      id: e.id,
      kind: 'event',
      lines: [e.shortTitle],
      x: left ? x - 2 : x + 2,
      y,
      lineHeight: lineH,
      anchor: left ? 'end' : 'start',
      leader: { x1: e.pos, y1: cy, x2: e.pos, y2: cy },
      box: { x: left ? x - size : x, y: cy - lineH / 2, w: size, h: lineH },
    });
    return { ...e, cx: e.pos, cy, tap: { x: start, y: top, w: end - start, h: target } };
  });
  const axis = eventsAt + order.length * target + 10;
  return {
    plan: acrossPlan(bandsAt, eventsAt, axis, [...bandRows.labels(placed.bands), ...labels], bandRows.dropped, fontSize),
    marks: { bands: placed.bands, events: placed.events.map((e) => eventMarks.find((m) => m.id === e.id)!) },
  };
}

/**
 * Time down: the axis on the left, then the bands and event marks, then one column of labels, each
 * pushed down only as far as the one above requires. Nothing is dropped.
 */
function labelsInColumn(
  lanes: { bands: number; events: number },
  { width: W, fontSize, lineH, end }: TextMetrics & { end: number },
  place: (bandsAt: number, eventsAt: number) => Marks,
): { plan: AcrossPlan; marks: Marks } {
  const axis = fontSize * 3.5;
  const bandsAt = axis + 8;
  const eventsAt = bandsAt + lanes.bands;
  const textX = eventsAt + Math.max(EVENT_LANE, lanes.events) + 14;
  const textW = W - textX - 4;
  const marks = place(bandsAt, eventsAt);
  const wrapped = new Map<string, string[]>([
    ...marks.bands.map((b) => [b.id, wrapText(`${numberText(b)}  ${b.shortTitle}`, textW, fontSize)] as const),
    ...marks.events.map((e) => [e.id, wrapText(e.shortTitle, textW, fontSize)] as const),
  ]);
  const anchors = new Map<string, { x: number; y: number; kind: 'band' | 'event' }>([
    ...marks.bands.map((b) => [b.id, { x: b.x + b.w, y: b.y + b.h / 2, kind: 'band' as const }] as const),
    ...marks.events.map((e) => [e.id, { x: e.cx + e.r, y: e.cy, kind: 'event' as const }] as const),
  ]);
  const placed: PlacedLabel[] = dodge(
    [...anchors].map(([id, a]) => ({ id, anchor: a.y, size: wrapped.get(id)!.length * lineH })),
    { min: 0, max: end + fontSize, gap: LABEL_GAP.vertical },
  );
  const labels = placed.map((p): OverviewLabel => {
    const a = anchors.get(p.id)!;
    let lines = wrapped.get(p.id)!;
    let number: string | undefined;
    if (a.kind === 'band') {
      // The number leads the first line; it is drawn bold as its own tspan.
      const [first, ...rest] = lines;
      number = first!.split(/\s+/)[0];
      lines = [first!.slice(number!.length).trimStart(), ...rest];
    }
    return {
      id: p.id,
      kind: a.kind,
      ...(number ? { number } : {}),
      lines,
      x: textX,
      y: p.start + fontSize,
      lineHeight: lineH,
      anchor: 'start',
      leader: { x1: a.x + 2, y1: a.y, x2: textX - 4, y2: p.start + lineH / 2 },
      box: {
        x: textX - 2,
        y: p.start,
        // The number is drawn 0.5em before the text; two spaces (0.6em) in the estimate cover it.
        w: Math.max(...lines.map((t, i) => textWidth(i === 0 && number ? `${number}  ${t}` : t, fontSize))) + 4,
        h: p.end - p.start,
      },
    };
  });
  return {
    plan: {
      bands: bandsAt,
      events: eventsAt,
      axis,
      grid: [axis, eventsAt + lanes.events],
      labels,
      unlabelled: [],
      size: Math.max(end, ...placed.map((p) => p.end)) + fontSize,
    },
    marks,
  };
}

/**
 * Each band's tap area: the band and its milestone strip across the axis; along it, from the first of
 * its milestones (or its start) to the last (or its end) and a dot's breadth beyond, grown about its
 * middle to `target` where shorter. Where two in a lane would meet, they part halfway between.
 */
function withTapAreas(
  bands: OverviewLayout['bands'],
  milestones: OverviewLayout['milestones'],
  o: Orientation,
  target: number,
): OverviewLayout['bands'] {
  const spans = bands.map((b) => {
    const own = milestones.filter((m) => m.entryId === b.id).map((m) => m.pos);
    const first = Math.min(b.from, ...own);
    const last = Math.max(b.to, ...own);
    const grow = Math.max(DOT_ROOM, (target - (last - first)) / 2);
    return { b, first, last, from: first - grow, to: last + grow };
  });
  const byLane = Map.groupBy(spans, (s) => s.b.lane);
  for (const lane of byLane.values()) {
    lane.sort((p, q) => p.first - q.first);
    for (const [i, s] of lane.entries()) {
      const t = lane[i + 1];
      if (t && s.to > t.from) s.to = t.from = (s.last + t.first) / 2;
    }
  }
  // Across the axis, the band and its strip, grown about their middle to `target` where thinner,
  // up to the whole lane (its hairline of space included), so that two lanes' areas never meet.
  const thick = Math.min(LANE, Math.max(BAND + STRIP, target));
  const pad = (thick - BAND - STRIP) / 2;
  return spans.map(({ b, from, to }) => {
    const across = o === 'horizontal' ? b.y : b.x;
    return { ...b, tap: rect(o, from, to, across - pad, across + BAND + STRIP + pad) };
  });
}

function numberText(b: Band) {
  return `${b.ordinal}`;
}
