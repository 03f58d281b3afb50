import { describe, expect, it } from 'vitest';
import { CLAIM_ALLOWANCE, PART_ALLOWANCE, PX_PER_CHARACTER, guessedHeights, partGuess, textLength } from '../../src/lib/guessed-height';

describe('textLength', () => {
  it.each([
    ['a string', 'abc', 3],
    ['strings in lists and objects', [{ label: 'ab', sources: ['c', 'de'] }, 'f'], 6],
    ['numbers, dates and nothing count for nothing', [1, new Date(0), null, undefined, true], 0],
  ])('of %s', (_, value, expected) => {
    expect(textLength(value)).toBe(expected);
  });
});

describe('partGuess', () => {
  it('is nothing for a part with no text, which is not on the page', () => {
    expect(partGuess([])).toBe(0);
    expect(partGuess('')).toBe(0);
  });
  it('grows with the text, by the px a character takes, over an allowance for the part', () => {
    expect(partGuess('x'.repeat(1000))).toBe(1000 * PX_PER_CHARACTER + PART_ALLOWANCE);
    expect(partGuess('x'.repeat(2000)) - partGuess('x'.repeat(1000))).toBe(1000 * PX_PER_CHARACTER);
  });
});

describe('guessedHeights', () => {
  const entry = {
    body: 'y'.repeat(3000),
    data: {
      title: 'A title',
      summary: 'z'.repeat(200),
      milestones: [{ label: 'm'.repeat(100) }],
      claims: [{ quote: 'q'.repeat(50) }, { quote: 'r'.repeat(50) }],
      sources: [{ title: 's'.repeat(400) }],
      corrections: [],
    },
  };
  const g = guessedHeights(entry);

  it('guesses each part from its own text; a claim has its card besides', () => {
    expect(g.milestones).toBe(partGuess(entry.data.milestones));
    expect(g.body).toBe(partGuess(entry.body));
    expect(g.claims).toBe(partGuess(entry.data.claims) + 2 * CLAIM_ALLOWANCE);
    expect(g.sources).toBe(partGuess(entry.data.sources));
    expect(g.corrections).toBe(0);
  });

  it('makes an entry no shorter than its parts together, so a skipped entry holds its skipped parts', () => {
    const parts = g.milestones + g.body + g.claims + g.sources + g.corrections;
    expect(g.entry).toBeGreaterThanOrEqual(parts + textLength([entry.data.title, entry.data.summary]));
  });

  it('grows an entry with each of its parts', () => {
    const longer = guessedHeights({ ...entry, data: { ...entry.data, sources: [...entry.data.sources, { title: 'more' }] } });
    expect(longer.entry - g.entry).toBe(longer.sources - g.sources);
  });
});
