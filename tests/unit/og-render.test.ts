/** The preview cards drawn (src/lib/og/render.ts): satori to SVG, resvg to PNG. */
import { describe, expect, it } from 'vitest';
import { cardTree, claimCardTree } from '../../src/lib/og/card';
import { cardPng, cardSvg } from '../../src/lib/og/render';
import { claimCard, entryCard } from '../fixtures/cards';

describe('cardSvg', () => {
  it('draws the title as glyph paths in an SVG of the card size', async () => {
    const svg = await cardSvg(cardTree(entryCard));
    expect(svg).toMatch(/^<svg[^>]+width="1200"[^>]+height="630"/);
    expect(svg).toContain('<path');
  });
});

describe('cardPng', () => {
  it.each([
    ['an entry card', () => cardTree(entryCard)],
    ['a claim card', () => claimCardTree(claimCard)],
  ])('renders %s as a 1200×630 PNG', async (_, tree) => {
    const png = await cardPng(tree());
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
    expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  }, 20_000);
});
