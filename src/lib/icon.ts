/**
 * The site's icon, drawn once as SVG: an axis with three bands above it, as on the timeline. The
 * favicon, the PNG fallbacks, the apple-touch-icon and the web app manifest are all made from it.
 */

/** The icon's colours: the timeline's accent (light theme) behind, the page's background in front. */
export const ICON_COLORS = { accent: '#9c2a1b', paper: '#fbfaf6' } as const;

/** The rounded PNG sizes served: the favicon's (inside favicon.ico) and the manifest's two. */
export const ICON_SIZES = [32, 192, 512] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/** The icon as an SVG document on a 64×64 grid; square corners for the apple-touch-icon, which iOS rounds itself. */
export function iconSvg({ rounded = true }: { rounded?: boolean } = {}): string {
  const { accent, paper } = ICON_COLORS;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="${rounded ? 12 : 0}" fill="${accent}"/>`,
    // Three bands of different lengths, like the alliances on the axis, and the axis under them.
    `<rect x="10" y="16" width="16" height="8" rx="1.5" fill="${paper}"/>`,
    `<rect x="30" y="26" width="10" height="8" rx="1.5" fill="${paper}"/>`,
    `<rect x="42" y="36" width="12" height="8" rx="1.5" fill="${paper}"/>`,
    `<rect x="8" y="48" width="48" height="3" rx="1.5" fill="${paper}"/>`,
    '</svg>',
  ].join('');
}

/**
 * An .ico file that holds one PNG (allowed since Windows Vista, read by every current browser): a
 * 6-byte header, one 16-byte directory entry, then the PNG.
 */
export function icoFromPng(png: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(22 + png.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  out[6] = size >= 256 ? 0 : size; // width (0 means 256)
  out[7] = size >= 256 ? 0 : size; // height
  out[8] = 0; // no palette
  out[9] = 0; // reserved
  view.setUint16(10, 1, true); // colour planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, png.length, true); // size of the image data
  view.setUint32(18, 22, true); // where it starts
  out.set(png, 22);
  return out;
}
