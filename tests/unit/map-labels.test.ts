/** Map names: none overlaps another name or any marker, names stay inside, and neighbours face apart. */
import { describe, expect, test } from 'vitest';
import { boxesOverlap, boxHolds, markerBox as markerBoxAt, placePointLabels, type Box, type PointLabelRequest } from '../../src/lib/map/labels';

const R = 3.6;
const opts = { width: 320, height: 240, fontSize: 12, markerRadius: R };
const markerBox = (q: PointLabelRequest): Box => ({ x: q.x - R, y: q.y - R, w: 2 * R, h: 2 * R });

/** A seeded pseudo-random sequence, so a failing case can be replayed. */
function rng(seed: number) {
  return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

describe('boxesOverlap', () => {
  test.each([
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 }, true],
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 }, false],
    [{ x: 0, y: 0, w: 10, h: 10 }, { x: 2, y: 2, w: 2, h: 2 }, true],
  ])('%o and %o: %s', (a, b, want) => {
    expect(boxesOverlap(a, b)).toBe(want);
  });
});

describe('markerBox and boxHolds', () => {
  test('a marker of radius 3 at (10, 20) takes the square from (7, 17) to (13, 23)', () => {
    expect(markerBoxAt(10, 20, 3)).toEqual({ x: 7, y: 17, w: 6, h: 6 });
  });
  test.each([
    [5, 5, true],
    [0, 0, true],
    [9.99, 9.99, true],
    [10, 5, false],
    [5, 10, false],
    [-0.5, 5, false],
  ])('the box (0, 0, 10, 10) holds (%d, %d): %s', (x, y, want) => {
    expect(boxHolds({ x: 0, y: 0, w: 10, h: 10 }, x, y)).toBe(want);
  });
});

describe.each([1, 2, 3, 4, 5])('placePointLabels on 12 random places (seed %i)', (seed) => {
  const next = rng(seed);
  const requests: PointLabelRequest[] = Array.from({ length: 12 }, (_, i) => ({
    id: `p${i}`,
    x: 20 + next() * 280,
    y: 20 + next() * 200,
    text: ['Nerchinsk', 'Port Arthur', 'Aigun', 'Blagoveshchensk', 'Zhenbao (Damansky)'][i % 5]!,
    priority: 0,
  }));
  const obstacle = { x: 0, y: 0, w: 100, h: 50 };
  const { placed, dropped } = placePointLabels(requests, { ...opts, obstacles: [obstacle] });

  test('every request is either placed or dropped, once', () => {
    expect([...placed.map((p) => p.id), ...dropped].sort()).toEqual(requests.map((r) => r.id).sort());
  });
  test('no name overlaps another name, any marker or the obstacle, and each stays inside', () => {
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
      for (const q of requests) expect(boxesOverlap(a.box, markerBox(q)), `${a.id} on marker ${q.id}`).toBe(false);
      expect(boxesOverlap(a.box, obstacle)).toBe(false);
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.y).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.w).toBeLessThanOrEqual(opts.width);
      expect(a.box.y + a.box.h).toBeLessThanOrEqual(opts.height);
    }
  });
});

test('placePointLabels puts a name on the far side from a close neighbour', () => {
  // Port Arthur lies just south-west of Dalian: its name goes west, Dalian's east.
  const { placed } = placePointLabels(
    [
      { id: 'port-arthur', x: 150, y: 124, text: 'Port Arthur', priority: 0 },
      { id: 'dalian', x: 156, y: 121, text: 'Dalian', priority: 0 },
    ],
    opts,
  );
  const by = new Map(placed.map((p) => [p.id, p]));
  expect(by.get('port-arthur')!.box.x + by.get('port-arthur')!.box.w).toBeLessThanOrEqual(150);
  expect(by.get('dalian')!.box.x).toBeGreaterThanOrEqual(156);
});

test('placePointLabels draws a leader when a name has to move away from its point', () => {
  // Every position next to the point is taken; the first ring further out is free.
  const wide = placePointLabels([{ id: 'a', x: 100, y: 100, text: 'Aigun', priority: 0 }], {
    ...opts,
    obstacles: [{ x: 80, y: 80, w: 30, h: 40 }],
  });
  expect(wide.placed[0]?.leader).toBeDefined();
  expect(placePointLabels([{ id: 'a', x: 100, y: 100, text: 'Aigun', priority: 0 }], opts).placed[0]?.leader).toBeUndefined();
});

test('placePointLabels drops a name that cannot fit anywhere', () => {
  const { placed, dropped } = placePointLabels([{ id: 'a', x: 10, y: 10, text: 'A very long name indeed', priority: 0 }], {
    ...opts,
    width: 40,
    height: 20,
  });
  expect(placed).toEqual([]);
  expect(dropped).toEqual(['a']);
});

describe.each([1, 2, 3])('placePointLabels with a tap area of 28 (seed %i)', (seed) => {
  const next = rng(seed);
  const requests: PointLabelRequest[] = Array.from({ length: 8 }, (_, i) => ({
    id: `p${i}`,
    x: 20 + next() * 280,
    y: 20 + next() * 200,
    text: ['Nerchinsk', 'Port Arthur', 'Aigun', 'Blagoveshchensk'][i % 4]!,
    priority: 0,
  }));
  const above = { x: 220, y: 0, w: 100, h: 60 };
  const { placed } = placePointLabels(requests, { ...opts, target: 28, above: [above] });

  test('each placed name has a tap area of at least 28 × 28 that holds its name and stays inside', () => {
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) {
      const hit = p.hit!;
      expect(hit.w).toBeGreaterThanOrEqual(28);
      expect(hit.h).toBeGreaterThanOrEqual(28);
      expect(hit.x <= p.box.x && hit.y <= p.box.y && hit.x + hit.w >= p.box.x + p.box.w && hit.y + hit.h >= p.box.y + p.box.h).toBe(true);
      expect(hit.x >= 0 && hit.y >= 0 && hit.x + hit.w <= opts.width && hit.y + hit.h <= opts.height).toBe(true);
    }
  });
  test('no tap area overlaps another, any other place’s marker, or what is drawn above it', () => {
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.hit!, b.hit!), `${a.id} / ${b.id}`).toBe(false);
      for (const q of requests) if (q.id !== a.id) expect(boxesOverlap(a.hit!, markerBox(q)), `${a.id} on marker ${q.id}`).toBe(false);
      expect(boxesOverlap(a.hit!, above)).toBe(false);
    }
  });
});

test('placePointLabels without a target gives no tap area', () => {
  const { placed } = placePointLabels([{ id: 'a', x: 100, y: 100, text: 'Aigun', priority: 0 }], opts);
  expect(placed[0]!.hit).toBeUndefined();
});
