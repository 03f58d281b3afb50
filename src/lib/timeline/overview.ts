/**
 * The overview axis as a drawing: every shape and label with its coordinates, for one orientation
 * and size. The component only turns this into SVG elements.
 */
import type { ScaleTime } from 'd3-scale';
import { allianceBands, eventMarks, milestoneMarks, type Band, type EventMark, type MilestoneMark } from './bands';
import { dodge, placeInRows, textWidth, wrapText, type PlacedLabel } from './labels';
import { timeScale, timelineDomain } from './scale';
import { yearTicks, type Tick } from './ticks';
import type { ChartItem, Orientation } from './types';

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

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
  bands: (Band & { x: number; y: number; w: number; h: number; numberAt?: { x: number; y: number } })[];
  events: (EventMark & { cx: number; cy: number; r: number })[];
  milestones: (MilestoneMark & { cx: number; cy: number })[];
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
}

const BAND = 22; // thickness of a band
const STRIP = 10; // room beside a band for its milestone dots
const LANE = BAND + STRIP + 2;
const EVENT_LANE = 16;

function numberText(b: Band) {
  return `${b.ordinal}`;
}

/** Lays out the overview for one orientation and size. */
export function overviewLayout(items: readonly ChartItem[], opts: OverviewOptions): OverviewLayout {
  return opts.orientation === 'horizontal' ? horizontal(items, opts) : vertical(items, opts);
}

function horizontal(items: readonly ChartItem[], opts: OverviewOptions): OverviewLayout {
  const W = opts.width;
  const fontSize = opts.fontSize ?? 14;
  const lineH = Math.round(fontSize * 1.3);
  const mx = 28; // room for half of "1654" and "2023" beyond the ends of the axis
  const scale = timeScale(timelineDomain(items), [mx, W - mx]);
  const bands = allianceBands(items, scale, 6);
  const events = eventMarks(items, scale, 14);
  const laneCount = Math.max(1, ...bands.map((b) => b.lane + 1));
  const eventLanes = Math.max(0, ...events.map((e) => e.lane + 1));

  // Band labels above the bands, as near as rows allow; row 0 sits just above the bands.
  const bandText = (b: Band) => `${numberText(b)}  ${b.shortTitle}`;
  const bandRows = placeInRows(
    bands.map((b) => ({ id: b.id, anchor: (b.from + b.to) / 2, size: textWidth(bandText(b), fontSize) + 4 })),
    { min: 2, max: W - 2, gap: 12, maxRows: 4 },
  );
  const bandRowCount = Math.max(1, ...bandRows.placed.map((p) => p.row + 1));
  const bandsTop = 4 + bandRowCount * lineH + 10;
  const laneY = (lane: number) => bandsTop + lane * LANE;
  const eventsTop = bandsTop + laneCount * LANE + 4;
  const eventY = (lane: number) => eventsTop + lane * EVENT_LANE + 8;
  const eventRows = placeInRows(
    events.map((e) => {
      // Labels of marks in the right half end at their mark, so they read towards it, not off the edge.
      const size = textWidth(e.shortTitle, fontSize) + 4;
      return { id: e.id, anchor: e.pos > W / 2 ? e.pos - size / 2 + 6 : e.pos + size / 2 - 6, size };
    }),
    { min: 2, max: W - 2, gap: 12, maxRows: 5 },
  );
  const eventRowCount = Math.max(0, ...eventRows.placed.map((p) => p.row + 1));
  const eventLabelsTop = eventsTop + eventLanes * EVENT_LANE + 10;
  const axisY = eventLabelsTop + eventRowCount * lineH + 10;

  const outBands = bands.map((b) => {
    const w = b.to - b.from;
    const num = numberText(b);
    const fits = textWidth(num, fontSize) + 6 <= w;
    return {
      ...b,
      x: b.from,
      y: laneY(b.lane),
      w,
      h: BAND,
      ...(fits ? { numberAt: { x: b.from + w / 2, y: laneY(b.lane) + BAND / 2 + fontSize * 0.35 } } : {}),
    };
  });
  const laneOf = new Map(bands.map((b) => [b.id, b.lane]));
  const milestones = milestoneMarks(items, scale, (it) => it.collection === 'alliances').map((m) => ({
    ...m,
    cx: m.pos,
    cy: laneY(laneOf.get(m.entryId) ?? 0) + BAND + STRIP / 2 + 1,
  }));
  const outEvents = events.map((e) => ({ ...e, cx: e.pos, cy: eventY(e.lane), r: e.kind === 'meeting' ? 7 : 5 }));

  const byId = new Map(outBands.map((b) => [b.id, b]));
  const eventById = new Map(outEvents.map((e) => [e.id, e]));
  const labels: OverviewLabel[] = [
    ...bandRows.placed.map((p): OverviewLabel => {
      const b = byId.get(p.id)!;
      const y = 4 + (bandRowCount - 1 - p.row) * lineH + fontSize;
      return {
        id: b.id,
        kind: 'band',
        number: numberText(b),
        lines: [b.shortTitle],
        x: p.start + 2,
        y,
        lineHeight: lineH,
        anchor: 'start',
        leader: { x1: p.anchor, y1: y + 4, x2: p.anchor, y2: b.y },
        box: { x: p.start, y: y - fontSize, w: p.end - p.start, h: lineH },
      };
    }),
    ...eventRows.placed.map((p): OverviewLabel => {
      const e = eventById.get(p.id)!;
      const y = eventLabelsTop + p.row * lineH + fontSize;
      return {
        id: e.id,
        kind: 'event',
        lines: [e.shortTitle],
        x: p.start + 2,
        y,
        lineHeight: lineH,
        anchor: 'start',
        leader: { x1: e.cx, y1: e.cy + e.r, x2: e.cx, y2: y - fontSize + 2 },
        box: { x: p.start, y: y - fontSize, w: p.end - p.start, h: lineH },
      };
    }),
  ];
  const ticks = yearTicks(scale, 56).map((t) => ({
    ...t,
    line: { x1: t.pos, y1: axisY, x2: t.pos, y2: axisY + 6 },
    tx: t.pos,
    ty: axisY + 8 + fontSize,
    anchor: 'middle' as const,
  }));
  return {
    orientation: 'horizontal',
    width: W,
    height: axisY + 8 + fontSize + 8,
    fontSize,
    scale,
    axis: { x1: mx, y1: axisY, x2: W - mx, y2: axisY },
    ticks,
    grid: ticks.map((t) => ({ x1: t.pos, y1: bandsTop - 4, x2: t.pos, y2: axisY })),
    bands: outBands,
    events: outEvents,
    milestones,
    labels,
    unlabelled: [...bandRows.dropped, ...eventRows.dropped],
  };
}

function vertical(items: readonly ChartItem[], opts: OverviewOptions): OverviewLayout {
  const W = opts.width;
  const fontSize = opts.fontSize ?? 14;
  const lineH = Math.round(fontSize * 1.3);
  const L = opts.length ?? 640;
  const top = fontSize;
  const scale = timeScale(timelineDomain(items), [top, top + L]);
  const bands = allianceBands(items, scale, 6);
  const events = eventMarks(items, scale, 14);
  const laneCount = Math.max(1, ...bands.map((b) => b.lane + 1));
  const eventLanes = Math.max(0, ...events.map((e) => e.lane + 1));
  const axisX = fontSize * 3.5;
  const bandsX = axisX + 8;
  const laneX = (lane: number) => bandsX + lane * (BAND + STRIP + 2);
  const eventsX = bandsX + laneCount * (BAND + STRIP + 2) + 4;
  const eventX = (lane: number) => eventsX + lane * EVENT_LANE + 7;
  const textX = eventsX + Math.max(1, eventLanes) * EVENT_LANE + 14;
  const textW = W - textX - 4;

  const outBands = bands.map((b) => {
    const h = b.to - b.from;
    return {
      ...b,
      x: laneX(b.lane),
      y: b.from,
      w: BAND,
      h,
      ...(h >= fontSize + 4 ? { numberAt: { x: laneX(b.lane) + BAND / 2, y: b.from + h / 2 + fontSize * 0.35 } } : {}),
    };
  });
  const laneOf = new Map(bands.map((b) => [b.id, b.lane]));
  const milestones = milestoneMarks(items, scale, (it) => it.collection === 'alliances').map((m) => ({
    ...m,
    cx: laneX(laneOf.get(m.entryId) ?? 0) + BAND + STRIP / 2 + 1,
    cy: m.pos,
  }));
  const outEvents = events.map((e) => ({ ...e, cx: eventX(e.lane), cy: e.pos, r: e.kind === 'meeting' ? 7 : 5 }));

  // One column of labels to the right, each pushed down only as far as the one above requires.
  const wrapped = new Map<string, string[]>([
    ...outBands.map((b) => [b.id, wrapText(`${numberText(b)}  ${b.shortTitle}`, textW, fontSize)] as const),
    ...outEvents.map((e) => [e.id, wrapText(e.shortTitle, textW, fontSize)] as const),
  ]);
  const anchors = new Map<string, { x: number; y: number; kind: 'band' | 'event' }>([
    ...outBands.map((b) => [b.id, { x: b.x + b.w, y: b.y + b.h / 2, kind: 'band' as const }] as const),
    ...outEvents.map((e) => [e.id, { x: e.cx + e.r, y: e.cy, kind: 'event' as const }] as const),
  ]);
  const placed: PlacedLabel[] = dodge(
    [...anchors].map(([id, a]) => ({ id, anchor: a.y, size: wrapped.get(id)!.length * lineH })),
    { min: 0, max: top + L + fontSize, gap: 6 },
  );
  const bandIds = new Set(outBands.map((b) => b.id));
  const labels = placed.map((p): OverviewLabel => {
    const a = anchors.get(p.id)!;
    let lines = wrapped.get(p.id)!;
    let number: string | undefined;
    if (bandIds.has(p.id)) {
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
  const bottom = Math.max(top + L, ...placed.map((p) => p.end));
  const ticks = yearTicks(scale, 28).map((t) => ({
    ...t,
    line: { x1: axisX - 6, y1: t.pos, x2: axisX, y2: t.pos },
    tx: axisX - 9,
    ty: t.pos + fontSize * 0.35,
    anchor: 'end' as const,
  }));
  return {
    orientation: 'vertical',
    width: W,
    height: bottom + fontSize,
    fontSize,
    scale,
    axis: { x1: axisX, y1: top, x2: axisX, y2: top + L },
    ticks,
    grid: ticks.map((t) => ({ x1: axisX, y1: t.pos, x2: eventsX + eventLanes * EVENT_LANE, y2: t.pos })),
    bands: outBands,
    events: outEvents,
    milestones,
    labels,
    unlabelled: [],
  };
}
