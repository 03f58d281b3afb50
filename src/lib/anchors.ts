/**
 * The fragment ids of a claim and of a source inside an entry: `#claim-<id>` and `#source-<id>`.
 * Published in shared links and in the JSON export, so their form must not change; every page,
 * component and check that writes or reads one takes it from here.
 */

/** The id of a claim's card in its entry ("claim-nerchinsk-claim-war"). */
export const claimAnchor = (claimId: string): string => `claim-${claimId}`;

/** The id of a source's item in its entry's source list ("source-treaty-text"). */
export const sourceAnchor = (sourceId: string): string => `source-${sourceId}`;
