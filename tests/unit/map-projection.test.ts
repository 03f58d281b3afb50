/** The maps' projection: places land on the right side of one another, inside the drawing, at scale. */
import { geoDistance } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { EURASIA, EUROPE_ASIA, fitConic, FRONTIER, project, scaleBar } from '../../src/lib/map/projection';
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

describe.each([640, 320])('fitConic(EUROPE_ASIA, %i)', (width) => {
  const fit = fitConic(EUROPE_ASIA, width);
  /**
   * Where `to` lies from `from` on the drawing, in pixels along the local north and east there: far
   * from the central meridian a conic turns the meridians, so "south" on the page is not straight down.
   */
  const fromTo = (from: string, to: string) => {
    const a = at(from);
    const [x0, y0] = fit.projection([a.lon, a.lat])!;
    const [xn, yn] = fit.projection([a.lon, a.lat + 0.1])!;
    const len = Math.hypot(xn - x0, yn - y0);
    const n = [(xn - x0) / len, (yn - y0) / len] as const;
    const e = [-n[1], n[0]] as const; // north turned a quarter clockwise on the page (y grows downwards)
    const p = project(fit, at(to));
    if (!p) throw new Error(`${to} is off the map`);
    const v = [p[0] - x0, p[1] - y0] as const;
    return { north: v[0] * n[0] + v[1] * n[1], east: v[0] * e[0] + v[1] * e[1] };
  };

  test('every place of the timeline falls inside the drawing', () => {
    for (const id of places.keys()) expect(project(fit, at(id)), id).toBeDefined();
  });

  test('the meridians still run upwards: Moscow is above Yalta on the page', () => {
    expect(project(fit, at('moscow'))![1]).toBeLessThan(project(fit, at('yalta'))![1]);
  });

  test('The Hague is far west of Moscow, on nearly the same line (4° further south, but parallels curve)', () => {
    const d = fromTo('moscow', 'the-hague');
    expect(d.east).toBeLessThan(-width * 0.1);
    expect(Math.abs(d.north)).toBeLessThan(-d.east / 4);
  });

  test('Yalta is south and a little west of Moscow', () => {
    const d = fromTo('moscow', 'yalta');
    expect(d.north).toBeLessThan(0);
    expect(d.east).toBeLessThan(0);
    expect(-d.east).toBeLessThan(-d.north);
  });

  test('Shanghai is south and a little east of Beijing; Canton south-west of Shanghai', () => {
    const s = fromTo('beijing', 'shanghai');
    expect(s.north).toBeLessThan(0);
    expect(s.east).toBeGreaterThan(0);
    expect(s.east).toBeLessThan(-s.north);
    const c = fromTo('shanghai', 'guangzhou');
    expect(c.north).toBeLessThan(0);
    expect(c.east).toBeLessThan(0);
  });

  test('Port Arthur is still south-west of Dalian, and Vladivostok south of Khabarovsk', () => {
    const pa = fromTo('dalian', 'port-arthur');
    expect(pa.north).toBeLessThan(0);
    expect(pa.east).toBeLessThan(0);
    expect(fromTo('khabarovsk', 'vladivostok').north).toBeLessThan(0);
  });

  test('the scale bar at 45° N measures its distance along that parallel as the globe does', () => {
    const bar = scaleBar(fit, { lon: 70, lat: 45 }, width * 0.2);
    const a = fit.projection([70, 45])!;
    let lon = 70;
    while (geoDistance([70, 45], [lon, 45]) * 6371 < bar.km) lon += 0.01;
    const b = fit.projection([lon, 45])!;
    expect(Math.hypot(b[0] - a[0], b[1] - a[1])).toBeCloseTo(bar.px, -0.5);
  });
});
