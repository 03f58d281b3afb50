/**
 * The rules that span files, checked once the whole content is loaded (one file's own rules live
 * in its schema, `src/schemas/entry.ts`). Each returns one message per problem, naming the file and
 * the field; `contentErrors` runs them all. Ids are unique across the site because the timeline page
 * holds every entry; a <Cite> or <ClaimRef> in an entry's text must name that entry's own source or
 * claim, because the entry's page shows only its own lists.
 */
import { claimAnchor, sourceAnchor } from './anchors';
import { inListOrder } from './source-ref';

/** Where an entry lives, for messages (falls back to its id). */
interface Located {
  /** The entry id (its file name). */
  id: string;
  filePath?: string | undefined;
}

const where = (e: Located) => e.filePath ?? e.id;

/** The little of an entry the id check needs. */
export interface IdHolder extends Located {
  data: {
    milestones: readonly { id: string }[];
    claims: readonly { id: string }[];
    sources: readonly { id: string }[];
  };
}

/** The little of an entry the reference check needs: its MDX body as written. */
export interface BodyHolder extends Located {
  body?: string | undefined;
  data: { claims: readonly { id: string }[]; sources: readonly { id: string }[] };
}

/** Alliance ordinals are unique: one message per ordinal used twice, naming both files. Entries without one are skipped. */
export function duplicateOrdinals(entries: readonly (Located & { data: { ordinal?: number | undefined } })[]): string[] {
  const byOrdinal = new Map<number, string>();
  const errors: string[] = [];
  for (const e of entries) {
    if (e.data.ordinal === undefined) continue;
    const prior = byOrdinal.get(e.data.ordinal);
    if (prior) errors.push(`${where(e)}: ordinal ${e.data.ordinal} is already used by ${prior}`);
    else byOrdinal.set(e.data.ordinal, where(e));
  }
  return errors;
}

/**
 * Every anchor on the timeline page is unique: one message per clash, naming both files and the
 * field. Entry ids and milestone ids share one namespace because both become bare `id` attributes;
 * claims and sources become `#claim-…` and `#source-…`. Covers entry ids shared by two collections.
 */
export function duplicateAnchorIds(entries: readonly IdHolder[]): string[] {
  const errors: string[] = [];
  const anchors = new Map<string, string>(); // anchor → "file (field)"
  const claim = (anchor: string, file: string, field: string) => {
    const prior = anchors.get(anchor);
    const here = `${file} (${field})`;
    if (prior) errors.push(`id "${anchor}" in ${here} is already used in ${prior}; ids must be unique across the site`);
    else anchors.set(anchor, here);
  };
  for (const e of entries) {
    claim(e.id, where(e), 'entry id');
    e.data.milestones.forEach((m, i) => claim(m.id, where(e), `milestones[${i}].id`));
  }
  for (const e of entries) {
    e.data.claims.forEach((c, i) => claim(claimAnchor(c.id), where(e), `claims[${i}].id`));
    e.data.sources.forEach((s, i) => claim(sourceAnchor(s.id), where(e), `sources[${i}].id`));
  }
  return errors;
}

/** The MDX components whose `id` names one of the entry's own sources or claims. */
export const REFERENCE_TAGS = [
  ['Cite', 'sources'],
  ['ClaimRef', 'claims'],
] as const;

/** The ids each reference tag names in an MDX body, in order. */
export function referencedIds(body: string, tag: (typeof REFERENCE_TAGS)[number][0]): string[] {
  return [...body.matchAll(new RegExp(`<${tag}\\s[^>]*?\\bid=["']([^"']*)["']`, 'g'))].map((m) => m[1]!);
}

/**
 * <Cite id> and <ClaimRef id> in an entry's body name one of that entry's own sources or claims.
 * Checked on the raw MDX so that the message can name the file, which a component rendering inside
 * MDX cannot know.
 */
export function danglingReferences(entries: readonly BodyHolder[]): string[] {
  const errors: string[] = [];
  for (const e of entries) {
    for (const [tag, field] of REFERENCE_TAGS) {
      const known = new Set(e.data[field].map((x) => x.id));
      for (const id of referencedIds(e.body ?? '', tag)) {
        if (!known.has(id)) {
          errors.push(`${where(e)}: <${tag} id="${id}"> names none of this entry's ${field}; valid ids: ${[...known].join(', ') || '(none)'}`);
        }
      }
    }
  }
  return errors;
}

/** The little of an entry the citation-order check needs: its MDX body and its source list. */
export interface CitingBody extends Located {
  body?: string | undefined;
  data: { sources: readonly { id: string }[] };
}

/**
 * Sources cited together in an entry's text (<Cite> tags with nothing but white space between them)
 * come in the order of its source list, so that the reader sees "[2][5][9]": one message per run out
 * of order, giving the order to write. The lists of milestones, claims and corrections need no such
 * rule: they render their sources in list order whatever order the front matter gives
 * (inListOrder in source-ref.ts); a text's run is written by hand, so it is checked here.
 */
export function unorderedCitations(entries: readonly CitingBody[]): string[] {
  const errors: string[] = [];
  for (const e of entries) {
    for (const run of (e.body ?? '').matchAll(/<Cite\s[^>]*\/>(?:\s*<Cite\s[^>]*\/>)+/g)) {
      const ids = referencedIds(run[0], 'Cite');
      const sorted = inListOrder(ids, e.data.sources);
      if (ids.join() !== sorted.join()) {
        errors.push(`${where(e)}: sources cited together as ${ids.join(', ')} must follow the source list: ${sorted.join(', ')}`);
      }
    }
  }
  return errors;
}

/** All the rules across files, over every entry of every collection. Empty when the content holds together. */
export function contentErrors(entries: readonly (IdHolder & BodyHolder & { data: { ordinal?: number | undefined } })[]): string[] {
  return [...duplicateOrdinals(entries), ...duplicateAnchorIds(entries), ...danglingReferences(entries), ...unorderedCitations(entries)];
}

/** The little of an entry the place check needs. */
export interface PlaceRefHolder extends Located {
  data: { places?: readonly string[] | undefined; milestones: readonly { id: string; places?: readonly string[] | undefined }[] };
}

/**
 * Every place id an entry or milestone names must be a file in content/places/. Returns one message
 * per unknown id, naming the file and the field; empty when all are known.
 */
export function unknownPlaces(entries: readonly PlaceRefHolder[], known: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const list = [...known].sort().join(', ') || '(none)';
  for (const e of entries) {
    const check = (ids: readonly string[] | undefined, field: string) =>
      (ids ?? []).forEach((id, i) => {
        if (!known.has(id)) errors.push(`${where(e)}: ${field}[${i}] names unknown place "${id}"; known places: ${list}`);
      });
    check(e.data.places, 'places');
    e.data.milestones.forEach((m, i) => check(m.places, `milestones[${i}].places`));
  }
  return errors;
}
