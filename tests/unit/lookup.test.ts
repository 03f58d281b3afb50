import { describe, expect, test } from 'vitest';
import { findClaim, findSource, type LookupEntry } from '../../src/components/mdx/lookup';

describe('lookup', () => {
  const entries: LookupEntry[] = [
    { id: 'a', data: { claims: [], sources: [{ id: 'a-1', title: 'One', publisher: 'P' }] } },
    { id: 'b', data: { claims: [{ id: 'b-c', verdict: 'imprecise' }], sources: [{ id: 'b-1', title: 'Two', author: 'X' }, { id: 'b-2', title: 'Three', publisher: 'Q' }] } },
  ];
  test('findSource finds a source in any entry, numbered as in its list', () => {
    expect(findSource(entries, 'b-2')).toEqual({ entryId: 'b', number: 2, source: { id: 'b-2', title: 'Three', publisher: 'Q' } });
  });
  test('findSource throws naming the prop and the valid ids', () => {
    expect(() => findSource(entries, 'nope')).toThrow(/<Cite>: prop "id" is "nope".*valid ids: a-1, b-1, b-2/);
  });
  test('findClaim returns the verdict, or throws naming the prop', () => {
    expect(findClaim(entries, 'b-c')).toEqual({ entryId: 'b', verdict: 'imprecise' });
    expect(() => findClaim(entries, 'x')).toThrow(/<ClaimRef>: prop "id" is "x".*valid ids: b-c/);
  });
});
