/**
 * The two drawn sizes of every map: wide where the column is at least 36rem, narrow below. The
 * narrow one keeps its text readable on a 320 px screen (12 units drawn about 11 px there).
 * `minArea` is the simplification of the frontier base; the base from Europe to East Asia, at about
 * a sixth of the frontier's scale, drops more (`minAreaEuropeAsia`) and still shows every coast it can.
 */
export const MAP_SIZES = {
  wide: { width: 640, fontSize: 12, minArea: 1, minAreaEuropeAsia: 2 },
  narrow: { width: 320, fontSize: 12, minArea: 1.5, minAreaEuropeAsia: 3 },
} as const;
