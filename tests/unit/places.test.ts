/** Places joined to entries: which places an entry names, which entries a place has, coordinates as text. */
import { describe, expect, test } from 'vitest';
import { formatCoordinates, groupHistoricNames, mentionsByPlace, placeIdsOf, westToEast } from '../../src/lib/places';

const entry = (id: string, places: string[], milestones: { id: string; places?: string[] }[] = []) => ({
  id,
  collection: 'alliances',
  data: { shortTitle: id, places, milestones: milestones.map((m) => ({ ...m, label: `${m.id} label` })) },
});

describe('placeIdsOf', () => {
  test('lists the entry’s own places, then its milestones’, each once', () => {
    expect(placeIdsOf(entry('e', ['beijing'], [{ id: 'm1', places: ['aigun', 'beijing'] }, { id: 'm2' }]))).toEqual(['beijing', 'aigun']);
  });
});

describe('mentionsByPlace', () => {
  test('maps each place to its entries, with the milestones that happened there', () => {
    const a = entry('a', ['moscow'], [{ id: 'a-1', places: ['port-arthur'] }]);
    const b = entry('b', [], [{ id: 'b-1', places: ['port-arthur'] }, { id: 'b-2', places: ['port-arthur'] }]);
    const m = mentionsByPlace([a, b]);
    expect(m.get('moscow')!.map((x) => [x.entry.id, x.milestones.length])).toEqual([['a', 0]]);
    expect(m.get('port-arthur')!.map((x) => [x.entry.id, x.milestones.map((ms) => ms.id)])).toEqual([
      ['a', ['a-1']],
      ['b', ['b-1', 'b-2']],
    ]);
    expect(m.has('beijing')).toBe(false);
  });
});

test.each([
  // Each number and its hemisphere joined by a no-break space (U+00A0); a line may break after the comma.
  [51.9833, 116.5833, '51.98°\u00a0N, 116.58°\u00a0E'],
  [-33.8688, 151.2093, '33.87°\u00a0S, 151.21°\u00a0E'],
  [40.7128, -74.006, '40.71°\u00a0N, 74.01°\u00a0W'],
])('formatCoordinates(%f, %f) is %s', (lat, lon, want) => {
  expect(formatCoordinates(lat, lon)).toBe(want);
});

test('westToEast orders places by longitude', () => {
  const p = (id: string, lon: number) => ({ id, data: { label: id, lat: 0, lon } });
  expect(westToEast([p('c', 130), p('a', 37), p('b', 116)]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
});

describe('groupHistoricNames', () => {
  test('gives a note shared by consecutive forms of one name once', () => {
    const groups = groupHistoricNames([
      { name: 'Aigun', lang: 'en', note: 'the usual English name in the 19th century' },
      { name: '爱辉', lang: 'zh-Hans', note: 'the characters from 1956 to 2015' },
      { name: '愛輝', lang: 'zh-Hant', note: 'the characters from 1956 to 2015' },
    ]);
    expect(groups.map((g) => [g.forms.map((f) => f.name), g.note])).toEqual([
      [['Aigun'], 'the usual English name in the 19th century'],
      [['爱辉', '愛輝'], 'the characters from 1956 to 2015'],
    ]);
  });
  test('keeps names without a note, or with different notes, apart', () => {
    const groups = groupHistoricNames([
      { name: 'Port Arthur', lang: 'en' },
      { name: 'Порт-Артур', lang: 'ru' },
      { name: 'Ryojun', lang: 'ja', note: 'under Japanese rule' },
      { name: 'Dairen', lang: 'ja', note: 'from the Japanese' },
    ]);
    expect(groups.map((g) => g.forms.length)).toEqual([1, 1, 1, 1]);
  });
});
