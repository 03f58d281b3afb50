/**
 * A place on the maps (content/places/<id>.yaml): its names, where it is and on whose word, and what
 * happened there. Entries and milestones name places by id; `unknownPlaces` in src/lib/content-rules.ts
 * checks every such id.
 */
import { z } from 'astro/zod';
import { idSchema } from './ids';

/** A place's id: its file name in content/places/. */
export const placeIdSchema = idSchema('place id');

/** A name a place bore in a period of the story, where it differs from today's. */
export const historicNameSchema = z
  .object({
    /** The name as written then, e.g. Port Arthur, Порт-Артур, Dairen. */
    name: z.string().min(1),
    /** Its language: en, ru, zh-Hans, zh-Hant, ja… */
    lang: z.string().min(2),
    /** When or by whom it was used, in a few words. */
    note: z.string().min(1).optional(),
  })
  .strict();

export const placeSchema = z
  .object({
    /** The name the map shows: the one the timeline's period used, in English (e.g. Port Arthur). */
    label: z.string().min(1).max(24, 'label must be at most 24 characters (it is drawn on the map)'),
    /** Today's names. */
    names: z
      .object({
        /** In English, today. */
        en: z.string().min(1),
        /** In Chinese, simplified characters. */
        zhHans: z.string().min(1),
        /** In Chinese, traditional characters; only where they differ from the simplified. */
        zhHant: z.string().min(1).optional(),
        /** In Russian. */
        ru: z.string().min(1),
      })
      .strict()
      .refine((n) => n.zhHant !== n.zhHans, { message: 'names.zhHant repeats names.zhHans; leave it out where they are the same', path: ['zhHant'] }),
    /** Names used in the period where they differ from today's (Port Arthur, Dairen, Aigun, Damansky…). */
    historicNames: z.array(historicNameSchema).default([]),
    /** WGS84 latitude in degrees, north positive. */
    lat: z.number().min(-90).max(90),
    /** WGS84 longitude in degrees, east positive. */
    lon: z.number().min(-180).max(180),
    /** Where the coordinates come from: the page they were read from. */
    coordinatesSource: z
      .object({
        /** What the page is (e.g. "Zhenbao Island, Wikipedia (English), infobox"). */
        title: z.string().min(1),
        /** The page the coordinates were read from. */
        url: z.url({ error: 'coordinatesSource.url must be an absolute http(s) URL' }),
        /** The coordinates as the page writes them. */
        as: z.string().min(1),
      })
      .strict(),
    /** What happened there, in a sentence or two, in the site's own words. */
    happened: z.string().min(10),
  })
  .strict();

export type PlaceData = z.infer<typeof placeSchema>;
