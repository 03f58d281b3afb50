/** Reads the front matter of every published entry in content/, for tests that check pages against it. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../src/lib/chronology';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  file: string;
  /** The MDX text after the front matter. */
  body: string;
  data: {
    title: string;
    shortTitle: string;
    summary: string;
    claims?: { id: string; verdict: string; quote: string; conclusion?: string }[];
    sources: { id: string; title: string; author?: string; url?: string }[];
    milestones?: { id: string }[];
    [key: string]: unknown;
  };
}

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

export function readEntries(): RawEntry[] {
  return COLLECTIONS.flatMap((collection) =>
    readdirSync(`${contentDir}${collection}`)
      .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
      .map((f) => {
        const file = `${contentDir}${collection}/${f}`;
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
        if (!match) throw new Error(`${file}: no front matter`);
        return {
          collection,
          id: f.replace(/\.mdx$/, ''),
          file,
          body: match[2]!,
          data: parse(match[1]!) as RawEntry['data'],
        };
      }),
  );
}

/** A place file of content/places/, parsed but not checked (the schema tests check it). */
export interface RawPlace {
  id: string;
  file: string;
  data: { label: string; lat: number; lon: number; [key: string]: unknown };
}

export function readPlaces(): RawPlace[] {
  return readdirSync(`${contentDir}places`)
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => {
      const file = `${contentDir}places/${f}`;
      return { id: f.replace(/\.yaml$/, ''), file, data: parse(readFileSync(file, 'utf8')) as RawPlace['data'] };
    });
}
