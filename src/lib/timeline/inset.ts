/**
 * The detail inset on a day scale: the days of March 2023 that a 370-year axis cannot tell apart.
 * What it shows is read from the entries: every day-precise milestone, every one-day entry and
 * every longer entry that falls in the window.
 */
import type { ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import { endOf, formatDate, formatPeriod, startOf } from '../dates';
import { textWidth, wrapText } from './labels';
import { rect } from './orient';
import { dayDomain, timeScale } from './scale';
import { dayTicks, type DayTick } from './ticks';
import type { ChartItem, Orientation } from './types';

/** Something dated to one day in the window: a milestone, or an entry that lasted one day. */
export interface InsetMark {
  /** The anchor it links to: the milestone id, or the entry id. */
  id: string;
  entryId: string;
  /** Entry marks stand for a whole entry; milestone marks for one moment in it. */
  type: 'entry' | 'milestone';
  label: string;
  name: string;
  day: Date;
}

/** An entry that lasted several days in the window, drawn as a span. */
export interface InsetSpan {
  id: string;
  label: string;
  name: string;
  first: Date;
  last: Date;
}

/** Marks and spans of the entries that fall within [from, to] (YYYY-MM-DD, inclusive), in day order. */
export function insetContent(items: readonly ChartItem[], from: string, to: string): { marks: InsetMark[]; spans: InsetSpan[] } {
  const [d0, d1] = dayDomain(from, to);
  const inWindow = (t: Date) => t >= d0 && t < d1;
  const marks: InsetMark[] = [];
  const spans: InsetSpan[] = [];
  for (const it of items) {
    const { start, end } = it.data.period;
    const ownDays = new Set<number>();
    for (const m of it.data.milestones) {
      const day = startOf(m.date);
      if (m.date.precision !== 'day' || !inWindow(day)) continue;
      ownDays.add(day.getTime());
      marks.push({ id: m.id, entryId: it.id, type: 'milestone', label: m.label, name: `${m.label} (${formatDate(m.date)})`, day });
    }
    const first = startOf(start);
    const last = utcDay.floor(endOf(end));
    if (start.precision !== 'day' || end.precision !== 'day' || last < d0 || first >= d1) continue;
    if (first.getTime() === last.getTime()) {
      // A one-day entry is a mark, unless one of its own milestones already marks that day.
      if (!ownDays.has(first.getTime())) {
        marks.push({ id: it.id, entryId: it.id, type: 'entry', label: it.data.shortTitle, name: `${it.data.shortTitle} (${formatPeriod(it.data.period)})`, day: first });
      }
    } else {
      spans.push({
        id: it.id,
        label: it.data.shortTitle,
        name: `${it.data.shortTitle} (${formatPeriod(it.data.period)})`,
        first: first < d0 ? d0 : first,
        last: last >= d1 ? utcDay.offset(d1, -1) : last,
      });
    }
  }
  const byDay = (a: { day?: Date; first?: Date; id: string }, b: typeof a) =>
    (a.day ?? a.first)!.getTime() - (b.day ?? b.first)!.getTime() || a.id.localeCompare(b.id);
  marks.sort((a, b) => byDay(a, b) || (a.type === b.type ? 0 : a.type === 'entry' ? -1 : 1));
  spans.sort(byDay);
  return { marks, spans };
}

export interface InsetLayout {
  orientation: Orientation;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  scale: ScaleTime<number, number>;
  /** One slot per day: its tick, the slot's box and its label (weekday, then day and month). */
  days: (DayTick & { x: number; y: number; w: number; h: number; lines: [string, string] })[];
  spans: (InsetSpan & {
    x: number;
    y: number;
    w: number;
    h: number;
    textX: number;
    textY: number;
    anchor: 'start' | 'middle';
    /** With a `target` size: the area a tap on the bar lands in, the bar widened to `target` (mostly before it). */
    tap?: { x: number; y: number; w: number; h: number };
  })[];
  /** Each mark is a bullet inside its day's slot, with its label wrapped beside it. */
  marks: (InsetMark & { cx: number; cy: number; textX: number; textY: number; lines: string[] })[];
}

/** Room for the bullet before a mark's label. */
const BULLET = 10;
/** Padding inside a day's slot. */
const PAD = 8;
/** Thickness of a span's bar, and the gap it leaves at the edges of its first and last days. */
const SPAN_BAR = 8;
const BAR_INSET = 2;
/** Space under each mark's label, before the next mark of the same day. */
const MARK_GAP = { horizontal: 12, vertical: 8 } as const;

/** What each orientation works out: its scale, where the marks and span titles go, its size. */
interface DayPlan {
  scale: ScaleTime<number, number>;
  ticks: DayTick[];
  /** A day's length along the axis, and the slot's extent across it. */
  slot: number;
  cross: number;
  height: number;
  /** Across position of the i-th span's bar. */
  barAt: (i: number) => number;
  /** Where the span's title goes, given where its days start and end along the axis. */
  spanText: (s: InsetSpan, i: number, a0: number, a1: number) => { textX: number; textY: number; anchor: 'start' | 'middle' };
  marks: InsetLayout['marks'];
}

type Metrics = { width: number; fontSize: number; lineHeight: number; dayCount: number; domain: [Date, Date] };

/**
 * Lays the window out as day slots on a utcDay scale: columns side by side when time runs across,
 * rows one under another when it runs down (narrow screens). Marks of a day stack inside its slot,
 * so no two labels can overlap. Day slots and span bars are placed once, along and across the axis;
 * where the marks' lists and the span titles go is each orientation's own plan.
 */
export function insetLayout(
  items: readonly ChartItem[],
  opts: {
    from: string;
    to: string;
    width: number;
    orientation: Orientation;
    fontSize?: number;
    /** The least size of a span's tap area, in SVG units (variants.ts `target`, WCAG 2.5.8). */
    target?: number;
  },
): InsetLayout {
  const { from, to, width, orientation: o } = opts;
  const fontSize = opts.fontSize ?? 14;
  const lineHeight = Math.round(fontSize * 1.3);
  const { marks, spans } = insetContent(items, from, to);
  const domain = dayDomain(from, to);
  const metrics: Metrics = { width, fontSize, lineHeight, dayCount: utcDay.count(domain[0], domain[1]), domain };
  const plan = o === 'horizontal' ? daysAcross(marks, spans, metrics) : daysDown(marks, spans, metrics);
  return {
    orientation: o,
    width,
    height: plan.height,
    fontSize,
    lineHeight,
    scale: plan.scale,
    days: plan.ticks.map((t) => {
      const [weekday, ...rest] = t.label.split(' ');
      return { ...t, ...rect(o, t.pos, t.pos + plan.slot, 0, plan.cross), lines: [weekday!, rest.join(' ')] };
    }),
    spans: spans.map((s, i) => {
      const a0 = plan.scale(s.first);
      const a1 = plan.scale(utcDay.offset(s.last, 1));
      // Widened mostly before the bar: after it, within 4 units, come the next bar or the marks' bullets.
      const grow = opts.target ? Math.max(0, opts.target - SPAN_BAR) : 0;
      const after = Math.min(4, grow / 2);
      const tap = rect(o, a0 + BAR_INSET, a1 - BAR_INSET, plan.barAt(i) - (grow - after), plan.barAt(i) + SPAN_BAR + after);
      return {
        ...s,
        ...rect(o, a0 + BAR_INSET, a1 - BAR_INSET, plan.barAt(i), plan.barAt(i) + SPAN_BAR),
        ...plan.spanText(s, i, a0, a1),
        ...(opts.target ? { tap } : {}),
      };
    }),
    marks: plan.marks,
  };
}

/** Time across: a column per day, its weekday and date on top, span bars under them, then its marks. */
function daysAcross(marks: readonly InsetMark[], spans: readonly InsetSpan[], { width, fontSize, lineHeight, dayCount, domain }: Metrics): DayPlan {
  const scale = timeScale(domain, [PAD, width - PAD]);
  const ticks = dayTicks(scale);
  const slot = (width - 2 * PAD) / dayCount;
  const textW = slot - BULLET - 2 * PAD;
  const headerH = lineHeight * 2 + 6;
  const spanTop = headerH + 8;
  const spanH = spans.length ? lineHeight + 14 : 0;
  const marksTop = spanTop + spanH + 10;
  const placed: InsetLayout['marks'] = [];
  const cursor = new Map<number, number>();
  for (const m of marks) {
    const t = ticks.find((d) => d.date.getTime() === m.day.getTime())!;
    const y = cursor.get(t.date.getTime()) ?? marksTop;
    const lines = wrapText(m.label, textW, fontSize);
    placed.push({ ...m, cx: t.pos + PAD + 4, cy: y + lineHeight / 2 - 1, textX: t.pos + PAD + BULLET + 4, textY: y + fontSize, lines });
    cursor.set(t.date.getTime(), y + lines.length * lineHeight + MARK_GAP.horizontal);
  }
  const height = Math.max(marksTop + lineHeight, ...cursor.values()) + 4;
  return {
    scale,
    ticks,
    slot,
    cross: height,
    height,
    barAt: (i) => spanTop + lineHeight + 2 + i * spanH,
    spanText: (s, i, a0, a1) => {
      // Centred over its bar when it fits there, else from the bar's start.
      const fits = textWidth(s.label, fontSize) <= a1 - a0 - 2 * PAD;
      return { textX: fits ? a0 + (a1 - a0) / 2 : a0 + PAD, textY: spanTop + fontSize + i * spanH, anchor: fits ? 'middle' : 'start' };
    },
    marks: placed,
  };
}

/** Time down: a row per day, its weekday and date on the left, span bars beside them, then its marks as a list. */
function daysDown(marks: readonly InsetMark[], spans: readonly InsetSpan[], { width, fontSize, lineHeight, dayCount, domain }: Metrics): DayPlan {
  const labelCol = fontSize * 4.2;
  const spanX = labelCol + 6;
  const markX = spanX + spans.length * (SPAN_BAR + 4) + 6;
  const textX = markX + BULLET + 4;
  const textW = width - textX - PAD;
  const perDay = new Map<number, InsetMark[]>();
  for (const m of marks) perDay.set(m.day.getTime(), [...(perDay.get(m.day.getTime()) ?? []), m]);
  // A span's title heads the list of the day it starts on.
  const spanStarts = new Map<number, number>();
  for (const s of spans) spanStarts.set(s.first.getTime(), (spanStarts.get(s.first.getTime()) ?? 0) + 1);
  const heightOf = (day: Date, ms: InsetMark[] = []) =>
    Math.max(
      lineHeight * 2,
      (spanStarts.get(day.getTime()) ?? 0) * (lineHeight + 4) +
        ms.reduce((h, m) => h + wrapText(m.label, textW, fontSize).length * lineHeight + MARK_GAP.vertical, 0),
    ) + 12;
  // Every day gets the same height, so the day scale stays linear.
  const slot = Math.max(...utcDay.range(domain[0], domain[1]).map((d) => heightOf(d, perDay.get(d.getTime()))));
  const scale = timeScale(domain, [0, slot * dayCount]);
  const ticks = dayTicks(scale);
  const placed: InsetLayout['marks'] = [];
  const spanTextY = new Map<string, number>();
  for (const t of ticks) {
    let y = t.pos + 6;
    for (const s of spans.filter((sp) => sp.first.getTime() === t.date.getTime())) {
      spanTextY.set(s.id, y + fontSize);
      y += lineHeight + 4;
    }
    for (const m of perDay.get(t.date.getTime()) ?? []) {
      const lines = wrapText(m.label, textW, fontSize);
      placed.push({ ...m, cx: markX + 4, cy: y + lineHeight / 2 - 1, textX, textY: y + fontSize, lines });
      y += lines.length * lineHeight + MARK_GAP.vertical;
    }
  }
  return {
    scale,
    ticks,
    slot,
    cross: width,
    height: slot * dayCount + 4,
    barAt: (i) => spanX + i * (SPAN_BAR + 4),
    spanText: (s) => ({ textX, textY: spanTextY.get(s.id)!, anchor: 'start' }),
    marks: placed,
  };
}
