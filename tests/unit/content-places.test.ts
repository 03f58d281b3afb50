/** The real places: each file passes the schema, and every place id the content names exists. */
import { describe, expect, test } from 'vitest';
import { unknownPlaces } from '../../src/lib/content-rules';
import { placeSchema } from '../../src/schemas/place';
import { readEntries, readPlaces } from '../support/content';

const places = readPlaces();
const entries = readEntries();

describe.each(places.map((p) => [p.id, p] as const))('content/places/%s.yaml', (_, place) => {
  test('passes placeSchema', () => {
    const r = placeSchema.safeParse(place.data);
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});

test('every place id that an entry or milestone names is a file in content/places/', () => {
  const known = new Set(places.map((p) => p.id));
  const holders = entries.map((e) => ({
    id: e.id,
    filePath: e.file,
    data: {
      places: (e.data.places as string[] | undefined) ?? [],
      milestones: (e.data.milestones ?? []) as { id: string; places?: string[] }[],
    },
  }));
  expect(unknownPlaces(holders, known)).toEqual([]);
});

test('the places the projection tests rely on are there', () => {
  const ids = new Set(places.map((p) => p.id));
  for (const id of ['vladivostok', 'khabarovsk', 'nerchinsk', 'albazin', 'port-arthur', 'dalian', 'moscow', 'beijing']) {
    expect(ids.has(id), id).toBe(true);
  }
});

test('Blagoveshchensk and the Sixty-Four Villages are on one bank of the Amur, with the Zeya between them', () => {
  // The villages lay on the Amur's left bank, opposite Heihe and across the Zeya from the town
  // (third fact-check); "across the Amur" put them on the Chinese bank.
  const happened = places.find((p) => p.id === 'blagoveshchensk')?.data.happened;
  expect(happened).toMatch(/Sixty-Four Villages, across the Zeya on the same bank of the Amur/);
  expect(happened).not.toMatch(/Sixty-Four Villages across the Amur/);
});
