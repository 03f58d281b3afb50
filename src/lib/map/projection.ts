/**
 * The maps' projections: a conformal conic centred on the region it shows, fitted to a width, so a
 * place's neighbours keep their directions and a scale bar holds across the drawing.
 */
import { geoConicConformal, geoPath, type GeoProjection } from 'd3-geo';

/** A point on the globe, WGS84 degrees (east and north positive). */
export interface LonLat {
  lon: number;
  lat: number;
}

/** A box of longitudes and latitudes, in degrees. */
export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The frontier: Transbaikalia to the Sea of Japan, and south past Beijing and the Liaodong peninsula. */
export const FRONTIER: Bounds = { west: 106, east: 139.5, south: 37.4, north: 56 };
/** The inset: enough of Eurasia to show Moscow and Beijing with the frontier between them. */
export const EURASIA: Bounds = { west: 26, east: 146, south: 22, north: 68 };
/**
 * Europe to East Asia: from The Hague to the Ussuri and south to Canton, for the locators of entries
 * whose places lie beyond the frontier (Yalta, Shanghai, The Hague). Still a conformal conic, its
 * standard parallels at about 26° and 54° N: across these latitudes it keeps directions and shapes,
 * and its scale varies by about a quarter between the south and the north edge, so the scale bar
 * says the latitude it holds at.
 */
export const EUROPE_ASIA: Bounds = { west: -2, east: 142, south: 19, north: 61 };

/** Points along the edge of a box (its parallels curve on a conic, so the edges are sampled). */
export function boxOutline(b: Bounds, steps = 24): [number, number][] {
  const pts: [number, number][] = [];
  for (let i = 0; i <= steps; i++) pts.push([b.west + ((b.east - b.west) * i) / steps, b.south]);
  for (let i = 0; i <= steps; i++) pts.push([b.east, b.south + ((b.north - b.south) * i) / steps]);
  for (let i = 0; i <= steps; i++) pts.push([b.east - ((b.east - b.west) * i) / steps, b.north]);
  for (let i = 0; i <= steps; i++) pts.push([b.west, b.north - ((b.north - b.south) * i) / steps]);
  return pts;
}

/** A fitted projection and the height of the drawing it fits, for a given width. */
export interface FittedProjection {
  projection: GeoProjection;
  width: number;
  height: number;
}

/**
 * A conformal conic for `bounds`: standard parallels a sixth of the way in from each edge, the
 * central meridian in the middle, scaled so the box spans `width` pixels (less `margin` each side).
 * The drawing's height follows from the box; everything outside the drawing is clipped.
 */
export function fitConic(bounds: Bounds, width: number, margin = 0): FittedProjection {
  const dLat = bounds.north - bounds.south;
  const box = { type: 'MultiPoint' as const, coordinates: boxOutline(bounds) };
  const projection = geoConicConformal()
    .parallels([bounds.south + dLat / 6, bounds.north - dLat / 6])
    .rotate([-(bounds.west + bounds.east) / 2, 0])
    .fitWidth(width - 2 * margin, box);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(box);
  projection.translate([projection.translate()[0] - x0 + margin, projection.translate()[1] - y0 + margin]);
  const height = Math.ceil(y1 - y0 + 2 * margin);
  projection.clipExtent([[0, 0], [width, height]]);
  return { projection, width, height };
}

/** Projects a place; undefined when it falls outside the drawing (or cannot be projected). */
export function project(fit: FittedProjection, p: LonLat): [number, number] | undefined {
  const xy = fit.projection([p.lon, p.lat]);
  if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) return undefined;
  const [x, y] = xy;
  return x >= 0 && x <= fit.width && y >= 0 && y <= fit.height ? [x, y] : undefined;
}

const EARTH_RADIUS_KM = 6371;

/** A scale bar: the length in pixels of a round distance, measured at `at` (scale varies slightly). */
export function scaleBar(fit: FittedProjection, at: LonLat, maxPx: number): { km: number; px: number } {
  // One degree of latitude along the meridian through `at`; the projection is conformal, so the
  // scale at a point is the same in every direction.
  const a = fit.projection([at.lon, at.lat - 0.5])!;
  const b = fit.projection([at.lon, at.lat + 0.5])!;
  const pxPerKm = Math.hypot(b[0] - a[0], b[1] - a[1]) / ((Math.PI / 180) * EARTH_RADIUS_KM);
  const nice = [100, 200, 250, 500, 1000, 2000, 2500, 5000];
  let km = nice[0]!;
  for (const n of nice) if (n * pxPerKm <= maxPx) km = n;
  return { km, px: km * pxPerKm };
}
