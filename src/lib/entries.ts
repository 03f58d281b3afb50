/** Loads every entry once per build, checks the rules that span files, and orders them in time. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentErrors, unknownPlaces } from './content-rules';
import { COLLECTIONS, sortChronologically } from './chronology';
import { timelineDomain } from './timeline/scale';
import { typographicData } from './typography';
import { claimsInArticleOrder, type PlacedClaim } from './claims';
import { ARTICLE_TEXT } from './article-text';
import type { Claim } from '../schemas/claim';

export type AllianceEntry = CollectionEntry<'alliances'> & { collection: 'alliances' };
export type EventEntry = CollectionEntry<'events'> & { collection: 'events' };
export type TimelineEntry = AllianceEntry | EventEntry;
export type PlaceEntry = CollectionEntry<'places'>;

/** When an entry last changed (its latest correction): one home, in ./corrections.ts. */
export { citedDate, lastChanged } from './corrections';

let cached: Promise<TimelineEntry[]> | undefined;

async function load(): Promise<TimelineEntry[]> {
  const loaded = (await Promise.all(COLLECTIONS.map((name) => getCollection(name)))).flat() as TimelineEntry[];
  // Front-matter text is shown beside the prose, so it gets the prose's typographic quotes.
  const all = loaded.map((e) => ({ ...e, data: typographicData(e.data) })) as TimelineEntry[];
  const places = new Set((await getPlaces()).map((p) => p.id));
  const errors = [...contentErrors(all), ...unknownPlaces(all, places)];
  if (errors.length) throw new Error(`Content does not hold together:\n  ${errors.join('\n  ')}`);
  return sortChronologically(all);
}

/** All entries, oldest first. Pages and the MDX components read entries only through this. */
export function getTimeline(): Promise<TimelineEntry[]> {
  cached ??= load();
  return cached;
}

/** The story's span, first to last instant of the entries' periods in whole years (1654 to 2023). */
export async function getStorySpan(): Promise<[Date, Date]> {
  return timelineDomain(await getTimeline());
}

let placesCached: Promise<PlaceEntry[]> | undefined;

/** Every place of content/places/, in no particular order (the maps and tables order them). */
export function getPlaces(): Promise<PlaceEntry[]> {
  placesCached ??= getCollection('places').then((places) => places.map((p) => ({ ...p, data: typographicData(p.data) })));
  return placesCached;
}

/** One claim of the article, with its entry. */
export type TimelineClaim = PlacedClaim<Claim, TimelineEntry>;

let claims: Promise<TimelineClaim[]> | undefined;

/** Every claim of every entry, in the order the article makes them. */
export function getClaims(): Promise<TimelineClaim[]> {
  claims ??= getTimeline().then((entries) => claimsInArticleOrder<Claim, TimelineEntry>(entries, ARTICLE_TEXT));
  return claims;
}
