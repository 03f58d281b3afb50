import { describe, expect, it } from 'vitest';
import { numberWord, offAxisNote } from '../../src/lib/timeline';

describe('numberWord', () => {
  it.each([
    [0, 'no'],
    [1, 'one'],
    [5, 'five'],
    [9, 'nine'],
    [10, '10'],
    [12, '12'],
  ])('writes %i as "%s"', (n, word) => expect(numberWord(n)).toBe(word));
});

describe('offAxisNote', () => {
  it.each([
    [0, ''],
    [1, 'One milestone outside these years appears only in the chronology.'],
    [3, 'Three milestones outside these years appear only in the chronology.'],
    [11, '11 milestones outside these years appear only in the chronology.'],
  ])('for %i milestones says "%s"', (n, text) => expect(offAxisNote(n)).toBe(text));
});
