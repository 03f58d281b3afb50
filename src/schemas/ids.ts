/**
 * The rule that spans files: the timeline page holds every entry, so entry and milestone ids (bare
 * anchors), claim ids (#claim-…) and source ids (#source-…) must each be unique across the site.
 */

/** The little of an entry that the id check needs. */
export interface IdHolder {
  /** The entry id (its file name). */
  id: string;
  /** Where the entry lives, for messages (falls back to the id). */
  filePath?: string | undefined;
  data: {
    milestones: readonly { id: string }[];
    claims: readonly { id: string }[];
    sources: readonly { id: string }[];
  };
}

/**
 * Returns one message per clash, naming both files and the field; empty when every id is unique.
 * Entry ids and milestone ids share one namespace because both become bare `id` attributes.
 */
export function duplicateAnchorIds(entries: readonly IdHolder[]): string[] {
  const errors: string[] = [];
  const anchors = new Map<string, string>(); // anchor → "file (field)"
  const claim = (anchor: string, where: string, field: string) => {
    const prior = anchors.get(anchor);
    const here = `${where} (${field})`;
    if (prior) errors.push(`id "${anchor}" in ${here} is already used in ${prior}; ids must be unique across the site`);
    else anchors.set(anchor, here);
  };
  for (const e of entries) {
    const where = e.filePath ?? e.id;
    claim(e.id, where, 'entry id');
    e.data.milestones.forEach((m, i) => claim(m.id, where, `milestones[${i}].id`));
  }
  for (const e of entries) {
    const where = e.filePath ?? e.id;
    e.data.claims.forEach((c, i) => claim(`claim-${c.id}`, where, `claims[${i}].id`));
    e.data.sources.forEach((s, i) => claim(`source-${s.id}`, where, `sources[${i}].id`));
  }
  return errors;
}

/** The little of an entry the reference check needs: its MDX body as written. */
export interface BodyHolder {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: { claims: readonly { id: string }[]; sources: readonly { id: string }[] };
}

/**
 * <Cite id> and <ClaimRef id> in an entry's body must name one of that entry's own sources or
 * claims: its page shows only its own lists. Checked on the raw MDX so that the message can name
 * the file, which a component rendering inside MDX cannot know.
 */
export function danglingReferences(entries: readonly BodyHolder[]): string[] {
  const errors: string[] = [];
  for (const e of entries) {
    const where = e.filePath ?? e.id;
    const body = e.body ?? '';
    for (const [tag, field, list] of [
      ['Cite', 'sources', e.data.sources],
      ['ClaimRef', 'claims', e.data.claims],
    ] as const) {
      const known = new Set(list.map((x) => x.id));
      for (const m of body.matchAll(new RegExp(`<${tag}\\s[^>]*?\\bid=["']([^"']*)["']`, 'g'))) {
        if (!known.has(m[1]!)) {
          errors.push(
            `${where}: <${tag} id="${m[1]}"> names none of this entry's ${field}; valid ids: ${[...known].join(', ') || '(none)'}`,
          );
        }
      }
    }
  }
  return errors;
}
