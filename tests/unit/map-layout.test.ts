/** The map layout with the site's own places: every name placed, nothing overlapping, Moscow in the inset. */
import { describe, expect, test } from 'vitest';
import { mapLayout, type MapPlace } from '../../src/lib/map/layout';
import { boxesOverlap, type Box } from '../../src/lib/map/labels';
import { readPlaces } from '../support/content';

const places: MapPlace[] = readPlaces().map((p) => ({ id: p.id, name: p.data.label, lat: p.data.lat, lon: p.data.lon }));

describe.each([
  ['wide', 640],
  ['narrow', 320],
])('mapLayout(places, %s)', (_, width) => {
  const layout = mapLayout(places, { width, fontSize: 12 });
  const markerBoxes = layout.markers.map((m): [string, Box] => [
    m.id,
    { x: m.x - layout.markerRadius, y: m.y - layout.markerRadius, w: 2 * layout.markerRadius, h: 2 * layout.markerRadius },
  ]);

  test('every place on the map has its name; none is dropped', () => {
    expect(layout.dropped).toEqual([]);
    expect(layout.labels.map((l) => l.id).sort()).toEqual(layout.markers.map((m) => m.id).sort());
  });

  test('Moscow is in the inset, every other place on the map itself', () => {
    expect(layout.inset.markers.map((m) => m.id)).toContain('moscow');
    expect(layout.markers.map((m) => m.id).sort()).toEqual(places.map((p) => p.id).filter((id) => id !== 'moscow').sort());
    expect(layout.offMap).toEqual([]);
  });

  test('no name overlaps another name, a marker, a country name, the inset or the scale bar', () => {
    const others: [string, Box][] = [
      ...markerBoxes,
      ...layout.countries.map((c): [string, Box] => [c.text, c.box]),
      ['inset', layout.inset.box],
    ];
    for (const [i, a] of layout.labels.entries()) {
      for (const b of layout.labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
      for (const [id, box] of others) expect(boxesOverlap(a.box, box), `${a.id} / ${id}`).toBe(false);
    }
  });

  test('no marker hides under the inset, and river names keep clear of places and their names', () => {
    for (const [id, box] of markerBoxes) expect(boxesOverlap(box, layout.inset.box), id).toBe(false);
    for (const r of layout.rivers) {
      for (const [id, box] of [...markerBoxes, ...layout.labels.map((l): [string, Box] => [l.id, l.box])]) {
        expect(boxesOverlap(r.box, box), `${r.text} / ${id}`).toBe(false);
      }
    }
  });
});

test('mapLayout with highlight names only those places and keeps the rest as context dots', () => {
  const layout = mapLayout(places, { width: 320, fontSize: 12, highlight: ['port-arthur', 'dalian'] });
  expect(layout.labels.map((l) => l.id).sort()).toEqual(['dalian', 'port-arthur']);
  expect(layout.markers.filter((m) => m.highlighted).map((m) => m.id).sort()).toEqual(['dalian', 'port-arthur']);
  expect(layout.markers.filter((m) => !m.highlighted).length).toBe(places.length - 3); // less Moscow (inset)
});

test('mapLayout marks Moscow in the inset as highlighted when an entry happened there', () => {
  const layout = mapLayout(places, { width: 320, fontSize: 12, highlight: ['moscow'] });
  expect(layout.inset.markers.find((m) => m.id === 'moscow')?.highlighted).toBe(true);
  expect(layout.inset.markers.find((m) => m.id === 'beijing')?.highlighted).toBe(false);
});
