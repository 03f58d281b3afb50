/** Draws a preview card to PNG at build time: satori lays it out as SVG, resvg rasterises it. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { OG_IMAGE_SIZE } from '../seo';
import type { CardNode } from './card';

// Resolve from the project root: the built chunk that runs this may live in a temporary folder.
const require = createRequire(join(process.cwd(), 'package.json'));

// satori reads .woff (not .woff2). Latin, Latin Extended and Cyrillic cover the titles' names.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic'] as const;
const WEIGHTS = [400, 700] as const;

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

function loadFonts() {
  fonts ??= SUBSETS.flatMap((subset) =>
    WEIGHTS.map((weight) => ({
      name: 'Noto Serif',
      data: readFileSync(require.resolve(`@fontsource/noto-serif/files/noto-serif-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** The card as SVG text (satori). */
export async function cardSvg(tree: CardNode): Promise<string> {
  // satori types its input as a React node; the tree is the same plain-object shape.
  return satori(tree as unknown as Parameters<typeof satori>[0], { ...OG_IMAGE_SIZE, fonts: loadFonts() });
}

/** The card as a 1200×630 PNG. */
export async function cardPng(tree: CardNode): Promise<Uint8Array> {
  const svg = await cardSvg(tree);
  // Rasterising is most of an image's cost; renderAsync does it on a worker thread, so pages built
  // side by side (build.concurrency) overlap it with the next card's layout.
  const png = (await renderAsync(svg, { fitTo: { mode: 'width', value: OG_IMAGE_SIZE.width } })).asPng();
  return new Uint8Array(png);
}
