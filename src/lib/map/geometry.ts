/**
 * The base map from Natural Earth (world-atlas): land, and today's borders between countries,
 * simplified for the drawing's own scale and written as SVG path data with whole-pixel coordinates.
 * Simplification is measured in projected pixels, so each size keeps the detail it can show. The
 * frontier is drawn from the 1:50m atlas; the view from Europe to East Asia from the 1:110m one,
 * whose detail is all that scale can show (and a fraction of the bytes).
 */
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas50 from 'world-atlas/countries-50m.json' with { type: 'json' };
import atlas110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { FittedProjection } from './projection';

type Countries = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

/** ISO 3166-1 numeric codes, as world-atlas ids them. */
export const COUNTRY = { china: '156', russia: '643', mongolia: '496', northKorea: '408' } as const;

/** SVG path data of the base layers; empty strings where nothing falls inside the drawing. */
export interface BaseMap {
  /** Land, filled; the sea is the page. */
  land: string;
  /** China–Russia border today (the Argun, the Amur and the Ussuri east of Mongolia). */
  chinaRussia: string;
  /** Every other border between two countries today. */
  otherBorders: string;
}

export interface BaseOptions {
  /** Points whose triangle with their neighbours is smaller than this, in square pixels, are dropped. */
  minArea: number;
  /** Natural Earth scale: 1:50 million (the default) or 1:110 million. */
  atlas?: '50m' | '110m';
}

/**
 * Writes a geometry as path data: moves and lines only, coordinates rounded to whole pixels and
 * repeated points dropped. Relative commands keep the numbers short, and gzip finds them alike.
 */
export function pathData(fit: FittedProjection, object: GeoPermissibleObjects): string {
  const raw = geoPath(fit.projection).digits(1)(object) ?? '';
  let out = '';
  let px = 0;
  let py = 0;
  let startX = 0;
  let startY = 0;
  for (const m of raw.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const cmd = m[1];
    if (cmd === 'Z') {
      out += 'z';
      px = startX;
      py = startY;
      continue;
    }
    const [xs, ys] = (m[2] ?? '').split(',');
    const x = Math.round(Number(xs));
    const y = Math.round(Number(ys));
    if (cmd === 'M') {
      out += `M${x},${y}`;
      startX = x;
      startY = y;
    } else {
      if (x === px && y === py) continue;
      const dx = x - px;
      const dy = y - py;
      out += `l${dx}${dy < 0 ? '' : ','}${dy}`;
    }
    px = x;
    py = y;
  }
  // A subpath that rounds to a single point draws nothing: drop it.
  return out.replace(/M-?\d+,-?\d+(?=M|$)/g, '').replace(/M-?\d+,-?\d+z/g, '');
}

const cache = new Map<string, BaseMap>();

/** The base layers for one fitted projection; cached by its size and parameters. */
export function baseMap(fit: FittedProjection, opts: BaseOptions): BaseMap {
  const p = fit.projection;
  const key = JSON.stringify([fit.width, fit.height, p.scale(), p.translate(), p.rotate(), opts.minArea, opts.atlas]);
  const hit = cache.get(key);
  if (hit) return hit;
  const topology = (opts.atlas === '110m' ? atlas110 : atlas50) as unknown as Countries;
  // Triangle areas in projected pixels; points off the drawing weigh nothing and go first.
  const projected = presimplify(topology, (t) => {
    const [a, b, c] = t.map((q) => p([q[0]!, q[1]!]) ?? [NaN, NaN]) as [number, number][];
    const area = Math.abs((a![0] - c![0]) * (b![1] - a![1]) - (a![0] - b![0]) * (c![1] - a![1])) / 2;
    return Number.isFinite(area) ? area : 0;
  });
  const simple = simplify(projected, opts.minArea) as unknown as Countries;
  const countries = simple.objects.countries;
  const isPair = (x: { id?: string | number | undefined }, y: { id?: string | number | undefined }, a: string, b: string) =>
    (x.id === a && y.id === b) || (x.id === b && y.id === a);
  const base: BaseMap = {
    land: pathData(fit, feature(simple, simple.objects.land)),
    chinaRussia: pathData(fit, mesh(simple, countries, (x, y) => isPair(x, y, COUNTRY.china, COUNTRY.russia))),
    otherBorders: pathData(
      fit,
      mesh(simple, countries, (x, y) => x !== y && !isPair(x, y, COUNTRY.china, COUNTRY.russia)),
    ),
  };
  cache.set(key, base);
  return base;
}
