/** The site's icon rasterised to PNG with resvg, at build time. */
import { renderAsync } from '@resvg/resvg-js';
import { iconSvg } from '../icon';

export async function iconPng(size: number, options: { rounded?: boolean } = {}): Promise<Uint8Array> {
  const image = await renderAsync(iconSvg(options), { fitTo: { mode: 'width', value: size } });
  return new Uint8Array(image.asPng());
}
