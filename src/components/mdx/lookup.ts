/**
 * Pure look-ups behind the MDX components. Ids are unique across the site, so a
 * <Cite> or <ClaimRef>, which cannot know which entry it renders in, finds its target by id among
 * all entries; that it names its own entry's source or claim is checked on the raw MDX by
 * `danglingReferences` (src/lib/content-rules.ts). An unknown id throws a message that names the
 * component, the prop and the valid ids.
 */
import type { Verdict } from '../../lib/verdicts';

/** The little of an entry the look-ups need. */
export interface LookupEntry {
  id: string;
  data: {
    claims: readonly { id: string; verdict: Verdict }[];
    sources: readonly { id: string; title: string; author?: string | undefined; publisher?: string | undefined }[];
  };
}

/** A source found across all entries: which entry lists it, at what (1-based) number, and the source. */
export interface FoundSource {
  entryId: string;
  number: number;
  source: LookupEntry['data']['sources'][number];
}

/** Finds a source by id across every entry, or throws naming the prop and some valid ids. */
export function findSource(entries: readonly LookupEntry[], id: string, component = 'Cite'): FoundSource {
  for (const e of entries) {
    const i = e.data.sources.findIndex((s) => s.id === id);
    if (i >= 0) return { entryId: e.id, number: i + 1, source: e.data.sources[i]! };
  }
  throw new Error(
    `<${component}>: prop "id" is "${id}", which no entry lists among its sources; valid ids: ${listIds(entries.flatMap((e) => e.data.sources.map((s) => s.id)))}`,
  );
}

/** A claim found across all entries, with its verdict. */
export interface FoundClaim {
  entryId: string;
  verdict: Verdict;
}

/** Finds a claim by id across every entry, or throws naming the prop and the valid ids. */
export function findClaim(entries: readonly LookupEntry[], id: string, component = 'ClaimRef'): FoundClaim {
  for (const e of entries) {
    const c = e.data.claims.find((x) => x.id === id);
    if (c) return { entryId: e.id, verdict: c.verdict };
  }
  throw new Error(
    `<${component}>: prop "id" is "${id}", which no entry lists among its claims; valid ids: ${listIds(entries.flatMap((e) => e.data.claims.map((c) => c.id)))}`,
  );
}

function listIds(ids: string[]): string {
  return ids.length ? ids.join(', ') : '(none)';
}
