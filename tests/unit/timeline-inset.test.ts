import { describe, expect, it } from 'vitest';
import { insetContent, insetLayout, textWidth } from '../../src/lib/timeline';
import { all, events } from '../fixtures/timeline/entries';

describe('insetContent for 17–22 March 2023', () => {
  const { marks, spans } = insetContent(all, '2023-03-17', '2023-03-22');
  it('takes the warrant, the arrival, the statement and the departure from the entries', () => {
    expect(marks.map((m) => [m.day.toISOString().slice(0, 10), m.id])).toEqual([
      ['2023-03-17', 'icc-warrants-2023'],
      ['2023-03-20', 'visit-arrival'],
      ['2023-03-21', 'visit-joint-statement'],
      ['2023-03-22', 'visit-departure'],
    ]);
  });
  it('draws the three-day visit as a span', () => {
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ id: 'moscow-state-visit-2023', name: 'Moscow state visit, 2023 (20–22 March 2023)' });
  });
  it('leaves out everything outside the window', () => {
    const ids = marks.map((m) => m.entryId);
    expect(ids).not.toContain('no-limits-statement-2022');
    expect(ids).not.toContain('friendship-treaty-2001');
  });
  it('follows the content, not a list: a milestone added on 18 March appears', () => {
    const visit = events.find((e) => e.id === 'moscow-state-visit-2023')!;
    const extra = {
      ...visit,
      data: { ...visit.data, milestones: [...visit.data.milestones, { id: 'visit-test', date: { date: '2023-03-18', precision: 'day' as const }, label: 'Test' }] },
    };
    const got = insetContent([...all.filter((e) => e !== visit), extra], '2023-03-17', '2023-03-22');
    expect(got.marks.map((m) => m.id)).toContain('visit-test');
  });
  it('does not mark a one-day entry twice when its own milestone marks the day', () => {
    const icc = events.find((e) => e.id === 'icc-warrants-2023')!;
    const withMilestone = { ...icc, data: { ...icc.data, milestones: [{ id: 'icc-issued', date: { date: '2023-03-17', precision: 'day' as const }, label: 'Warrant issued' }] } };
    const got = insetContent([withMilestone], '2023-03-17', '2023-03-22');
    expect(got.marks.map((m) => m.id)).toEqual(['icc-issued']);
  });
});

type Box = { x0: number; x1: number; y0: number; y1: number; id: string };
const boxes = (layout: ReturnType<typeof insetLayout>): Box[] =>
  layout.marks.map((m) => ({
    id: m.id,
    x0: m.textX,
    x1: m.textX + Math.max(...m.lines.map((l) => textWidth(l, layout.fontSize))),
    y0: m.textY - layout.fontSize,
    y1: m.textY - layout.fontSize + m.lines.length * layout.lineHeight,
  }));

describe.each([
  [1152, 'horizontal'],
  [736, 'horizontal'],
  [320, 'vertical'],
  [480, 'vertical'],
] as const)('insetLayout at %i px, %s', (width, orientation) => {
  const layout = insetLayout(all, { from: '2023-03-17', to: '2023-03-22', width, orientation });
  it('has one slot per day, 17 to 22 March', () => {
    expect(layout.days.map((d) => d.lines.join(' '))).toEqual(['Fri 17 Mar', 'Sat 18 Mar', 'Sun 19 Mar', 'Mon 20 Mar', 'Tue 21 Mar', 'Wed 22 Mar']);
  });
  it('keeps every label inside the drawing', () => {
    for (const b of boxes(layout)) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(width);
      expect(b.y1).toBeLessThanOrEqual(layout.height);
    }
  });
  it('lets no two labels overlap', () => {
    const bs = boxes(layout);
    for (let i = 0; i < bs.length; i++)
      for (let j = i + 1; j < bs.length; j++) {
        const a = bs[i]!;
        const b = bs[j]!;
        const clash = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(clash, `${a.id} and ${b.id}`).toBe(false);
      }
  });
  it('puts each mark in the slot of its own day', () => {
    for (const m of layout.marks) {
      const slot = layout.days.find((d) => d.date.getTime() === m.day.getTime())!;
      const along = orientation === 'horizontal' ? m.cx : m.cy;
      const [lo, hi] = orientation === 'horizontal' ? [slot.x, slot.x + slot.w] : [slot.y, slot.y + slot.h];
      expect(along).toBeGreaterThan(lo);
      expect(along).toBeLessThan(hi);
    }
  });
});

describe('insetLayout with a target (the phone’s size, 28 units)', () => {
  const layout = insetLayout(all, { from: '2023-03-17', to: '2023-03-22', width: 320, orientation: 'vertical', target: 28 });
  it('gives each span a tap area 28 across, holding its bar, as long as the bar', () => {
    expect(layout.spans.length).toBeGreaterThan(0);
    for (const s of layout.spans) {
      const tap = s.tap!;
      expect(tap.w).toBeCloseTo(28);
      expect(tap.x <= s.x && tap.x + tap.w >= s.x + s.w).toBe(true);
      expect([tap.y, tap.h]).toEqual([s.y, s.h]);
    }
  });
  it('keeps the tap area clear of the marks’ bullets (they are links of their own)', () => {
    for (const s of layout.spans) for (const m of layout.marks) expect(s.tap!.x + s.tap!.w).toBeLessThanOrEqual(m.cx - 4.5 + 0.01);
  });
  it('without a target, gives none', () => {
    const plain = insetLayout(all, { from: '2023-03-17', to: '2023-03-22', width: 320, orientation: 'vertical' });
    expect(plain.spans.every((s) => s.tap === undefined)).toBe(true);
  });
});
