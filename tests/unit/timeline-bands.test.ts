import { describe, expect, it } from 'vitest';
import { allianceBands, assignLanes, eventMarks, milestoneMarks, timeScale, timelineDomain } from '../../src/lib/timeline';
import { all } from '../fixtures/timeline/entries';

const domain = timelineDomain(all);
const scale = timeScale(domain, [0, 1000]);
const pxPerMs = 1000 / (domain[1].getTime() - domain[0].getTime());
const x = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - domain[0].getTime()) * pxPerMs;

describe('allianceBands', () => {
  const bands = allianceBands(all, scale);
  it('draws one band per alliance, numbered 1 to 5', () => {
    expect(bands.map((b) => b.ordinal)).toEqual([1, 2, 3, 4, 5]);
  });
  it('starts the first band on 1 January 1654 and ends it after 6 September 1689', () => {
    const b = bands[0]!;
    expect(b.from).toBeCloseTo(0, 6);
    // The period ends at the last instant of 6 September 1689, i.e. where 7 September begins.
    expect(Math.abs(b.to - x('1689-09-07'))).toBeLessThan(1);
    expect(b.end.toISOString()).toBe('1689-09-06T23:59:59.999Z');
  });
  it('places the 1896 treaty within a pixel of 3 June 1896', () => {
    expect(Math.abs(bands[1]!.from - x('1896-06-03'))).toBeLessThan(1);
  });
  it('keeps a short alliance at least the minimum length', () => {
    const wide = allianceBands(all, timeScale(domain, [0, 100]), 6);
    for (const b of wide) expect(b.to - b.from).toBeGreaterThanOrEqual(6);
  });
  it('puts the overlapping 1945 and 1950 alliances in different lanes', () => {
    expect(bands[3]!.lane).not.toBe(bands[4]!.lane);
    expect(bands.slice(0, 4).every((b) => b.lane === 0)).toBe(true);
  });
  it('chooses a band’s lane by the reach of its milestones too, not its period alone', () => {
    // The second alliance given a milestone in 1921, inside the third's period (1919–1927), as the
    // real Li–Lobanov entry has (its text in print): its dots would lie in the third band's span.
    const [first, second, ...rest] = all;
    const late = { ...second!, data: { ...second!.data, milestones: [...second!.data.milestones, { id: 't-late', date: { date: '1921-10', precision: 'month' as const }, label: 'Late', sources: [] }] } };
    const moved = allianceBands([first!, late, ...rest], scale);
    expect(moved[1]!.lane).not.toBe(moved[2]!.lane);
    // Without it, the two share a lane (above).
    expect(bands[1]!.lane).toBe(bands[2]!.lane);
  });
  it('names each band for screen readers', () => {
    expect(bands[1]!.name).toBe('Alliance 2: Li–Lobanov Treaty, 1896–1900');
    const noYears = allianceBands([{ ...all[0]!, data: { ...all[0]!.data, shortTitle: 'Nerchinsk' } }], scale);
    expect(noYears[0]!.name).toBe('Alliance 1: Nerchinsk, 1654–1689');
  });
});

describe('eventMarks', () => {
  const marks = eventMarks(all, scale, 12);
  it('marks every event in date order', () => {
    expect(marks.map((m) => m.id)).toEqual([
      'friendship-treaty-2001',
      'no-limits-statement-2022',
      'icc-warrants-2023',
      'moscow-state-visit-2023',
    ]);
  });
  it('puts the 2023 meeting at the right end of the axis', () => {
    const meeting = marks.find((m) => m.kind === 'meeting')!;
    expect(meeting.pos).toBeGreaterThan(997);
    expect(meeting.name).toBe('Meeting: Moscow state visit, 2023 (20–22 March 2023)');
  });
  it('puts marks closer than the gap in separate lanes', () => {
    const [, y2022, icc, meeting] = marks;
    expect(new Set([y2022!.lane, icc!.lane, meeting!.lane]).size).toBe(3);
  });
});

describe('milestoneMarks', () => {
  it('places milestones at the middle of their dates, for the entries chosen', () => {
    const ms = milestoneMarks(all, scale, (it) => it.collection === 'alliances');
    expect(ms.every((m) => !m.id.startsWith('visit-'))).toBe(true);
    const treaty = ms.find((m) => m.id === 'nerchinsk-treaty')!;
    expect(treaty.entryId).toBe('nerchinsk-1654-1689');
    expect(treaty.name).toBe('Treaty of Nerchinsk signed, 6 September 1689');
    expect(Math.abs(treaty.pos - x('1689-09-06'))).toBeLessThan(1);
  });
});

describe('milestoneMarks outside the axis and outside the period', () => {
  const ms = milestoneMarks(all, scale);
  it('leaves out a milestone dated before the axis begins', () => {
    expect(ms.map((m) => m.id)).not.toContain('nerchinsk-poyarkov');
  });
  it('marks background milestones as outside their period', () => {
    expect(ms.find((m) => m.id === 'li-lobanov-aigun')!.outside).toBe(true);
    expect(ms.find((m) => m.id === 'li-lobanov-treaty')!.outside).toBe(false);
  });
});

describe('assignLanes', () => {
  it('reuses a lane once it is free and opens a new one for an overlap', () => {
    expect(assignLanes([{ from: 0, to: 10 }, { from: 5, to: 15 }, { from: 12, to: 20 }, { from: 16, to: 30 }], 1)).toEqual([0, 1, 0, 1]);
  });
});
