// One collection per folder of the top-level content/; a leading "_" marks a draft or partial.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { CollectionName } from './lib/chronology';
import { allianceSchema, eventSchema } from './schemas/entry';

const fromFolder = (name: CollectionName) => glob({ base: `./content/${name}`, pattern: '**/[^_]*.mdx' });

export const collections = {
  alliances: defineCollection({ loader: fromFolder('alliances'), schema: allianceSchema }),
  events: defineCollection({ loader: fromFolder('events'), schema: eventSchema }),
} satisfies Record<CollectionName, unknown>;
