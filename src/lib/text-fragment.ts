/**
 * Links to a sentence of a page with a URL text fragment (`#:~:text=`), built per the WICG Text
 * Fragments syntax: `text=[prefix-,]start[,end][,-suffix]`, each term percent-encoded, and `-`,
 * `&` and `,` (the directive's own punctuation) always encoded inside a term. Pure. The tests read
 * the links back with tests/support/text-directive.ts.
 */

/** Quotes up to this many characters are matched whole; longer ones as a `start,end` range. */
const MAX_EXACT = 80;
/** How many words each end of a range keeps. */
const EDGE_WORDS = 4;

/**
 * One term of a directive, percent-encoded. encodeURIComponent already encodes `&`, `,` and every
 * non-ASCII character (as UTF-8); it leaves `-` alone, which the directive would read as a prefix
 * or suffix marker, so that one is encoded by hand.
 */
export function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** White space as a browser renders it: runs collapsed to one space, none at either end. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The directive for a quotation: `text=<quote>`, or `text=<first words>,<last words>` for a long one. */
export function textDirective(quote: string): string {
  const text = collapse(quote);
  if (!text) throw new Error('textDirective: the quotation is empty.');
  const words = text.split(' ');
  if (text.length <= MAX_EXACT || words.length <= 2 * EDGE_WORDS) return `text=${encodeTerm(text)}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `text=${encodeTerm(start)},${encodeTerm(end)}`;
}

/** `url` with a text fragment that highlights `quote` (any fragment `url` had is replaced). */
export function textFragmentUrl(url: string, quote: string): string {
  return `${url.split('#')[0]}#:~:${textDirective(quote)}`;
}
