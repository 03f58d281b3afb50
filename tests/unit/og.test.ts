import { describe, expect, it } from 'vitest';
import { cardTree, entryKicker, titleSize, type CardNode } from '../../src/lib/og/card';
import { cardPng, cardSvg } from '../../src/lib/og/render';
import { SITE_NAME } from '../../src/lib/seo';
import { nerchinsk, span, visit } from '../fixtures/periods';

const input = {
  title: 'The Treaty of Nerchinsk',
  dates: '1654 – 6 September 1689',
  kicker: 'alliance 1 of 5',
  span,
  highlight: [nerchinsk],
  context: [visit],
};

/** Every text in the tree, depth first. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const c = node.props.children;
  if (c === undefined) return [];
  return typeof c === 'string' ? [c] : c.flatMap(texts);
}

describe('cardTree', () => {
  it('shows the kicker, title, dates and both ends of the axis', () => {
    const all = texts(cardTree(input));
    expect(all.slice(0, 3)).toEqual(['alliance 1 of 5', 'The Treaty of Nerchinsk', '1654 – 6 September 1689']);
    expect(all).toContain('1654');
    expect(all).toContain('2023');
  });

  it('fills 1200×630 exactly once padding and border are added (satori boxes are content-box)', () => {
    const { style } = cardTree(input).props;
    const border = Number.parseInt(String(style.borderTop), 10);
    expect([Number(style.width) + 2 * Number(style.padding), Number(style.height) + 2 * Number(style.padding) + border]).toEqual([1200, 630]);
  });
});

describe('titleSize', () => {
  it('shrinks as titles grow', () => {
    expect(titleSize('short')).toBeGreaterThan(titleSize('x'.repeat(90)));
    expect(titleSize('x'.repeat(90))).toBeGreaterThan(titleSize('x'.repeat(150)));
  });
});

describe('entryKicker', () => {
  it('counts alliances and not events', () => {
    expect(entryKicker({ collection: 'alliances', ordinal: 3 })).toMatch(/^Alliance 3 of 5/);
    expect(entryKicker({ collection: 'events' })).toBe(SITE_NAME);
  });
});

describe('cardSvg / cardPng', () => {
  it('draws the title as glyph paths in an SVG of the card size', async () => {
    const svg = await cardSvg(cardTree(input));
    expect(svg).toMatch(/^<svg[^>]+width="1200"[^>]+height="630"/);
    expect(svg).toContain('<path');
  });

  it('renders a 1200×630 PNG', async () => {
    const png = await cardPng(cardTree(input));
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
    expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(1200);
    expect(view.getUint32(20)).toBe(630);
  }, 20_000);
});
