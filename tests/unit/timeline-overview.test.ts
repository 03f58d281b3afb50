import { describe, expect, it } from 'vitest';
import { overviewLayout, textWidth, type ChartItem, type OverviewLayout } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';

type Box = { id: string; x0: number; x1: number; y0: number; y1: number };

/** The box each label's text covers, measured the way the layout estimates text. */
function labelBoxes(l: OverviewLayout): Box[] {
  return l.labels.map((lab) => {
    const first = (lab.number ? `${lab.number}  ` : '') + lab.lines[0];
    const w = Math.max(textWidth(first, l.fontSize), ...lab.lines.slice(1).map((t) => textWidth(t, l.fontSize)));
    const x0 = lab.anchor === 'start' ? lab.x : lab.anchor === 'end' ? lab.x - w : lab.x - w / 2;
    return { id: lab.id, x0, x1: x0 + w, y0: lab.y - l.fontSize, y1: lab.y - l.fontSize + lab.lines.length * lab.lineHeight };
  });
}

function clashes(bs: Box[]): string[] {
  const sorted = [...bs].sort((a, b) => a.x0 - b.x0);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.x0 < sorted[i]!.x1; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (a.y0 < b.y1 && b.y0 < a.y1) out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

/** Many made-up alliances and events, to crowd the axis. */
function crowd(n: number): ChartItem[] {
  return Array.from({ length: n }, (_, i): ChartItem => {
    const year = 1654 + ((i * 37) % 369);
    const p = { start: { date: String(year), precision: 'year' as const }, end: { date: String(year + (i % 7)), precision: 'year' as const } };
    return i % 3
      ? { id: `a${i}`, collection: 'alliances', data: { title: `A${i}`, shortTitle: `Alliance number ${i}`, ordinal: i, period: p, milestones: [] } }
      : { id: `e${i}`, collection: 'events', data: { title: `E${i}`, shortTitle: `Event ${i}`, kind: 'context', period: p, milestones: [] } };
  });
}

describe.each([
  ['horizontal', 1152],
  ['horizontal', 960],
  ['horizontal', 736],
  ['horizontal', 576],
  ['vertical', 320],
  ['vertical', 400],
  ['vertical', 280],
] as const)('overviewLayout %s at %i px', (orientation, width) => {
  const l = overviewLayout(all, { orientation, width });
  it('labels both ends of the axis, 1654 and 2023', () => {
    expect(l.ticks[0]!.label).toBe('1654');
    expect(l.ticks.at(-1)!.label).toBe('2023');
  });
  it('draws five numbered bands and a mark for the 2023 meeting at the end', () => {
    expect(l.bands.map((b) => b.ordinal)).toEqual([1, 2, 3, 4, 5]);
    const meeting = l.events.find((e) => e.kind === 'meeting')!;
    const end = orientation === 'horizontal' ? l.axis.x2 : l.axis.y2;
    expect(Math.abs((orientation === 'horizontal' ? meeting.cx : meeting.cy) - end)).toBeLessThan(3);
  });
  it('gives every band and event a label, and no two labels overlap', () => {
    expect(l.unlabelled).toEqual([]);
    expect(l.labels).toHaveLength(9);
    expect(clashes(labelBoxes(l))).toEqual([]);
  });
  it('keeps all labels inside the drawing', () => {
    for (const b of labelBoxes(l)) {
      expect(b.x0, b.id).toBeGreaterThanOrEqual(0);
      expect(b.x1, b.id).toBeLessThanOrEqual(width);
      expect(b.y0, b.id).toBeGreaterThanOrEqual(0);
      expect(b.y1, b.id).toBeLessThanOrEqual(l.height);
    }
  });
  it('paints a box under each label that covers its text, so leaders pass behind it', () => {
    const texts = labelBoxes(l);
    l.labels.forEach((lab, i) => {
      const t = texts[i]!;
      expect(lab.box.x, lab.id).toBeLessThanOrEqual(t.x0 + 0.5);
      expect(lab.box.x + lab.box.w, lab.id).toBeGreaterThanOrEqual(t.x1 - 0.5);
      expect(lab.box.y, lab.id).toBeLessThanOrEqual(t.y0 + 0.5);
      expect(lab.box.y + lab.box.h, lab.id).toBeGreaterThanOrEqual(t.y1 - 0.5);
    });
  });
  it('keeps bands inside the drawing', () => {
    for (const b of l.bands) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(width);
      expect(b.y + b.h).toBeLessThanOrEqual(l.height);
    }
  });
});

describe.each([
  ['horizontal', 1152, 40],
  ['horizontal', 736, 200],
  ['horizontal', 1152, 3000],
  ['vertical', 320, 40],
  ['vertical', 320, 600],
] as const)('overviewLayout %s at %i px with %i crowded entries', (orientation, width, n) => {
  const l = overviewLayout(crowd(n), { orientation, width });
  it('never lets labels overlap (some may go unlabelled)', () => {
    expect(clashes(labelBoxes(l))).toEqual([]);
    expect(l.labels.length + l.unlabelled.length).toBe(n);
  });
});

describe.each([
  ['the phone’s size: vertical, 320, 28 units', 'vertical', 320, 28],
  ['the medium size: horizontal, 736, 33 units', 'horizontal', 736, 33],
  ['the wide size: horizontal, 1152, 33 units', 'horizontal', 1152, 33],
] as const)('overviewLayout with a target (%s)', (_, orientation, width, target) => {
  const l = overviewLayout(all, { orientation, width, target });
  const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  it('unlinks the milestones, and gives every band a tap area at least the target each way', () => {
    expect(l.milestonesLinked).toBe(false);
    for (const b of l.bands) {
      expect(b.tap!.w, b.id).toBeGreaterThanOrEqual(target);
      expect(b.tap!.h, b.id).toBeGreaterThanOrEqual(target);
    }
  });
  it('covers each band and every one of its milestone dots with its tap area', () => {
    for (const b of l.bands) {
      const t = b.tap!;
      expect(t.x <= b.x && t.x + t.w >= b.x + b.w && t.y <= b.y && t.y + t.h >= b.y + b.h, b.id).toBe(true);
      for (const m of l.milestones.filter((ms) => ms.entryId === b.id)) {
        expect(m.cx - 2.5 >= t.x && m.cx + 2.5 <= t.x + t.w && m.cy - 2.5 >= t.y && m.cy + 2.5 <= t.y + t.h, m.id).toBe(true);
      }
    }
  });
  it('time across, gives each event a lane of its own, the target tall, holding its mark and label, meeting no other tap area', () => {
    if (orientation === 'vertical') return expect(l.events.every((e) => e.tap === undefined)).toBe(true);
    const taps = l.events.map((e) => e.tap!);
    expect(taps.length).toBeGreaterThan(0);
    for (const [i, t] of taps.entries()) {
      const e = l.events[i]!;
      expect(t.h, e.id).toBeGreaterThanOrEqual(target);
      expect(t.w, e.id).toBeGreaterThanOrEqual(target);
      expect(e.cx - e.r >= t.x && e.cx + e.r <= t.x + t.w && e.cy - e.r >= t.y && e.cy + e.r <= t.y + t.h, e.id).toBe(true);
      const box = l.labels.find((x) => x.id === e.id)!.box;
      expect(box.x >= t.x - 0.01 && box.x + box.w <= t.x + t.w + 0.01 && box.y >= t.y && box.y + box.h <= t.y + t.h, e.id).toBe(true);
      for (const u of [...taps.slice(i + 1), ...l.bands.map((b) => b.tap!)]) expect(overlap(t, u), e.id).toBe(false);
    }
  });
  it('lets no tap area overlap another, or another band', () => {
    for (const [i, a] of l.bands.entries()) {
      for (const b of l.bands.slice(i + 1)) {
        expect(overlap(a.tap!, b.tap!), `${a.id} / ${b.id}`).toBe(false);
        expect(overlap(a.tap!, b), `${a.id} on band ${b.id}`).toBe(false);
        expect(overlap(b.tap!, a), `${b.id} on band ${a.id}`).toBe(false);
      }
    }
  });
});

describe('overviewLayout without a target', () => {
  it('without a target, links the milestones and gives no tap area', () => {
    const plain = overviewLayout(all, { orientation: 'vertical', width: 320 });
    expect(plain.milestonesLinked).toBe(true);
    expect(plain.bands.every((b) => b.tap === undefined)).toBe(true);
  });
});
