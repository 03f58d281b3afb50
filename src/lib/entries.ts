/** Loads every entry once per build, checks the rules that span files, and orders them in time. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkAlliances } from '../schemas/entry';
import { danglingReferences, duplicateAnchorIds } from '../schemas/ids';
import { duplicateIds, sortChronologically } from './chronology';

export type AllianceEntry = CollectionEntry<'alliances'> & { collection: 'alliances' };
export type EventEntry = CollectionEntry<'events'> & { collection: 'events' };
export type TimelineEntry = AllianceEntry | EventEntry;

let cached: Promise<TimelineEntry[]> | undefined;

async function load(): Promise<TimelineEntry[]> {
  const alliances = (await getCollection('alliances')) as AllianceEntry[];
  const events = (await getCollection('events')) as EventEntry[];
  const all: TimelineEntry[] = [...alliances, ...events];
  const errors = [...checkAlliances(alliances), ...duplicateIds(all), ...duplicateAnchorIds(all), ...danglingReferences(all)];
  if (errors.length) throw new Error(`Content does not hold together:\n  ${errors.join('\n  ')}`);
  return sortChronologically(all);
}

/** All entries, oldest first. */
export function getTimeline(): Promise<TimelineEntry[]> {
  cached ??= load();
  return cached;
}
