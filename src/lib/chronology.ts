/** Pure helpers over timeline items: chronological order, stable URLs and anchors. */
import { startOf, type HistDate } from './dates';

/** The collections, one per folder of content/: the alliances the article counts, and events. */
export const COLLECTIONS = ['alliances', 'events'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The little of an entry that ordering and linking need. */
export interface ChronologyItem {
  collection: CollectionName;
  id: string;
  data: { period: { start: HistDate; end: HistDate }; ordinal?: number };
}

/** Oldest first; ties broken by end date, then by id, so the order never depends on file order. */
export function sortChronologically<T extends ChronologyItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      startOf(a.data.period.start).getTime() - startOf(b.data.period.start).getTime() ||
      startOf(a.data.period.end).getTime() - startOf(b.data.period.end).getTime() ||
      a.id.localeCompare(b.id),
  );
}

/** The entry's own page, relative to the site's base: "alliances/<id>/". */
export function entryPath(item: Pick<ChronologyItem, 'collection' | 'id'>): string {
  return `${item.collection}/${item.id}/`;
}

/** Joins the configured base (with or without a trailing slash) and a path inside the site. */
export function withBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}
