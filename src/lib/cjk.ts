/**
 * Which characters of a text need a CJK font, and how to name them in a @font-face's unicode-range; and
 * which runs of a plain text are Chinese or Russian, to be marked with their language.
 */

/** Han ideographs, CJK symbols and punctuation (U+3000–303F), half- and full-width forms (U+FF00–FFEF). */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu;

/** The distinct CJK characters of a text, in code point order. */
export function cjkCharacters(text: string): string[] {
  const found = new Set(text.match(CJK) ?? []);
  return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/** The language a run of Chinese in plain text is marked with: the site writes Chinese in simplified characters. */
export const CHINESE_TEXT_LANG = 'zh-Hans';

/** The language a run of Russian (Cyrillic) in plain text is marked with. */
export const RUSSIAN_TEXT_LANG = 'ru';

/** One stretch of a text: Chinese or Russian (`lang` set), or neither. */
export interface TextRun {
  text: string;
  lang?: string;
}

/**
 * A plain text (a front-matter note, a source's title, a correction) cut into its Chinese, Russian and
 * other runs, so that each Chinese or Russian run can be marked with its language: a screen reader then
 * reads it with a Chinese or Russian voice (WCAG 3.1.2), and the CJK font applies to the Chinese
 * (props.css names the subset font for :lang(zh) only). A Russian run goes from its first Cyrillic
 * letter to its last, with the spaces, digits and punctuation between them ("Москва, 22 мая (3 июня)
 * 1896 г"). Joining the runs' text gives the text back.
 */
export function languageRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(LANGUAGE_RUN)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index) });
    runs.push({ text: m[0], lang: m.groups?.zh ? CHINESE_TEXT_LANG : RUSSIAN_TEXT_LANG });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
const CYRILLIC = /\p{Script=Cyrillic}+/u;
const LANGUAGE_RUN = new RegExp(`(?<zh>${CJK.source}+)|(?<ru>${CYRILLIC.source}(?:[^\\p{L}]*${CYRILLIC.source})*)`, 'gu');

/** A unicode-range value for exactly these characters, runs of consecutive code points merged: "U+4E2D-4E2E, U+56FE". */
export function unicodeRange(chars: readonly string[]): string {
  const points = [...new Set(chars.map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase();
  const parts: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(points[i]!)}` : `U+${hex(points[i]!)}-${hex(points[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** The family the build's subset font is declared as; props.css names it in --font-cjk, the stack of text marked :lang(zh). */
export const CJK_FONT_FAMILY = 'Noto Serif SC Subset';

/**
 * The @font-face for the subset: a CJK font the reader already has comes first (local()), the subset
 * only for the characters the site renders (unicode-range, so a page without them never fetches it),
 * and text shows in a fallback font until it arrives (font-display: swap).
 */
export function cjkFontFace(fontUrl: string, chars: readonly string[]): string {
  const local = ['Noto Serif CJK SC', 'NotoSerifCJKsc-Regular', 'Noto Serif SC', 'NotoSerifSC-Regular', 'Source Han Serif SC'];
  return [
    '@font-face {',
    `  font-family: "${CJK_FONT_FAMILY}";`,
    '  font-style: normal;',
    '  font-weight: 400;',
    '  font-display: swap;',
    `  src: ${local.map((n) => `local("${n}")`).join(', ')}, url("${fontUrl}") format("woff2");`,
    `  unicode-range: ${unicodeRange(chars)};`,
    '}',
    '',
  ].join('\n');
}
