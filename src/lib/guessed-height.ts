/**
 * How tall an entry and each of its parts may be before they are drawn: the size content-visibility
 * gives a part it skips off screen (base.css reads it from data-guess). An upper bound at the
 * narrowest width the site is laid out for, 320 px, reckoned from the text the part shows.
 *
 * Why an upper bound: a tool that measures a page without scrolling it (Lighthouse's axe) lays a
 * skipped part's content out in place, inside the box its guess gives it. Content taller than its
 * box runs over whatever follows, and links from two entries then lie on each other. With every
 * part's guess at least its height, and each entry's guess the sum of its parts', nothing runs over.
 *
 * At 320 px a line of the text holds about 40 characters at a line height of about 27 px, 0.7 px a
 * character; measured on 29 November 2026, milestones, story, sources and corrections took 0.65 to
 * 0.90 px a character, a header with its facts up to 1.54 (short texts, large type), and a claim's
 * card about 500 px more than its words (verdict, quote, links). tests/e2e/skipped-parts.spec.ts holds
 * every guess above the real height at 320 and 412 px.
 */

/** Px a character of text takes at 320 px, at most (measured above: 0.65 to 0.90 in the lists and the story). */
export const PX_PER_CHARACTER = 1;
/** Px a part takes besides its text: its heading, margins, and text the front matter does not hold (dates written out, numbers). */
export const PART_ALLOWANCE = 500;
/** Px a claim's card takes besides its words: its verdict, its links (24 px each) and its spacing. */
export const CLAIM_ALLOWANCE = 600;

/** The characters of every string in `value` (front matter: strings, lists and objects of them). */
export function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + textLength(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, v) => sum + textLength(v), 0);
  return 0;
}

/** The guess for a part that shows `text` (0 for a part with nothing to show, which is not on the page). */
export function partGuess(text: unknown, allowance = 0): number {
  const length = textLength(text);
  return length === 0 ? 0 : Math.ceil(length * PX_PER_CHARACTER + PART_ALLOWANCE + allowance);
}

/** The little of an entry the guesses read. */
export interface Guessable {
  /** The MDX source of the story (markup counts as text: an upper bound). */
  body?: string | undefined;
  data: {
    milestones: readonly unknown[];
    claims: readonly unknown[];
    sources: readonly unknown[];
    corrections?: readonly unknown[] | undefined;
  };
}

/** Each skipped part's guess, in px, and the entry's: its parts' together with its header, facts and links. */
export function guessedHeights({ body, data }: Guessable): { milestones: number; body: number; claims: number; sources: number; corrections: number; entry: number } {
  const { milestones, claims, sources, corrections = [], ...rest } = data;
  const parts = {
    milestones: partGuess(milestones),
    body: partGuess(body ?? ''),
    claims: partGuess(claims, claims.length * CLAIM_ALLOWANCE),
    sources: partGuess(sources),
    corrections: partGuess(corrections),
  };
  // The header, the facts and the links are laid out with the entry, not skipped: one allowance for them.
  const entry = partGuess(rest) + PART_ALLOWANCE + Object.values(parts).reduce((a, b) => a + b, 0);
  return { ...parts, entry };
}
