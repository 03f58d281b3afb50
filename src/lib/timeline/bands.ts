/** Alliance bands, event marks and milestone marks positioned on a time scale, in lanes that never collide. */
import type { ScaleTime } from 'd3-scale';
import { endOf, formatDate, formatPeriod, formatYears, midpointOf, startOf } from '../dates';
import type { ChartItem } from './types';

export interface Band {
  id: string;
  ordinal: number;
  shortTitle: string;
  /** "1654–1689" */
  years: string;
  /** Accessible name, e.g. "Alliance 2: Li–Lobanov Treaty, 1896–1900". */
  name: string;
  start: Date;
  end: Date;
  /** Pixel extent along the time axis (at least `minLength` long, so a short alliance stays visible). */
  from: number;
  to: number;
  lane: number;
}

export interface EventMark {
  id: string;
  kind: 'meeting' | 'context';
  shortTitle: string;
  name: string;
  date: Date;
  pos: number;
  lane: number;
}

export interface MilestoneMark {
  id: string;
  entryId: string;
  label: string;
  name: string;
  date: Date;
  pos: number;
  /** Background outside its entry's period (drawn hollow). */
  outside: boolean;
}

/** Interval partitioning: each interval, by start, takes the first lane it clears by `gap`. */
export function assignLanes<T extends { from: number; to: number }>(items: readonly T[], gap = 0): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.from - items[b]!.from || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(items.length);
  for (const i of order) {
    const it = items[i]!;
    let lane = laneEnds.findIndex((end) => end + gap <= it.from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = it.to;
    lanes[i] = lane;
  }
  return lanes;
}

function mentionsYears(text: string, years: string): boolean {
  return text.includes(years.slice(0, 4));
}

/** One band per alliance, from the start of its period to its breaking, numbered by ordinal. */
export function allianceBands(items: readonly ChartItem[], scale: ScaleTime<number, number>, minLength = 4): Band[] {
  const raw = items
    .filter((it) => it.collection === 'alliances')
    .map((it) => {
      const start = startOf(it.data.period.start);
      const end = endOf(it.data.period.end);
      const ordinal = it.data.ordinal ?? 0;
      const years = formatYears(it.data.period);
      const short = it.data.shortTitle;
      const from = scale(start);
      return {
        id: it.id,
        ordinal,
        shortTitle: short,
        years,
        name: `Alliance ${ordinal}: ${short}${mentionsYears(short, years) ? '' : `, ${years}`}`,
        start,
        end,
        from,
        to: Math.max(scale(end), from + minLength),
        lane: 0,
      };
    })
    .sort((a, b) => a.ordinal - b.ordinal);
  // A band's lane holds its milestone dots too, so the lane is chosen by the reach of both: a
  // milestone after the breaking (the Li–Lobanov text in print, 1921) would otherwise lie inside the
  // next band's span, and the two bands' tap areas (overview.ts) would cut into each other there.
  const dots = Map.groupBy(milestoneMarks(items, scale, (it) => it.collection === 'alliances'), (m) => m.entryId);
  const reach = raw.map((b) => {
    const own = (dots.get(b.id) ?? []).map((m) => m.pos);
    return { from: Math.min(b.from, ...own), to: Math.max(b.to, ...own) };
  });
  const lanes = assignLanes(reach, 2);
  return raw.map((b, i) => ({ ...b, lane: lanes[i]! }));
}

/**
 * One mark per event at its start; marks closer than `minGap` pixels go to separate lanes. Its name
 * gives the event's whole period ("20–22 March 2023"), not the day the mark stands on.
 */
export function eventMarks(items: readonly ChartItem[], scale: ScaleTime<number, number>, minGap = 12): EventMark[] {
  const raw = items
    .filter((it) => it.collection === 'events')
    .map((it) => {
      const date = startOf(it.data.period.start);
      const when = formatPeriod(it.data.period);
      const short = it.data.shortTitle;
      return {
        id: it.id,
        kind: it.data.kind ?? 'context',
        shortTitle: short,
        name: `${it.data.kind === 'meeting' ? 'Meeting' : 'Context'}: ${short} (${when})`,
        date,
        pos: scale(date),
        lane: 0,
      };
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
  const lanes = assignLanes(raw.map((m) => ({ from: m.pos, to: m.pos + minGap })));
  return raw.map((m, i) => ({ ...m, lane: lanes[i]! }));
}

/** Every milestone of the chosen entries inside the scale's domain, at the middle of what its date says. */
export function milestoneMarks(
  items: readonly ChartItem[],
  scale: ScaleTime<number, number>,
  include: (item: ChartItem) => boolean = () => true,
): MilestoneMark[] {
  const [d0, d1] = scale.domain() as [Date, Date];
  return items.filter(include).flatMap((it) =>
    it.data.milestones.flatMap((m) => {
      const date = midpointOf(m.date);
      if (date < d0 || date > d1) return [];
      return [
        {
          id: m.id,
          entryId: it.id,
          label: m.label,
          name: `${m.label}, ${formatDate(m.date)}`,
          date,
          pos: scale(date),
          outside: Boolean(m.outsidePeriod),
        },
      ];
    }),
  );
}
