/**
 * A numbered link to one of an entry's sources, as <Cite> writes it in an entry's text and
 * <SourceRef> in its milestones, claims and corrections: what it shows and what it is called, written
 * once so that a screen reader hears the same source named the same way wherever it is cited.
 */

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
 * The accessible name (and the tooltip), e.g. "Source 2: Treaty of Nerchinsk, Wikipedia". It says
 * the number the reader sees, so a speech-input user can say it (label in name, WCAG 2.5.3), then
 * which source it is; the author, or else the publisher, tells apart two sources of one title.
 */
export function sourceRefName(number: number, source: NamedSource): string {
  const by = source.author ?? source.publisher;
  return `Source ${number}: ${source.title}${by ? `, ${by}` : ''}`;
}
