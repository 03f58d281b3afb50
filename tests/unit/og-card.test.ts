/** The preview cards as element trees (src/lib/og/card.ts), before satori draws them. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_QUOTE_MAX, COLORS, VERDICT_COLORS, cardTree, claimCardTree, entryKicker, quoteSize, titleSize, type CardNode } from '../../src/lib/og/card';
import { SITE_NAME } from '../../src/lib/seo';
import { claimCard, entryCard } from '../fixtures/cards';
import { root } from '../support/site';
import { doubleQuoteFaults } from '../support/quotes.ts';

/** Every text in the tree, depth first. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const c = node.props.children;
  if (c === undefined) return [];
  return typeof c === 'string' ? [c] : c.flatMap(texts);
}

describe('cardTree', () => {
  it('shows the kicker, title, dates and both ends of the axis', () => {
    const all = texts(cardTree(entryCard));
    expect(all.slice(0, 3)).toEqual(['alliance 1 of 5', 'The Treaty of Nerchinsk', '1654 – 6 September 1689']);
    expect(all).toContain('1654');
    expect(all).toContain('2023');
  });
  it('keeps a day with its month in the title and in a claim’s words, where satori would part them', () => {
    const title = texts(cardTree({ ...entryCard, title: 'The “no limits” joint statement of 4 February 2022' }))[1];
    expect(title).toBe('The “no limits” joint statement of 4\u00a0February 2022');
    const claim = texts(claimCardTree({ ...claimCard, quote: 'On March 18, the ICC acted', conclusion: 'Wrong date: on 17 March 2023, for 20–22 March.' }));
    expect(claim).toContain('Wrong date: on 17\u00a0March 2023, for 20–22\u00a0March.');
  });
});

describe('claimCardTree', () => {
  const all = texts(claimCardTree(claimCard));

  it('shows the quote shortened with an ellipsis, the verdict, the conclusion and the entry’s period', () => {
    const quote = all.find((t) => t.startsWith('“'))!;
    expect(quote.endsWith('…”')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(CARD_QUOTE_MAX + 2);
    expect(claimCard.quote.startsWith(quote.slice(1, -2))).toBe(true);
    expect(all).toContain('Inaccurate');
    expect(all).toContain(claimCard.conclusion);
    expect(all).toContain('Li–Lobanov, 1896–1900 · 3 June 1896 – June 1900');
    expect(all).toContain('1654');
  });

  it('turns a quotation inside the quote single, and closes it where the cut falls inside it', () => {
    const quote = `The fifth incident was in 1950 when the CCP and the Soviet Union signed the “Sino-Soviet Treaty of Friendship, Alliance, and Mutual Assistance.” ${'However, the relationship deteriorated. '.repeat(3)}`;
    const shown = texts(claimCardTree({ ...claimCard, quote })).find((t) => t.startsWith('“'))!;
    expect(shown).toContain('the ‘Sino-Soviet Treaty');
    expect(doubleQuoteFaults(shown)).toEqual([]);
    const cutInside = texts(claimCardTree({ ...claimCard, quote: quote.replace('Mutual Assistance.”', `${'and of more '.repeat(12)}Mutual Assistance.”`) })).find((t) => t.startsWith('“'))!;
    expect(cutInside.endsWith('…’”'), cutInside).toBe(true);
    expect(doubleQuoteFaults(cutInside)).toEqual([]);
  });

  it('keeps a short quote whole', () => {
    expect(texts(claimCardTree({ ...claimCard, quote: 'on charges of war crimes' }))).toContain('“on charges of war crimes”');
  });

  it('draws the verdict’s symbol (the font has none of ✓ ≈ ✗)', () => {
    const svg = JSON.stringify(claimCardTree(claimCard));
    expect(svg).toContain('"type":"svg"');
    expect(svg).not.toMatch(/[✓≈✗]/);
  });
});

// satori boxes are content-box: the card's size plus padding and border must come to 1200×630.
describe.each([
  ['cardTree', () => cardTree(entryCard)],
  ['claimCardTree', () => claimCardTree(claimCard)],
])('%s', (_, tree) => {
  it('fills 1200×630 exactly once padding and border are added', () => {
    const style = tree().props.style!;
    const border = Number.parseInt(String(style.borderTop), 10);
    expect([Number(style.width) + 2 * Number(style.padding), Number(style.height) + 2 * Number(style.padding) + border]).toEqual([1200, 630]);
  });
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

describe('the card palette', () => {
  // The light theme: the first block of custom properties in props.css, before any media query.
  const css = readFileSync(join(root, 'src/styles/props.css'), 'utf8');
  const light = css.slice(0, css.indexOf('@media'));
  const prop = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})`).exec(light)?.[1]?.toLowerCase();

  it.each(Object.entries(COLORS))('uses the site’s light --color-%s', (name, value) => {
    expect(prop(`color-${name}`)).toBe(value.toLowerCase());
  });
  it.each(Object.entries(VERDICT_COLORS))('uses the site’s light --verdict-%s', (name, value) => {
    expect(prop(`verdict-${name}`)).toBe(value.toLowerCase());
  });
});
