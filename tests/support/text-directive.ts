/**
 * Reads a URL text fragment (`#:~:text=`) back, for the tests: its directive decoded into terms, and
 * the passage of a text a browser would highlight for it. The site only builds these links
 * (src/lib/text-fragment.ts); this is the other side, so the tests can check that each built link
 * decodes to the article's own words and lands on the claim it is for.
 */

/** A text directive, decoded: the text that starts the match, and where given the text that ends it. */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/**
 * White space as a browser renders it: runs collapsed to one space, none at either end. Written here
 * apart from the builder's own, on purpose: this side models the browser, and must not share a
 * mistake with the code it checks.
 */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads the text directive of a URL or fragment back into its decoded terms (undefined when none). */
export function parseTextDirective(urlOrFragment: string): TextDirective | undefined {
  const hash = urlOrFragment.slice(urlOrFragment.indexOf('#') + 1);
  const directives = hash.split(':~:')[1];
  if (directives === undefined) return undefined;
  const text = directives.split('&').find((d) => d.startsWith('text='));
  if (!text) return undefined;
  const terms = text.slice('text='.length).split(',');
  const out: TextDirective = { start: '' };
  if (terms[0]?.endsWith('-')) out.prefix = decodeURIComponent(terms.shift()!.slice(0, -1));
  if (terms.at(-1)?.startsWith('-')) out.suffix = decodeURIComponent(terms.pop()!.slice(1));
  if (terms.length < 1 || terms.length > 2) throw new Error(`parseTextDirective: malformed directive "${text}"`);
  out.start = decodeURIComponent(terms[0]!);
  if (terms[1] !== undefined) out.end = decodeURIComponent(terms[1]);
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
/** True when `text[at]` starts a word and `text[to - 1]` ends one (a browser matches whole words). */
function atWordBounds(text: string, at: number, to: number): boolean {
  const before = text[at - 1];
  const after = text[to];
  return !(before && WORD.test(before) && WORD.test(text[at]!)) && !(after && WORD.test(after) && WORD.test(text[to - 1]!));
}

function findWord(text: string, term: string, from: number): number {
  for (let at = text.indexOf(term, from); at >= 0; at = text.indexOf(term, at + 1)) {
    if (atWordBounds(text, at, at + term.length)) return at;
  }
  return -1;
}

/**
 * The passage of `text` that a browser would highlight for `directive`, found as the spec's search
 * does in plain text: the first whole-word match of start (after prefix, when given), ignoring case
 * as browsers do, then the first match of end after it. Undefined when nothing matches.
 */
export function resolveTextDirective(text: string, directive: TextDirective): string | undefined {
  const original = collapse(text);
  // Lower case keeps every index here (no character of the article changes length when lowered).
  const lower = original.toLowerCase();
  const haystack = lower.length === original.length ? lower : original;
  const fold = (s: string) => (haystack === lower ? s.toLowerCase() : s);
  const start = fold(directive.start);
  const needle = directive.prefix ? `${fold(directive.prefix)} ${start}` : start;
  for (let at = findWord(haystack, needle, 0); at >= 0; at = findWord(haystack, needle, at + 1)) {
    const from = directive.prefix ? at + directive.prefix.length + 1 : at;
    let to = from + start.length;
    if (directive.end !== undefined) {
      const end = fold(directive.end);
      const endAt = findWord(haystack, end, to);
      if (endAt < 0) return undefined;
      to = endAt + end.length;
    }
    if (directive.suffix !== undefined && !haystack.startsWith(` ${fold(directive.suffix)}`, to)) continue;
    return original.slice(from, to);
  }
  return undefined;
}
