/**
 * The two drawn sizes of every map: wide where the column is at least 36rem, narrow below. The
 * narrow one keeps its text readable on a 320 px screen (12 units drawn about 11 px there).
 */
export const MAP_SIZES = {
  wide: { width: 640, fontSize: 12, minArea: 1 },
  narrow: { width: 320, fontSize: 12, minArea: 1.5 },
} as const;
