/**
 * Typographic quotes for text that comes from front matter, so it matches the MDX prose (which the
 * Markdown pipeline already curls): People's → People’s, "no limits" → “no limits”.
 */
import { MONTH_NAMES } from './dates.ts';

/** Straight quotes in a string turned typographic: an opening quote after a space or bracket, else a closing one (and the apostrophe). */
export function typographic(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013/-])"(?=\S)/g, '$1\u201c')
    .replace(/"/g, '\u201d')
    .replace(/(^|[\s([{\u201c\u2014\u2013/-])'(?=\S)/g, '$1\u2018')
    .replace(/'/g, '\u2019');
}

/** Fields that are kept as written: the article's own words, and machine values. */
const VERBATIM = new Set(['quote', 'url', 'href', 'anchor', 'id', 'lang', 'date', 'julian']);

/** A copy of front-matter data with every string made typographic, except in VERBATIM fields; Dates and other objects kept as they are. */
export function typographicData<T>(value: T, key?: string): T {
  if (typeof value === 'string') return (key && VERBATIM.has(key) ? value : typographic(value)) as T;
  if (Array.isArray(value)) return value.map((v) => typographicData(v, key)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typographicData(v, k)])) as T;
  }
  return value;
}

/**
 * The full stop that closes a title or a name in a reference list, unless it already ends in one, or in
 * a question or exclamation mark ("Impunity in Check?" takes none): "" or ".".
 */
export function closingStop(text: string): string {
  return /[.?!…][\u2019\u201d'")\]]*$/.test(text.trim()) ? '' : '.';
}

/** Elements whose content is left as written: raw text (scripts, styles, the document's title) and SVG, whose text never wraps and takes no <span>. */
const UNWRAPPED = /^<(script|style|textarea|title|svg)\b/i;

/** Elements that have no closing tag. */
const VOID = /^<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/i;

/** An opening tag of the class that hides its text from the screen (base.css), not its -focusable kind. */
const VISUALLY_HIDDEN = /^<[a-z][^>]*\sclass="(?:[^"]*\s)?visually-hidden(?:\s[^"]*)?"/i;

/**
 * Two words or numbers joined by an en dash, which a browser may break after: ranges of years
 * (1654–1689, 1904–05), days (20–22), pages (232–235) and months (March–July), and pairs of names
 * (Li–Lobanov, Sun–Joffe). tests/e2e/typography.spec.ts looks for the same pairs on the pages.
 */
export const EN_DASH_PAIR = /[\p{L}\p{N}]+\u2013[\p{L}\p{N}]+/gu;

/** A day and its month, or a range of days and its month ("4 February", "20–22 March"): a line should not part them. The months are named as formatDate writes them (MONTH_NAMES). */
export const DAY_AND_MONTH = new RegExp(`\\b(\\d{1,2}(?:\\u2013\\d{1,2})?) (${MONTH_NAMES.join('|')})\\b`, 'gu');

/**
 * A text with each day joined to its month by a no-break space (U+00A0), for text that no browser
 * lays out: the preview cards, which satori sets, broke a title as "… statement of 4 / February 2022".
 */
export function keepDayWithMonth(text: string): string {
  return text.replace(DAY_AND_MONTH, '$1\u00a0$2');
}

/**
 * What a page keeps on one line: a day with its month (DAY_AND_MONTH, first, so that "20–22 March" is
 * one piece) or a pair joined by an en dash (EN_DASH_PAIR).
 */
export const KEPT_TOGETHER = new RegExp(`${DAY_AND_MONTH.source}|${EN_DASH_PAIR.source}`, 'gu');

/**
 * A page's HTML with each pair joined by an en dash (EN_DASH_PAIR) and each day with its month
 * (DAY_AND_MONTH) kept on one line, `<span class="nowrap">1654–1689</span>`, `<span class="nowrap">4 February</span>`:
 * a browser may break a line after an en dash, and "1654–" at the end of one line with "1689" on the
 * next reads as two dates; a day alone at the end of a line ("statement of 4 / February 2022") is
 * parted from what it counts. A date in a <time> is kept whole by base.css; these are dates in text. Only text between tags changes: attributes, comments, scripts, styles,
 * the title and SVG are copied as they are, and so is text read out but never shown (.visually-hidden);
 * the text itself (what a screen reader says, what a search finds, what is copied) stays the same.
 */
export function keepRangesTogether(html: string): string {
  let out = '';
  let skip: string | undefined;
  let depth = 0;
  // Depth inside an element that is read out but not shown: its text never wraps on screen.
  let hidden = 0;
  const token = /<!--[\s\S]*?-->|<[^>]*>|[^<]+/g;
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const t = m[0];
    if (t[0] !== '<') {
      out += skip || hidden ? t : t.replace(KEPT_TOGETHER, '<span class="nowrap">$&</span>');
      continue;
    }
    out += t;
    if (hidden) {
      if (t.startsWith('</')) hidden--;
      else if (!t.startsWith('<!') && !t.endsWith('/>') && !VOID.test(t)) hidden++;
      continue;
    }
    if (VISUALLY_HIDDEN.test(t)) {
      hidden = 1;
      continue;
    }
    if (skip === 'svg') {
      // SVG may hold SVG: count to the <svg> that closes the first.
      if (/^<svg\b/i.test(t) && !t.endsWith('/>')) depth++;
      else if (/^<\/svg\s*>/i.test(t) && --depth === 0) skip = undefined;
      continue;
    }
    const raw = UNWRAPPED.exec(t)?.[1]?.toLowerCase();
    if (!raw || t.endsWith('/>')) continue;
    if (raw === 'svg') {
      skip = 'svg';
      depth = 1;
      continue;
    }
    // Raw text may hold "<" and ">" that are not tags: copy it whole, up to its closing tag.
    const end = html.toLowerCase().indexOf(`</${raw}`, token.lastIndex);
    const stop = end < 0 ? html.length : end;
    out += html.slice(token.lastIndex, stop);
    token.lastIndex = stop;
  }
  return out;
}
