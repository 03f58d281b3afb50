/**
 * The article's claims as a list of their own: in the order the article makes them, with the path of
 * each claim's page and card, the counts per verdict, and text shortened for tight spaces. Pure.
 */
import { verdicts, type Verdict } from './verdicts';

/** The little of an entry that the claims list needs (a TimelineEntry fits). */
export interface ClaimHolder<C extends { id: string; quote: string; verdict: Verdict }> {
  id: string;
  data: { claims: readonly C[] };
}

/** One claim with the entry it belongs to and where its quote starts in the article. */
export interface PlacedClaim<C, E> {
  claim: C;
  entry: E;
  /** Character offset of the quote in the article's text. */
  offset: number;
}

/**
 * Every claim of every entry, in the order its quote appears in `article`. A quote that is not in
 * the article word for word stops the build, naming the entry and the claim.
 */
export function claimsInArticleOrder<C extends { id: string; quote: string; verdict: Verdict }, E extends ClaimHolder<C>>(
  entries: readonly E[],
  article: string,
): PlacedClaim<C, E>[] {
  const placed: PlacedClaim<C, E>[] = [];
  const missing: string[] = [];
  for (const entry of entries) {
    for (const claim of entry.data.claims) {
      const offset = article.indexOf(claim.quote);
      if (offset < 0) missing.push(`${entry.id}: claim "${claim.id}" quotes words that are not in the article`);
      else placed.push({ claim, entry, offset });
    }
  }
  if (missing.length) throw new Error(`Claims must quote the article word for word:\n  ${missing.join('\n  ')}`);
  // Two quotes starting at one place: the shorter (the narrower claim) first, then by id.
  return placed.sort(
    (a, b) => a.offset - b.offset || a.claim.quote.length - b.claim.quote.length || a.claim.id.localeCompare(b.claim.id),
  );
}

/** How many claims have each verdict, every verdict present (0 where none). */
export function verdictCounts(claims: readonly { verdict: Verdict }[]): Record<Verdict, number> {
  const counts = Object.fromEntries(verdicts.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of claims) counts[c.verdict] += 1;
  return counts;
}

/**
 * The sources a claim cites, taken from its entry's sources, in the order the claim gives them: what
 * a claim's page lists and what its citation files hold. An id the entry does not list stops the build.
 */
export function claimSources<S extends { id: string }>(claim: { id: string; sources: readonly string[] }, sources: readonly S[]): S[] {
  return claim.sources.map((id) => {
    const source = sources.find((s) => s.id === id);
    if (!source) throw new Error(`Claim "${claim.id}" cites source "${id}", which its entry does not list`);
    return source;
  });
}

/** The list of all claims, relative to the site's base. */
export const CLAIMS_PATH = 'claims/';

/** A claim's own page, relative to the site's base: "claims/<id>/". */
export function claimPath(id: string): string {
  return `${CLAIMS_PATH}${id}/`;
}

/** The anchor of a verdict's section on the claims page. */
export function verdictSectionId(verdict: Verdict): string {
  return `verdict-${verdict}`;
}

/**
 * `text` cut to at most `max` characters at a word boundary, with an ellipsis, or unchanged when it
 * fits. Trailing punctuation before the cut goes, so that no "word,…" is left.
 */
export function shorten(text: string, max: number): string {
  if (max < 2) throw new Error(`shorten: max must be at least 2, got ${max}`);
  if (text.length <= max) return text;
  const room = text.slice(0, max); // leaves one character for the ellipsis after trimming below
  const space = room.lastIndexOf(' ', max - 1);
  const cut = (space > max / 2 ? room.slice(0, space) : room.slice(0, max - 1)).replace(/[\s,;:.–—-]+$/u, '');
  return `${cut}…`;
}

/**
 * The article's words set in the site's own text: in double quotes, shortened to `max` characters
 * (as `shorten` does) when a limit is given. A quotation inside them turns single, as a quotation
 * within a quotation does (“… signed the ‘Sino-Soviet Treaty …’ …”), and one that the cut leaves
 * open is closed before the outer quote, so that no reader or link preview sees a double quote open
 * inside another, or one that never closes.
 */
export function quoted(text: string, max?: number): string {
  const words = max === undefined ? text : shorten(text, max);
  let open = 0;
  const inner = words.replace(/[“”]/g, (mark) => {
    if (mark === '“') {
      open++;
      return '‘';
    }
    open = Math.max(0, open - 1);
    return '’';
  });
  return `“${inner}${'’'.repeat(open)}”`;
}
