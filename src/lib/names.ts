/**
 * People's names as a source's `author` field writes them, read once for every use: shown in a
 * reference, split into family and given names for the citation files, and sorted in the
 * bibliography by family name.
 *
 * The field's convention (src/schemas/source.ts): several people are joined with " and " or ";";
 * a name is written in the order it is read ("Bruce A. Elleman"), except that a name whose family
 * name comes first (Chinese, Korean, Japanese: "Zhang, Deguang") marks the end of the family name
 * with a comma; and "(ed.)" or "(eds.)" at the end says the people named edited the work.
 */

/** A CSL name: a person split into family and given names, or an organisation as one literal. */
export type CslName =
  | { family: string; given?: string; 'non-dropping-particle'?: string; 'static-ordering'?: boolean }
  | { literal: string };

/** Who made a work, as CSL has it: its authors, or the editors of a collection. */
export interface Creators {
  role: 'author' | 'editor';
  names: CslName[];
}

const PARTICLES = new Set(['van', 'von', 'de', 'da', 'der', 'den', 'del', 'della', 'di', 'du', 'la', 'le']);
const EDITED = /\s*\((eds?)\.\)\s*$/;
const JOINERS = /(\s*;\s*|\s+and\s+)/;

/** One person's name as CSL reads it. */
function parseName(name: string): CslName {
  const comma = name.indexOf(',');
  // Family name first: kept in that order wherever a citation prints it (CSL's static ordering).
  if (comma > 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim(), 'static-ordering': true };
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return { literal: words[0]! };
  const family = words.pop()!;
  const particle: string[] = [];
  while (words.length > 1 && PARTICLES.has(words.at(-1)!)) particle.unshift(words.pop()!);
  return { family, given: words.join(' '), ...(particle.length ? { 'non-dropping-particle': particle.join(' ') } : {}) };
}

/** An author field as CSL creators: the people, and whether they wrote the work or edited it. */
export function parseCreators(text: string): Creators {
  const role = EDITED.test(text) ? 'editor' : 'author';
  const names = text
    .replace(EDITED, '')
    .split(JOINERS)
    .filter((part, i) => i % 2 === 0 && part.trim())
    .map(parseName);
  return { role, names };
}

/** An author field's people as CSL names (an editor's "(ed.)" left out: parseCreators keeps it). */
export function parseAuthors(text: string): CslName[] {
  return parseCreators(text).names;
}

/**
 * An author field as a reader sees it: each name in the order it is read, the comma that marks a
 * family name written first taken out ("Zhang, Deguang" is shown "Zhang Deguang").
 */
export function authorsAsShown(text: string): string {
  return text
    .split(JOINERS)
    .map((part, i) => (i % 2 === 0 ? part.replace(/^([^,]+),\s*(.+)$/, '$1 $2') : part))
    .join('');
}

/** A leading "The", "A" or "An", which a reference list passes over when it sorts. */
const ARTICLE = /^(the|an?)\s+/i;

/**
 * What a reference list sorts a work by: its first person's family name, then given names, or,
 * where no person is named, the publisher, in each case passing over a leading article.
 */
export function creatorSortKey(work: { author?: string | undefined; publisher?: string | undefined }): string {
  const first = work.author ? parseAuthors(work.author)[0] : undefined;
  if (first) return 'family' in first ? `${first.family} ${first.given ?? ''}`.trim() : first.literal.replace(ARTICLE, '');
  return (work.publisher ?? '').replace(ARTICLE, '');
}

/** A title as a reference list sorts it: passing over a leading article. */
export function titleSortKey(title: string): string {
  return title.replace(/^[“"‘']/, '').replace(ARTICLE, '');
}
