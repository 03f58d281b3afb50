/** A numbered link to a source (src/lib/source-ref.ts): its visible text and its accessible name. */
import { describe, expect, test } from 'vitest';
import { SOURCE_REF_NAME_MAX, sourceRefName, sourceRefText } from '../../src/lib/source-ref';

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
  test('cuts a long reference short with an ellipsis, keeping the number and the start of the title', () => {
    const source = {
      title: 'Resolution 505 (VI): Threats to the political independence and territorial integrity of China and to the peace of the Far East',
      publisher: 'United Nations General Assembly (text as transcribed at Wikisource)',
    };
    const name = sourceRefName(7, source);
    expect(name).toBe('Source 7: Resolution 505 (VI): Threats to the political independence and territorial…');
    expect(name.length - 'Source 7: '.length).toBeLessThanOrEqual(SOURCE_REF_NAME_MAX);
  });
  test.each([1, 3, 10, 21])('contains the visible text for source %i (label in name)', (n) => {
    // A title with other numbers in it must not be what makes the name contain the visible number.
    const name = words(sourceRefName(n, { title: 'Treaty 1689', publisher: 'Archive 4' }));
    expect(name.startsWith(`source ${words(sourceRefText(n))} `)).toBe(true);
  });
});
