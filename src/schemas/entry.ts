/**
 * The schema of a timeline entry (an alliance or an event), built from the small pieces beside it,
 * with the rules that tie one field to another checked after the shape.
 */
import { z } from 'astro/zod';
import { claimSchema } from './claim';
import { correctionSchema } from './correction';
import { endOf, startOf } from '../lib/dates';
import { ARTICLE } from '../lib/site';
import { histDateSchema } from './date';
import { idSchema } from './ids';
import { placeIdSchema } from './place';
import { sourceIdSchema, sourceSchema } from './source';


export const milestoneSchema = z
  .object({
    /** Anchor id, unique across the site (entries' ids included): the milestone is linkable as #<id>. */
    id: idSchema('id'),
    /** When it happened. */
    date: histDateSchema,
    /** What happened, in a short phrase (shown on the axis and in the entry). */
    label: z.string().min(1),
    /** Ids of the entry's sources for this milestone (at least one). */
    sources: z.array(sourceIdSchema).min(1, 'a milestone needs at least one source'),
    /** Why the milestone falls outside the entry's period, when it does (e.g. background). */
    outsidePeriod: z.string().min(1).optional(),
    /** Where it happened: ids of files in content/places/. */
    places: z.array(placeIdSchema).optional(),
  })
  .strict();

export const periodSchema = z
  .object({
    /** When the alliance or event began. */
    start: histDateSchema,
    /** When it ended or was broken; the same as start for a one-day event. */
    end: histDateSchema,
  })
  .strict();

export const signatorySchema = z
  .object({
    /** The person's name as usually written in English. */
    name: z.string().min(1),
    /** The name in its own script, e.g. 索额图 or Фёдор Головин. */
    native: z.string().min(1).optional(),
    /** Language tag of `native` (zh-Hans, zh-Hant, ru, mn…). */
    lang: z.string().min(2).optional(),
    /** On whose behalf they signed or acted. */
    for: z.string().min(1),
  })
  .strict();

export const treatySchema = z
  .object({
    /** The treaty's name in English. */
    en: z.string().min(1),
    /** Its name in Chinese. */
    zh: z.string().min(1),
    /** Its name in Russian. */
    ru: z.string().min(1),
  })
  .strict();

const entryShape = {
  /** The full title of the entry. */
  title: z.string().min(1),
  /** A short title for the axis, navigation and tight spaces (at most 40 characters). */
  shortTitle: z.string().min(1).max(40, 'shortTitle must be at most 40 characters'),
  /** One sentence, used as the meta description and in link previews (at most 200 characters). */
  summary: z.string().min(20).max(200, 'summary must be at most 200 characters (one sentence)'),
  /** When it began and when it ended or was broken. */
  period: periodSchema,
  /** Dated milestones within the period. */
  milestones: z.array(milestoneSchema).default([]),
  /** Where the entry happened, beyond its milestones' places: ids of files in content/places/. */
  places: z.array(placeIdSchema).optional(),
  /** The states or parties involved. */
  parties: z.array(z.string().min(1)).min(1, 'at least one party is required'),
  /** Who signed or negotiated. */
  signatories: z.array(signatorySchema).default([]),
  /** The treaty or statement's name in English, Chinese and Russian, where there is one. */
  treaty: treatySchema.optional(),
  /** The article's claims about this entry, each checked against the record. */
  claims: z.array(claimSchema).default([]),
  /** Every source the entry cites. */
  sources: z.array(sourceSchema).min(1, 'an entry needs at least one source'),
  /** Corrections made since the entry was published, each with its date, what changed and why. */
  corrections: z.array(correctionSchema).default([]),
};

type EntryBase = {
  period: z.infer<typeof periodSchema>;
  milestones: z.infer<typeof milestoneSchema>[];
  claims: z.infer<typeof claimSchema>[];
  sources: z.infer<typeof sourceSchema>[];
  corrections?: z.infer<typeof correctionSchema>[];
};

/** Cross-field rules: period order, milestones in range, unique ids, every source reference known. */
export function checkEntry(entry: EntryBase, ctx: z.RefinementCtx): void {
  const { period, milestones, claims, sources } = entry;
  if (startOf(period.end) < startOf(period.start)) {
    ctx.addIssue({
      code: 'custom',
      path: ['period', 'end'],
      message: `period.end (${period.end.date}) is before period.start (${period.start.date})`,
    });
  }
  const from = startOf(period.start);
  const to = endOf(period.end);
  milestones.forEach((m, i) => {
    const t = startOf(m.date);
    if ((t < from || t > to) && !m.outsidePeriod) {
      ctx.addIssue({
        code: 'custom',
        path: ['milestones', i, 'date'],
        message: `milestone "${m.id}" (${m.date.date}) falls outside the period ${period.start.date}–${period.end.date}; move it or say why in outsidePeriod`,
      });
    }
  });
  const known = new Set<string>();
  sources.forEach((s, i) => {
    if (known.has(s.id)) {
      ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `source id "${s.id}" is used twice` });
    }
    known.add(s.id);
  });
  const checkRefs = (refs: string[], path: (string | number)[], owner: string) => {
    refs.forEach((ref, j) => {
      if (!known.has(ref)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, j],
          message: `${owner} cites unknown source "${ref}"; known sources: ${[...known].join(', ') || '(none)'}`,
        });
      }
    });
  };
  milestones.forEach((m, i) => checkRefs(m.sources, ['milestones', i, 'sources'], `milestone "${m.id}"`));
  claims.forEach((c, i) => checkRefs(c.sources, ['claims', i, 'sources'], `claim "${c.id}"`));
  (entry.corrections ?? []).forEach((c, i) =>
    checkRefs(c.sources, ['corrections', i, 'sources'], `correction of ${c.date}`),
  );
  for (const [list, name] of [
    [milestones, 'milestones'],
    [claims, 'claims'],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: [name, i, 'id'], message: `${name} id "${item.id}" is used twice` });
      }
      seen.add(item.id);
    });
  }
}

/** An alliance as the article counts them, with its ordinal. */
export const allianceSchema = z
  .object({
    ...entryShape,
    /** The article's count of this alliance: 1 to 5, each used once (see content-rules.ts). */
    ordinal: z
      .number({ error: `ordinal must be a whole number from 1 to ${ARTICLE.allianceCount}` })
      .int(`ordinal must be a whole number from 1 to ${ARTICLE.allianceCount}`)
      .min(1, `ordinal must be from 1 to ${ARTICLE.allianceCount}`)
      .max(ARTICLE.allianceCount, `ordinal must be from 1 to ${ARTICLE.allianceCount}`),
    /** Who broke the alliance, and how, in one line (the body tells it in full). */
    brokenBy: z.string().min(1),
  })
  .strict()
  .superRefine(checkEntry);

export const eventKinds = ['meeting', 'context'] as const;

/** An event: the 2023 meeting, or context that helps the story. */
export const eventSchema = z
  .object({
    ...entryShape,
    /** "meeting" for the March 2023 visit the article is about; "context" for background events. */
    kind: z.enum(eventKinds, { error: `kind must be one of: ${eventKinds.join(', ')}` }),
  })
  .strict()
  .superRefine(checkEntry);

export type AllianceData = z.infer<typeof allianceSchema>;
export type EventData = z.infer<typeof eventSchema>;
