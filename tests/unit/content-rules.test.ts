/** The rules across files (src/lib/content-rules.ts), on small entries and on the fixture files. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  contentErrors,
  danglingReferences,
  unorderedCitations,
  duplicateAnchorIds,
  duplicateOrdinals,
  referencedIds,
  unknownPlaces,
  type IdHolder,
} from '../../src/lib/content-rules';
import { allianceSchema } from '../../src/schemas/entry';

const entry = (id: string, m: string[] = [], c: string[] = [], s: string[] = []): IdHolder => ({
  id,
  filePath: `content/x/${id}.mdx`,
  data: { milestones: m.map((x) => ({ id: x })), claims: c.map((x) => ({ id: x })), sources: s.map((x) => ({ id: x })) },
});

describe('duplicateAnchorIds', () => {
  test('returns nothing when all ids are distinct', () => {
    expect(duplicateAnchorIds([entry('a', ['a-m'], ['a-c'], ['a-s']), entry('b', ['b-m'], ['b-c'], ['b-s'])])).toEqual([]);
  });

  test.each([
    ['milestone ids', entry('a', ['same']), entry('b', ['same']), 'milestones[0].id'],
    ['claim ids', entry('a', [], ['same']), entry('b', [], ['same']), 'claims[0].id'],
    ['source ids', entry('a', [], [], ['same']), entry('b', [], [], ['same']), 'sources[0].id'],
  ])('reports shared %s with both files', (_, a, b, field) => {
    const errors = duplicateAnchorIds([a, b]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`content/x/a.mdx (${field})`);
    expect(errors[0]).toContain(`content/x/b.mdx (${field})`);
  });

  test('a milestone id may not equal another entry id, since both are bare anchors', () => {
    const errors = duplicateAnchorIds([entry('a'), entry('b', ['a'])]);
    expect(errors).toEqual([
      'id "a" in content/x/b.mdx (milestones[0].id) is already used in content/x/a.mdx (entry id); ids must be unique across the site',
    ]);
  });

  test('a claim id and a source id with the same text do not clash (their anchors differ)', () => {
    expect(duplicateAnchorIds([entry('a', [], ['x']), entry('b', [], [], ['x'])])).toEqual([]);
  });

  test('an entry id shaped like a claim anchor clashes with that claim', () => {
    const errors = duplicateAnchorIds([entry('claim-x'), entry('b', [], ['x'])]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('claims[0].id');
  });

  test('falls back to the entry id when filePath is missing', () => {
    const errors = duplicateAnchorIds([{ ...entry('a', ['m']), filePath: undefined }, { ...entry('b', ['m']), filePath: undefined }]);
    expect(errors[0]).toContain('in b (milestones[0].id)');
    expect(errors[0]).toContain('in a (milestones[0].id)');
  });
});

describe('danglingReferences', () => {
  const withBody = (body: string) => ({ ...entry('a', [], ['a-c'], ['a-s', 'a-t']), body });

  test('accepts references to the entry\'s own sources and claims', () => {
    expect(danglingReferences([withBody('x<Cite id="a-s" /> <ClaimRef id="a-c">y</ClaimRef>')])).toEqual([]);
  });

  test('names the file, the tag, the field and the valid ids for an unknown source', () => {
    expect(danglingReferences([withBody('text<Cite id="a-typo" />')])).toEqual([
      'content/x/a.mdx: <Cite id="a-typo"> names none of this entry\'s sources; valid ids: a-s, a-t',
    ]);
  });

  test('reports a claim of another entry, since the entry page shows only its own claims', () => {
    const errors = danglingReferences([withBody('<ClaimRef id="b-c">x</ClaimRef>'), { ...entry('b', [], ['b-c']), body: '' }]);
    expect(errors).toEqual(['content/x/a.mdx: <ClaimRef id="b-c"> names none of this entry\'s claims; valid ids: a-c']);
  });

  test('ignores an entry without a body', () => {
    expect(danglingReferences([entry('a')])).toEqual([]);
  });
});

describe('unorderedCitations', () => {
  const withBody = (body: string) => ({ ...entry('a', [], [], ['a-1', 'a-2', 'a-3']), body });

  test('accepts sources cited together in list order, and single citations in any order', () => {
    expect(unorderedCitations([withBody('x<Cite id="a-1" /><Cite id="a-3" /> y<Cite id="a-2" />. z<Cite id="a-1" />')])).toEqual([]);
  });

  test('names the file, the run as written and the order to write, for a run out of list order', () => {
    expect(unorderedCitations([withBody('x<Cite id="a-3" /><Cite id="a-1" />\n<Cite id="a-2" />.')])).toEqual([
      'content/x/a.mdx: sources cited together as a-3, a-1, a-2 must follow the source list: a-1, a-2, a-3',
    ]);
  });

  test('does not join citations that text separates', () => {
    expect(unorderedCitations([withBody('x<Cite id="a-3" />, and y<Cite id="a-1" />')])).toEqual([]);
  });
});

describe('referencedIds', () => {
  test('finds the id of each tag, with either quote and other props before it', () => {
    const body = '<Cite id="a" /> <ClaimRef id=\'b\'>x</ClaimRef> <Cite\n  foo="1" id="c" /> <Citation id="no" />';
    expect(referencedIds(body, 'Cite')).toEqual(['a', 'c']);
    expect(referencedIds(body, 'ClaimRef')).toEqual(['b']);
  });
});

describe('duplicateOrdinals', () => {
  test('skips entries without an ordinal (events)', () => {
    expect(duplicateOrdinals([{ id: 'e1', data: {} }, { id: 'e2', data: {} }])).toEqual([]);
  });
});

describe('on the fixture files', () => {
  const dir = fileURLToPath(new URL('../fixtures/entries/', import.meta.url));
  const fixture = (file: string) => {
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(dir + file, 'utf8'))!;
    return { id: file.replace(/\.mdx$/, ''), filePath: `tests/fixtures/entries/${file}`, body: m[2], data: allianceSchema.parse(parse(m[1]!)) };
  };

  test('duplicateOrdinals names both files that share an ordinal', () => {
    const [a, b] = [fixture('dup-ordinal-a.mdx'), fixture('dup-ordinal-b.mdx')];
    expect(duplicateOrdinals([a])).toEqual([]);
    const errors = duplicateOrdinals([a, b]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('tests/fixtures/entries/dup-ordinal-a.mdx');
    expect(errors[0]).toContain('tests/fixtures/entries/dup-ordinal-b.mdx');
    expect(errors[0]).toContain('ordinal 4');
  });

  test('duplicateAnchorIds names both files and the field when a source id is reused', () => {
    const errors = duplicateAnchorIds([fixture('valid-alliance.mdx'), fixture('dup-source-id.mdx')]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"source-fixture-src"');
    expect(errors[0]).toContain('tests/fixtures/entries/valid-alliance.mdx (sources[0].id)');
    expect(errors[0]).toContain('tests/fixtures/entries/dup-source-id.mdx (sources[0].id)');
  });

  test('contentErrors runs every rule: two entries with distinct ids pass, a shared ordinal does not', () => {
    expect(contentErrors([fixture('valid-alliance.mdx')])).toEqual([]);
    expect(contentErrors([fixture('dup-ordinal-a.mdx'), fixture('dup-ordinal-b.mdx')])).toEqual([
      expect.stringContaining('ordinal 4 is already used'),
    ]);
  });
});

describe('unknownPlaces', () => {
  const known = new Set(['aigun', 'nerchinsk']);
  test('returns nothing when every id is known', () => {
    const e = { id: 'x', filePath: 'content/alliances/x.mdx', data: { places: ['aigun'], milestones: [{ id: 'm', places: ['nerchinsk'] }] } };
    expect(unknownPlaces([e], known)).toEqual([]);
  });
  test('names the file and the field of an unknown entry place and milestone place', () => {
    const e = {
      id: 'x',
      filePath: 'content/alliances/x.mdx',
      data: { places: ['aigun', 'aihun'], milestones: [{ id: 'a' }, { id: 'b', places: ['port-artur'] }] },
    };
    expect(unknownPlaces([e], known)).toEqual([
      'content/alliances/x.mdx: places[1] names unknown place "aihun"; known places: aigun, nerchinsk',
      'content/alliances/x.mdx: milestones[1].places[0] names unknown place "port-artur"; known places: aigun, nerchinsk',
    ]);
  });
});
