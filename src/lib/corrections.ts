/**
 * An entry's corrections as readers and machines see them, and the one answer to "when did this
 * entry last change?" (JSON-LD `dateModified`, timeline.json, citations); and the site's corrections
 * together, for the corrections page and its feed.
 */

import { SITE_PUBLISHED } from './site';
import { formatDate, startOf } from './dates';
import { correctionAnchor } from './anchors';

/** The page that lists every correction of the site, newest first (inside the site, without the base). */
export const CORRECTIONS_PATH = 'corrections/';
/** Its RSS feed, for readers and citers who want to hear of a correction. */
export const CORRECTIONS_FEED_PATH = `${CORRECTIONS_PATH}feed.xml`;

/** The little of a correction this module reads. */
export interface Dated {
  /** YYYY-MM-DD. */
  date: string;
}

/**
 * Newest first, as the Corrections list shows them; corrections of one day keep their order (the
 * front matter's, which is newest first).
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

/**
 * Which of its day's corrections each one is, counted from the day's first, and how many that day
 * has: the one count behind a correction's fragment id and its feed title. The list is in the front
 * matter's order, newest first (a new one goes at the top; a content test holds the dates in that
 * order), so a day's first is the last of that day in the list, and one added later never renumbers
 * an earlier one. `day` says what counts as one day's corrections (for the whole site, an entry's
 * day: its id and the date).
 */
export function numberedWithinDay<C>(corrections: readonly C[], day: (correction: C) => string): { nth: number; ofDay: number }[] {
  const ofDay = new Map<string, number>();
  for (const c of corrections) ofDay.set(day(c), (ofDay.get(day(c)) ?? 0) + 1);
  const left = new Map(ofDay);
  return corrections.map((c) => {
    const nth = left.get(day(c))!;
    left.set(day(c), nth - 1);
    return { nth, ofDay: ofDay.get(day(c))! };
  });
}

/**
 * An entry's corrections newest first, each with its fragment id: the day's first correction is
 * number 1 (anchors.ts), counted by numberedWithinDay.
 */
export function anchoredCorrections<C extends Dated>(entryId: string, corrections: readonly C[] | undefined): (C & { anchor: string })[] {
  const list = corrections ?? [];
  const numbers = numberedWithinDay(list, (c) => c.date);
  return newestFirst(list.map((c, i) => ({ ...c, anchor: correctionAnchor(entryId, c.date, numbers[i]!.nth) })));
}

/** The little of an entry the corrections page reads. */
export interface Correctable<C extends Dated> {
  id: string;
  data: { corrections?: readonly C[] | undefined };
}

/** The type of an entry's corrections. */
export type CorrectionOf<E extends Correctable<Dated>> = NonNullable<E['data']['corrections']>[number];

/**
 * Every correction of the site, newest first, each with its entry and its fragment id: the
 * corrections page (/corrections/) and its feed. Corrections of one day follow the entries' order as
 * given (the timeline's, oldest first), and within an entry the order of its front matter.
 */
export function siteCorrections<E extends Correctable<Dated>>(entries: readonly E[]): { entry: E; correction: CorrectionOf<E> & { anchor: string } }[] {
  const all = entries.flatMap((entry) =>
    anchoredCorrections(entry.id, entry.data.corrections as readonly CorrectionOf<E>[] | undefined).map((correction) => ({ entry, correction, date: correction.date })),
  );
  return newestFirst(all).map(({ entry, correction }) => ({ entry, correction }));
}

/** What the feed says of one correction; `link` is the correction on its entry's page. */
export interface CorrectionFeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/**
 * The corrections feed's items, newest first: one per correction, titled with the entry and the day,
 * linked to the correction on the entry's page (`pageUrl`, absolute), dated the day it was published
 * (00:00 UTC). Where an entry was corrected more than once in a day, each title says which of them it
 * is, counted from the day's first as the fragment ids are ("second correction of …"): a feed reader
 * showed three items titled alike, "Nerchinsk, 1654–1689: correction of 29 November 2026".
 */
export function correctionFeedItems<E extends Correctable<Dated & { what: string; why: string }> & { data: { shortTitle: string } }>(
  entries: readonly E[],
  pageUrl: (entry: E) => string,
): CorrectionFeedItem[] {
  const all = siteCorrections(entries);
  // siteCorrections keeps an entry's corrections of one day in their front-matter order, so they
  // are counted as their fragment ids were.
  const numbers = numberedWithinDay(all, ({ entry, correction }) => `${entry.id} ${correction.date}`);
  return all.map(({ entry, correction }, i) => {
    const { nth, ofDay } = numbers[i]!;
    const which = ofDay > 1 ? `${NTH[nth - 1] ?? `${nth}th`} ` : '';
    return {
      title: `${entry.data.shortTitle}: ${which}correction of ${formatDate({ date: correction.date, precision: 'day' })}`,
      link: `${pageUrl(entry)}#${correction.anchor}`,
      pubDate: startOf(correction),
      description: `${correction.what} Why: ${correction.why}`,
    };
  });
}
const NTH = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
