import { expect, test } from 'vitest';
import { claimAnchor, sourceAnchor } from '../../src/lib/anchors';

// These fragments are in links people have shared and in the JSON export: their form is published.
test('a claim and a source keep their published fragment ids', () => {
  expect(claimAnchor('nerchinsk-claim-war')).toBe('claim-nerchinsk-claim-war');
  expect(sourceAnchor('treaty-text')).toBe('source-treaty-text');
});

test('a claim and a source with the same id get different fragments', () => {
  expect(claimAnchor('x')).not.toBe(sourceAnchor('x'));
});
