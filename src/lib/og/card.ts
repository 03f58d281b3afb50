/**
 * The layout of a 1200×630 preview image as a plain element tree (the shape satori reads): the
 * title, the dates, and the period's band on the axis of the whole story (1654–2023). Pure: render.ts draws it.
 */
import { mergeBands, miniAxis } from '../timeline/mini-axis';
import { OG_IMAGE_SIZE, SITE_NAME } from '../seo';
import type { CollectionName } from '../chronology';
import type { Period } from '../dates';
import { allianceKicker, ARTICLE } from '../site';
import { formatDate } from '../dates';
import { quoted } from '../claims';
import { keepDayWithMonth } from '../typography';
import { verdictInfo, type Verdict } from '../verdicts';

/** One node of the tree: a tag, a style, and children (text or nodes); svg and path draw symbols. */
export interface CardNode {
  type: 'div' | 'svg' | 'path';
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | string;
    [attribute: string]: unknown;
  };
}


export interface CardInput {
  /** The big line: the entry's title (or the site's). */
  title: string;
  /** The dates as readers see them, e.g. "1654 – 6 September 1689". */
  dates: string;
  /** A small line above the title, e.g. "Alliance 1 of 5 in the article" or the site name. */
  kicker: string;
  /** The story's span, the axis's ends (`timelineDomain` of the entries). */
  span: readonly [Date, Date];
  /** The periods drawn as bands: `highlight` strongly, `context` faintly. */
  highlight: Period[];
  context: Period[];
}

// Light theme of props.css (--color-*): preview images are seen outside the site, so one fixed
// palette; og-card.test.ts checks it against props.css.
export const COLORS = { bg: '#fbfaf6', text: '#1c1b19', muted: '#5a5650', rule: '#cfc9bc', band: '#9c2a1b' };
const PAD = 72;
const BORDER = 12;
const AXIS_WIDTH = OG_IMAGE_SIZE.width - 2 * PAD;

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, ...(children !== undefined ? { children } : {}) },
});

/** Font size that keeps long titles to about three lines. */
export function titleSize(title: string): number {
  if (title.length <= 40) return 68;
  if (title.length <= 70) return 58;
  if (title.length <= 100) return 50;
  return 42;
}

/** The story's axis with the highlighted periods in the accent colour over the others in grey. */
function axisNode(span: readonly [Date, Date], highlight: Period[], context: Period[]): CardNode {
  const first = highlight[0] ?? context[0]!;
  // One scale for all bands; context bands merged so the card stays small however many entries.
  const bands = [
    ...mergeBands(miniAxis(span, first, AXIS_WIDTH, context, 6).others).map((b) => ({ ...b, color: COLORS.rule })),
    ...miniAxis(span, first, AXIS_WIDTH, highlight, 8).others.map((b) => ({ ...b, color: COLORS.band })),
  ];
  const { ticks } = miniAxis(span, first, AXIS_WIDTH);
  return div({ position: 'relative', width: AXIS_WIDTH, height: 96, flexDirection: 'column' }, [
    // Baseline, then bands over it, then tick labels under it.
    div({ position: 'absolute', left: 0, top: 38, width: AXIS_WIDTH, height: 2, backgroundColor: COLORS.muted }),
    ...bands.map((b) => div({ position: 'absolute', left: b.x, top: 14, width: b.width, height: 50, backgroundColor: b.color })),
    ...ticks.map((t, i) =>
      div(
        {
          position: 'absolute',
          top: 70,
          // First label starts at its tick, last ends at it, the others are centred.
          left: i === 0 ? t.x : i === ticks.length - 1 ? t.x - 64 : t.x - 32,
          width: 64,
          justifyContent: i === 0 ? 'flex-start' : i === ticks.length - 1 ? 'flex-end' : 'center',
          fontSize: 22,
          color: COLORS.muted,
        },
        t.label,
      ),
    ),
  ]);
}

/** The card's frame: background, padding and the accent rule along the top, around `children`. */
function frame(children: CardNode[]): CardNode {
  return div(
    {
      // satori sizes boxes without their padding and border (content-box), so subtract them.
      width: OG_IMAGE_SIZE.width - 2 * PAD,
      height: OG_IMAGE_SIZE.height - 2 * PAD - BORDER,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: PAD,
      backgroundColor: COLORS.bg,
      color: COLORS.text,
      fontFamily: 'Noto Serif',
      borderTop: `${BORDER}px solid ${COLORS.band}`,
    },
    children,
  );
}

export function cardTree(input: CardInput): CardNode {
  return frame([
    div({ flexDirection: 'column', width: AXIS_WIDTH }, [
      div({ fontSize: 26, color: COLORS.muted, marginBottom: 20 }, input.kicker),
      div({ fontSize: titleSize(input.title), fontWeight: 700, lineHeight: 1.15 }, keepDayWithMonth(input.title)),
      div({ fontSize: 34, marginTop: 24 }, input.dates),
    ]),
    axisNode(input.span, input.highlight, input.context),
  ]);
}

/** The kicker of an entry card: an alliance's count in the article, else the site's name. */
export function entryKicker(e: { collection: CollectionName; ordinal?: number }): string {
  return e.collection === 'alliances' && e.ordinal ? allianceKicker(e.ordinal) : SITE_NAME;
}

// The verdicts' light-theme colours (props.css --verdict-*, dark enough for white text on them);
// og-card.test.ts checks them against props.css.
export const VERDICT_COLORS: Record<Verdict, string> = {
  accurate: '#1f6b3a',
  imprecise: '#7d5200',
  inaccurate: '#a3231b',
  unverified: '#55566a',
};

/**
 * The verdict's symbol as a drawing: the card's font has no ✓, ≈ or ✗, and a missing glyph would
 * leave the badge with a gap. Strokes on a 36×36 grid.
 */
const SYMBOL_PATHS: Record<Verdict, string> = {
  accurate: 'M6 19 L14 27 L30 9',
  imprecise: 'M5 14 Q11.5 8 18 14 T31 14 M5 25 Q11.5 19 18 25 T31 25',
  inaccurate: 'M8 8 L28 28 M28 8 L8 28',
  unverified: 'M11 12 Q11 5 18 5 Q25 5 25 11.5 Q25 16 18 19 L18 24 M18 30 L18 31',
};

function symbolNode(verdict: Verdict, size: number): CardNode {
  return {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: '0 0 36 36',
      children: [
        {
          type: 'path',
          props: { d: SYMBOL_PATHS[verdict], fill: 'none', stroke: '#ffffff', strokeWidth: 4.5, strokeLinecap: 'round', strokeLinejoin: 'round' },
        },
      ],
    },
  };
}

export interface ClaimCardInput {
  /** The article's words, as quoted. */
  quote: string;
  /** The verdict. */
  verdict: Verdict;
  /** The finding in one sentence. */
  conclusion: string;
  /** The entry's short title and its dates as readers see them, e.g. "Nerchinsk, 1654–1689". */
  entry: string;
  dates: string;
  /** The story's span, the axis's ends. */
  span: readonly [Date, Date];
  /** The entry's period, drawn strongly, and the others', faintly. */
  highlight: Period[];
  context: Period[];
}

/** The most characters of a quote the card shows (about four lines at its size). */
export const CARD_QUOTE_MAX = 170;

/** Font size that keeps a quote to about four lines. */
export function quoteSize(quote: string): number {
  if (quote.length <= 70) return 48;
  if (quote.length <= 120) return 40;
  return 36;
}

/** A claim's card: the quote (shortened with an ellipsis where it must be), the verdict, the conclusion and the entry's period. */
export function claimCardTree(input: ClaimCardInput): CardNode {
  const quote = quoted(input.quote, CARD_QUOTE_MAX);
  const { label } = verdictInfo[input.verdict];
  const color = VERDICT_COLORS[input.verdict];
  const badge = div(
    { alignItems: 'center', backgroundColor: color, color: '#ffffff', padding: '6px 16px 6px 10px', borderRadius: 6, fontSize: 30, fontWeight: 700, flexShrink: 0 },
    [symbolNode(input.verdict, 34), div({ marginLeft: 10 }, label)],
  );
  return frame([
    div({ flexDirection: 'column', width: AXIS_WIDTH }, [
      div({ fontSize: 24, color: COLORS.muted, marginBottom: 14 }, `${ARTICLE.publisher}, ${formatDate({ date: ARTICLE.date, precision: 'month' })} · checked against the record`),
      div({ fontSize: quoteSize(quote), lineHeight: 1.22 }, keepDayWithMonth(quote)),
      div({ alignItems: 'flex-start', marginTop: 22 }, [
        badge,
        div({ fontSize: 26, lineHeight: 1.3, marginLeft: 20, color: COLORS.text }, keepDayWithMonth(input.conclusion)),
      ]),
    ]),
    div({ flexDirection: 'column', width: AXIS_WIDTH }, [
      div({ fontSize: 24, color: COLORS.muted, marginBottom: 2 }, `${input.entry} · ${input.dates}`),
      axisNode(input.span, input.highlight, input.context),
    ]),
  ]);
}
