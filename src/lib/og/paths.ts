/**
 * Where each preview card is published, relative to the site's base: "og/<slug>.png". The route that
 * draws the cards (src/pages/og/[...slug].png.ts) takes its slugs from here, and every page that
 * links a card takes its path from here, so the two cannot drift apart.
 */
import type { CollectionName } from '../chronology';

/** The folder of the cards, relative to the site's base. */
const CARDS_DIR = 'og/';

/** The slug of the timeline's own card (the home page's, and any page that names no card of its own). */
export const TIMELINE_CARD = 'timeline';

/** The folder of the claims' cards; it is no collection's name, so a claim's card never meets an entry's. */
const CLAIMS_DIR = 'claims';

/** An entry's card: "<collection>/<id>". */
export function entryCardSlug(entry: { collection: CollectionName; id: string }): string {
  return `${entry.collection}/${entry.id}`;
}

/** A claim of the article's card: "claims/<id>". */
export function claimCardSlug(id: string): string {
  return `${CLAIMS_DIR}/${id}`;
}

/** A card's image relative to the site's base, e.g. "og/alliances/nerchinsk-1654-1689.png". */
export function cardPath(slug: string): string {
  return `${CARDS_DIR}${slug}.png`;
}
