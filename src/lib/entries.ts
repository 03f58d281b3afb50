/** Loads every entry once per build, checks the rules that span files, and orders them in time. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentErrors } from './content-rules';
import { COLLECTIONS, sortChronologically } from './chronology';
import { timelineDomain } from './timeline/scale';

export type AllianceEntry = CollectionEntry<'alliances'> & { collection: 'alliances' };
export type EventEntry = CollectionEntry<'events'> & { collection: 'events' };
export type TimelineEntry = AllianceEntry | EventEntry;

/** When an entry last changed (its latest correction): one home, in ./corrections.ts. */
export { lastChanged } from './corrections';

let cached: Promise<TimelineEntry[]> | undefined;

async function load(): Promise<TimelineEntry[]> {
  const all = (await Promise.all(COLLECTIONS.map((name) => getCollection(name)))).flat() as TimelineEntry[];
  const errors = contentErrors(all);
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
