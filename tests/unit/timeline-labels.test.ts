import { describe, expect, it } from 'vitest';
import { seededRandom } from '../support/random.ts';
import { dodge, placeInRows, textWidth, wrapText, type LabelRequest, type PlacedLabel } from '../../src/lib/timeline';

function requests(n: number, width: number, seed: number, maxSize = 160): LabelRequest[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({ id: `l${i}`, anchor: rnd() * width, size: 8 + rnd() * maxSize }));
}

/** Pairs of labels in the same row that overlap (or come closer than gap): one sort, then neighbours. */
function overlaps(placed: PlacedLabel[], gap: number): [string, string][] {
  const byRow = Map.groupBy(placed, (p) => p.row);
  const bad: [string, string][] = [];
  for (const row of byRow.values()) {
    row.sort((a, b) => a.start - b.start);
    for (let i = 1; i < row.length; i++) {
      if (row[i - 1]!.end + gap > row[i]!.start + 1e-9) bad.push([row[i - 1]!.id, row[i]!.id]);
    }
  }
  return bad;
}

describe.each([
  // count, width, rows
  [5, 320, 3],
  [9, 736, 4],
  [9, 1152, 4],
  [50, 320, 4],
  [200, 1152, 5],
  [3000, 1152, 6],
  [3000, 20000, 3],
])('placeInRows: %i labels across %i px in %i rows', (n, width, maxRows) => {
  for (const seed of [1, 2, 3]) {
    const labels = requests(n, width, seed);
    const { placed, dropped } = placeInRows(labels, { min: 0, max: width, gap: 8, maxRows });
    it(`seed ${seed}: no two labels in a row overlap`, () => expect(overlaps(placed, 8)).toEqual([]));
    it(`seed ${seed}: every label is placed or dropped, once`, () => {
      expect(placed.length + dropped.length).toBe(n);
      expect(new Set([...placed.map((p) => p.id), ...dropped]).size).toBe(n);
    });
    it(`seed ${seed}: labels stay inside the axis and the row limit`, () => {
      for (const p of placed) {
        expect(p.start).toBeGreaterThanOrEqual(0);
        if (p.end - p.start <= width) expect(p.end).toBeLessThanOrEqual(width + 1e-9);
        expect(p.row).toBeLessThan(maxRows);
      }
    });
  }
});

describe('placeInRows on a sparse set', () => {
  it('keeps every label in the first row, centred on its anchor', () => {
    const { placed, dropped } = placeInRows(
      [
        { id: 'a', anchor: 100, size: 40 },
        { id: 'b', anchor: 300, size: 40 },
      ],
      { min: 0, max: 400, gap: 8, maxRows: 3 },
    );
    expect(dropped).toEqual([]);
    expect(placed).toEqual([
      { id: 'a', anchor: 100, start: 80, end: 120, row: 0 },
      { id: 'b', anchor: 300, start: 280, end: 320, row: 0 },
    ]);
  });
  it('moves a clashing label to the next row', () => {
    const { placed } = placeInRows(
      [
        { id: 'a', anchor: 100, size: 80 },
        { id: 'b', anchor: 120, size: 80 },
      ],
      { min: 0, max: 400, gap: 8, maxRows: 3 },
    );
    expect(placed.map((p) => p.row)).toEqual([0, 1]);
  });
  it('shifts a label at the edge inside the axis', () => {
    const { placed } = placeInRows([{ id: 'end', anchor: 398, size: 60 }], { min: 0, max: 400, gap: 8, maxRows: 1 });
    expect(placed[0]).toMatchObject({ start: 340, end: 400 });
  });
});

describe('placeInRows with 10,000 labels', () => {
  it('finishes in one sweep and still never overlaps', () => {
    const labels = requests(10_000, 50_000, 7);
    const { placed } = placeInRows(labels, { min: 0, max: 50_000, gap: 4, maxRows: 8 });
    expect(placed.length).toBeGreaterThan(1000);
    expect(overlaps(placed, 4)).toEqual([]);
  });
});

describe.each([
  [10, 600],
  [100, 600],
  [2000, 10000],
])('dodge: %i labels along %i px', (n, length) => {
  const placed = dodge(requests(n, length, n, 30), { min: 0, max: length, gap: 4 });
  it('never overlaps', () => expect(overlaps(placed, 4)).toEqual([]));
  it('keeps the labels in the order of their anchors', () => {
    for (let i = 1; i < placed.length; i++) expect(placed[i]!.anchor).toBeGreaterThanOrEqual(placed[i - 1]!.anchor);
  });
  it('starts no label before the start of the axis', () => {
    for (const p of placed) expect(p.start).toBeGreaterThanOrEqual(0);
  });
});

describe('dodge on a sparse set', () => {
  it('centres each label on its anchor when there is room', () => {
    const placed = dodge(
      [
        { id: 'a', anchor: 50, size: 20 },
        { id: 'b', anchor: 200, size: 20 },
      ],
      { min: 0, max: 300, gap: 4 },
    );
    expect(placed.map((p) => p.start)).toEqual([40, 190]);
  });
  it('pulls a crowded column back up before the end of the axis', () => {
    const placed = dodge(
      [
        { id: 'a', anchor: 95, size: 20 },
        { id: 'b', anchor: 96, size: 20 },
        { id: 'c', anchor: 97, size: 20 },
      ],
      { min: 0, max: 100, gap: 0 },
    );
    expect(placed.map((p) => p.end)).toEqual([60, 80, 100]);
  });
});

describe('textWidth and wrapText', () => {
  it('counts a CJK character as a full em and a Latin one as about half', () => {
    expect(textWidth('尼布楚条约', 10)).toBe(50);
    expect(textWidth('Nerchinsk', 10)).toBeCloseTo(50.4, 6);
  });
  it('wraps at spaces within the width', () => {
    const lines = wrapText('Xi lands at Vnukovo-2; informal talks and dinner in the Kremlin', 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Xi lands at Vnukovo-2; informal talks and dinner in the Kremlin');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
  });
  it('keeps a word longer than the width on its own line', () => {
    expect(wrapText('Good-Neighborliness', 20, 14)).toEqual(['Good-Neighborliness']);
  });
});
