/**
 * An entry's corrections as readers and machines see them, and the one answer to "when did this
 * entry last change?" (JSON-LD `dateModified`, timeline.json, citations).
 */

import { SITE_PUBLISHED } from './site';

/** The little of a correction this module reads. */
export interface Dated {
  /** YYYY-MM-DD. */
  date: string;
}

/**
 * Newest first, as the Corrections list shows them; corrections of one day keep their order.
 * Undefined counts as none: Astro's content cache can hold entries parsed before the field existed.
 */
export function newestFirst<C extends Dated>(corrections: readonly C[] | undefined): C[] {
  return [...(corrections ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/**
 * The day an entry last changed, YYYY-MM-DD: its latest published correction. Undefined for an
 * entry that has never been corrected (the site records no other change date).
 */
export function lastChanged(entry: { corrections?: readonly Dated[] | undefined }): string | undefined {
  return newestFirst(entry.corrections)[0]?.date;
}

/**
 * The date a citation of an entry's page gives: the day it last changed, or, for a page never
 * corrected, the day the site first published it.
 */
export function citedDate(entry: { corrections?: readonly Dated[] | undefined }): string {
  return lastChanged(entry) ?? SITE_PUBLISHED;
}
