import { describe, expect, it } from 'vitest';
import { CARD_QUOTE_MAX, cardTree, claimCardTree, entryKicker, quoteSize, titleSize, type CardNode } from '../../src/lib/og/card';
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
    const style = cardTree(input).props.style!;
    const border = Number.parseInt(String(style.borderTop), 10);
    expect([Number(style.width) + 2 * Number(style.padding), Number(style.height) + 2 * Number(style.padding) + border]).toEqual([1200, 630]);
  });
});

const claimInput = {
  quote:
    'However, Russia broke the alliance and occupied Chinese territory, forcing China to sign unequal treaties that ceded 1.2 million square miles of Chinese territory. Those territories remain part of Russia today.',
  verdict: 'inaccurate' as const,
  conclusion: 'The cessions came in 1858–1881, before the 1896 treaty, and were about 580,000 square miles.',
  entry: 'Li–Lobanov, 1896–1900',
  dates: '3 June 1896 – June 1900',
  span,
  highlight: [nerchinsk],
  context: [visit],
};

describe('claimCardTree', () => {
  const all = texts(claimCardTree(claimInput));

  it('shows the quote shortened with an ellipsis, the verdict, the conclusion and the entry’s period', () => {
    const quote = all.find((t) => t.startsWith('“'))!;
    expect(quote.endsWith('…”')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(CARD_QUOTE_MAX + 2);
    expect(claimInput.quote.startsWith(quote.slice(1, -2))).toBe(true);
    expect(all).toContain('Inaccurate');
    expect(all).toContain(claimInput.conclusion);
    expect(all).toContain('Li–Lobanov, 1896–1900 · 3 June 1896 – June 1900');
    expect(all).toContain('1654');
  });

  it('keeps a short quote whole', () => {
    expect(texts(claimCardTree({ ...claimInput, quote: 'on charges of war crimes' }))).toContain('“on charges of war crimes”');
  });

  it('draws the verdict’s symbol (the font has none of ✓ ≈ ✗)', () => {
    const svg = JSON.stringify(claimCardTree(claimInput));
    expect(svg).toContain('"type":"svg"');
    expect(svg).not.toMatch(/[✓≈✗]/);
  });

  it('fills 1200×630 like the entry cards', () => {
    const style = claimCardTree(claimInput).props.style!;
    const border = Number.parseInt(String(style.borderTop), 10);
    expect([Number(style.width) + 2 * Number(style.padding), Number(style.height) + 2 * Number(style.padding) + border]).toEqual([1200, 630]);
  });

  it('renders a 1200×630 PNG', async () => {
    const png = await cardPng(claimCardTree(claimInput));
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  }, 20_000);
});

describe('quoteSize', () => {
  it('shrinks as quotes grow', () => {
    expect(quoteSize('short')).toBeGreaterThan(quoteSize('x'.repeat(100)));
    expect(quoteSize('x'.repeat(100))).toBeGreaterThan(quoteSize('x'.repeat(160)));
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
