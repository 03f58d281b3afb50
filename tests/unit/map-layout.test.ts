/**
 * The map layout with the site's own places: every name placed, nothing overlapping, Moscow in the
 * inset on the frontier base; the places beyond the frontier on the base from Europe to East Asia;
 * Lake Baikal named, clear of the inset; each entry's places on the base that shows them.
 */
import { describe, expect, test } from 'vitest';
import { baseFor, mapDrawings, mapLayout, onFrontier, onFrontierMap, type MapBase, type MapLayout, type MapPlace } from '../../src/lib/map/layout';
import { MAP_SIZES } from '../../src/lib/map/sizes';
import { boxesOverlap, type Box } from '../../src/lib/map/labels';
import { placeIdsOf } from '../../src/lib/places';
import { readEntries, readPlaces } from '../support/content';

const all: MapPlace[] = readPlaces().map((p) => ({ id: p.id, name: p.data.label, lat: p.data.lat, lon: p.data.lon }));
const frontier = all.filter(onFrontierMap);
const beyond = all.filter((p) => !onFrontierMap(p)).map((p) => p.id);
const entries = readEntries().map((e) => ({
  id: e.id,
  places: placeIdsOf({
    id: e.id,
    collection: e.collection,
    data: e.data as unknown as Parameters<typeof placeIdsOf>[0]['data'],
  }),
}));

const markerBoxes = (layout: MapLayout) =>
  layout.markers.map((m): [string, Box] => [
    m.id,
    { x: m.x - layout.markerRadius, y: m.y - layout.markerRadius, w: 2 * layout.markerRadius, h: 2 * layout.markerRadius },
  ]);

/** No name overlaps another, a marker, a country or lake name, the inset or the scale; each stays inside. */
function expectClear(layout: MapLayout) {
  const others: [string, Box][] = [
    ...markerBoxes(layout),
    ...layout.countries.map((c): [string, Box] => [c.text, c.box]),
    ...layout.lakes.map((c): [string, Box] => [c.text, c.box]),
    ...(layout.inset ? [['inset', layout.inset.box] as [string, Box]] : []),
    ['scale bar', layout.scale.box],
  ];
  expect(layout.scale.box.x).toBeGreaterThanOrEqual(0);
  expect(layout.scale.box.x + layout.scale.box.w).toBeLessThanOrEqual(layout.width + 4);
  for (const [i, a] of layout.labels.entries()) {
    for (const b of layout.labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
    for (const [id, box] of others) expect(boxesOverlap(a.box, box), `${a.id} / ${id}`).toBe(false);
    expect(a.box.x).toBeGreaterThanOrEqual(0);
    expect(a.box.x + a.box.w).toBeLessThanOrEqual(layout.width);
    expect(a.box.y).toBeGreaterThanOrEqual(0);
    expect(a.box.y + a.box.h).toBeLessThanOrEqual(layout.height);
  }
}

/**
 * Every name's tap area is `target` square or more and covers no other named place's area or marker,
 * nor the inset (drawn over it); the small context dots, no links, may lie under it.
 */
function expectTapAreas(layout: MapLayout, target: number) {
  const named = new Set(layout.markers.filter((m) => m.highlighted).map((m) => m.id));
  const markers = markerBoxes(layout).filter(([id]) => named.has(id));
  for (const [i, a] of layout.labels.entries()) {
    const hit = a.hit!;
    expect(Math.min(hit.w, hit.h), a.id).toBeGreaterThanOrEqual(target);
    for (const b of layout.labels.slice(i + 1)) expect(boxesOverlap(hit, b.hit!), `${a.id} / ${b.id}`).toBe(false);
    for (const [id, box] of markers) if (id !== a.id) expect(boxesOverlap(hit, box), `${a.id} / marker ${id}`).toBe(false);
    if (layout.inset) expect(boxesOverlap(hit, layout.inset.box), `${a.id} / inset`).toBe(false);
  }
}

test('the home map names every place with a tap area of its size’s target, in both drawings', () => {
  const drawings = mapDrawings(frontier);
  for (const size of ['narrow', 'wide'] as const) {
    const d = drawings[size];
    expect(d.dropped, size).toEqual([]);
    expect(d.labels.length, size).toBe(d.markers.filter((m) => m.highlighted).length);
    expectTapAreas(d, MAP_SIZES[size].target);
  }
});

test('the places beyond the frontier are the four far from it, and the frontier keeps its eleven', () => {
  expect(beyond.sort()).toEqual(['guangzhou', 'shanghai', 'the-hague', 'yalta']);
  expect(frontier.length).toBe(11);
});

describe.each([
  ['wide', 640],
  ['narrow', 320],
])('mapLayout(frontier places, %s)', (_, width) => {
  const layout = mapLayout(frontier, { width, fontSize: 12 });

  test('every place on the map has its name; none is dropped', () => {
    expect(layout.dropped).toEqual([]);
    expect(layout.labels.map((l) => l.id).sort()).toEqual(layout.markers.map((m) => m.id).sort());
  });

  test('Moscow is in the inset, every other place on the map itself', () => {
    expect(layout.inset!.markers.map((m) => m.id)).toContain('moscow');
    expect(layout.markers.map((m) => m.id).sort()).toEqual(frontier.map((p) => p.id).filter((id) => id !== 'moscow').sort());
    expect(layout.offMap).toEqual([]);
  });

  test('no name overlaps another name, a marker, a country name, Lake Baikal, the inset or the scale bar', () => {
    expectClear(layout);
  });

  test('no marker hides under the inset, and river names keep clear of places and their names', () => {
    for (const [id, box] of markerBoxes(layout)) expect(boxesOverlap(box, layout.inset!.box), id).toBe(false);
    for (const r of layout.rivers) {
      for (const [id, box] of [...markerBoxes(layout), ...layout.labels.map((l): [string, Box] => [l.id, l.box])]) {
        expect(boxesOverlap(r.box, box), `${r.text} / ${id}`).toBe(false);
      }
    }
  });

  test('Lake Baikal is named inside the drawing, in its north-west, clear of the inset and of every place', () => {
    const lake = layout.lakes.find((l) => l.text === 'Lake Baikal');
    expect(lake).toBeDefined();
    const { box } = lake!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.w).toBeLessThan(layout.width / 2);
    expect(box.y + box.h).toBeLessThan(layout.height / 2);
    expect(boxesOverlap(box, layout.inset!.box)).toBe(false);
    for (const [id, b] of markerBoxes(layout)) expect(boxesOverlap(box, b), id).toBe(false);
  });

  test('the scale bar holds across the frontier, so it names no latitude', () => {
    expect(layout.scale.atLat).toBeUndefined();
    expect(layout.scale.text).toBe(`${layout.scale.km.toLocaleString('en-GB')} km`);
    expect(layout.region).toBeUndefined();
  });
});

describe.each([
  ['wide', 640],
  ['narrow', 320],
])('mapLayout(every place, %s, base europe-asia)', (_, width) => {
  const layout = mapLayout(all, { width, fontSize: 12, base: 'europe-asia', highlight: beyond });

  test('every place of the timeline falls inside it; the far ones are drawn and named; no inset, no lake', () => {
    expect(layout.offMap).toEqual([]);
    expect(mapLayout(all, { width, fontSize: 12, base: 'europe-asia' }).markers.map((m) => m.id).sort()).toEqual(all.map((p) => p.id).sort());
    expect(layout.markers.map((m) => m.id).sort()).toEqual([...beyond].sort());
    expect(layout.labels.map((l) => l.id).sort()).toEqual([...beyond].sort());
    expect(layout.inset).toBeUndefined();
    expect(layout.lakes).toEqual([]);
  });

  test('the frontier map’s area is outlined and the scale bar says where it holds', () => {
    expect(layout.region).toMatch(/^M/);
    expect(layout.scale.atLat).toBe(45);
    expect(layout.scale.text).toMatch(/^\d[\d,]* km at 45° N$/);
  });

  test('no name overlaps another name, a marker or a country name', () => {
    expectClear(layout);
  });
});

describe.each(entries.filter((e) => e.places.length > 0))('the locator of $id', ({ places }) => {
  const own = all.filter((p) => places.includes(p.id));
  const base: MapBase = baseFor(own);
  test.each([640, 320])('at width %i names every one of its places, clear of one another', (width) => {
    const layout = mapLayout(all, { width, fontSize: 12, highlight: places, base });
    expect(layout.dropped).toEqual([]);
    const onMap = new Set(layout.markers.map((m) => m.id));
    const inInset = layout.inset?.markers.filter((m) => m.highlighted && !onMap.has(m.id)).map((m) => m.id) ?? [];
    expect([...layout.labels.map((l) => l.id), ...inInset].sort()).toEqual([...places].sort());
    expectClear(layout);
  });
  test('its narrow drawing (mapDrawings) names every place with a tap area of MAP_SIZES.narrow.target, none on another place', () => {
    const { narrow } = mapDrawings(all, { base, highlight: places });
    expect(narrow.dropped).toEqual([]);
    expectTapAreas(narrow, MAP_SIZES.narrow.target);
  });
  test('its base shows every one of its places', () => {
    expect(base).toBe(own.every(onFrontierMap) ? 'frontier' : 'europe-asia');
  });
});

// Points 0.25° apart over the frontier's box and a degree beyond it: some near the inset's corner and
// the drawing's edges, where two fits of the map that differ at all (in width, margin, bounds or
// inset) disagree. Widths besides the drawn ones too: at 640 and 320 the inset lines up exactly.
const grid: MapPlace[] = [];
for (let lon = 105; lon <= 140.5; lon += 0.25) {
  for (let lat = 36.5; lat <= 57; lat += 0.25) grid.push({ id: `p${lon},${lat}`, name: '', lon, lat });
}
const drawnWidths = Object.values(MAP_SIZES).map((s) => s.width);

describe.each([...drawnWidths, 100, 200, 480, 500])('onFrontier(place, %i)', (width) => {
  test('says of every point what mapLayout draws at that width: on the map, or left off it', () => {
    const { offMap, markers } = mapLayout(grid, { width, fontSize: 12, highlight: [] });
    const off = new Set(offMap);
    expect(markers.length).toBeGreaterThan(1000); // the grid reaches the map, not only beyond it
    expect(off.size).toBeGreaterThan(1000);
    expect(grid.filter((p) => onFrontier(p, width) === off.has(p.id)).map((p) => p.id)).toEqual([]);
  }, 30_000); // a sweep of some 11,000 points: room for a busy machine
});

test('onFrontierMap: shown on the frontier map at every size it is drawn, Moscow by its inset', () => {
  expect(grid.filter((p) => onFrontierMap(p) !== drawnWidths.every((w) => onFrontier(p, w))).map((p) => p.id)).toEqual([]);
  expect(onFrontierMap(all.find((p) => p.id === 'moscow')!)).toBe(true);
}, 30_000);

describe.each([
  ['frontier', 'europe-asia'],
  ['europe-asia', 'frontier'],
] as const)('mapDrawings on the %s base', (base, other) => {
  const drawings = mapDrawings(all, { base, highlight: beyond });
  test.each(Object.entries(MAP_SIZES))('draws the %s size at its width, simplified as this base needs there', (key, size) => {
    const drawn = drawings[key as keyof typeof drawings];
    const at = (minArea: number) => mapLayout(all, { width: size.width, fontSize: size.fontSize, minArea, highlight: beyond, base });
    expect(drawn.width).toBe(size.width);
    expect(drawn.baseName).toBe(base);
    expect(drawn.base).toEqual(at(size.minArea[base]).base);
    // The two bases' simplifications differ, so the line above tells them apart.
    expect(drawn.base).not.toEqual(at(size.minArea[other]).base);
  });
});

test('baseFor: the frontier for Aigun and Moscow, Europe to East Asia once Yalta is among them', () => {
  const pick = (...ids: string[]) => all.filter((p) => ids.includes(p.id));
  expect(baseFor(pick('aigun', 'moscow'))).toBe('frontier');
  expect(baseFor(pick('aigun', 'moscow', 'yalta'))).toBe('europe-asia');
  expect(baseFor(pick('the-hague'))).toBe('europe-asia');
});

test('mapLayout with highlight names only those places and keeps the rest as context dots', () => {
  const layout = mapLayout(frontier, { width: 320, fontSize: 12, highlight: ['port-arthur', 'dalian'] });
  expect(layout.labels.map((l) => l.id).sort()).toEqual(['dalian', 'port-arthur']);
  expect(layout.markers.filter((m) => m.highlighted).map((m) => m.id).sort()).toEqual(['dalian', 'port-arthur']);
  expect(layout.markers.filter((m) => !m.highlighted).length).toBe(frontier.length - 3); // less Moscow (inset)
});

test('mapLayout marks Moscow in the inset as highlighted when an entry happened there', () => {
  const layout = mapLayout(frontier, { width: 320, fontSize: 12, highlight: ['moscow'] });
  expect(layout.inset!.markers.find((m) => m.id === 'moscow')?.highlighted).toBe(true);
  expect(layout.inset!.markers.find((m) => m.id === 'beijing')?.highlighted).toBe(false);
});
