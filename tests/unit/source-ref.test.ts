/** A numbered link to a source (src/lib/source-ref.ts): its visible text and its accessible name. */
import { describe, expect, test } from 'vitest';
import { sourceRefName, sourceRefText } from '../../src/lib/source-ref';

// As tests/e2e/label-in-name.spec.ts compares them: letters and digits only, lower case.
const words = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('sourceRefText', () => {
  test.each([1, 2, 12])('%i in brackets', (n) => {
    expect(sourceRefText(n)).toBe(`[${n}]`);
  });
});

describe('sourceRefName', () => {
  test.each([
    ['the author when there is one', { title: 'Russia and China', author: 'Mark Mancall', publisher: 'Harvard University Press' }, 'Source 2: Russia and China, Mark Mancall'],
    ['else the publisher', { title: 'Treaty of Nerchinsk', publisher: 'Wikipedia' }, 'Source 2: Treaty of Nerchinsk, Wikipedia'],
    ['the title alone when neither is known', { title: 'Treaty of Nerchinsk' }, 'Source 2: Treaty of Nerchinsk'],
  ])('names the number, the title and %s', (_, source, name) => {
    expect(sourceRefName(2, source)).toBe(name);
  });
  test.each([1, 3, 10, 21])('contains the visible text for source %i (label in name)', (n) => {
    // A title with other numbers in it must not be what makes the name contain the visible number.
    const name = words(sourceRefName(n, { title: 'Treaty 1689', publisher: 'Archive 4' }));
    expect(name.startsWith(`source ${words(sourceRefText(n))} `)).toBe(true);
  });
});
