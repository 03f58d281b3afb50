/**
 * The two drawn sizes of every map: wide where the column is at least 36rem, narrow below. The
 * narrow one keeps its text readable on a 320 px screen (12 units drawn about 11 px there).
 * `minArea` is each base's simplification at that size (points whose triangle is smaller than this
 * many square pixels are dropped): the base from Europe to East Asia, at about a sixth of the
 * frontier's scale, drops more and still shows every coast it can.
 */
import type { MapBase } from './layout';

export interface MapSize {
  /** Width of the drawing in SVG units (its height follows from the region). */
  width: number;
  /** Text size in SVG units. */
  fontSize: number;
  /** The simplification of each base at this size, in square pixels. */
  minArea: Readonly<Record<MapBase, number>>;
  /**
   * The least size, in SVG units, of the area a pointer or a finger lands in on a place's name
   * (labels.ts `target`; WCAG 2.5.8 asks 24 CSS px), at the size's smallest scale: the narrow drawing
   * is shown 288 px wide on a 320 px phone, the wide one 576 px wide in a 36rem column, both 0.9 px a
   * unit, so 28 units make 25 px. Without it the wide drawing's names of Aigun and Blagoveshchensk,
   * a few px apart, failed the criterion.
   */
  target: number;
}

export const MAP_SIZES = {
  wide: { width: 640, fontSize: 12, minArea: { frontier: 1, 'europe-asia': 2 }, target: 28 },
  narrow: { width: 320, fontSize: 12, minArea: { frontier: 1.5, 'europe-asia': 3 }, target: 28 },
} as const satisfies Record<string, MapSize>;

/** The name of a drawn size. */
export type MapSizeName = keyof typeof MAP_SIZES;
