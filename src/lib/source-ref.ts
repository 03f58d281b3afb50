/**
 * A numbered link to one of an entry's sources, as <Cite> writes it in an entry's text and
 * <SourceRef> in its milestones, claims and corrections: what it shows and what it is called, written
 * once so that a screen reader hears the same source named the same way wherever it is cited.
 */
import { shorten } from './claims';

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
 * SOURCE_REF_NAME_MAX characters the rest gives way to an ellipsis.
 */
export function sourceRefName(number: number, source: NamedSource): string {
  const by = source.author ?? source.publisher;
  return `Source ${number}: ${shorten(`${source.title}${by ? `, ${by}` : ''}`, SOURCE_REF_NAME_MAX)}`;
}
