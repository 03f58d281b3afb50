/**
 * The layout of a 1200×630 preview image as a plain element tree (the shape satori reads): the
 * title, the dates, and the period's band on the axis of the whole story (1654–2023). Pure: render.ts draws it.
 */
import { mergeBands, miniAxis } from '../timeline/mini-axis';
import { OG_IMAGE_SIZE, SITE_NAME } from '../seo';
import type { CollectionName } from '../chronology';
import type { Period } from '../dates';
import { allianceKicker } from '../site';
/** One node of the tree: a tag, a style, and children (text or nodes). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string };
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

// Light theme of props.css: preview images are seen outside the site, so one fixed palette.
const COLORS = { bg: '#fbfaf6', text: '#1c1b19', muted: '#5a5650', rule: '#cfc9bc', band: '#9c2a1b' };
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

export function cardTree(input: CardInput): CardNode {
  const first = input.highlight[0] ?? input.context[0]!;
  // One scale for all bands; context bands merged so the card stays small however many entries.
  const bands = [
    ...mergeBands(miniAxis(input.span, first, AXIS_WIDTH, input.context, 6).others).map((b) => ({ ...b, color: COLORS.rule })),
    ...miniAxis(input.span, first, AXIS_WIDTH, input.highlight, 8).others.map((b) => ({ ...b, color: COLORS.band })),
  ];
  const { ticks } = miniAxis(input.span, first, AXIS_WIDTH);
  const axis = div({ position: 'relative', width: AXIS_WIDTH, height: 96, flexDirection: 'column' }, [
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
    [
      div({ flexDirection: 'column', width: AXIS_WIDTH }, [
        div({ fontSize: 26, color: COLORS.muted, marginBottom: 20 }, input.kicker),
        div({ fontSize: titleSize(input.title), fontWeight: 700, lineHeight: 1.15 }, input.title),
        div({ fontSize: 34, marginTop: 24 }, input.dates),
      ]),
      axis,
    ],
  );
}

/** The kicker of an entry card: an alliance's count in the article, else the site's name. */
export function entryKicker(e: { collection: CollectionName; ordinal?: number }): string {
  return e.collection === 'alliances' && e.ordinal ? allianceKicker(e.ordinal) : SITE_NAME;
}
