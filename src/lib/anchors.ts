/**
 * The fragment ids of a claim, of a source and of a correction inside an entry: `#claim-<id>`,
 * `#source-<id>` and `#<entry>-correction-<date>`; and of the timeline page's chronology.
 * Published in shared links and in the JSON export, so their form must not change; every page,
 * component and check that writes or reads one takes it from here.
 */

/** The id of a claim's card in its entry ("claim-nerchinsk-claim-war"). */
export const claimAnchor = (claimId: string): string => `claim-${claimId}`;

/** The id of a source's item in its entry's source list ("source-treaty-text"). */
export const sourceAnchor = (sourceId: string): string => `source-${sourceId}`;

/**
 * The id of one of an entry's corrections ("li-lobanov-1896-1900-correction-2026-11-28"): the entry and
 * the day, and a number from the second correction of that day on ("…-2026-11-28-2"), counted from the
 * day's first (corrections.ts). The corrections page and its feed link to it.
 */
export const correctionAnchor = (entryId: string, date: string, nth: number): string =>
  `${entryId}-correction-${date}${nth > 1 ? `-${nth}` : ''}`;

/** The id of the timeline page's heading "The chronology", where the charts' skip link lands. */
export const CHRONOLOGY_ANCHOR = 'chronology-heading';
