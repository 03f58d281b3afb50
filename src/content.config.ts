// One collection per folder of the top-level content/; a leading "_" marks a draft or partial.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { CollectionName } from './lib/chronology';
import { allianceSchema, eventSchema } from './schemas/entry';
import { placeSchema } from './schemas/place';

const fromFolder = (name: CollectionName) => glob({ base: `./content/${name}`, pattern: '**/[^_]*.mdx' });

export const collections = {
  alliances: defineCollection({ loader: fromFolder('alliances'), schema: allianceSchema }),
  events: defineCollection({ loader: fromFolder('events'), schema: eventSchema }),
  // One YAML file per place, named by its id; entries and milestones refer to places by that id.
  places: defineCollection({ loader: glob({ base: './content/places', pattern: '**/[^_]*.yaml' }), schema: placeSchema }),
} satisfies Record<CollectionName | 'places', unknown>;
