/**
 * A numbered link to one of an entry's sources, as <Cite> writes it in an entry's text and
 * <SourceRef> in its milestones, claims and corrections: what it shows and what it is called, written
 * once so that a screen reader hears the same source named the same way wherever it is cited.
 */
import { shorten } from './claims';
import { authorsAsShown } from './names';

/** What names a source: its title, and who wrote or published it. */
export interface NamedSource {
  title: string;
  author?: string | undefined;
  publisher?: string | undefined;
}

/** The visible text: the source's number in the entry's source list, in brackets, "[2]". */
export function sourceRefText(number: number): string {
  return `[${number}]`;
}

/**
 * Longest the part after "Source 2: " may be: a screen reader says the name at every citation, and a
 * full reference (one runs to 370 characters) buries the text it interrupts. The list has it in full.
 */
export const SOURCE_REF_NAME_MAX = 80;

/**
 * The accessible name (and the tooltip), e.g. "Source 2: Treaty of Nerchinsk, Wikipedia". It says
 * the number the reader sees, so a speech-input user can say it (label in name, WCAG 2.5.3), then
 * which source it is; the author, or else the publisher, tells apart two sources of one title. Past
 * SOURCE_REF_NAME_MAX characters the rest gives way to an ellipsis. `entry`, the short title of the
 * entry that lists the source, follows the number when another entry's name would be the same
 * (sourceRefNames decides).
 */
export function sourceRefName(number: number, source: NamedSource, entry?: string): string {
  const by = source.author ? authorsAsShown(source.author) : source.publisher;
  return `Source ${number}${entry ? ` in ${entry}` : ''}: ${shorten(`${source.title}${by ? `, ${by}` : ''}`, SOURCE_REF_NAME_MAX)}`;
}

/** The little of an entry that names its sources: its short title and its sources, in list order. */
export interface SourceRefEntry {
  data: { shortTitle: string; sources: readonly (NamedSource & { id: string })[] };
}

const namesCache = new WeakMap<readonly SourceRefEntry[], Map<string, string>>();

/**
 * Every source's name, by id, as the timeline page (which holds every entry) and every other page
 * call it. Entries list the same work under their own ids (the article is a source of each), so two
 * entries' "Source 13" can be one title with two destinations, and a screen reader's list of links
 * would offer two identical names (WCAG 2.4.4). Only such namesakes add their entry's short title,
 * "Source 13 in Karakhan and Sun, 1919–1927: …": the rest keep the short name, and the page its bytes.
 */
export function sourceRefNames(entries: readonly SourceRefEntry[]): Map<string, string> {
  const cached = namesCache.get(entries);
  if (cached) return cached;
  const plain = entries.flatMap((e) => e.data.sources.map((s, i) => ({ id: s.id, entry: e.data.shortTitle, number: i + 1, source: s, name: sourceRefName(i + 1, s) })));
  const ids = new Map<string, Set<string>>();
  for (const p of plain) ids.set(p.name, (ids.get(p.name) ?? new Set()).add(p.id));
  const names = new Map(plain.map((p) => [p.id, ids.get(p.name)!.size > 1 ? sourceRefName(p.number, p.source, p.entry) : p.name]));
  namesCache.set(entries, names);
  return names;
}

/**
 * The ids of several sources cited together, in the order of the entry's source list, so that a
 * reader meets "[2] [5] [9]" and not "[9] [2] [5]" (the order an editor happened to write them in).
 * An id the list does not hold keeps its place at the end, for the caller's own check to report.
 */
export function inListOrder(ids: readonly string[], sources: readonly { id: string }[]): string[] {
  const position = (id: string) => {
    const i = sources.findIndex((s) => s.id === id);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  return [...ids].sort((a, b) => position(a) - position(b));
}
