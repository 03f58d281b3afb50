/**
 * A locator map's layout: the base map, the places as markers with their names placed clear of one
 * another, today's country and river names, a scale bar and either an inset placing the frontier
 * between Moscow and Beijing (the frontier base) or the frontier's outline (the wider base, from
 * Europe to East Asia, for places beyond the frontier). Pure: from places and a width to numbers;
 * the component only writes the SVG.
 */
import { baseMap, type BaseMap } from './geometry';
import { boxesOverlap, boxHolds, markerBox, placePointLabels, type Box, type PlacedPointLabel } from './labels';
import { boxOutline, EURASIA, EUROPE_ASIA, fitConic, FRONTIER, project, scaleBar, type Bounds, type FittedProjection, type LonLat } from './projection';
import { MAP_SIZES, type MapSize, type MapSizeName } from './sizes';
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
   * Places to emphasise and name; on the frontier base the others are drawn as small unnamed dots
   * for context (the wider base draws only these). Leave out to name every place (the overview).
   */
  highlight?: readonly string[] | undefined;
  /** Simplification: points whose triangle is smaller than this many square pixels are dropped. */
  minArea?: number;
  /**
   * The base: the frontier (with its inset), or Europe to East Asia for places beyond it
   * (`baseFor` chooses). Default: the frontier.
   */
  base?: MapBase;
  /** The least size of a place's tap area, in SVG units (MapSize `target`); none: the name's own box. */
  target?: number | undefined;
}

/** Which base a map is drawn on. */
export type MapBase = 'frontier' | 'europe-asia';

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
  /** Where the inset sits on the map; its land, region and markers are drawn from its own top-left corner. */
  box: Box;
  land: string;
  /** The frontier map's region, outlined. */
  region: string;
  markers: (MapMarker & { label?: { tx: number; ty: number; anchor: 'start' | 'end' } })[];
  fontSize: number;
}

export interface MapLayout {
  /** The base it is drawn on. */
  baseName: MapBase;
  width: number;
  height: number;
  fontSize: number;
  markerRadius: number;
  base: BaseMap;
  countries: MapName[];
  rivers: MapName[];
  /** Lakes, named but not drawn (the atlas has no lakes): Lake Baikal on the frontier base. */
  lakes: MapName[];
  markers: MapMarker[];
  labels: PlacedPointLabel[];
  /** Highlighted places whose names found no room (none, for the site's own places; tests hold it). */
  dropped: string[];
  /** Places outside the drawing (and, on the frontier base, not in the inset). */
  offMap: string[];
  /**
   * The scale bar; `atLat` when the scale holds only near one latitude (the wider base). Its text
   * starts at the bar's left end where centring it would run off the drawing.
   */
  scale: {
    x: number;
    y: number;
    px: number;
    km: number;
    atLat?: number | undefined;
    /** What the bar says: "500 km", or "1,000 km at 45° N". */
    text: string;
    textX: number;
    textAnchor: 'start' | 'middle';
    /** The space the bar and its text take, kept clear of names. */
    box: Box;
  };
  /** The inset between Moscow and Beijing (frontier base only). */
  inset?: MapInset | undefined;
  /** The frontier map's area, outlined (wider base only). */
  region?: string | undefined;
}

/** Today's countries, named where their names sit clear of the places (and of the inset, top right). */
const COUNTRY_NAMES: readonly (LonLat & { text: string })[] = [
  { text: 'RUSSIA', lon: 119.5, lat: 54.9 },
  { text: 'CHINA', lon: 123.5, lat: 44.6 },
  { text: 'MONGOLIA', lon: 111.5, lat: 46.6 },
];
/** On the wider base, Russia and China only: the names that say where the story is. */
const COUNTRY_NAMES_WIDE: readonly (LonLat & { text: string })[] = [
  { text: 'RUSSIA', lon: 82, lat: 59 },
  { text: 'CHINA', lon: 92, lat: 33 },
];

/**
 * Lake Baikal, named at its middle, 53°30′N 108°0′E (Wikipedia, Simple English, "Lake Baikal",
 * infobox). It is not drawn: world-atlas, the Natural Earth atlas on npm, has no lakes, and the
 * lakes on npm that there are (@geo-maps/earth-lakes-*) are OpenStreetMap's, ODbL, 59 MB. The
 * captions say that lakes are not drawn.
 */
const LAKE_NAMES: readonly (LonLat & { text: string })[] = [{ text: 'Lake Baikal', lon: 108, lat: 53.5 }];

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
/** The inset's width, as a share of the frontier map's. */
const INSET_SHARE = 0.34;

const insets = new Map<number, { box: Box; insetFit: FittedProjection }>();
/** The inset's box on a frontier map of this fit: the top-right corner, over the Sea of Okhotsk coast. */
function insetBoxFor(fit: FittedProjection): { box: Box; insetFit: FittedProjection } {
  let inset = insets.get(fit.width);
  if (!inset) {
    const w = Math.round(fit.width * INSET_SHARE);
    const insetFit = fitConic(EURASIA, w);
    insets.set(fit.width, (inset = { box: { x: fit.width - w, y: 0, w, h: insetFit.height }, insetFit }));
  }
  return inset;
}

const BOUNDS: Record<MapBase, Bounds> = { frontier: FRONTIER, 'europe-asia': EUROPE_ASIA };

const fits = new Map<string, FittedProjection>();
/** The projection of a drawing of this base and width: the one fit mapLayout draws with and onFrontier decides with. */
function baseFit(base: MapBase, width: number): FittedProjection {
  const key = `${base} ${width}`;
  let fit = fits.get(key);
  if (!fit) fits.set(key, (fit = fitConic(BOUNDS[base], width)));
  return fit;
}

/**
 * True when the frontier drawing `width` wide shows this place: on the map itself, clear of the
 * inset, or in the inset as one of the places it always shows (Moscow).
 */
export function onFrontier(p: MapPlace, width: number): boolean {
  if (INSET_PLACES.includes(p.id)) return true;
  const fit = baseFit('frontier', width);
  const xy = project(fit, p);
  if (!xy) return false;
  const { box } = insetBoxFor(fit);
  return !boxHolds(box, xy[0], xy[1]);
}

/** True when the frontier map shows this place at every size it is drawn (MAP_SIZES), so its table can list it. */
export function onFrontierMap(p: MapPlace): boolean {
  return Object.values(MAP_SIZES).every((size) => onFrontier(p, size.width));
}

/** The base for a map of these places: the frontier when it shows them all, else Europe to East Asia. */
export function baseFor(places: readonly MapPlace[]): MapBase {
  return places.every(onFrontierMap) ? 'frontier' : 'europe-asia';
}

/**
 * A map drawn at each of its sizes (MAP_SIZES) on one base (default: the frontier), each size
 * simplified as that base needs there; `highlight` as for mapLayout.
 */
export function mapDrawings(
  places: readonly MapPlace[],
  opts: { base?: MapBase; highlight?: readonly string[] | undefined } = {},
): Record<MapSizeName, MapLayout> {
  const base = opts.base ?? 'frontier';
  const draw = (size: MapSize) =>
    mapLayout(places, { width: size.width, fontSize: size.fontSize, minArea: size.minArea[base], highlight: opts.highlight, base, target: size.target });
  return { wide: draw(MAP_SIZES.wide), narrow: draw(MAP_SIZES.narrow) };
}

export function mapLayout(places: readonly MapPlace[], opts: MapLayoutOptions): MapLayout {
  const { width, fontSize } = opts;
  const baseName = opts.base ?? 'frontier';
  const wideBase = baseName === 'europe-asia';
  const fit = baseFit(baseName, width);
  const { height } = fit;
  const base = baseMap(fit, { minArea: opts.minArea ?? 1, atlas: wideBase ? '110m' : '50m' });
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
  const countries = (wideBase ? COUNTRY_NAMES_WIDE : COUNTRY_NAMES)
    .map((c) => name(c.text, c, 'middle', fontSize * 0.95))
    .filter((c) => c !== undefined);
  const riverNames = wideBase
    ? []
    : RIVER_NAMES.map((r) =>
        name(r.text, r, r.side, fontSize * 0.9, r.side === 'start' ? 4 : -4, r.above ? -fontSize * 0.5 : 0),
      ).filter((r) => r !== undefined);
  const lakes = wideBase ? [] : LAKE_NAMES.map((l) => name(l.text, l, 'middle', fontSize * 0.9)).filter((l) => l !== undefined);
  const regionOutline = { type: 'Polygon' as const, coordinates: [boxOutline(FRONTIER).reverse()] };

  // The frontier's inset sits in the top-right corner, over the coast of the Sea of Okhotsk, where no
  // place of the timeline lies (the top-left is Lake Baikal's).
  let inset: MapInset | undefined;
  const insetFont = Math.max(9, fontSize * 0.8);
  if (!wideBase) {
    const { box: insetBox, insetFit } = insetBoxFor(fit);
    const insetMarkers: MapInset['markers'] = [];
    for (const p of places) {
      if (!INSET_PLACES.includes(p.id) && !(highlight?.has(p.id) && !project(fit, p))) continue;
      const xy = project(insetFit, p);
      if (!xy) continue;
      // Names run inward, away from the inset's nearer side edge.
      const anchor = xy[0] < insetBox.w / 2 ? 'start' : 'end';
      insetMarkers.push({
        id: p.id,
        name: p.name,
        x: xy[0],
        y: xy[1],
        highlighted: isHighlighted(p.id),
        label: { tx: xy[0] + (anchor === 'start' ? 5 : -5), ty: xy[1] + insetFont * 0.35, anchor },
      });
    }
    inset = {
      box: insetBox,
      land: baseMap(insetFit, { minArea: 2 }).land,
      region: geoPath(insetFit.projection).digits(0)(regionOutline) ?? '',
      markers: insetMarkers,
      fontSize: insetFont,
    };
  }
  const insetBoxes = inset ? [inset.box] : [];

  // On the wider base the scale shrinks northwards by about a quarter: the bar holds at 45° N.
  const atLat = wideBase ? 45 : undefined;
  const bounds = BOUNDS[baseName];
  const bar = scaleBar(fit, { lon: (bounds.west + bounds.east) / 2, lat: atLat ?? 42 }, width * 0.2);
  // Bottom right on the frontier (the Sea of Japan); bottom left on the wider base (the Sahara),
  // where East Asia's places crowd the right. The text is centred over the bar, unless that would
  // run off the drawing: then it starts at the bar's left end.
  const x = wideBase ? 12 : width - bar.px - 12;
  const text = `${bar.km.toLocaleString('en-GB')} km${atLat ? ` at ${atLat}° N` : ''}`;
  const textW = textWidth(text, fontSize * 0.85);
  const centred = x + bar.px / 2 - textW / 2 >= 2 && x + bar.px / 2 + textW / 2 <= width - 2;
  const textLeft = centred ? x + bar.px / 2 - textW / 2 : x;
  const scaleBox: Box = {
    x: Math.min(x, textLeft) - 4,
    y: height - 14 - fontSize * 1.4,
    w: Math.max(x + bar.px, textLeft + textW) - Math.min(x, textLeft) + 8,
    h: fontSize * 1.4 + 14,
  };
  const scale = {
    x,
    y: height - 14,
    px: bar.px,
    km: bar.km,
    atLat,
    text,
    textX: centred ? x + bar.px / 2 : x,
    textAnchor: centred ? ('middle' as const) : ('start' as const),
    box: scaleBox,
  };

  const markers: MapMarker[] = [];
  const offMap: string[] = [];
  for (const p of places) {
    const xy = project(fit, p);
    if (!xy || insetBoxes.some((b) => boxHolds(b, xy[0], xy[1]))) {
      if (!inset?.markers.some((m) => m.id === p.id)) offMap.push(p.id);
      continue;
    }
    // At the wider base's scale the frontier's places fall within a few pixels of one another: its
    // outline stands for them, and only the places named are drawn.
    if (wideBase && !isHighlighted(p.id)) continue;
    markers.push({ id: p.id, name: p.name, x: xy[0], y: xy[1], highlighted: isHighlighted(p.id) });
  }
  const { placed, dropped } = placePointLabels(
    markers.filter((m) => m.highlighted).map((m) => ({ id: m.id, x: m.x, y: m.y, text: m.name, priority: 0 })),
    {
      width,
      height,
      fontSize,
      markerRadius,
      ...(opts.target ? { target: opts.target, above: insetBoxes } : {}),
      obstacles: [
        ...insetBoxes,
        scaleBox,
        ...countries.map((c) => c.box),
        ...lakes.map((l) => l.box),
        ...markers.filter((m) => !m.highlighted).map((m) => markerBox(m.x, m.y, markerRadius)),
      ],
    },
  );
  // River names give way: any that would touch a place, its name, the inset or the scale is left out.
  const markerBoxes = markers.map((m) => markerBox(m.x, m.y, markerRadius));
  const rivers = riverNames.filter(
    (rv) => ![...insetBoxes, scaleBox, ...markerBoxes, ...placed.map((l) => l.box)].some((b) => boxesOverlap(b, rv.box)),
  );
  const region = wideBase ? (geoPath(fit.projection).digits(0)(regionOutline) ?? '') : undefined;
  return {
    baseName,
    width,
    height,
    fontSize,
    markerRadius,
    base,
    countries,
    rivers,
    lakes,
    markers,
    labels: placed,
    dropped,
    offMap,
    scale,
    inset,
    region,
  };
}
