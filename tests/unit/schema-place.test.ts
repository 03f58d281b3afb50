/** The place schema: a complete place passes; each missing or wrong field fails, naming the field. */
import { describe, expect, test } from 'vitest';
import { placeSchema } from '../../src/schemas/place';

const valid = {
  label: 'Port Arthur',
  names: { en: 'Lüshun', zhHans: '旅顺', zhHant: '旅順', ru: 'Люйшунь' },
  historicNames: [{ name: 'Порт-Артур', lang: 'ru' }],
  lat: 38.8534,
  lon: 121.2502,
  coordinatesSource: { title: 'Lüshunkou District, Wikipedia', url: 'https://en.wikipedia.org/wiki/L%C3%BCshunkou_District', as: '38°51′12″N 121°15′01″E' },
  happened: 'Leased to Russia in 1898.',
};

const problems = (data: unknown) => {
  const r = placeSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('placeSchema.safeParse accepts a complete place', () => {
  expect(problems(valid)).toEqual([]);
});

describe.each([
  ['no coordinates source', { ...valid, coordinatesSource: undefined }, /^coordinatesSource/],
  ['latitude out of range', { ...valid, lat: 138.8 }, /^lat/],
  ['longitude out of range', { ...valid, lon: 221.25 }, /^lon/],
  ['a source URL that is not a URL', { ...valid, coordinatesSource: { ...valid.coordinatesSource, url: 'wikipedia' } }, /^coordinatesSource\.url/],
  ['traditional characters that repeat the simplified', { ...valid, names: { ...valid.names, zhHant: '旅顺' } }, /^names\.zhHant/],
  ['no Russian name', { ...valid, names: { en: 'Lüshun', zhHans: '旅顺' } }, /^names\.ru/],
  ['a label too long to draw', { ...valid, label: 'Port Arthur, later Lüshun, later Lüda' }, /^label/],
  ['an unknown field', { ...valid, population: 1 }, /unrecognized/i],
])('placeSchema rejects %s', (_, data, field) => {
  test('and names the field', () => {
    const p = problems(data);
    expect(p.length).toBeGreaterThan(0);
    expect(p.some((m) => field.test(m))).toBe(true);
  });
});
