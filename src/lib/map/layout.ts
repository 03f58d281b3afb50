/**
 * A locator map's layout: the base map, the places as markers with their names placed clear of one
 * another, today's country and river names, a scale bar and an inset placing the frontier between
 * Moscow and Beijing. Pure: from places and a width to numbers; the component only writes the SVG.
 */
import { baseMap, type BaseMap } from './geometry';
import { boxesOverlap, placePointLabels, type Box, type PlacedPointLabel } from './labels';
import { boxOutline, EURASIA, fitConic, FRONTIER, project, scaleBar, type LonLat } from './projection';
import { textWidth } from '../timeline/labels';
import { geoPath } from 'd3-geo';

/** A place as the map needs it. */
export interface MapPlace extends LonLat {
  id: string;
  /** The name the map shows (the one the timeline's period used, e.g. Port Arthur). */
  name: string;
}

export interface MapLayoutOptions {
  /** Width of the drawing in SVG units (its height follows from the region). */
  width: number;
  /** Text size in SVG units. */
  fontSize: number;
  /**
   * Places to emphasise and name; the others are drawn as small unnamed dots for context. Leave
   * out to name every place (the overview).
   */
  highlight?: readonly string[] | undefined;
  /** Simplification: points whose triangle is smaller than this many square pixels are dropped. */
  minArea?: number;
}

export interface MapMarker {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Named and linked; false for context dots on an entry's locator. */
  highlighted: boolean;
}

/** A fixed name on the map (a country or a river), placed by the layout, not by the label placer. */
export interface MapName {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface MapInset {
  box: Box;
  land: string;
  /** The frontier map's region, outlined. */
  region: string;
  markers: (MapMarker & { label?: { tx: number; ty: number; anchor: 'start' | 'end' } })[];
  fontSize: number;
}

export interface MapLayout {
  width: number;
  height: number;
  fontSize: number;
  markerRadius: number;
  base: BaseMap;
  countries: MapName[];
  rivers: MapName[];
  markers: MapMarker[];
  labels: PlacedPointLabel[];
  /** Highlighted places whose names found no room (none, for the site's own places; tests hold it). */
  dropped: string[];
  /** Places on neither the frontier map nor the inset: the table below the map still lists them. */
  offMap: string[];
  scale: { x: number; y: number; px: number; km: number };
  inset: MapInset;
}

/** Today's countries, named where their names sit clear of the places. */
const COUNTRY_NAMES: readonly (LonLat & { text: string })[] = [
  { text: 'RUSSIA', lon: 130.5, lat: 53.6 },
  { text: 'CHINA', lon: 123.5, lat: 44.6 },
  { text: 'MONGOLIA', lon: 111.5, lat: 46.6 },
];

/**
 * The border rivers, each named beside a point on today's border along it (the border follows the
 * river there); `side` says which way the name sits from the point.
 */
const RIVER_NAMES: readonly (LonLat & { text: string; side: 'start' | 'end'; above?: boolean })[] = [
  { text: 'Argun', lon: 119.0, lat: 50.2, side: 'start' },
  { text: 'Amur', lon: 131.2, lat: 48.1, side: 'end', above: true },
  { text: 'Ussuri', lon: 134.3, lat: 47.4, side: 'start' },
];

/** Places the inset always shows, whether or not they are highlighted. */
const INSET_PLACES = ['moscow', 'beijing'];

export function mapLayout(places: readonly MapPlace[], opts: MapLayoutOptions): MapLayout {
  const { width, fontSize } = opts;
  const fit = fitConic(FRONTIER, width);
  const { height } = fit;
  const base = baseMap(fit, { minArea: opts.minArea ?? 1 });
  const markerRadius = Math.max(3, fontSize * 0.3);
  const highlight = opts.highlight ? new Set(opts.highlight) : undefined;
  const isHighlighted = (id: string) => !highlight || highlight.has(id);

  const name = (text: string, p: LonLat, anchor: MapName['anchor'], fs: number, dx = 0, dy = 0): MapName | undefined => {
    const xy = project(fit, p);
    if (!xy) return undefined;
    const w = textWidth(text, fs);
    const x = xy[0] + dx;
    const y = xy[1] + dy;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    return { text, x, y, anchor, box: { x: left, y: y - fs * 0.85, w, h: fs * 1.1 } };
  };
  const countries = COUNTRY_NAMES.map((c) => name(c.text, c, 'middle', fontSize * 0.95)).filter((c) => c !== undefined);
  const riverNames = RIVER_NAMES.map((r) =>
    name(r.text, r, r.side, fontSize * 0.9, r.side === 'start' ? 4 : -4, r.above ? -fontSize * 0.5 : 0),
  ).filter((r) => r !== undefined);

  // The inset sits in the top-left corner, over Siberia, where no place of the timeline lies.
  const insetWidth = Math.round(width * 0.34);
  const insetFit = fitConic(EURASIA, insetWidth);
  const insetBox: Box = { x: 0, y: 0, w: insetWidth, h: insetFit.height };
  const insetFont = Math.max(9, fontSize * 0.8);
  const insetMarkers: MapInset['markers'] = [];
  for (const p of places) {
    if (!INSET_PLACES.includes(p.id) && !(highlight?.has(p.id) && !project(fit, p))) continue;
    const xy = project(insetFit, p);
    if (!xy) continue;
    // Names run inward, away from the inset's nearer side edge.
    const anchor = xy[0] < insetWidth / 2 ? 'start' : 'end';
    insetMarkers.push({
      id: p.id,
      name: p.name,
      x: xy[0],
      y: xy[1],
      highlighted: isHighlighted(p.id),
      label: { tx: xy[0] + (anchor === 'start' ? 5 : -5), ty: xy[1] + insetFont * 0.35, anchor },
    });
  }
  const regionOutline = { type: 'Polygon' as const, coordinates: [boxOutline(FRONTIER).reverse()] };
  const inset: MapInset = {
    box: insetBox,
    land: baseMap(insetFit, { minArea: 2 }).land,
    region: geoPath(insetFit.projection).digits(0)(regionOutline) ?? '',
    markers: insetMarkers,
    fontSize: insetFont,
  };

  const bar = scaleBar(fit, { lon: (FRONTIER.west + FRONTIER.east) / 2, lat: 42 }, width * 0.2);
  const scale = { x: width - bar.px - 12, y: height - 14, px: bar.px, km: bar.km };
  const scaleBox: Box = { x: scale.x - 4, y: scale.y - fontSize * 1.4, w: bar.px + 16, h: fontSize * 1.4 + 14 };

  const markers: MapMarker[] = [];
  const offMap: string[] = [];
  for (const p of places) {
    const xy = project(fit, p);
    if (!xy || (xy[0] < insetBox.w && xy[1] < insetBox.h)) {
      if (!insetMarkers.some((m) => m.id === p.id)) offMap.push(p.id);
      continue;
    }
    markers.push({ id: p.id, name: p.name, x: xy[0], y: xy[1], highlighted: isHighlighted(p.id) });
  }
  const { placed, dropped } = placePointLabels(
    markers.filter((m) => m.highlighted).map((m) => ({ id: m.id, x: m.x, y: m.y, text: m.name, priority: 0 })),
    {
      width,
      height,
      fontSize,
      markerRadius,
      obstacles: [
        insetBox,
        scaleBox,
        ...countries.map((c) => c.box),
        ...markers.filter((m) => !m.highlighted).map((m) => ({ x: m.x - markerRadius, y: m.y - markerRadius, w: 2 * markerRadius, h: 2 * markerRadius })),
      ],
    },
  );
  // River names give way: any that would touch a place, its name, the inset or the scale is left out.
  const markerBoxes = markers.map((m) => ({ x: m.x - markerRadius, y: m.y - markerRadius, w: 2 * markerRadius, h: 2 * markerRadius }));
  const rivers = riverNames.filter(
    (rv) => ![insetBox, scaleBox, ...markerBoxes, ...placed.map((l) => l.box)].some((b) => boxesOverlap(b, rv.box)),
  );
  return { width, height, fontSize, markerRadius, base, countries, rivers, markers, labels: placed, dropped, offMap, scale, inset };
}
