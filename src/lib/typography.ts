/**
 * Typographic quotes for text that comes from front matter, so it matches the MDX prose (which the
 * Markdown pipeline already curls): People's → People’s, "no limits" → “no limits”.
 */

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
