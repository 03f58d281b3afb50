/**
 * One bibliography from every entry's sources. Ids are unique per entry, so the same work (the
 * article itself, a Wikipedia page) appears under several ids; it is merged by URL, else by title
 * and author or publisher, and remembers every entry that cites it.
 */

import type { SourceType } from '../schemas/source';
import { creatorSortKey, titleSortKey } from './names';

/** A source as entries list it. */
export interface BibSource {
  id: string;
  type?: SourceType | undefined;
  title: string;
  author?: string | undefined;
  publisher?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
  accessed?: string | undefined;
  note?: string | undefined;
}

/** The little of an entry the bibliography needs. */
export interface BibEntry {
  id: string;
  collection: string;
  data: { shortTitle: string; sources: readonly BibSource[] };
}

/** One work in the bibliography and where it is cited. */
export interface BibItem {
  source: BibSource;
  /** Each entry that cites the work, the id it lists the work under, and its number in that entry's list. */
  citedBy: { entryId: string; collection: string; shortTitle: string; sourceId: string; number: number }[];
}

/**
 * A source that was cited but could not be read here says so at the start of its note ("Not read
 * here: …", "Not readable here; …"). It is listed, marked so, and nothing rests on it alone (a
 * content test holds that).
 */
export function isUnread(s: Pick<BibSource, 'note'>): boolean {
  return /^Not read(able)? here/.test(s.note ?? '');
}

/** A source that exists on paper only says so at the start of its note ("Print only."). */
export function isPrintOnly(s: Pick<BibSource, 'note'>): boolean {
  return /^Print only/.test(s.note ?? '');
}

/** The key two listings of the same work share. */
export function workKey(s: BibSource): string {
  if (s.url) return `url:${s.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}`;
  return `title:${s.title.trim().toLowerCase()}|${(s.author ?? s.publisher ?? '').trim().toLowerCase()}`;
}

/**
 * Deduplicated works, sorted as a reference list is: by the first author's family name (or, where no
 * person is named, the publisher), then the title, a leading article passed over, case and accents ignored.
 */
export function bibliography(entries: readonly BibEntry[]): BibItem[] {
  const byKey = new Map<string, BibItem>();
  for (const e of entries) {
    for (const [i, s] of e.data.sources.entries()) {
      const key = workKey(s);
      let item = byKey.get(key);
      if (!item) {
        item = { source: s, citedBy: [] };
        byKey.set(key, item);
      }
      item.citedBy.push({ entryId: e.id, collection: e.collection, shortTitle: e.data.shortTitle, sourceId: s.id, number: i + 1 });
    }
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const sortKey = (i: BibItem) => `${creatorSortKey(i.source)}\u0000${titleSortKey(i.source.title)}`;
  return [...byKey.values()].sort((a, b) => collator.compare(sortKey(a), sortKey(b)));
}
