// One collection per folder of the top-level content/; a leading "_" marks a draft or partial.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { allianceSchema, eventSchema } from './schemas/entry';

const alliances = defineCollection({
  loader: glob({ base: './content/alliances', pattern: '**/[^_]*.mdx' }),
  schema: allianceSchema,
});

const events = defineCollection({
  loader: glob({ base: './content/events', pattern: '**/[^_]*.mdx' }),
  schema: eventSchema,
});

export const collections = { alliances, events };
