import { expect, test } from 'vitest';
import { claimAnchor, correctionAnchor, sourceAnchor } from '../../src/lib/anchors';

// These fragments are in links people have shared and in the JSON export: their form is published.
test('a claim and a source keep their published fragment ids', () => {
  expect(claimAnchor('nerchinsk-claim-war')).toBe('claim-nerchinsk-claim-war');
  expect(sourceAnchor('treaty-text')).toBe('source-treaty-text');
});

test('a claim and a source with the same id get different fragments', () => {
  expect(claimAnchor('x')).not.toBe(sourceAnchor('x'));
});

test('a correction keeps its published fragment id: the entry, the day, and a number from the second of the day on', () => {
  expect(correctionAnchor('li-lobanov-1896-1900', '2026-11-28', 1)).toBe('li-lobanov-1896-1900-correction-2026-11-28');
  expect(correctionAnchor('li-lobanov-1896-1900', '2026-11-28', 2)).toBe('li-lobanov-1896-1900-correction-2026-11-28-2');
});
