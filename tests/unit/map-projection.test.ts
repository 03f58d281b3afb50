/** The maps' projection: places land on the right side of one another, inside the drawing, at scale. */
import { geoDistance } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { EURASIA, fitConic, FRONTIER, project, scaleBar } from '../../src/lib/map/projection';
import { readPlaces } from '../support/content';

const places = new Map(readPlaces().map((p) => [p.id, p.data]));
const at = (id: string) => {
  const p = places.get(id);
  if (!p) throw new Error(`content/places/${id}.yaml is missing`);
  return p;
};

describe.each([640, 320])('fitConic(FRONTIER, %i)', (width) => {
  const fit = fitConic(FRONTIER, width);
  const xy = (id: string) => {
    const p = project(fit, at(id));
    if (!p) throw new Error(`${id} is off the map`);
    return { x: p[0], y: p[1] };
  };

  test('the drawing is as wide as asked and taller than nothing', () => {
    expect(fit.width).toBe(width);
    expect(fit.height).toBeGreaterThan(width * 0.5);
    expect(fit.height).toBeLessThan(width);
  });

  test('Vladivostok is south and a little west of Khabarovsk', () => {
    const v = xy('vladivostok');
    const k = xy('khabarovsk');
    expect(v.y).toBeGreaterThan(k.y); // south: further down
    expect(v.x).toBeLessThan(k.x); // west
    expect(k.x - v.x).toBeLessThan(v.y - k.y); // more south than west
  });

  test('Nerchinsk is west of Albazin', () => {
    expect(xy('nerchinsk').x).toBeLessThan(xy('albazin').x);
  });

  test('Port Arthur is south-west of Dalian', () => {
    const pa = xy('port-arthur');
    const d = xy('dalian');
    expect(pa.x).toBeLessThan(d.x);
    expect(pa.y).toBeGreaterThan(d.y);
  });

  test('project returns undefined for Moscow, far off this map', () => {
    expect(project(fit, at('moscow'))).toBeUndefined();
  });

  test('scaleBar measures a round distance as the globe does', () => {
    const bar = scaleBar(fit, { lon: 122, lat: 42 }, width * 0.2);
    expect([100, 200, 250, 500, 1000]).toContain(bar.km);
    expect(bar.px).toBeLessThanOrEqual(width * 0.2);
    // The same distance along the parallel, by great-circle distance, projects to about as many pixels.
    const a = fit.projection([122, 42])!;
    let lon = 122;
    while (geoDistance([122, 42], [lon, 42]) * 6371 < bar.km) lon += 0.01;
    const b = fit.projection([lon, 42])!;
    expect(Math.hypot(b[0] - a[0], b[1] - a[1])).toBeCloseTo(bar.px, -0.5);
  });
});

test('fitConic(EURASIA) puts Moscow west of Beijing and north of it', () => {
  const fit = fitConic(EURASIA, 200);
  const m = project(fit, at('moscow'))!;
  const b = project(fit, at('beijing'))!;
  expect(m[0]).toBeLessThan(b[0]);
  expect(m[1]).toBeLessThan(b[1]);
});
